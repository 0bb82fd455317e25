/**
 * Issue-by-issue (component-by-component) Minkowski merge with dominance pruning.
 *
 * Why it is exact: utility is additive across components, so if partial sum x (over the
 * components merged so far) is covered by partial sum y, then x + z is covered by y + z for every
 * completion z (floating-point addition is monotone, so this holds for the computed doubles too).
 * Dropping covered partial sums therefore never loses a frontier point; the frontier after the last
 * component is the frontier of the whole domain (before clamping, see pareto.ts).
 *
 * Each stage keeps, per point, a back-pointer (index of the previous stage's point) and the joint
 * option chosen in the new component, so an outcome reaching any final point is rebuilt by walking
 * back, without copying outcomes at every step.
 *
 * 2 parties: the previous frontier is a staircase sorted by u1 descending (u2 ascending); each of
 * the m shifted copies F + c_r is sorted too, so a heap merges them by u1 and a stack sweep keeps
 * the skyline. A copy whose head is covered jumps (binary search on u2) to its first point that
 * can beat the current best u2, so the work is about (output + jumps) x log m, not |F| x m.
 * 3 parties: the same heap merge by u1 feeds a sweep against a 2-D staircase of (u2, u3), then the
 * near-tie pass of skyline.ts; no candidate array is built.
 * 4+ parties: all |F| x m sums, then the skyline of skyline.ts.
 * Browser-safe.
 */
import { CgError, problem } from '../core/index.ts';
import type { ComponentFrontier } from './component-frontier.ts';
import { Growable, ListHeap, type Stage } from './merge-buffers.ts';
import { skyline } from './skyline.ts';

export type { Stage } from './merge-buffers.ts';

export interface MergeLimits {
  /** Largest number of candidate sums one k-party (k >= 3) merge step may build. */
  maxCandidates: number;
  /** Largest intermediate or final frontier. */
  maxFrontier: number;
}

export const DEFAULT_LIMITS: MergeLimits = { maxCandidates: 40_000_000, maxFrontier: 5_000_000 };

export interface MergeResult {
  k: number;
  /** Final frontier size and values (flat, n x k), in the last stage's order. */
  n: number;
  vals: Float64Array;
  /** Option index per issue of an outcome reaching final point i. */
  outcomeOf(i: number): number[];
  /** The same written into `out` from index `at` (issues in no component are left as they are). */
  outcomeInto(i: number, out: { [j: number]: number }, at?: number): void;
}

export function mergeComponents(
  k: number,
  issueCount: number,
  constants: number[],
  comps: ComponentFrontier[],
  tol: number,
  limits: MergeLimits = DEFAULT_LIMITS,
): MergeResult {
  // Only back-pointers are kept per stage; utilities only for the current stage.
  const stages: { parent: Int32Array; choice: Int32Array }[] = [];
  let cur: Stage = { n: 1, vals: Float64Array.from(constants), parent: new Int32Array(1), choice: new Int32Array(1) };
  for (let s = 0; s < comps.length; s++) {
    const c = comps[s];
    if (c.count === 0 || cur.n === 0) {
      cur = { n: 0, vals: new Float64Array(0), parent: new Int32Array(0), choice: new Int32Array(0) };
    } else if (k === 2) {
      cur = merge2(cur, c, tol, limits);
    } else if (k === 3) {
      cur = merge3(cur, c, tol);
    } else {
      cur = mergeK(cur, c, k, tol, limits);
    }
    if (cur.n > limits.maxFrontier) {
      throw new CgError(
        problem(
          'frontier_too_large',
          { stage: 'merge', limit: limits.maxFrontier, merged: s + 1, groups: comps.length },
          { path: ['issues'] },
        ),
      );
    }
    stages.push({ parent: cur.parent, choice: cur.choice });
  }
  const final = cur;
  const outcomeInto = (i: number, out: { [j: number]: number }, at = 0): void => {
    for (let s = stages.length - 1; s >= 0; s--) {
      const c = comps[s];
      const r = stages[s].choice[i];
      const m = c.issues.length;
      for (let a = 0; a < m; a++) out[at + c.issues[a]] = c.joint[r * m + a];
      i = stages[s].parent[i];
    }
  };
  return {
    k,
    n: final.n,
    vals: final.vals,
    outcomeOf(i: number): number[] {
      const out = new Array<number>(issueCount).fill(0);
      outcomeInto(i, out);
      return out;
    },
    outcomeInto,
  };
}

