/**
 * Bargaining solutions, chosen among the outcomes acceptable to every party (u_i >= d_i), where
 * d is the disagreement point (reservation values, or the status quo's utilities):
 *
 * - Nash: max prod_i (u_i - d_i) over outcomes where every party gains strictly (u_i > d_i + tol).
 * - Kalai-Smorodinsky: max min_i (u_i - d_i) / (ideal_i - d_i), ideal_i = party i's best acceptable
 *   utility; a party with ideal_i = d_i (it cannot gain) counts as fully satisfied (ratio 1).
 * - Egalitarian: max min_i (u_i - d_i).
 * - Utilitarian: max sum_i u_i.
 *
 * Each is null when no outcome qualifies. Ties: larger sum of utilities, then first found in the
 * frontier order (lexicographically descending utilities, i.e. the point better for the first
 * party, then the second...). Every criterion is monotone in each utility, so its optimum over
 * all outcomes is reached on the Pareto frontier (a dominating point is at least as good and has a
 * larger sum): scanning the frontier is exact.
 *
 * Tolerance: u_i >= d_i - tol counts as acceptable; criterion values within their noise bound
 * (what a tol change of the utilities can move them by) count as ties.
 * Browser-safe.
 */
import type { Domain } from '../model/index.ts';
import type { Frontier, Point } from './frontier.ts';
import { defaultTolerance } from './tolerance.ts';

export interface Solutions {
  nash: Point | null;
  kalaiSmorodinsky: Point | null;
  egalitarian: Point | null;
  utilitarian: Point | null;
  /** Best acceptable utility per party (null when no outcome is acceptable). */
  ideal: number[] | null;
}

/** A running argmax with tolerant ties: key, then sum, then first seen (of points, or of any candidate ids). */
export class Best<T = Point> {
  point: T | null = null;
  private key = -Infinity;
  private keyTol = 0;
  private sum = -Infinity;
  constructor(private readonly sumTol: number) {}
  offer(point: T, key: number, keyTol: number, sum: number): void {
    if (this.point !== null) {
      const t = Math.max(keyTol, this.keyTol);
      if (key < this.key - t) return;
      if (key <= this.key + t && sum <= this.sum + this.sumTol) return; // tie on key, not a larger sum
    }
    this.point = point;
    this.key = key;
    this.keyTol = keyTol;
    this.sum = sum;
  }
}

export function sumOf(u: readonly number[]): number {
  let s = 0;
  for (const x of u) s += x;
  return s;
}

/** Nash criterion in log space (key) and its noise bound, or null when some gain is not strictly positive. */
export function nashKey(
  u: readonly number[],
  d: readonly number[],
  tol: number,
): { key: number; keyTol: number } | null {
  let key = 0;
  let keyTol = 0;
  for (let p = 0; p < u.length; p++) {
    const g = u[p] - d[p];
    if (!(g > tol)) return null;
    key += Math.log(g);
    keyTol += tol / g;
  }
  return { key, keyTol };
}

export function isAcceptable(u: readonly number[], d: readonly number[], tol: number): boolean {
  for (let p = 0; p < u.length; p++) if (!(u[p] >= d[p] - tol)) return false;
  return true;
}

/** KS criterion (min normalized gain) and its noise bound. */
export function ksKey(
  u: readonly number[],
  d: readonly number[],
  ideal: readonly number[],
  tol: number,
): { key: number; keyTol: number } {
  let key = Infinity;
  let minRange = Infinity;
  for (let p = 0; p < u.length; p++) {
    const range = ideal[p] - d[p];
    if (range <= tol) continue; // cannot gain: fully satisfied (ratio 1)
    key = Math.min(key, (u[p] - d[p]) / range);
    minRange = Math.min(minRange, range);
  }
  if (key === Infinity) return { key: 1, keyTol: 0 };
  return { key: Math.min(key, 1), keyTol: (2 * tol) / minRange };
}

export function bargainingSolutions(
  domain: Domain,
  frontier: Frontier | readonly Point[],
  disagreement: readonly number[],
  tolerance?: number,
): Solutions {
  const points = Array.isArray(frontier) ? (frontier as readonly Point[]) : (frontier as Frontier).points;
  const tol = tolerance ?? (Array.isArray(frontier) ? defaultTolerance(domain) : (frontier as Frontier).tolerance);
  const k = domain.parties.length;
  const d = disagreement;
  const acceptable = points.filter((pt) => isAcceptable(pt.utilities, d, tol));
  if (acceptable.length === 0)
    return { nash: null, kalaiSmorodinsky: null, egalitarian: null, utilitarian: null, ideal: null };

  const ideal = new Array<number>(k).fill(-Infinity);
  for (const pt of acceptable) for (let p = 0; p < k; p++) ideal[p] = Math.max(ideal[p], pt.utilities[p]);

  const sumTol = k * tol;
  const nash = new Best(sumTol);
  const ks = new Best(sumTol);
  const egal = new Best(sumTol);
  const util = new Best(sumTol);
  for (const pt of acceptable) {
    const u = pt.utilities;
    const sum = sumOf(u);
    const nk = nashKey(u, d, tol);
    if (nk) nash.offer(pt, nk.key, nk.keyTol, sum);
    const kk = ksKey(u, d, ideal, tol);
    ks.offer(pt, kk.key, kk.keyTol, sum);
    let minGain = Infinity;
    for (let p = 0; p < k; p++) minGain = Math.min(minGain, u[p] - d[p]);
    egal.offer(pt, minGain, tol, sum);
    util.offer(pt, sum, sumTol, sum);
  }
  return { nash: nash.point, kalaiSmorodinsky: ks.point, egalitarian: egal.point, utilitarian: util.point, ideal };
}
