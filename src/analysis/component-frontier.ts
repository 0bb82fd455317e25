/**
 * The frontier of one component (super-issue) on its own: its joint options (one option per
 * issue of the component), red-line-violating combinations removed, utilities = table entries +
 * interaction/rectangle terms. Dominated joint options are dropped (a dominated partial outcome
 * stays dominated whatever the other components add, since utility is additive across
 * components), ties within tol collapsed.
 *
 * Small components are enumerated; large ones (joint size above ENUMERATION_LIMIT) use the
 * branch and bound of branch-bound.ts.
 * Browser-safe.
 */
import type { Domain } from '../model/index.ts';
import type { Component, Term } from './components.ts';
import { skyline } from './skyline.ts';

export interface ComponentFrontier {
  issues: number[];
  /** Number of kept joint options. */
  count: number;
  /** Joint options, flat: joint[r * issues.length + a] = option index of issues[a]. */
  joint: Int32Array;
  /** Utilities, flat: vals[r * k + p] (without the party constants). */
  vals: Float64Array;
  /** Number of feasible joint options, or null when not counted (branch and bound). */
  feasible: bigint | null;
  /** Regions the branch and bound evaluated (absent when enumerated). */
  nodes?: number;
}

/** Components with more joint options than this are not enumerated. */
export const ENUMERATION_LIMIT = 1 << 20;

export function enumerateComponent(domain: Domain, comp: Component, tol: number): ComponentFrontier {
  const k = domain.parties.length;
  const issues = comp.issues;
  const m = issues.length;
  const sizes = issues.map((j) => domain.issues[j].options.length);
  const total = Number(comp.size);
  if (total === 0) return { issues, count: 0, joint: new Int32Array(0), vals: new Float64Array(0), feasible: 0n };
  const local = new Map<number, number>(issues.map((j, a) => [j, a]));
  const terms = comp.terms.map((t: Term) => ({ ...t, local: t.issues.map((j) => local.get(j)!) }));
  const joint = new Int32Array(total * m);
  const vals = new Float64Array(total * k);
  const o = new Int32Array(m);
  let n = 0;
  for (let step = 0; step < total; step++) {
    let feasible = true;
    for (const t of terms) {
      if (t.party >= 0) continue;
      let all = true;
      for (let a = 0; a < t.local.length && all; a++) all = t.allowed[a][o[t.local[a]]] === 1;
      if (all) {
        feasible = false;
        break;
      }
    }
    if (feasible) {
      for (let a = 0; a < m; a++) joint[n * m + a] = o[a];
      for (let p = 0; p < k; p++) {
        const table = domain.utilities[p].table;
        let s = 0;
        for (let a = 0; a < m; a++) s += table[issues[a]][o[a]];
        vals[n * k + p] = s;
      }
      for (const t of terms) {
        if (t.party < 0) continue;
        let all = true;
        for (let a = 0; a < t.local.length && all; a++) all = t.allowed[a][o[t.local[a]]] === 1;
        if (all) vals[n * k + t.party] += t.value;
      }
      n++;
    }
    let a = m - 1;
    while (a >= 0 && ++o[a] === sizes[a]) o[a--] = 0;
  }
  const keep = skyline(vals, n, k, tol);
  const outJoint = new Int32Array(keep.length * m);
  const outVals = new Float64Array(keep.length * k);
  keep.forEach((r, i) => {
    outJoint.set(joint.subarray(r * m, r * m + m), i * m);
    outVals.set(vals.subarray(r * k, r * k + k), i * k);
  });
  return { issues, count: keep.length, joint: outJoint, vals: outVals, feasible: BigInt(n) };
}
