/**
 * Skylines (non-dominated subsets) of utility vectors stored flat in a Float64Array
 * (`vals[i * k + p]` = party p's utility of point i), with the tolerance semantics of
 * tolerance.ts: a point is dropped when another kept point covers it (y_i >= x_i - tol for all i).
 *
 * - 2 parties: sort by u1 descending, then a stack sweep (O(n log n)); the stack keeps u1
 *   strictly decreasing and u2 strictly increasing by more than tol.
 * - 3 parties: sweep by u1 descending with a 2-D staircase of (u2, u3) (binary search + splice),
 *   then a near-tie pass over the u1 window [u1 - tol, u1].
 * - 4+ parties: sort-filter-skyline (sort by sum descending, compare with kept points), then the
 *   near-tie pass over the sum window.
 *
 * Result: indices of kept points, in the order of the sweep (2 parties: u1 descending).
 * Browser-safe.
 */
import { CgError, lowerBound, problem } from '../core/index.ts';

/** Indices 0..n-1 sorted by key descending, ties by key2 descending, then index ascending. */
export function argsortDesc(
  n: number,
  key: Float64Array | ((i: number) => number),
  key2?: Float64Array | ((i: number) => number),
): Uint32Array {
  const idx = new Uint32Array(n);
  for (let i = 0; i < n; i++) idx[i] = i;
  const keys = typeof key === 'function' ? fill(n, key) : key;
  const k2 = key2 === undefined ? null : typeof key2 === 'function' ? fill(n, key2) : key2;
  if (n <= 32) {
    // Insertion sort under the same total order: the many tiny inputs of repeated analyses
    // (one issue, a few options) skip the comparator calls of a general sort.
    for (let i = 1; i < n; i++) {
      const x = idx[i];
      let j = i - 1;
      while (j >= 0 && before(x, idx[j], keys, k2)) {
        idx[j + 1] = idx[j];
        j--;
      }
      idx[j + 1] = x;
    }
    return idx;
  }
  if (k2) idx.sort((a, b) => keys[b] - keys[a] || k2[b] - k2[a] || a - b);
  else idx.sort((a, b) => keys[b] - keys[a] || a - b);
  return idx;
}

function fill(n: number, f: (i: number) => number): Float64Array {
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = f(i);
  return out;
}

/** True when a sorts strictly before b: key descending, then key2 descending, then index ascending. */
function before(a: number, b: number, keys: Float64Array, k2: Float64Array | null): boolean {
  if (keys[a] !== keys[b]) return keys[a] > keys[b];
  if (k2 && k2[a] !== k2[b]) return k2[a] > k2[b];
  return a < b;
}

/**
 * Largest number of kept-point visits the 4+-party skyline may make (it is quadratic in the worst
 * case: many parties, almost every point non-dominated); about 10-30 s of work.
 */
export const DEFAULT_COMPARISON_BUDGET = 3e9;

export function skyline(
  vals: Float64Array,
  n: number,
  k: number,
  tol: number,
  budget = DEFAULT_COMPARISON_BUDGET,
): Int32Array {
  if (n === 0) return new Int32Array(0);
  if (k === 1) return skyline1(vals, n);
  if (k === 2) return skyline2(vals, n, tol);
  if (k === 3) return skyline3(vals, n, tol);
  return skylineK(vals, n, k, tol, budget);
}

function skyline1(vals: Float64Array, n: number): Int32Array {
  let best = 0;
  for (let i = 1; i < n; i++) if (vals[i] > vals[best]) best = i;
  return Int32Array.of(best);
}

function skyline2(vals: Float64Array, n: number, tol: number): Int32Array {
  const order = argsortDesc(
    n,
    (i) => vals[2 * i],
    (i) => vals[2 * i + 1],
  );
  const stack = new Int32Array(n);
  let top = -1;
  for (let t = 0; t < n; t++) {
    const i = order[t];
    const u1 = vals[2 * i];
    const u2 = vals[2 * i + 1];
    if (top >= 0 && u2 <= vals[2 * stack[top] + 1] + tol) continue; // covered by the top (its u1 >= u1)
    while (top >= 0 && vals[2 * stack[top]] <= u1 + tol) top--; // the top is covered by i
    stack[++top] = i;
  }
  return stack.slice(0, top + 1);
}

function skyline3(vals: Float64Array, n: number, tol: number): Int32Array {
  const order = argsortDesc(
    n,
    (i) => vals[3 * i],
    (i) => vals[3 * i + 1] + vals[3 * i + 2],
  );
  // Staircase: exact 2-D skyline of the kept points' (u2, u3): u2 ascending, u3 descending.
  const s2: number[] = [];
  const s3: number[] = [];
  const kept: number[] = [];
  for (let t = 0; t < n; t++) {
    const i = order[t];
    const u2 = vals[3 * i + 1];
    const u3 = vals[3 * i + 2];
    const pos = lowerBound(s2, u2 - tol);
    if (pos < s2.length && s3[pos] >= u3 - tol) continue; // an earlier kept point covers i
    kept.push(i);
    // Remove staircase entries whose (u2, u3) is dominated by (u2, u3) of i, then insert.
    let hi = pos;
    while (hi < s2.length && s2[hi] <= u2) hi++;
    let lo = hi;
    while (lo > 0 && s3[lo - 1] <= u3) lo--;
    // Entries in [lo, hi) have s2 <= u2 and s3 <= u3.
    s2.splice(lo, hi - lo, u2);
    s3.splice(lo, hi - lo, u3);
  }
  return nearTiePass(vals, 3, tol, kept, (i) => vals[3 * i], tol);
}

