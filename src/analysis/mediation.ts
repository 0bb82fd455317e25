/**
 * Confidential mediation, the arithmetic part: which packages a mediator proposes from every
 * party's (private) preferences, and which Pareto improvement to propose after an agreement.
 *
 * Proposals come from the exact Pareto frontier of the combined domain and the bargaining
 * solutions of `bargaining.ts`, so round 1 proposes exactly the engine's Nash, Kalai–Smorodinsky,
 * egalitarian or utilitarian package. A later round leaves out packages already proposed (their
 * utility vectors), so it proposes the solutions of what is left. When fewer distinct solutions
 * exist than proposals asked for, the rest are the acceptable frontier points with the largest
 * Nash product (then the largest sum).
 *
 * Browser-safe.
 */
import { utilities, type Domain, type Outcome } from '../model/index.ts';
import { analyze } from './analyze.ts';
import { bargainingSolutions, isAcceptable, nashKey, sumOf } from './bargaining.ts';
import type { Point } from './frontier.ts';

export const MEDIATION_CONCEPTS = ['nash', 'kalaiSmorodinsky', 'egalitarian', 'utilitarian'] as const;
export type MediationConcept = (typeof MEDIATION_CONCEPTS)[number];

export interface MediationProposal {
  /** The solution concept that chose it, or `frontier` for a filler point. */
  concept: MediationConcept | 'frontier';
  outcome: Outcome;
  /** Every party's utility (private: a delegation may only ever see its own entry). */
  utilities: number[];
}

export interface ProposalOptions {
  concepts: readonly MediationConcept[];
  /** How many proposals at most. */
  count: number;
  /** Utility vectors (in party order) already proposed: never proposed again. */
  exclude?: readonly (readonly number[])[];
}

export interface ProposalResult {
  proposals: MediationProposal[];
  /** The disagreement point (status quo utilities, else reservations): private. */
  disagreement: number[];
  tolerance: number;
}

function same(a: readonly number[], b: readonly number[], tol: number): boolean {
  return a.length === b.length && a.every((x, i) => Math.abs(x - b[i]) <= tol);
}

/** The round's proposals: solution concepts (in the order asked), then fillers, at most `count`. */
export function mediationProposals(domain: Domain, opts: ProposalOptions): ProposalResult {
  const a = analyze(domain);
  const tol = a.tolerance;
  const excluded = opts.exclude ?? [];
  const left = a.pareto.filter((pt) => !excluded.some((x) => same(pt.utilities, x, tol)));
  const sol = bargainingSolutions(domain, left, a.disagreement, tol);
  const out: MediationProposal[] = [];
  const take = (pt: Point | null, concept: MediationProposal['concept']) => {
    if (!pt || out.length >= opts.count) return;
    if (out.some((p) => same(p.utilities, pt.utilities, tol))) return;
    out.push({ concept, outcome: pt.outcome.slice(), utilities: pt.utilities.slice() });
  };
  for (const c of opts.concepts) take(sol[c], c);
  if (out.length < opts.count) {
    const ranked = left
      .filter((pt) => isAcceptable(pt.utilities, a.disagreement, tol))
      .map((pt, i) => ({ pt, i, nash: nashKey(pt.utilities, a.disagreement, tol)?.key ?? -Infinity }))
      .sort((x, y) => y.nash - x.nash || sumOf(y.pt.utilities) - sumOf(x.pt.utilities) || x.i - y.i);
    for (const r of ranked) take(r.pt, 'frontier');
  }
  return { proposals: out, disagreement: a.disagreement, tolerance: tol };
}

/**
 * A Pareto improvement on an agreed package: among the frontier points no worse for anyone and
 * better for someone (beyond the tolerance), the Nash point with the agreed package as the
 * disagreement point (else the egalitarian one). Null when the agreed package is Pareto-optimal
 * (or every improvement is excluded).
 */
export function paretoImprovement(
  domain: Domain,
  agreed: Outcome,
  exclude: readonly (readonly number[])[] = [],
): MediationProposal | null {
  const a = analyze(domain, { statusQuo: null });
  const tol = a.tolerance;
  const base = utilities(domain, agreed);
  const better = a.pareto.filter(
    (pt) =>
      pt.utilities.every((u, p) => u >= base[p] - tol) &&
      pt.utilities.some((u, p) => u > base[p] + tol) &&
      !exclude.some((x) => same(pt.utilities, x, tol)),
  );
  if (better.length === 0) return null;
  const sol = bargainingSolutions(domain, better, base, tol);
  const pt = sol.nash ?? sol.egalitarian ?? better[0];
  return { concept: sol.nash ? 'nash' : 'egalitarian', outcome: pt.outcome.slice(), utilities: pt.utilities.slice() };
}
