/**
 * Floating-point noise, handled deliberately.
 *
 * Utilities are doubles. Genius profiles are decimals (0.3 x 2/3 ...) that doubles cannot hold
 * exactly, so two outcomes whose utilities are equal on paper can differ by ~1e-16 depending on
 * summation order (the anchors' README: "0.74 vs 0.7599999999999999"). Exact rational arithmetic
 * on the doubles would not help: the table entries themselves are already rounded.
 *
 * So every comparison of utilities uses an absolute tolerance `tol` (in utility units):
 *
 *   y covers x   <=>   y_i >= x_i - tol for every party i
 *
 * The frontier is a set S of utility vectors such that (1) every feasible outcome is covered by a
 * point of S and (2) no point of S is covered by another point of S (ties within tol are
 * collapsed to one point). The default tolerance is 1e-12 x the domain's utility scale (the
 * largest absolute utility a party can reach, at least 1): ~1e4 times the rounding noise of a sum
 * of a few hundred doubles, and far below any difference a profile means.
 *
 * Browser-safe: no Node imports.
 */
import type { Domain } from '../model/index.ts';

/** Relative default tolerance (multiplied by the domain's utility scale). */
export const DEFAULT_RELATIVE_TOLERANCE = 1e-12;

/** Largest absolute utility any party can reach (a cheap upper bound), at least 1. */
export function utilityScale(domain: Domain): number {
  let scale = 1;
  for (const u of domain.utilities) {
    let s = Math.abs(u.constant);
    for (const row of u.table) {
      let m = 0;
      for (const v of row) m = Math.max(m, Math.abs(v));
      s += m;
    }
    for (const t of u.interactions) s += Math.abs(t.value);
    if (u.rectangles && u.rectangles.scale !== 0) {
      for (const r of u.rectangles.items) s += Math.abs(r.utility / u.rectangles.scale);
    }
    if (Number.isFinite(s)) scale = Math.max(scale, s);
  }
  return scale;
}

export function defaultTolerance(domain: Domain): number {
  return DEFAULT_RELATIVE_TOLERANCE * utilityScale(domain);
}

/** True when vector `y` (at offset yi*k in ys) covers `x` (at offset xi*k in xs) within tol. */
export function coversAt(
  ys: ArrayLike<number>,
  yi: number,
  xs: ArrayLike<number>,
  xi: number,
  k: number,
  tol: number,
): boolean {
  const yo = yi * k;
  const xo = xi * k;
  for (let p = 0; p < k; p++) if (ys[yo + p] < xs[xo + p] - tol) return false;
  return true;
}

/** True when `y` covers `x` within tol. */
export function covers(y: readonly number[], x: readonly number[], tol: number): boolean {
  for (let p = 0; p < x.length; p++) if (y[p] < x[p] - tol) return false;
  return true;
}
