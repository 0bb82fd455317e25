/**
 * Sampling statistics. Every probability estimated from samples comes with a 95% Wilson score
 * interval (good coverage for small counts and for shares near 0 or 1, unlike the normal
 * approximation, which gives [1, 1] for 100 successes out of 100). Quantiles use linear
 * interpolation between order statistics (type 7 of Hyndman and Fan, as R and NumPy default).
 * Browser-safe.
 */

/** z of a two-sided 95% interval. */
export const Z95 = 1.959963984540054;

export interface Estimate {
  /** Share of samples in which the event happens. */
  probability: number;
  /** 95% Wilson score interval of the probability. */
  ci: [number, number];
}

/** Wilson score interval of `successes` out of `n`. */
export function wilson(successes: number, n: number, z = Z95): [number, number] {
  if (n <= 0) return [0, 1];
  const p = successes / n;
  const z2 = z * z;
  const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
  const half = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / (1 + z2 / n);
  // Exact ends at 0 and n (rounding would otherwise leave 1e-17 outside [0, 1]).
  return [successes === 0 ? 0 : Math.max(0, centre - half), successes === n ? 1 : Math.min(1, centre + half)];
}

export function estimate(successes: number, n: number): Estimate {
  return { probability: n > 0 ? successes / n : 0, ci: wilson(successes, n) };
}

/** Quantile q in [0, 1] of sorted values (type 7). */
export function quantileSorted(sorted: ArrayLike<number>, q: number): number {
  const n = sorted.length;
  if (n === 0) return NaN;
  const h = (n - 1) * q;
  const lo = Math.floor(h);
  const hi = Math.min(n - 1, lo + 1);
  return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}

export interface Quantiles {
  q05: number;
  q25: number;
  q50: number;
  q75: number;
  q95: number;
  mean: number;
}

export function quantiles(values: ArrayLike<number>): Quantiles {
  const sorted = Float64Array.from(values).sort();
  let sum = 0;
  for (let i = 0; i < sorted.length; i++) sum += sorted[i];
  return {
    q05: quantileSorted(sorted, 0.05),
    q25: quantileSorted(sorted, 0.25),
    q50: quantileSorted(sorted, 0.5),
    q75: quantileSorted(sorted, 0.75),
    q95: quantileSorted(sorted, 0.95),
    mean: sorted.length ? sum / sorted.length : NaN,
  };
}
