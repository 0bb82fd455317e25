/**
 * Outcome quality measured against the analysis engine: Euclidean distance in utility space from
 * a session's final utility vector to the nearest point of the exact Pareto frontier, and to the
 * Nash bargaining point (disagreement point = each party's no-deal utility). A session without
 * agreement is measured at its no-deal vector (so failing to agree counts as far from the
 * frontier, as it is). Browser-safe.
 */
import { bargainingSolutions, computeFrontier } from '../analysis/index.ts';
import type { Frontier } from '../analysis/index.ts';
import type { Domain } from '../model/index.ts';
import { noDealUtilities } from './view.ts';

export interface Reference {
  frontier: Frontier;
  /** Nash point utilities, null when no outcome gives every party more than its no-deal utility. */
  nash: number[] | null;
  noDeal: number[];
}

export function referenceFor(domain: Domain): Reference {
  const frontier = computeFrontier(domain);
  const noDeal = noDealUtilities(domain);
  const sol = bargainingSolutions(domain, frontier, noDeal);
  return { frontier, nash: sol.nash ? sol.nash.utilities.slice() : null, noDeal };
}

export function euclid(a: readonly number[], b: readonly number[]): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += (a[i] - b[i]) ** 2;
  return Math.sqrt(s);
}

export function distanceToFrontier(u: readonly number[], ref: Reference): number {
  return ref.frontier.nearest(u)?.distance ?? NaN;
}

export function distanceToNash(u: readonly number[], ref: Reference): number | null {
  return ref.nash ? euclid(u, ref.nash) : null;
}
