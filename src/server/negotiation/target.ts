/**
 * Which domain a negotiation request is about, under the privacy rules: a stored scenario only for
 * its owner or mediator (a run combines every party's private preferences, like the joint
 * analysis), or a document posted with the request (anyone signed in; nothing is stored).
 * Also checks the agents, protocol and status quo up front, so bad input is a 400 now rather
 * than a failed job later. Every problem names its path in the request.
 */
import { CgError, fail } from '../../core/index.ts';
import { notFoundAt, under } from '../problem-details.ts';
import type { Domain, Scenario } from '../../model/index.ts';
import { compileScenario, withStatusQuo } from '../../model/index.ts';
import { parseAgentSpec, requireStatusQuo, resolveProtocol, type ProtocolName } from '../../negotiation/index.ts';
import { requireSignedIn, type Principal } from '../auth.ts';
import type { ScenarioRepo } from '../../store/index.ts';
import { assertCanSee, readScenario, requireJointView } from '../scenario-service.ts';

export interface TargetBody {
  scenarioId?: string;
  scenario?: unknown;
  statusQuo?: string;
}

export async function resolveTarget(
  p: Principal,
  body: TargetBody,
  scenarios: ScenarioRepo,
): Promise<{ domain: Domain; scenarioId: string | null; name: string }> {
  requireSignedIn(p);
  const given = (body.scenarioId !== undefined ? 1 : 0) + (body.scenario !== undefined ? 1 : 0);
  if (given !== 1) fail('one_scenario', {}, { path: ['body', 'scenarioId'] });
  let scenario: Scenario;
  let scenarioId: string | null = null;
  if (body.scenarioId !== undefined) {
    const id = body.scenarioId;
    // An unknown (or, for a delegation, someone else's) scenario is named where the body named it.
    try {
      assertCanSee(p, id);
    } catch (e) {
      notFoundAt(e, ['body', 'scenarioId']);
    }
    requireJointView(p);
    scenario = (await scenarios.get(id).catch((e: unknown) => notFoundAt(e, ['body', 'scenarioId'])))
      .document as Scenario;
    scenarioId = body.scenarioId;
  } else {
    scenario = readScenario(body.scenario, ['body', 'scenario']);
  }
  let domain = compileScenario(scenario);
  if (body.statusQuo) {
    const sq = body.statusQuo;
    // withStatusQuo's problems already start with 'statusQuo'.
    under(['body'], () => {
      domain = withStatusQuo(domain, sq).domain;
    });
  }
  return { domain, scenarioId, name: scenario.name };
}

/** Agents, protocol and (delinked) status quo, checked against the domain. */
export function checkRun(
  domain: Domain,
  o: { agents: string[]; protocol?: ProtocolName; delinked: boolean; perParty: boolean },
): void {
  o.agents.forEach((a, i) => parseAgentSpec(a, ['body', 'agents', i]));
  const n = domain.parties.length;
  if (o.perParty && o.agents.length !== n) {
    fail(
      'agent_count',
      { domain: domain.name, parties: domain.parties.map((x) => x.id), given: o.agents.length },
      { path: ['body', 'agents'] },
    );
  }
  under(['body'], () => resolveProtocol(domain, o.protocol));
  if (o.delinked) {
    // The engine's problem names the domain's issues; in a request the statusQuo field is at fault.
    try {
      requireStatusQuo(domain);
    } catch (e) {
      if (e instanceof CgError) throw new CgError(e.problems.map((p) => ({ ...p, path: ['body', 'statusQuo'] })));
      throw e;
    }
  }
}
