/**
 * Exact frontier of one region of the branch and bound (branch-bound.ts) once it has come apart.
 *
 * Inside a region, an open term matters only on the issues it cuts (on the others every class of
 * the region is allowed). Issues cut together by some term are *linked*; the linked groups of a
 * region are independent of each other: utility is additive across groups. A term cutting a single
 * issue just adds to (or, a red line, forbids) some classes of that issue. So when every linked
 * group is small (joint classes at most `JOINT_LIMIT`), the region is solved exactly: each group's
 * joint classes are enumerated and skylined, single issues skylined, and the groups merged by
 * merge.ts (exact for additive utility). Browser-safe.
 */
import type { ComponentFrontier } from './component-frontier.ts';
import { DEFAULT_LIMITS, mergeComponents, type MergeResult } from './merge.ts';
import type { Regions } from './regions.ts';
import { skyline } from './skyline.ts';

/** Largest joint class count of a linked group solved by enumeration. */
export const JOINT_LIMIT = 512;

/** Linked groups of a region: root per issue (union-find over the issues each open term cuts). */
export function linkedGroups(R: Regions, lo: Int32Array, hi: Int32Array, open: ArrayLike<number>): Int32Array {
  const m = R.issues.length;
  const parent = Int32Array.from({ length: m }, (_, a) => a);
  const find = (x: number): number => {
    while (parent[x] !== x) x = parent[x] = parent[parent[x]];
    return x;
  };
  for (let i = 0; i < open.length; i++) {
    const term = R.terms[open[i]];
    let first = -1;
    for (let x = 0; x < term.issues.length; x++) {
      const a = term.issues[x];
      const pre = term.prefix[x];
      if (pre[hi[a] + 1] - pre[lo[a]] === hi[a] - lo[a] + 1) continue;
      if (first < 0) first = a;
      else {
        const ra = find(first);
        const rb = find(a);
        if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
      }
    }
  }
  for (let a = 0; a < m; a++) parent[a] = find(a);
  return parent;
}

/** Joint class count of each group (indexed by root; 0 for non-roots), saturating at 2^30. */
export function groupSizes(groups: Int32Array, lo: Int32Array, hi: Int32Array): Float64Array {
  const size = new Float64Array(groups.length);
  for (let a = 0; a < groups.length; a++) {
    const g = groups[a];
    size[g] = Math.min(2 ** 30, (size[g] || 1) * (hi[a] - lo[a] + 1));
  }
  return size;
}

/**
 * The exact frontier of the region (raw values: certain + table entries + open terms), or null
 * when every outcome of it breaks a red line. `table[p]` holds party p's table entry per flat class.
 */
export function solveRegion(
  R: Regions,
  table: Float64Array[],
  lo: Int32Array,
  hi: Int32Array,
  open: ArrayLike<number>,
  certain: Float64Array,
  tol: number,
): MergeResult | null {
  const k = R.k;
  const m = R.issues.length;
  const T = R.totalClasses;
  const groups = linkedGroups(R, lo, hi, open);
  // Per-class values of single-issue effects; classes a single-issue red line forbids.
  const v = Array.from({ length: k }, (_, p) => table[p].slice());
  const banned = new Uint8Array(T);
  const multi: number[][] = Array.from({ length: m }, () => []); // multi-issue terms, by group root
  for (let i = 0; i < open.length; i++) {
    const t = open[i];
    const term = R.terms[t];
    let cuts = 0;
    let only = -1;
    for (let x = 0; x < term.issues.length; x++) {
      const a = term.issues[x];
      const pre = term.prefix[x];
      if (pre[hi[a] + 1] - pre[lo[a]] < hi[a] - lo[a] + 1) {
        cuts++;
        only = x;
      }
    }
    if (cuts > 1) {
      multi[groups[term.issues[only]]].push(t);
      continue;
    }
    const a = term.issues[only];
    const runs = term.runs[only];
    for (let r = 0; r < runs.length; r += 2)
      for (let c = Math.max(runs[r], lo[a]); c <= Math.min(runs[r + 1], hi[a]); c++) {
        if (term.party < 0) banned[R.offset[a] + c] = 1;
        else v[term.party][R.offset[a] + c] += term.value;
      }
  }

  const comps: ComponentFrontier[] = [];
  for (let g = 0; g < m; g++) {
    const issues: number[] = [];
    for (let a = 0; a < m; a++) if (groups[a] === g) issues.push(a);
    if (issues.length === 0) continue;
    const classes = issues.map((a) => {
      const cs: number[] = [];
      for (let c = lo[a]; c <= hi[a]; c++) if (!banned[R.offset[a] + c]) cs.push(c);
      return cs;
    });
    if (classes.some((cs) => cs.length === 0)) return null;
    const q = issues.length;
    const terms = multi[g];
    const total = classes.reduce((n, cs) => n * cs.length, 1);
    const vals = new Float64Array(total * k);
    const joint = new Int32Array(total * q);
    const idx = new Int32Array(q);
    let n = 0;
    for (let step = 0; step < total; step++) {
      let feasible = true;
      const row = n * k;
      for (let p = 0; p < k; p++) vals[row + p] = 0;
      for (let y = 0; y < q; y++) {
        const a = issues[y];
        const c = classes[y][idx[y]];
        joint[n * q + y] = R.issues[a].reps[c];
        for (let p = 0; p < k; p++) vals[row + p] += v[p][R.offset[a] + c];
      }
      for (const t of terms) {
        const term = R.terms[t];
        let all = true;
        for (let x = 0; x < term.issues.length && all; x++) {
          const y = issues.indexOf(term.issues[x]);
          if (y < 0) continue; // not cut: contains the region on that issue
          const c = classes[y][idx[y]];
          const pre = term.prefix[x];
          all = pre[c + 1] - pre[c] === 1;
        }
        if (!all) continue;
        if (term.party < 0) {
          feasible = false;
          break;
        }
        vals[row + term.party] += term.value;
      }
      if (feasible) n++;
      let y = q - 1;
      while (y >= 0 && ++idx[y] === classes[y].length) idx[y--] = 0;
    }
    if (n === 0) return null;
    const keep = skyline(vals, n, k, tol);
    const cv = new Float64Array(keep.length * k);
    const cj = new Int32Array(keep.length * q);
    keep.forEach((i, r) => {
      cv.set(vals.subarray(i * k, i * k + k), r * k);
      cj.set(joint.subarray(i * q, i * q + q), r * q);
    });
    comps.push({ issues, count: keep.length, joint: cj, vals: cv, feasible: null });
  }
  return mergeComponents(k, m, Array.from(certain), comps, tol, DEFAULT_LIMITS);
}
