/**
 * One negotiation session: builds each party's negotiator from its own view (never the domain),
 * runs the chosen protocol, and records the result with every party's utilities (the recording
 * side, like a Genius log, sees all profiles; the negotiators do not).
 *
 * Seeds: agent p draws from deriveSeed(seed, 'agent', p), the mediator from
 * deriveSeed(seed, 'mediator'); same seed, same transcript. Browser-safe.
 */
import { CgError, problem, createRng, deriveSeed, type Rng } from '../core/index.ts';
import { utilities, type Domain, type Outcome } from '../model/index.ts';
import { runAlternatingOffers } from './protocols/alternating.ts';
import { runMediated } from './protocols/mediated.ts';
import { createNegotiator, parseAgentSpec, type AgentSpec } from './strategies/registry.ts';
import type { Deadline, Negotiator, OfferRecord, ProtocolName, ProtocolResult } from './types.ts';
import { noDealUtilities, viewOf, type PartyView } from './view.ts';

export const DEFAULT_ROUNDS = 100;

export interface SessionConfig {
  /** One agent spec per party, in party order. */
  agents: readonly (string | AgentSpec)[];
  /** Default: alternating for two parties, stacked for more. */
  protocol?: ProtocolName;
  deadline?: Deadline;
  seed?: number;
  /** Keep the full transcript (default true). */
  record?: boolean;
  /** Called with each recorded action as it happens (needs `record`); for watching a running session. */
  onRecord?: (rec: OfferRecord) => void;
  /** Mediated protocol: the first text. */
  initialText?: Outcome;
  /** Mediated protocol: most issues one proposal changes (default 2). */
  mediatorIssues?: number;
  /** Build negotiators another way (scripted test agents). Gets the party's view only. */
  negotiators?: (view: PartyView, rng: Rng, party: number) => Negotiator;
}

export interface SessionResult extends ProtocolResult {
  domain: string;
  protocol: ProtocolName;
  parties: string[];
  agents: string[];
  seed: number;
  /** Final utilities: the agreement's, or each party's no-deal utility. */
  utilities: number[];
  /** Utilities of the agreement, null without one. */
  agreementUtilities: number[] | null;
  noDeal: number[];
}

export function resolveProtocol(domain: Domain, protocol: ProtocolName | undefined): ProtocolName {
  const n = domain.parties.length;
  const p = protocol ?? (n === 2 ? 'alternating' : 'stacked');
  if (p === 'alternating' && n !== 2) {
    throw new CgError(
      problem(
        'bad_protocol',
        { problem: 'bilateral', domain: domain.id, parties: n },
        { path: ['protocol'], received: p },
      ),
    );
  }
  if (n < 2)
    throw new CgError(
      problem('bad_protocol', { problem: 'too_few_parties', domain: domain.id, parties: n }, { path: ['parties'] }),
    );
  return p;
}

export function runSession(domain: Domain, config: SessionConfig): SessionResult {
  const n = domain.parties.length;
  const protocol = resolveProtocol(domain, config.protocol);
  const seed = (config.seed ?? 1) >>> 0;
  const specs = config.agents.map((a, i) => (typeof a === 'string' ? parseAgentSpec(a, ['agents', i]) : a));
  if (!config.negotiators && specs.length !== n) {
    throw new CgError(
      problem(
        'agent_count',
        { domain: domain.id, parties: domain.parties.map((p) => p.id), given: specs.length },
        { path: ['agents'] },
      ),
    );
  }
  const negotiators = domain.parties.map((_, p) => {
    const rng = createRng(deriveSeed(seed, 'agent', p));
    const view = viewOf(domain, p);
    return config.negotiators ? config.negotiators(view, rng, p) : createNegotiator(specs[p], view, rng);
  });
  const deadline = config.deadline ?? { rounds: DEFAULT_ROUNDS };
  const record = config.record ?? true;
  const r =
    protocol === 'mediated'
      ? runMediated(domain, negotiators, {
          deadline,
          seed: deriveSeed(seed, 'mediator'),
          record,
          initial: config.initialText,
          maxIssues: config.mediatorIssues,
          onRecord: config.onRecord,
        })
      : runAlternatingOffers(domain, negotiators, { deadline, record, onRecord: config.onRecord });
  const noDeal = noDealUtilities(domain);
  const agreementUtilities = r.agreement ? utilities(domain, r.agreement) : null;
  return {
    ...r,
    domain: domain.id,
    protocol,
    parties: domain.parties.map((p) => p.id),
    agents: negotiators.map((x) => x.strategy),
    seed,
    utilities: agreementUtilities ?? noDeal,
    agreementUtilities,
    noDeal,
  };
}
