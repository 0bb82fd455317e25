/**
 * Splitting a domain into independent "super-issues" (components).
 *
 * Utility is additive across issues except for interaction terms (pairs of options), red lines
 * (conjunctions of options) and Genius hyper-rectangles (boxes over several issues). Issues
 * connected by any of those, for any party, form one component; across components utility is
 * additive and feasibility is a product, so the frontier is the skyline of the Minkowski sum of
 * the components' own frontiers (see merge.ts).
 *
 * `terms` re-expresses interactions, rectangles and red lines in one form: an allowed option set
 * per constrained issue (a box), a party and a value (utility; red lines: infeasible).
 * Browser-safe.
 */
import type { Domain } from '../model/index.ts';

export interface Term {
  /** Party index, or -1 for a red line (feasibility, all parties). */
  party: number;
  /** Utility added when every constrained issue's option is allowed (already divided by the rectangle scale). */
  value: number;
  /** Constrained issues (domain indices), ascending, and per issue the allowed option mask. */
  issues: number[];
  allowed: Uint8Array[];
}

export interface Component {
  /** Domain issue indices, ascending. */
  issues: number[];
  /** Terms whose issues all lie in this component. */
  terms: Term[];
  /** Joint size (product of option counts) as a bigint. */
  size: bigint;
}

export interface Decomposition {
  components: Component[];
  /** Per party: constant plus rectangles that constrain no issue. */
  constants: number[];
}

/** Build terms for all parties (interactions, rectangles, red lines). */
export function buildTerms(domain: Domain): { terms: Term[]; constants: number[] } {
  const sizes = domain.issues.map((i) => i.options.length);
  const terms: Term[] = [];
  const constants = domain.utilities.map((u) => u.constant);
  const box = (party: number, value: number, refs: { issue: number; ok: (o: number) => boolean }[]): Term | null => {
    const byIssue = new Map<number, Uint8Array>();
    for (const r of refs) {
      let mask = byIssue.get(r.issue);
      if (!mask) {
        mask = new Uint8Array(sizes[r.issue]).fill(1);
        byIssue.set(r.issue, mask);
      }
      for (let o = 0; o < mask.length; o++) if (!r.ok(o)) mask[o] = 0;
    }
    const issues = [...byIssue.keys()].sort((a, b) => a - b);
    if (issues.length === 0) return null;
    return { party, value, issues, allowed: issues.map((j) => byIssue.get(j)!) };
  };
  domain.utilities.forEach((u, p) => {
    for (const t of u.interactions) {
      const term = box(p, t.value, [
        { issue: t.a.issue, ok: (o) => o === t.a.option },
        { issue: t.b.issue, ok: (o) => o === t.b.option },
      ]);
      if (term) terms.push(term);
    }
    if (u.rectangles) {
      const scale = u.rectangles.scale;
      for (const r of u.rectangles.items) {
        const value = r.utility / scale;
        const term = box(
          p,
          value,
          r.ranges.map((g) => ({ issue: g.issue, ok: (o: number) => o >= g.min && o <= g.max })),
        );
        if (term) terms.push(term);
        else constants[p] += value; // a rectangle without ranges contains every outcome
      }
    }
    for (const line of u.redLines) {
      const term = box(
        -1,
        0,
        line.options.map((r) => ({ issue: r.issue, ok: (o: number) => o === r.option })),
      );
      if (term) terms.push(term);
    }
  });
  // Terms that can never be satisfied (an empty mask) never apply: drop them.
  return { terms: terms.filter((t) => t.allowed.every((m) => m.some((x) => x === 1))), constants };
}

export function decompose(domain: Domain): Decomposition {
  const n = domain.issues.length;
  const parent = Array.from({ length: n }, (_, i) => i);
  const find = (x: number): number => {
    while (parent[x] !== x) x = parent[x] = parent[parent[x]];
    return x;
  };
  const { terms, constants } = buildTerms(domain);
  for (const t of terms)
    for (let a = 1; a < t.issues.length; a++) {
      const ra = find(t.issues[0]);
      const rb = find(t.issues[a]);
      if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
    }
  const byRoot = new Map<number, Component>();
  for (let j = 0; j < n; j++) {
    const r = find(j);
    let c = byRoot.get(r);
    if (!c) {
      c = { issues: [], terms: [], size: 1n };
      byRoot.set(r, c);
    }
    c.issues.push(j);
    c.size *= BigInt(domain.issues[j].options.length);
  }
  for (const t of terms) byRoot.get(find(t.issues[0]))!.terms.push(t);
  // Components in order of their first issue (roots are the smallest index of each set).
  const components = [...byRoot.entries()].sort((a, b) => a[0] - b[0]).map(([, c]) => c);
  return { components, constants };
}