/** 2-party merge; `prev` must be sorted by u1 descending with u2 ascending (a staircase). */
function merge2(prev: Stage, c: ComponentFrontier, tol: number, limits: MergeLimits): Stage {
  const F = prev.vals;
  const n = prev.n;
  const C = c.vals;
  const heap = new ListHeap(F, C, 2, n, c.count);
  const out = new Growable(2, Math.max(16, n + c.count));
  let topU2 = -Infinity;
  while (heap.size > 0) {
    const r = heap.top();
    const f = heap.ptr[r];
    const u1 = F[2 * f] + C[2 * r];
    const u2 = F[2 * f + 1] + C[2 * r + 1];
    let next = f + 1;
    if (out.n > 0 && u2 <= topU2 + tol) {
      // Covered by the current top. Jump to the first point of this list that can beat it:
      // u2 grows along the list, so binary search for F2[g] + C2[r] > topU2 + tol.
      const bound = topU2 + tol;
      let lo = next;
      let hi = n;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (F[2 * mid + 1] + C[2 * r + 1] <= bound) lo = mid + 1;
        else hi = mid;
      }
      next = lo;
    } else {
      while (out.n > 0 && out.vals[2 * (out.n - 1)] <= u1 + tol) out.n--; // the top is covered by the new point
      out.ensure();
      const o = out.n++;
      out.vals[2 * o] = u1;
      out.vals[2 * o + 1] = u2;
      out.parent[o] = f;
      out.choice[o] = r;
      topU2 = u2;
      if (out.n > limits.maxFrontier) break;
    }
    heap.advanceTop(next);
  }
  return out.stage();
}

/**
 * 3-party merge; `prev` must be sorted by u1 descending. Output sorted by u1 descending. Every
 * candidate sum arrives in u1-descending order from the heap; it is kept unless an earlier kept
 * point covers it, which the staircase (exact 2-D skyline of kept (u2, u3), u2 ascending, u3
 * descending) answers by one binary search; then the near-tie pass drops kept points that a later
 * one (within tol on u1) covers. Buffers are typed arrays sized for the worst case (n x m), so the
 * many small merges of a Monte Carlo run allocate little.
 */
