/**
 * A party's own view of a negotiation: the issue structure, its own utility, its reservation value
 * and status quo. Negotiators are constructed from a `PartyView` only, so they structurally cannot
 * read another party's preferences (tests check that nothing reachable from a view leads to them).
 *
 * No-deal utility: the party gets max(reservation, u(status quo)) when the talks fail (the status
 * quo stays in force, or it walks away to its reservation value if that is better); without a full
 * status quo it gets its reservation value. A party never accepts, and never proposes, an outcome
 * worth less than that. Browser-safe.
 */
import {
  statusQuoOutcome,
  utilityOf,
  type Domain,
  type DomainIssue,
  type DomainParty,
  type Outcome,
  type PartyUtility,
} from '../model/index.ts';

export interface PartyView {
  /** My position in the party list (turn order in offer protocols). */
  readonly index: number;
  readonly party: Readonly<DomainParty>;
  /** Public identities of all parties (no preferences). */
  readonly parties: readonly { readonly id: string; readonly name: string }[];
  readonly issues: readonly Readonly<DomainIssue>[];
  /** My utility function, and only mine. */
  readonly utility: PartyUtility;
  readonly statusQuo: Outcome | null;
  /** My utility when there is no agreement. */
  readonly noDeal: number;
}

function freezeDeep<T>(x: T): T {
  if (x && typeof x === 'object' && !Object.isFrozen(x)) {
    Object.freeze(x);
    for (const v of Object.values(x as object)) freezeDeep(v);
  }
  return x;
}

/** Utility each party gets when no agreement is reached. */
export function noDealUtilities(domain: Domain): number[] {
  const sq = statusQuoOutcome(domain);
  return domain.parties.map((p, i) =>
    sq ? Math.max(p.reservation, utilityOf(domain.utilities[i], sq)) : p.reservation,
  );
}

const views = new WeakMap<Domain, PartyView[]>();

/**
 * Party `p`'s view: frozen copies of the public structure and of its own utility only. Views are
 * memoised per domain object (sessions on the same domain share them, and with them the search
 * indexes built from the utility).
 */
export function viewOf(domain: Domain, p: number): PartyView {
  let list = views.get(domain);
  if (!list) views.set(domain, (list = []));
  return (list[p] ??= buildView(domain, p));
}

function buildView(domain: Domain, p: number): PartyView {
  const sq = statusQuoOutcome(domain);
  const party = domain.parties[p];
  const utility = domain.utilities[p];
  return freezeDeep({
    index: p,
    party: { ...party },
    parties: domain.parties.map((x) => ({ id: x.id, name: x.name })),
    issues: domain.issues.map((i) => ({
      ...i,
      options: [...i.options],
      ...(i.optionLabels ? { optionLabels: [...i.optionLabels] } : {}),
    })),
    utility: structuredClone(utility),
    statusQuo: sq,
    noDeal: sq ? Math.max(party.reservation, utilityOf(utility, sq)) : party.reservation,
  });
}
