import { describe, expect, it } from 'vitest';
import { createRng } from '../core/index.ts';
import { skyline } from './skyline.ts';

/** Naive definition: x survives unless another point covers it strictly beyond tol; tied points counted once. */
function naiveSize(vals: Float64Array, n: number, k: number, tol: number): number {
  const pts = Array.from({ length: n }, (_, i) => Array.from(vals.subarray(i * k, i * k + k)));
  const nd = pts.filter(
    (x) => !pts.some((y) => y !== x && y.every((v, p) => v >= x[p] - tol) && y.some((v, p) => v > x[p] + tol)),
  );
  const out: number[][] = [];
  for (const x of nd) if (!out.some((y) => y.every((v, p) => Math.abs(v - x[p]) <= tol))) out.push(x);
  return out.length;
}

function randomPoints(seed: number, n: number, k: number, grid: number, noise: number): Float64Array {
  const rng = createRng(seed);
  const v = new Float64Array(n * k);
  for (let i = 0; i < v.length; i++) {
    // Points on a coarse grid (many exact ties and dominance chains), optionally with 1e-16-scale noise.
    v[i] = grid > 0 ? rng.int(grid) / grid + (noise ? (rng.next() - 0.5) * noise : 0) : rng.next();
  }
  return v;
}

describe('skyline', () => {
  for (const k of [1, 2, 3, 4, 5]) {
    it(`${k} parties: agrees with the naive definition on 200 random point sets (ties, noise, continuous)`, () => {
      for (let s = 0; s < 200; s++) {
        const n = 1 + (s % 60);
        const mode = s % 3;
        const tol = 1e-12;
        const vals = randomPoints(s * 31 + k, n, k, mode === 2 ? 0 : 5, mode === 1 ? 1e-15 : 0);
        const keep = skyline(vals, n, k, tol);
        // (1) every input point is covered by a kept point; (2) no kept point covers another.
        for (let i = 0; i < n; i++) {
          const ok = Array.from(keep).some((j) =>
            Array.from({ length: k }, (_, p) => vals[j * k + p] >= vals[i * k + p] - tol).every(Boolean),
          );
          expect(ok, `point ${i} uncovered (seed ${s})`).toBe(true);
        }
        for (const a of keep)
          for (const b of keep) {
            if (a === b) continue;
            const cov = Array.from({ length: k }, (_, p) => vals[b * k + p] >= vals[a * k + p] - tol).every(Boolean);
            expect(cov, `kept ${a} covered by kept ${b} (seed ${s})`).toBe(false);
          }
        expect(keep.length).toBe(naiveSize(vals, n, k, tol));
      }
    });
  }

  it('2 parties: returns the staircase sorted by the first utility descending', () => {
    const vals = randomPoints(7, 500, 2, 0, 0);
    const keep = skyline(vals, 500, 2, 0);
    for (let t = 1; t < keep.length; t++) {
      expect(vals[2 * keep[t]]).toBeLessThan(vals[2 * keep[t - 1]]);
      expect(vals[2 * keep[t] + 1]).toBeGreaterThan(vals[2 * keep[t - 1] + 1]);
    }
  });

  it('4+ parties: stops with a CgError past the comparison budget instead of running for hours', () => {
    const vals = randomPoints(3, 400, 6, 0, 0);
    expect(() => skyline(vals, 400, 6, 1e-12, 1000)).toThrow(/too large to compute exactly/);
    expect(skyline(vals, 400, 6, 1e-12).length).toBeGreaterThan(50);
  });

  it('collapses points that differ only by floating-point noise (0.76 vs 0.7599999999999999)', () => {
    const a = 0.1 + 0.66; // 0.76
    const b = 0.7599999999999999;
    expect(a).not.toBe(b);
    for (const k of [2, 3, 4]) {
      const vals = new Float64Array(2 * k).fill(0.5);
      vals[0] = a;
      vals[k] = b;
      expect(skyline(vals, 2, k, 1e-12).length).toBe(1);
      expect(skyline(vals, 2, k, 0).length).toBe(1); // exact comparison: the smaller one is dominated
      vals[k + 1] = 0.6; // now b is better for party 2: exact keeps both, tolerant keeps only b's point
      expect(skyline(vals, 2, k, 0).length).toBe(2);
      expect(Array.from(skyline(vals, 2, k, 1e-12))).toEqual([1]);
    }
  });
});