function merge3(prev: Stage, c: ComponentFrontier, tol: number): Stage {
  const F = prev.vals;
  const C = c.vals;
  const most = prev.n * c.count;
  let cap = Math.min(most, Math.max(64, 2 * (prev.n + c.count)));
  const heap = new ListHeap(F, C, 3, prev.n, c.count);
  let vals = new Float64Array(cap * 3);
  let parent = new Int32Array(cap);
  let choice = new Int32Array(cap);
  let n = 0;
  // The staircase never holds more entries than points kept, so it grows with them.
  let s2 = new Float64Array(cap);
  let s3 = new Float64Array(cap);
  let len = 0;
  const grow = () => {
    cap = Math.min(most, cap * 2);
    const v = new Float64Array(cap * 3);
    v.set(vals);
    vals = v;
    const p = new Int32Array(cap);
    p.set(parent);
    parent = p;
    const ch = new Int32Array(cap);
    ch.set(choice);
    choice = ch;
    const a = new Float64Array(cap);
    a.set(s2);
    s2 = a;
    const b = new Float64Array(cap);
    b.set(s3);
    s3 = b;
  };
  while (heap.size > 0) {
    const r = heap.top();
    const f = heap.ptr[r];
    const u2 = F[3 * f + 1] + C[3 * r + 1];
    const u3 = F[3 * f + 2] + C[3 * r + 2];
    // First staircase entry with s2 >= u2 - tol (entries after it have larger u2, smaller u3).
    let lo = 0;
    let hi = len;
    const bound = u2 - tol;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (s2[mid] < bound) lo = mid + 1;
      else hi = mid;
    }
    const pos = lo;
    if (!(pos < len && s3[pos] >= u3 - tol)) {
      if (n === cap) grow();
      vals[3 * n] = F[3 * f] + C[3 * r];
      vals[3 * n + 1] = u2;
      vals[3 * n + 2] = u3;
      parent[n] = f;
      choice[n] = r;
      n++;
      // Entries in [a, b) have s2 <= u2 and s3 <= u3: replace them by (u2, u3).
      let b = pos;
      while (b < len && s2[b] <= u2) b++;
      let a = b;
      while (a > 0 && s3[a - 1] <= u3) a--;
      const removed = b - a;
      if (removed !== 1) {
        // Shift the tail [b, len) to a + 1 (a loop: the staircase is short, a native call costs more).
        if (removed === 0)
          for (let x = len - 1; x >= b; x--) {
            s2[x + 1] = s2[x];
            s3[x + 1] = s3[x];
          }
        else
          for (let x = b; x < len; x++) {
            s2[x + 1 - removed] = s2[x];
            s3[x + 1 - removed] = s3[x];
          }
        len += 1 - removed;
      }
      s2[a] = u2;
      s3[a] = u3;
    }
    heap.advanceTop(f + 1);
  }
  // Near-tie pass (as skyline.ts): a later point within tol on u1 may cover an earlier one.
  const dropped = new Uint8Array(n);
  for (let a = n - 2; a >= 0; a--) {
    const limit = vals[3 * a] - tol;
    for (let b = a + 1; b < n && vals[3 * b] >= limit; b++) {
      if (dropped[b]) continue;
      if (
        vals[3 * b] >= vals[3 * a] - tol &&
        vals[3 * b + 1] >= vals[3 * a + 1] - tol &&
        vals[3 * b + 2] >= vals[3 * a + 2] - tol
      ) {
        dropped[a] = 1;
        break;
      }
    }
  }
  let t = 0;
  for (let i = 0; i < n; i++) {
    if (dropped[i]) continue;
    if (t !== i) {
      vals[3 * t] = vals[3 * i];
      vals[3 * t + 1] = vals[3 * i + 1];
      vals[3 * t + 2] = vals[3 * i + 2];
      parent[t] = parent[i];
      choice[t] = choice[i];
    }
    t++;
  }
  return { n: t, vals: vals.slice(0, 3 * t), parent: parent.slice(0, t), choice: choice.slice(0, t) };
}

function mergeK(prev: Stage, c: ComponentFrontier, k: number, tol: number, limits: MergeLimits): Stage {
  const n = prev.n;
  const m = c.count;
  const total = n * m;
  if (total > limits.maxCandidates) {
    throw new CgError(
      problem(
        'frontier_too_large',
        {
          stage: 'candidates',
          parties: k,
          group: c.issues.map(String),
          candidates: total,
          limit: limits.maxCandidates,
        },
        { path: ['issues', c.issues[0]] },
      ),
    );
  }
  const F = prev.vals;
  const C = c.vals;
  const cand = new Float64Array(total * k);
  for (let f = 0; f < n; f++) {
    for (let r = 0; r < m; r++) {
      const o = (f * m + r) * k;
      for (let p = 0; p < k; p++) cand[o + p] = F[f * k + p] + C[r * k + p];
    }
  }
  const keep = skyline(cand, total, k, tol);
  const vals = new Float64Array(keep.length * k);
  const parent = new Int32Array(keep.length);
  const choice = new Int32Array(keep.length);
  for (let i = 0; i < keep.length; i++) {
    const idx = keep[i];
    vals.set(cand.subarray(idx * k, idx * k + k), i * k);
    parent[i] = Math.floor(idx / m);
    choice[i] = idx % m;
  }
  return { n: keep.length, vals, parent, choice };
}
