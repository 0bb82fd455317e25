/**
 * The negotiation lab's view of a run: the actions as points in utility space, each party's
 * concession, the comparison row of a finished run and the agreed package in words. Pure
 * functions over the API's JSON (types inferred from src/server/schemas/negotiation.ts), tested
 * without a browser.
 */
import type { Scenario } from '../../../src/model/index.ts';
import type { Offer, SessionResult } from '../../../src/server/index.ts';
import type { OfferPoint } from '../../../src/report/index.ts';

export type { OfferPoint };

export function offerPoints(offers: readonly Offer[], parties: readonly string[]): OfferPoint[] {
  const out: OfferPoint[] = [];
  offers.forEach((o, index) => {
    if (o.utilities) out.push({ index, party: o.party, kind: o.kind, u: parties.map((p) => o.utilities![p]) });
  });
  return out;
}

export interface Concession {
  party: string;
  offers: number;
  first: number | null;
  last: number | null;
  /** Own utility given up from the first offer to the last (positive = conceded). */
  conceded: number | null;
}

/** Per party: how many offers it made and how much of its own utility it gave up along the way. */
export function concessions(offers: readonly Offer[], parties: readonly string[]): Concession[] {
  return parties.map((party) => {
    const own = offers.filter((o) => o.party === party && o.kind === 'offer' && o.utilities);
    const first = own.length ? own[0].utilities![party] : null;
    const last = own.length ? own[own.length - 1].utilities![party] : null;
    return { party, offers: own.length, first, last, conceded: first !== null && last !== null ? first - last : null };
  });
}

export interface RunRow {
  agreement: boolean;
  end: string;
  utilities: number[];
  joint: number;
  pareto: number | null;
  nash: number | null;
  rounds: number;
}

/** What a finished run contributes to the comparison table. */
export function runRow(r: SessionResult): RunRow {
  const utilities = r.parties.map((p) => r.utilities[p]);
  const end = r.mode === 'delinked' ? `${r.agreement?.issuesChanged ?? 0}/${r.issues?.length ?? 0}` : (r.end ?? '');
  return {
    agreement: r.agreement !== null,
    end,
    utilities,
    joint: utilities.reduce((a, b) => a + b, 0),
    pareto: r.distances?.pareto ?? null,
    nash: r.distances?.nash ?? null,
    rounds: r.rounds,
  };
}

export interface PackageLine {
  issue: string;
  option: string;
  statusQuo: string | null;
  changed: boolean;
}

/** The agreed (or, delinked, final) package in words: issue name, option label, and whether it moved from the status quo. */
export function packageLines(r: SessionResult, doc: Pick<Scenario, 'issues'>): PackageLine[] {
  const outcome = r.agreement?.outcome ?? (r.mode === 'delinked' ? r.outcome : undefined);
  if (!outcome) return [];
  return doc.issues.map((issue) => {
    const label = (id: string | undefined) =>
      id === undefined ? null : (issue.options.find((o) => o.id === id)?.label ?? id);
    const chosen = outcome[issue.id];
    return {
      issue: issue.name,
      option: label(chosen) ?? chosen,
      statusQuo: label(issue.statusQuo),
      changed: issue.statusQuo !== undefined && chosen !== issue.statusQuo,
    };
  });
}
