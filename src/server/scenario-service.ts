/**
 * What the scenario routes do besides storage: read a document from JSON or YAML, check it,
 * hide other parties' private preferences from a delegation, and run (and cache) the analysis.
 */
import { CgError, problem, type PathSegment, type Problem } from '../core/index.ts';
import { analyze, toJson, type AnalysisJson } from '../analysis/index.ts';
import { compileScenario, validateScenario, parseYamlText, withStatusQuo } from '../model/index.ts';
import type { Scenario } from '../model/index.ts';
import type { Principal } from './auth.ts';
import { forbidden } from './auth.ts';
import { failNotFound, type StoredScenario } from '../store/index.ts';

/** Party fields only the party's own delegation and the owner may see. */
export const PRIVATE_PARTY_FIELDS = [
  'reservation',
  'reservationRationale',
  'weights',
  'values',
  'redLines',
  'interactions',
] as const;

/** A YAML body, parsed by the content-type parser with positions kept for line numbers. */
export interface YamlBody {
  yamlText: string;
}

export function isYamlBody(b: unknown): b is YamlBody {
  return typeof b === 'object' && b !== null && typeof (b as YamlBody).yamlText === 'string';
}

const prefix = (problems: Problem[], head: PathSegment[]): Problem[] =>
  problems.map((p) => ({ ...p, path: [...head, ...p.path] }));

/** Validate a scenario given as a JSON value or YAML text; problems name the body path (and line). */
export function readScenario(body: unknown, where: PathSegment[] = ['body']): Scenario {
  try {
    if (isYamlBody(body)) {
      const parsed = parseYamlText(body.yamlText, 'request body');
      return validateScenario(parsed.data, { locate: parsed.locate });
    }
    return validateScenario(body);
  } catch (e) {
    if (e instanceof CgError) throw new CgError(prefix(e.problems, where), { status: 400 });
    throw e;
  }
}

/** Problems of a document without throwing (the validate endpoint and the web app's form checks). */
export function scenarioProblems(body: unknown): Problem[] {
  try {
    readScenario(body, []);
    return [];
  } catch (e) {
    if (e instanceof CgError) return e.problems;
    throw e;
  }
}

/** May this caller see this scenario at all? Delegations see only their own scenario (others 404). */
export function assertCanSee(p: Principal, id: string): void {
  if (p.kind === 'owner') return;
  if (p.kind === 'delegation' && p.scenarioId === id) return;
  if (p.kind === 'anonymous')
    throw new CgError(problem('unauthorized', { problem: 'token' }, { path: ['headers', 'authorization'] }));
  failNotFound('scenario', id);
}

/** The document as this caller may see it: other parties' private fields removed for a delegation. */
export function viewFor(
  p: Principal,
  s: StoredScenario,
): { document: unknown; redacted: boolean; visibleParty: string | null } {
  if (p.kind !== 'delegation') return { document: s.document, redacted: false, visibleParty: null };
  const doc = s.document as Scenario;
  return {
    document: {
      ...doc,
      parties: doc.parties.map((party) => {
        if (party.id === p.partyId) return party;
        const out: Record<string, unknown> = { ...party };
        for (const f of PRIVATE_PARTY_FIELDS) delete out[f];
        return out;
      }),
    },
    redacted: true,
    visibleParty: p.partyId,
  };
}

export function requireJointView(p: Principal): void {
  if (p.kind === 'delegation') {
    throw forbidden({ problem: 'joint_view' });
  }
}

export function analyseScenario(s: Scenario, statusQuo?: string): AnalysisJson {
  let domain = compileScenario(s);
  if (statusQuo) {
    try {
      domain = withStatusQuo(domain, statusQuo).domain;
    } catch (e) {
      if (e instanceof CgError)
        throw new CgError(
          prefix(
            e.problems.map((p) => ({ ...p, path: p.path.slice(1) })),
            ['querystring', 'statusQuo'],
          ),
        );
      throw e;
    }
  }
  return toJson(domain, analyze(domain));
}

/**
 * Analysis results per (scenario id, version, status quo), serialised once: a stored scenario
 * does not change without its version changing, so a cached result is never stale.
 */
export class AnalysisCache {
  private readonly map = new Map<string, string>();
  constructor(private readonly max = 200) {}

  get(s: StoredScenario, statusQuo: string | undefined, compute: () => AnalysisJson): string {
    const key = `${s.id}\u0000${s.version}\u0000${statusQuo ?? ''}`;
    const hit = this.map.get(key);
    if (hit !== undefined) {
      // Refresh recency.
      this.map.delete(key);
      this.map.set(key, hit);
      return hit;
    }
    const text = JSON.stringify(compute());
    this.map.set(key, text);
    if (this.map.size > this.max) this.map.delete(this.map.keys().next().value!);
    return text;
  }

  forget(id: string): void {
    for (const k of [...this.map.keys()]) if (k.startsWith(`${id}\u0000`)) this.map.delete(k);
  }

  get size(): number {
    return this.map.size;
  }
}