const MAX_BUCKETS = 128;

function skylineK(vals: Float64Array, n: number, k: number, tol: number, budget: number): Int32Array {
  const sum = new Float64Array(n);
  const key2 = new Float64Array(n);
  const lo = new Float64Array(k).fill(Infinity);
  const hi = new Float64Array(k).fill(-Infinity);
  for (let i = 0; i < n; i++) {
    let s = 0;
    for (let p = 0; p < k; p++) {
      const v = vals[i * k + p];
      s += v;
      if (v < lo[p]) lo[p] = v;
      if (v > hi[p]) hi[p] = v;
    }
    sum[i] = s;
    key2[i] = vals[i * k];
  }
  const order = argsortDesc(n, sum, key2);
  // A point covering x has y_p >= x_p - tol for EVERY party p, so it suffices to scan the kept
  // points with y_p >= x_p - tol on the party p where they are fewest. Per party, kept points are
  // filed in ~sqrt(n) value buckets (monotone in the value) with suffix counts, so "the kept points
  // at or above x_p - tol" is a superset read off the buckets; the full cover test filters it.
  const BUCKETS = Math.min(MAX_BUCKETS, Math.ceil(Math.sqrt(n)));
  const scale = new Float64Array(k);
  for (let p = 0; p < k; p++) scale[p] = hi[p] > lo[p] ? (BUCKETS - 1) / (hi[p] - lo[p]) : 0;
  const bucketOf = (p: number, v: number): number => {
    const b = Math.floor((v - lo[p]) * scale[p]);
    return b < 0 ? 0 : b >= BUCKETS ? BUCKETS - 1 : b;
  };
  const atLeast = new Int32Array(k * (BUCKETS + 1)); // atLeast[p][b] = kept points with bucket >= b
  const members: number[][] = Array.from({ length: k * BUCKETS }, () => []);
  const kv = new Float64Array(n * k);
  const kept: number[] = [];
  let visits = 0;
  for (let t = 0; t < n; t++) {
    const i = order[t];
    const io = i * k;
    if (visits > budget) {
      throw new CgError(
        problem('frontier_too_large', {
          stage: 'dominance',
          parties: k,
          budget,
          done: t,
          candidates: n,
          kept: kept.length,
        }),
      );
    }
    let bestP = 0;
    let bestB = 0;
    let bestCount = kept.length + 1;
    for (let p = 0; p < k && bestCount > 0; p++) {
      const b = bucketOf(p, vals[io + p] - tol);
      const c = atLeast[p * (BUCKETS + 1) + b];
      if (c < bestCount) {
        bestCount = c;
        bestP = p;
        bestB = b;
      }
    }
    let covered = false;
    for (let b = BUCKETS - 1; b >= bestB && !covered; b--) {
      const list = members[bestP * BUCKETS + b];
      visits += list.length;
      for (let a = 0; a < list.length; a++) {
        const jo = list[a] * k;
        let p = 0;
        while (p < k && kv[jo + p] >= vals[io + p] - tol) p++;
        if (p === k) {
          covered = true;
          break;
        }
      }
    }
    if (covered) continue;
    const id = kept.length;
    for (let p = 0; p < k; p++) {
      kv[id * k + p] = vals[io + p];
      const b = bucketOf(p, vals[io + p]);
      members[p * BUCKETS + b].push(id);
      const base = p * (BUCKETS + 1);
      for (let c = 0; c <= b; c++) atLeast[base + c]++;
    }
    kept.push(i);
  }
  return nearTiePass(vals, k, tol, kept, (i) => sum[i], k * tol);
}

/**
 * `kept` is sorted by `key` descending and no kept point is covered by an EARLIER kept point.
 * A later point q can still cover an earlier p when their keys are within `window` (a near-tie
 * within (k-1) tol). Drop such p, scanning from the end so each decision uses final states.
 */
export function nearTiePass(
  vals: Float64Array,
  k: number,
  tol: number,
  kept: number[],
  key: (i: number) => number,
  window: number,
): Int32Array {
  const dropped = new Uint8Array(kept.length);
  for (let a = kept.length - 2; a >= 0; a--) {
    const p = kept[a];
    const limit = key(p) - window;
    for (let b = a + 1; b < kept.length && key(kept[b]) >= limit; b++) {
      if (dropped[b]) continue;
      const q = kept[b];
      let c = 0;
      while (c < k && vals[q * k + c] >= vals[p * k + c] - tol) c++;
      if (c === k) {
        dropped[a] = 1;
        break;
      }
    }
  }
  const out: number[] = [];
  for (let a = 0; a < kept.length; a++) if (!dropped[a]) out.push(kept[a]);
  return Int32Array.from(out);
}
