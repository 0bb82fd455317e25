/**
 * Exact frontier of a component too large to enumerate (Genius hyper-rectangle profiles such as
 * S-1NIKFRT-1: 10 issues x 10 values = 10^10 outcomes, all linked by rectangles), by branch and
 * bound over the component's issues.
 *
 * 1. Option classes: two options of an issue are interchangeable when every party's table entry
 *    is equal and every term (rectangle, interaction, red line) treats them alike; we branch on
 *    classes, not options (one representative option per class).
 * 2. Depth-first search; each node has an optimistic bound per party:
 *      assigned table entries + satisfied terms
 *      + best table entry of every unassigned issue
 *      + every positive term still satisfiable;
 *    when that cheap bound does not prune, a tighter one: each open positive term is attributed to
 *    its first unassigned issue, and per unassigned issue the best class of (table entry + the
 *    attributed terms that class allows) is added.
 *    A node is pruned when a point already found covers its bound (then it covers every outcome
 *    below it, within tol), or when a red line is complete (infeasible).
 * 3. Children are visited in decreasing order of their bound's sum, so good points are found early.
 * Exact: a pruned node contains only covered or infeasible outcomes; leaves are exact values.
 * Stops with a CgError after `maxNodes` nodes.
 * Browser-safe.
 */
import { CgError, problem } from '../core/index.ts';
import type { Domain } from '../model/index.ts';
import type { Component } from './components.ts';
import type { ComponentFrontier } from './component-frontier.ts';

export const DEFAULT_MAX_NODES = 50_000_000;

interface LocalTerm {
  party: number;
  value: number;
  /** Number of constrained issues. */
  arity: number;
}

