/**
 * What the scenario routes do besides storage: read a document from JSON or YAML, check it,
 * hide other parties' private preferences from a delegation, and run (and cache) the analysis.
 */
import { CgError, problem, translatedTexts } from '../core/index.ts';
import type { AnalysisJson } from '../analysis/index.ts';
import type { Scenario } from '../model/index.ts';
import type { Principal } from './auth.ts';
import { forbidden } from './auth.ts';
import { failNotFound, type StoredScenario } from '../store/index.ts';

// Reading and analysing a document is a task kind of the job pool (src/jobs/analysis-tasks.ts),
// so the same code runs in the server's thread and on a worker.
export { analyseScenario, isYamlBody, readScenario, scenarioProblems, type YamlBody } from '../jobs/index.ts';

/** Party fields only the party's own delegation and the owner may see. */
export const PRIVATE_PARTY_FIELDS = [
  'reservation',
  'reservationRationale',
  'weights',
  'values',
  'redLines',
  'interactions',
] as const;

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
  const own = p.partyId;
  return {
    document: {
      ...doc,
      parties: doc.parties.map((party) => (party.id === own ? party : withoutPrivate(party))),
      // the translations of those fields (their Spanish rationales and quotes) are private too
      ...(doc.translations ? { translations: redactTranslations(doc.translations, own) } : {}),
    },
    redacted: true,
    visibleParty: own,
  };
}

/** A party (or its translation) without the fields only its own delegation and the owner may see. */
function withoutPrivate(party: object): Record<string, unknown> {
  const out: Record<string, unknown> = { ...party };
  for (const f of PRIVATE_PARTY_FIELDS) delete out[f];
  return out;
}

/** A translations block (`{lang: {parties: {id: {...}}}}`) with other parties' private fields removed. */
function redactTranslations(
  translations: NonNullable<Scenario['translations']>,
  own: string,
): Scenario['translations'] {
  const out: Record<string, unknown> = {};
  for (const [lang, tree] of Object.entries(translations)) {
    const t = tree as Record<string, unknown>;
    const parties = t.parties as Record<string, object> | undefined;
    out[lang] = parties
      ? {
          ...t,
          parties: Object.fromEntries(
            Object.entries(parties).map(([id, party]) => [id, id === own ? party : withoutPrivate(party)]),
          ),
        }
      : t;
  }
  return out as Scenario['translations'];
}

export function requireJointView(p: Principal): void {
  if (p.kind === 'delegation') {
    throw forbidden({ problem: 'joint_view' });
  }
}

/**
 * Analysis results per (scenario id, version, status quo), serialised once: a stored scenario
 * does not change without its version changing, so a cached result is never stale. Concurrent
 * requests for the same uncomputed key share one computation.
 */
export class AnalysisCache {
  private readonly map = new Map<string, string>();
  private readonly pending = new Map<string, Promise<string>>();
  constructor(private readonly max = 200) {}

  private key(s: StoredScenario, statusQuo: string | undefined): string {
    return `${s.id}\u0000${s.version}\u0000${statusQuo ?? ''}`;
  }

  /** The cached text, or undefined (refreshes recency on a hit). */
  peek(s: StoredScenario, statusQuo: string | undefined): string | undefined {
    const key = this.key(s, statusQuo);
    const hit = this.map.get(key);
    if (hit !== undefined) {
      this.map.delete(key);
      this.map.set(key, hit);
    }
    return hit;
  }

  async get(s: StoredScenario, statusQuo: string | undefined, compute: () => Promise<AnalysisJson>): Promise<string> {
    const hit = this.peek(s, statusQuo);
    if (hit !== undefined) return hit;
    const key = this.key(s, statusQuo);
    const running = this.pending.get(key);
    if (running) return running;
    const work = compute()
      .then((json) => {
        const text = JSON.stringify(json);
        if (this.max > 0) {
          this.map.set(key, text);
          if (this.map.size > this.max) this.map.delete(this.map.keys().next().value!);
        }
        return text;
      })
      .finally(() => this.pending.delete(key));
    this.pending.set(key, work);
    return work;
  }

  forget(id: string): void {
    for (const k of [...this.map.keys()]) if (k.startsWith(`${id}\u0000`)) this.map.delete(k);
  }

  get size(): number {
    return this.map.size;
  }
}

/**
 * A stored scenario's name and description in each language its file translates them into, for
 * lists (display only: the stored fields stay as written); undefined when the file has none.
 */
export function scenarioTranslatedNames(
  document: unknown,
): Record<string, { name: string; description: string }> | undefined {
  return translatedTexts(document, ['name', 'description'] as const);
}
