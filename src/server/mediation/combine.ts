/**
 * Private preferences in a mediation: their shape (a party's private fields), the defaults a
 * delegation starts from (its party's entry in the stored scenario, which it can already read),
 * the combined scenario a round is computed on, and a package in words.
 */
import { CgError, type PathSegment } from '../../core/index.ts';
import { PartySchema, type Scenario } from '../../model/index.ts';
import { PRIVATE_PARTY_FIELDS, readScenario } from '../scenario-service.ts';

/** What a delegation enters: its party's private fields (weights, option values, red lines, reservation...). */
export const PreferencesSchema = PartySchema.omit({ id: true, name: true, description: true }).meta({
  id: 'MediationPreferences',
  description: "One party's private preferences (the private fields of a scenario party).",
});

export type Preferences = Record<string, unknown>;

/** The private fields of a party entry. */
export function privateFields(party: Record<string, unknown>): Preferences {
  const out: Preferences = {};
  for (const f of PRIVATE_PARTY_FIELDS) if (party[f] !== undefined) out[f] = party[f];
  return out;
}

/** The scenario with each party's private fields replaced by what its delegation entered (when it did). */
export function combinedScenario(doc: Scenario, prefs: Map<string, Preferences>): Scenario {
  return {
    ...doc,
    parties: doc.parties.map((party) => {
      const own = prefs.get(party.id);
      if (!own) return party;
      const pub: Record<string, unknown> = { id: party.id, name: party.name };
      if (party.description !== undefined) pub.description = party.description;
      return { ...pub, ...own } as Scenario['parties'][number];
    }),
  };
}

/**
 * Check one party's preferences in the context of the scenario: the problems name the body path
 * (`body.weights.guns`), never another party's data (other parties keep their stored entries,
 * which were valid).
 */
export function checkPreferences(doc: Scenario, partyId: string, prefs: Preferences): Preferences {
  const index = doc.parties.findIndex((p) => p.id === partyId);
  const next = combinedScenario(doc, new Map([[partyId, prefs]]));
  try {
    readScenario(next, []);
  } catch (e) {
    if (!(e instanceof CgError)) throw e;
    const own = (p: PathSegment[]) => p[0] === 'parties' && p[1] === index;
    throw new CgError(
      e.problems
        .filter((x) => own(x.path) || x.path[0] !== 'parties')
        .map((x) => ({ ...x, path: own(x.path) ? ['body', ...x.path.slice(2)] : ['body', ...x.path] })),
      { status: e.status },
    );
  }
  return prefs;
}

export interface PackageItem {
  issue: string;
  issueName: string;
  option: string;
  optionLabel: string;
  /** True when the option differs from the issue's status quo (false when it has none). */
  changed: boolean;
}

/** A package (option index per issue) in words: each issue's chosen option and whether it moves from today. */
export function packageInWords(doc: Scenario, outcome: readonly number[]): PackageItem[] {
  return doc.issues.map((issue, j) => {
    const o = issue.options[outcome[j]];
    return {
      issue: issue.id,
      issueName: issue.name,
      option: o.id,
      optionLabel: o.label,
      changed: issue.statusQuo !== undefined && issue.statusQuo !== o.id,
    };
  });
}