export function branchAndBoundComponent(
  domain: Domain,
  comp: Component,
  tol: number,
  maxNodes = DEFAULT_MAX_NODES,
): ComponentFrontier {
  const k = domain.parties.length;
  const m = comp.issues.length;
  const terms: LocalTerm[] = comp.terms.map((t) => ({ party: t.party, value: t.value, arity: t.issues.length }));

  // Per issue: which terms touch it, and option classes.
  const touching: number[][] = comp.issues.map(() => []);
  const localOf = new Map<number, number>(comp.issues.map((j, a) => [j, a]));
  const maskOf: Map<number, Uint8Array>[] = comp.issues.map(() => new Map());
  comp.terms.forEach((t, ti) => {
    t.issues.forEach((j, x) => {
      const a = localOf.get(j)!;
      touching[a].push(ti);
      maskOf[a].set(ti, t.allowed[x]);
    });
  });
  interface IssueInfo {
    issue: number;
    /** Representative option per class. */
    reps: number[];
    /** table[c * k + p]. */
    table: Float64Array;
    /** Terms touching this issue and, per class, whether allowed: allowed[c][x] for touching[x]. */
    terms: number[];
    allowed: Uint8Array[];
    weight: number;
  }
  const infos: IssueInfo[] = comp.issues.map((j, a) => {
    const size = domain.issues[j].options.length;
    const sig = new Map<string, number>();
    const reps: number[] = [];
    for (let o = 0; o < size; o++) {
      const parts: (number | string)[] = [];
      for (let p = 0; p < k; p++) parts.push(domain.utilities[p].table[j][o]);
      for (const ti of touching[a]) parts.push(maskOf[a].get(ti)![o]);
      const key = parts.join(',');
      if (!sig.has(key)) {
        sig.set(key, reps.length);
        reps.push(o);
      }
    }
    const table = new Float64Array(reps.length * k);
    reps.forEach((o, c) => {
      for (let p = 0; p < k; p++) table[c * k + p] = domain.utilities[p].table[j][o];
    });
    const allowed = reps.map((o) => Uint8Array.from(touching[a].map((ti) => maskOf[a].get(ti)![o])));
    let weight = 0;
    for (let p = 0; p < k; p++) {
      let lo = Infinity;
      let hi = -Infinity;
      for (let c = 0; c < reps.length; c++) {
        lo = Math.min(lo, table[c * k + p]);
        hi = Math.max(hi, table[c * k + p]);
      }
      weight += hi - lo;
    }
    for (const ti of touching[a]) weight += Math.abs(terms[ti].value) + (terms[ti].party < 0 ? 1 : 0);
    return { issue: j, reps, table, terms: touching[a], allowed, weight };
  });
  // Most influential issues first (ties: domain order).
  const order = infos.map((_, a) => a).sort((x, y) => infos[y].weight - infos[x].weight || x - y);
  const seq = order.map((a) => infos[a]);

  // suffixMax[d * k + p]: best table entries of issues seq[d..].
  const suffixMax = new Float64Array((m + 1) * k);
  for (let d = m - 1; d >= 0; d--) {
    const info = seq[d];
    for (let p = 0; p < k; p++) {
      let best = -Infinity;
      for (let c = 0; c < info.reps.length; c++) best = Math.max(best, info.table[c * k + p]);
      suffixMax[d * k + p] = suffixMax[(d + 1) * k + p] + best;
    }
  }

  const remaining = Int32Array.from(terms.map((t) => t.arity));
  const alive = new Uint8Array(terms.length).fill(1);
  const fixed = new Float64Array(k);
  const optimistic = new Float64Array(k);
  for (const t of terms) if (t.party >= 0 && t.value > 0) optimistic[t.party] += t.value;

  // Archive of found points.
  let archVals = new Float64Array(64 * k);
  let archJoint = new Int32Array(64 * m);
  let archN = 0;
  const choice = new Int32Array(m); // class chosen at each depth
  const ub = new Float64Array(k);
  let nodes = 0;

  const coveredByArchive = (v: Float64Array): boolean => {
    for (let i = 0; i < archN; i++) {
      let p = 0;
      while (p < k && archVals[i * k + p] >= v[p] - tol) p++;
      if (p === k) return true;
    }
    return false;
  };
  const addToArchive = (): void => {
    if (coveredByArchive(fixed)) return;
    // Drop archived points the new one covers.
    let w = 0;
    for (let i = 0; i < archN; i++) {
      let p = 0;
      while (p < k && fixed[p] >= archVals[i * k + p] - tol) p++;
      if (p === k) continue;
      if (w !== i) {
        archVals.copyWithin(w * k, i * k, i * k + k);
        archJoint.copyWithin(w * m, i * m, i * m + m);
      }
      w++;
    }
    archN = w;
    if ((archN + 1) * k > archVals.length) {
      const v = new Float64Array(archVals.length * 2);
      v.set(archVals);
      archVals = v;
      const jn = new Int32Array(archJoint.length * 2);
      jn.set(archJoint);
      archJoint = jn;
    }
    archVals.set(fixed, archN * k);
    for (let d = 0; d < m; d++) archJoint[archN * m + order[d]] = seq[d].reps[choice[d]];
    archN++;
  };

  // Apply class c at depth d; returns false when a red line is completed. Logs changes for undo.
  const log: number[] = [];
  const apply = (d: number, c: number): boolean => {
    const info = seq[d];
    for (let p = 0; p < k; p++) fixed[p] += info.table[c * k + p];
    let ok = true;
    const al = info.allowed[c];
    for (let x = 0; x < info.terms.length; x++) {
      const ti = info.terms[x];
      if (!alive[ti]) continue;
      const t = terms[ti];
      if (al[x]) {
        remaining[ti]--;
        log.push(ti + 1); // +: decremented
        if (remaining[ti] === 0) {
          if (t.party < 0) ok = false;
          else {
            fixed[t.party] += t.value;
            if (t.value > 0) optimistic[t.party] -= t.value;
          }
        }
      } else {
        alive[ti] = 0;
        log.push(-(ti + 1)); // -: killed
        if (t.party >= 0 && t.value > 0) optimistic[t.party] -= t.value;
      }
    }
    return ok;
  };
  const undo = (d: number, c: number, mark: number): void => {
    const info = seq[d];
    while (log.length > mark) {
      const e = log.pop()!;
      if (e > 0) {
        const ti = e - 1;
        const t = terms[ti];
        if (remaining[ti] === 0 && t.party >= 0) {
          fixed[t.party] -= t.value;
          if (t.value > 0) optimistic[t.party] += t.value;
        }
        remaining[ti]++;
      } else {
        const ti = -e - 1;
        const t = terms[ti];
        alive[ti] = 1;
        if (t.party >= 0 && t.value > 0) optimistic[t.party] += t.value;
      }
    }
    for (let p = 0; p < k; p++) fixed[p] -= info.table[c * k + p];
  };
  const bound = (d: number): void => {
    for (let p = 0; p < k; p++) ub[p] = fixed[p] + optimistic[p] + suffixMax[d * k + p];
  };

  // Tighter bound: every positive party term still open is attributed to its first unassigned
  // issue; per unassigned issue and party, take the best class of (table entry + attributed terms
  // that class allows). Valid: one class is chosen per issue, and an outcome satisfying a term has
  // an allowed class on that term's first unassigned issue.
  const depthOf = new Int32Array(m);
  order.forEach((a, d) => (depthOf[a] = d));
  const classOffset = new Int32Array(m + 1);
  for (let d = 0; d < m; d++) classOffset[d + 1] = classOffset[d] + seq[d].reps.length;
  const termInfo = comp.terms.map((t) => {
    const rows = t.issues.map((j) => {
      const d = depthOf[localOf.get(j)!];
      const info = seq[d];
      return { d, mask: Uint8Array.from(info.reps.map((o) => t.allowed[t.issues.indexOf(j)][o])) };
    });
    rows.sort((x, y) => x.d - y.d);
    return rows;
  });
  const positive: number[] = [];
  terms.forEach((t, ti) => {
    if (t.party >= 0 && t.value > 0) positive.push(ti);
  });
  const acc = new Float64Array(k * classOffset[m]);
  const tightBound = (d: number): void => {
    acc.fill(0, 0);
    for (const ti of positive) {
      if (!alive[ti] || remaining[ti] === 0) continue;
      const rows = termInfo[ti];
      let x = 0;
      while (rows[x].d < d) x++;
      const { d: e, mask } = rows[x];
      const t = terms[ti];
      const base = t.party * classOffset[m] + classOffset[e];
      for (let c = 0; c < mask.length; c++) if (mask[c]) acc[base + c] += t.value;
    }
    for (let p = 0; p < k; p++) {
      let total = fixed[p];
      for (let e = d; e < m; e++) {
        const info = seq[e];
        const base = p * classOffset[m] + classOffset[e];
        let best = -Infinity;
        for (let c = 0; c < info.reps.length; c++) {
          const v = info.table[c * k + p] + acc[base + c];
          if (v > best) best = v;
        }
        total += best;
      }
      if (total < ub[p]) ub[p] = total;
    }
  };

  const visit = (d: number): void => {
    if (++nodes > maxNodes) {
      throw new CgError(
        problem(
          'analysis_too_large',
          { group: comp.issues.map((j) => domain.issues[j].id), jointOptions: comp.size.toString(), maxNodes },
          { path: ['issues', comp.issues[0]] },
        ),
      );
    }
    if (d === m) {
      addToArchive();
      return;
    }
    const info = seq[d];
    const nc = info.reps.length;
    const score = new Float64Array(nc);
    const feasible = new Uint8Array(nc);
    for (let c = 0; c < nc; c++) {
      const mark = log.length;
      if (apply(d, c)) {
        feasible[c] = 1;
        bound(d + 1);
        let s = 0;
        for (let p = 0; p < k; p++) s += ub[p];
        score[c] = s;
      }
      undo(d, c, mark);
    }
    const kids: number[] = [];
    for (let c = 0; c < nc; c++) if (feasible[c]) kids.push(c);
    kids.sort((a, b) => score[b] - score[a] || a - b);
    for (const c of kids) {
      const mark = log.length;
      apply(d, c);
      bound(d + 1);
      let open = !coveredByArchive(ub);
      if (open && d + 1 < m) {
        tightBound(d + 1);
        open = !coveredByArchive(ub);
      }
      if (open) {
        choice[d] = c;
        visit(d + 1);
      }
      undo(d, c, mark);
    }
  };
  visit(0);
  (globalThis as { __nodes?: number }).__nodes = nodes;

  return {
    issues: comp.issues,
    count: archN,
    joint: archJoint.slice(0, archN * m),
    vals: archVals.slice(0, archN * k),
    feasible: null,
  };
}
