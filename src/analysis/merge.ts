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
 * 3+ parties: all |F| x m sums, then the skyline of skyline.ts.
 * Browser-safe.
 */
import { CgError } from '../core/problems.ts';
import type { ComponentFrontier } from './component-frontier.ts';
import { skyline } from './skyline.ts';

export interface Stage {
  n: number;
  vals: Float64Array;
  parent: Int32Array;
  choice: Int32Array;
}

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
}

export function mergeComponents(
  k: number,
  issueCount: number,
  constants: number[],
  comps: ComponentFrontier[],
  tol: number,
  limits: MergeLimits = DEFAULT_LIMITS,
): MergeResult {
  const stages: Stage[] = [];
  let cur: Stage = { n: 1, vals: Float64Array.from(constants), parent: new Int32Array(1), choice: new Int32Array(1) };
  for (let s = 0; s < comps.length; s++) {
    const c = comps[s];
    if (c.count === 0 || cur.n === 0) {
      cur = { n: 0, vals: new Float64Array(0), parent: new Int32Array(0), choice: new Int32Array(0) };
    } else if (k === 2) {
      cur = merge2(cur, c, tol, limits);
    } else {
      cur = mergeK(cur, c, k, tol, limits);
    }
    if (cur.n > limits.maxFrontier) {
      throw new CgError({
        code: 'frontier_too_large',
        path: ['issues'],
        message: `the Pareto frontier grew past ${limits.maxFrontier} points after merging ${s + 1} of ${comps.length} issue groups; the analysis stops rather than exhaust memory`,
      });
    }
    stages.push(cur);
  }
  const final = cur;
  return {
    k,
    n: final.n,
    vals: final.vals,
    outcomeOf(i: number): number[] {
      const out = new Array<number>(issueCount).fill(0);
      for (let s = stages.length - 1; s >= 0; s--) {
        const c = comps[s];
        const r = stages[s].choice[i];
        const m = c.issues.length;
        for (let a = 0; a < m; a++) out[c.issues[a]] = c.joint[r * m + a];
        i = stages[s].parent[i];
      }
      return out;
    },
  };
}

class Growable {
  vals: Float64Array;
  parent: Int32Array;
  choice: Int32Array;
  n = 0;
  constructor(
    private readonly k: number,
    cap: number,
  ) {
    this.vals = new Float64Array(cap * k);
    this.parent = new Int32Array(cap);
    this.choice = new Int32Array(cap);
  }
  ensure(): void {
    if (this.n < this.parent.length) return;
    const cap = this.parent.length * 2;
    const v = new Float64Array(cap * this.k);
    v.set(this.vals);
    const p = new Int32Array(cap);
    p.set(this.parent);
    const c = new Int32Array(cap);
    c.set(this.choice);
    this.vals = v;
    this.parent = p;
    this.choice = c;
  }
  stage(): Stage {
    return { n: this.n, vals: this.vals.slice(0, this.n * this.k), parent: this.parent.slice(0, this.n), choice: this.choice.slice(0, this.n) };
  }
}

/** 2-party merge; `prev` must be sorted by u1 descending with u2 ascending (a staircase). */
function merge2(prev: Stage, c: ComponentFrontier, tol: number, limits: MergeLimits): Stage {
  const F = prev.vals;
  const n = prev.n;
  const C = c.vals;
  const m = c.count;
  const ptr = new Int32Array(m);
  const key = new Float64Array(m);
  // Max-heap of list ids by head u1 (ties: head u2 larger first, then list id).
  const heap = new Int32Array(m);
  let size = 0;
  const better = (a: number, b: number): boolean => {
    if (key[a] !== key[b]) return key[a] > key[b];
    const ua = F[2 * ptr[a] + 1] + C[2 * a + 1];
    const ub = F[2 * ptr[b] + 1] + C[2 * b + 1];
    return ua !== ub ? ua > ub : a < b;
  };
  const siftDown = (pos: number): void => {
    for (;;) {
      const l = 2 * pos + 1;
      if (l >= size) return;
      let best = l;
      if (l + 1 < size && better(heap[l + 1], heap[l])) best = l + 1;
      if (!better(heap[best], heap[pos])) return;
      const t = heap[best];
      heap[best] = heap[pos];
      heap[pos] = t;
      pos = best;
    }
  };
  for (let r = 0; r < m; r++) {
    key[r] = F[0] + C[2 * r];
    heap[size++] = r;
  }
  for (let pos = (size >> 1) - 1; pos >= 0; pos--) siftDown(pos);

  const out = new Growable(2, Math.max(16, n + m));
  let topU2 = -Infinity;
  while (size > 0) {
    const r = heap[0];
    const f = ptr[r];
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
      while (out.n > 0 && out.vals[2 * (out.n - 1)] <= u1 + tol) out.n--;
      out.ensure();
      const o = out.n++;
      out.vals[2 * o] = u1;
      out.vals[2 * o + 1] = u2;
      out.parent[o] = f;
      out.choice[o] = r;
      topU2 = u2;
      if (out.n > limits.maxFrontier) break;
    }
    if (next < n) {
      ptr[r] = next;
      key[r] = F[2 * next] + C[2 * r];
      siftDown(0);
    } else {
      heap[0] = heap[--size];
      siftDown(0);
    }
  }
  return out.stage();
}

function mergeK(prev: Stage, c: ComponentFrontier, k: number, tol: number, limits: MergeLimits): Stage {
  const n = prev.n;
  const m = c.count;
  const total = n * m;
  if (total > limits.maxCandidates) {
    throw new CgError({
      code: 'frontier_too_large',
      path: ['issues', c.issues[0]],
      message: `merging issue group [${c.issues.join(', ')}] would build ${total} candidate points (limit ${limits.maxCandidates}); the ${k}-party frontier is too large to compute exactly in memory`,
    });
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
