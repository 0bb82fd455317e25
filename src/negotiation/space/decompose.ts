/**
 * Decomposition of ONE party's utility into independent components, the basis of bid search
 * without enumerating the outcome space.
 *
 * u(o) = min(max, constant + sum_c value_c(entry_c(o)) + sum of residual terms that match o)
 *
 * A component is a group of issues whose joint options ("entries") are listed with their exact
 * value. Interactions, multi-issue red lines and Genius hyper-rectangles couple issues; a coupling
 * term is absorbed into a component by merging the issues it touches, as long as the merged
 * component has at most `mergeCap` entries. Terms that would make a component too large stay
 * "residual": the branch-and-bound search handles them exactly with bounds and checks them at the
 * leaves. Single-issue terms (one-option red lines, one-range rectangles) are folded into that
 * issue's values. Entries that violate the party's own red lines are dropped, so every outcome the
 * search returns is acceptable to the party as far as its own red lines go.
 *
 * Browser-safe: no Node imports.
 */
import type { PartyUtility } from '../../model/index.ts';

/** An inclusive option-index range on one issue. */
export interface Constraint {
  issue: number;
  min: number;
  max: number;
}

/** A coupling term: contributes `value` (or forbids the outcome, for red lines) when every constraint holds. */
export interface Term {
  kind: 'interaction' | 'rectangle' | 'redline';
  constraints: Constraint[];
  value: number;
}

export interface Component {
  /** Issue indices, ascending. */
  issues: number[];
  /** Number of entries (own-feasible joint options). */
  count: number;
  /** `options[e * issues.length + i]` = option of `issues[i]` in entry e. */
  options: Int32Array;
  /** Exact value of each entry (weighted table values plus absorbed terms). */
  value: Float64Array;
  minValue: number;
  maxValue: number;
}

export interface Decomposition {
  issueCount: number;
  sizes: number[];
  constant: number;
  max: number | undefined;
  components: Component[];
  /** Coupling terms spanning several components (empty for additive utilities). */
  residual: Term[];
  /** True when no outcome satisfies the party's own red lines. */
  empty: boolean;
}

/** Default largest component (entries) the merge may create. */
export const MERGE_CAP = 4096;

function termsOf(u: PartyUtility): Term[] {
  const terms: Term[] = [];
  for (const t of u.interactions) {
    terms.push({
      kind: 'interaction',
      constraints: [
        { issue: t.a.issue, min: t.a.option, max: t.a.option },
        { issue: t.b.issue, min: t.b.option, max: t.b.option },
      ],
      value: t.value,
    });
  }
  for (const l of u.redLines) {
    terms.push({
      kind: 'redline',
      constraints: l.options.map((r) => ({ issue: r.issue, min: r.option, max: r.option })),
      value: 0,
    });
  }
  if (u.rectangles) {
    for (const r of u.rectangles.items) {
      terms.push({
        kind: 'rectangle',
        constraints: r.ranges.map((g) => ({ issue: g.issue, min: g.min, max: g.max })),
        value: r.utility / u.rectangles.scale,
      });
    }
  }
  return terms.map(normalise).filter((t): t is Term => t !== null);
}

/** Merge constraints on the same issue (intersection); null when the term can never match. */
function normalise(t: Term): Term | null {
  const by = new Map<number, Constraint>();
  for (const c of t.constraints) {
    const prev = by.get(c.issue);
    const next = prev ? { issue: c.issue, min: Math.max(prev.min, c.min), max: Math.min(prev.max, c.max) } : { ...c };
    if (next.min > next.max) return null;
    by.set(c.issue, next);
  }
  return { kind: t.kind, value: t.value, constraints: [...by.values()].sort((a, b) => a.issue - b.issue) };
}

function matches(t: Term, optionOf: (issue: number) => number): boolean {
  for (const c of t.constraints) {
    const k = optionOf(c.issue);
    if (k < c.min || k > c.max) return false;
  }
  return true;
}

