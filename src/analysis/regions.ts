/**
 * The region structure of one linked issue group (component), for the branch and bound of
 * branch-bound.ts.
 *
 * Hyper-rectangles (Genius), interaction terms and red lines each allow a set of options per
 * constrained issue. Two options of an issue are interchangeable when every party's table entry is
 * the same and every term allows both or neither: they form one *class* (for a rectangle domain,
 * the intervals between rectangle edges, with identical ones merged). Every party's utility is
 * constant on a product of classes, so the search runs over classes, never over options: an issue
 * of 100 values cut by 40 rectangle edges has at most 41 classes.
 *
 * Classes are numbered by their first option, so a rectangle's interval of options is (almost
 * always) an interval of classes, and the search splits class intervals. Each term keeps, per
 * constrained issue, its mask over classes, the prefix counts of that mask (how many classes of an
 * interval it allows, in O(1)) and the runs of allowed classes (to add its value over an interval).
 * Browser-safe.
 */
import type { Domain } from '../model/index.ts';
import type { Component } from './components.ts';

export interface RegionIssue {
  /** Domain issue index. */
  issue: number;
  /** Number of classes. */
  size: number;
  /** Representative option (the first) of each class. */
  reps: Int32Array;
  /** Table entries per class: table[c * k + p]. */
  table: Float64Array;
  /** True when some party's table entry differs between classes. */
  varies: boolean;
}

export interface RegionTerm {
  /** Party index, or -1 for a red line. */
  party: number;
  value: number;
  /** Constrained local issues (positions in `Regions.issues`). */
  issues: Int32Array;
  /** Per constrained issue: prefix[c] = allowed classes among 0..c-1 (length size + 1). */
  prefix: Int32Array[];
  /** Per constrained issue: runs of allowed classes, flat [start0, end0, start1, end1, ...] (inclusive). */
  runs: Int32Array[];
}

export interface Regions {
  k: number;
  issues: RegionIssue[];
  terms: RegionTerm[];
  /** Total classes over all issues (offsets for flat per-class arrays). */
  totalClasses: number;
  /** offset[a] = first flat index of issue a's classes. */
  offset: Int32Array;
}

export function buildRegions(domain: Domain, comp: Component): Regions {
  const k = domain.parties.length;
  const localOf = new Map<number, number>(comp.issues.map((j, a) => [j, a]));
  // Per local issue: the terms touching it and their option masks.
  const touching: { term: number; mask: Uint8Array }[][] = comp.issues.map(() => []);
  comp.terms.forEach((t, ti) =>
    t.issues.forEach((j, x) => touching[localOf.get(j)!].push({ term: ti, mask: t.allowed[x] })),
  );

  const classOf: Int32Array[] = [];
  const issues: RegionIssue[] = comp.issues.map((j, a) => {
    const n = domain.issues[j].options.length;
    const sig = new Map<string, number>();
    const cls = new Int32Array(n);
    const reps: number[] = [];
    for (let o = 0; o < n; o++) {
      let key = '';
      for (let p = 0; p < k; p++) key += `${domain.utilities[p].table[j][o]},`;
      for (const t of touching[a]) key += t.mask[o];
      let c = sig.get(key);
      if (c === undefined) {
        c = reps.length;
        sig.set(key, c);
        reps.push(o);
      }
      cls[o] = c;
    }
    classOf.push(cls);
    const table = new Float64Array(reps.length * k);
    let varies = false;
    reps.forEach((o, c) => {
      for (let p = 0; p < k; p++) {
        table[c * k + p] = domain.utilities[p].table[j][o];
        if (table[c * k + p] !== table[p]) varies = true;
      }
    });
    return { issue: j, size: reps.length, reps: Int32Array.from(reps), table, varies };
  });

  const terms: RegionTerm[] = comp.terms.map((t) => {
    const local = t.issues.map((j) => localOf.get(j)!);
    const prefix: Int32Array[] = [];
    const runs: Int32Array[] = [];
    local.forEach((a, x) => {
      const info = issues[a];
      const mask = new Uint8Array(info.size);
      for (let c = 0; c < info.size; c++) mask[c] = t.allowed[x][info.reps[c]];
      const pre = new Int32Array(info.size + 1);
      const rs: number[] = [];
      for (let c = 0; c < info.size; c++) {
        pre[c + 1] = pre[c] + mask[c];
        if (mask[c] && (c === 0 || !mask[c - 1])) rs.push(c, c);
        else if (mask[c]) rs[rs.length - 1] = c;
      }
      prefix.push(pre);
      runs.push(Int32Array.from(rs));
    });
    return { party: t.party, value: t.value, issues: Int32Array.from(local), prefix, runs };
  });

  const offset = new Int32Array(issues.length + 1);
  issues.forEach((info, a) => (offset[a + 1] = offset[a] + info.size));
  return { k, issues, terms, totalClasses: offset[issues.length], offset };
}