export function decompose(u: PartyUtility, sizes: number[], mergeCap = MERGE_CAP): Decomposition {
  const n = sizes.length;
  let constant = u.constant;
  // Per-issue values and forbidden options, with single-issue terms folded in.
  const table = sizes.map((s, j) => Array.from({ length: s }, (_, k) => u.table[j]?.[k] ?? 0));
  const forbidden = sizes.map((s) => new Uint8Array(s));
  const multi: Term[] = [];
  let empty = false;
  for (const t of termsOf(u)) {
    if (t.constraints.length === 0) {
      if (t.kind === 'redline') empty = true;
      else constant += t.value;
    } else if (t.constraints.length === 1) {
      const c = t.constraints[0];
      for (let k = c.min; k <= Math.min(c.max, sizes[c.issue] - 1); k++) {
        if (t.kind === 'redline') forbidden[c.issue][k] = 1;
        else table[c.issue][k] += t.value;
      }
    } else multi.push(t);
  }

  // Union-find over issues, merging along coupling terms while components stay small.
  const parent = Array.from({ length: n }, (_, j) => j);
  const product = sizes.map((s) => s);
  const find = (j: number): number => (parent[j] === j ? j : (parent[j] = find(parent[j])));
  // Red lines first (they prune entries), then the heaviest terms.
  const order = multi
    .map((t, i) => ({ t, i }))
    .sort(
      (a, b) =>
        (a.t.kind === 'redline' ? 0 : 1) - (b.t.kind === 'redline' ? 0 : 1) ||
        Math.abs(b.t.value) - Math.abs(a.t.value) ||
        a.i - b.i,
    );
  for (const { t } of order) {
    const roots = [...new Set(t.constraints.map((c) => find(c.issue)))];
    if (roots.length < 2) continue;
    let p = 1;
    for (const r of roots) p *= product[r];
    if (p > mergeCap) continue;
    for (const r of roots.slice(1)) parent[r] = roots[0];
    product[roots[0]] = p;
  }

  const groups = new Map<number, number[]>();
  for (let j = 0; j < n; j++) {
    const r = find(j);
    if (!groups.has(r)) groups.set(r, []);
    groups.get(r)!.push(j);
  }
  const compOf = new Int32Array(n);
  const groupList = [...groups.values()].sort((a, b) => a[0] - b[0]);
  groupList.forEach((g, c) => g.forEach((j) => (compOf[j] = c)));

  const internal: Term[][] = groupList.map(() => []);
  const residual: Term[] = [];
  for (const t of multi) {
    const comps = new Set(t.constraints.map((c) => compOf[c.issue]));
    if (comps.size === 1) internal[[...comps][0]].push(t);
    else residual.push(t);
  }

  const components: Component[] = groupList.map((issues, c) =>
    buildComponent(issues, sizes, table, forbidden, internal[c]),
  );
  if (components.some((c) => c.count === 0)) empty = true;
  return { issueCount: n, sizes: [...sizes], constant, max: u.max, components, residual, empty };
}

function buildComponent(
  issues: number[],
  sizes: number[],
  table: number[][],
  forbidden: Uint8Array[],
  terms: Term[],
): Component {
  const m = issues.length;
  const opts: number[] = [];
  const vals: number[] = [];
  const cur = new Array<number>(m).fill(0);
  const local = new Map<number, number>();
  const optionOf = (issue: number) => cur[local.get(issue)!];
  issues.forEach((j, i) => local.set(j, i));
  for (;;) {
    let ok = true;
    let v = 0;
    for (let i = 0; i < m; i++) {
      if (forbidden[issues[i]][cur[i]]) ok = false;
      v += table[issues[i]][cur[i]];
    }
    if (ok) {
      for (const t of terms) {
        if (!matches(t, optionOf)) continue;
        if (t.kind === 'redline') {
          ok = false;
          break;
        }
        v += t.value;
      }
    }
    if (ok) {
      opts.push(...cur);
      vals.push(v);
    }
    let i = m - 1;
    while (i >= 0 && ++cur[i] === sizes[issues[i]]) cur[i--] = 0;
    if (i < 0) break;
  }
  let minValue = Infinity;
  let maxValue = -Infinity;
  for (const v of vals) {
    if (v < minValue) minValue = v;
    if (v > maxValue) maxValue = v;
  }
  return {
    issues,
    count: vals.length,
    options: Int32Array.from(opts),
    value: Float64Array.from(vals),
    minValue,
    maxValue,
  };
}

/** Objective value of every entry of a component under an additive per-issue table. */
export function entryObjective(c: Component, objective: readonly (readonly number[])[]): Float64Array {
  const m = c.issues.length;
  const out = new Float64Array(c.count);
  for (let e = 0; e < c.count; e++) {
    let s = 0;
    for (let i = 0; i < m; i++) s += objective[c.issues[i]][c.options[e * m + i]];
    out[e] = s;
  }
  return out;
}

/** Does term `t` hold for the options an entry of component c fixes (constraints on other issues ignored)? */
export function entryMatches(t: Term, c: Component, e: number): boolean {
  const m = c.issues.length;
  for (const con of t.constraints) {
    const i = c.issues.indexOf(con.issue);
    if (i < 0) continue;
    const k = c.options[e * m + i];
    if (k < con.min || k > con.max) return false;
  }
  return true;
}
