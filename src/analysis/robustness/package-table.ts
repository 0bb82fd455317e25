/**
 * Per-sample utilities of every component option, for scoring packages over all samples.
 *
 * The issues split into components (issues linked by interactions, red lines or hyper-rectangles,
 * `decompose`); across components utility is additive: u_p(x) = c_p + sum_C v_p(C, x_C), capped at
 * the party's clamp. Each component's feasible joint options (red lines within the component
 * removed) are listed once per domain; each sample then tables v_p(C, r) for every joint option r
 * of every component: N x (sum of joint options) x k numbers, laid out [sample][option][party].
 * Browser-safe.
 */
import type { Domain, Outcome } from '../../model/index.ts';
import { decompose } from '../components.ts';

export interface PackageLayout {
  /** Per component: its issues (domain indices). */
  issues: number[][];
  /** Per component: feasible joint options, flat (r * issues + a). */
  joint: Int32Array[];
  count: number[];
  /** Per component: offset of its options in a sample's row. */
  offset: number[];
  /** Options per sample row (sum of counts). */
  width: number;
  /** Per component: joint option index by mixed-radix code of the issues' options (-1: breaks a red line). */
  index: Int32Array[];
  /** Per component: utility terms (interactions, rectangles) that hold for joint option r. */
  terms: { r: number; party: number; value: number }[][];
  /** Per party: the constant part of its utility (constant, rectangles without ranges). */
  constants: number[];
}

/** Largest component tabled (joint options). */
export const MAX_JOINT = 4096;
/** Largest table of a whole run (samples x options x parties numbers; 8 bytes each). */
export const MAX_TABLE = 20_000_000;

/** The layout of a domain, or null when a component has more than MAX_JOINT joint options. */
export function packageLayout(domain: Domain): PackageLayout | null {
  const { components, constants } = decompose(domain);
  if (components.some((c) => c.size > BigInt(MAX_JOINT))) return null;
  const layout: PackageLayout = {
    issues: [],
    joint: [],
    count: [],
    offset: [],
    width: 0,
    index: [],
    terms: [],
    constants,
  };
  for (const comp of components) {
    const sizes = comp.issues.map((j) => domain.issues[j].options.length);
    const total = sizes.reduce((a, b) => a * b, 1);
    const m = sizes.length;
    const local = new Map(comp.issues.map((j, a) => [j, a]));
    const holds = (t: (typeof comp.terms)[number], o: Int32Array) =>
      t.issues.every((j, i) => t.allowed[i][o[local.get(j)!]] === 1);
    const redLines = comp.terms.filter((t) => t.party < 0);
    const utilityTerms = comp.terms.filter((t) => t.party >= 0);
    const joint = new Int32Array(total * m);
    const index = new Int32Array(total).fill(-1);
    const terms: PackageLayout['terms'][number] = [];
    const o = new Int32Array(m);
    let n = 0;
    for (let code = 0; code < total; code++) {
      // Mixed radix, last issue fastest (as `codeOf`).
      let rest = code;
      for (let a = m - 1; a >= 0; a--) {
        o[a] = rest % sizes[a];
        rest = Math.floor(rest / sizes[a]);
      }
      if (redLines.some((t) => holds(t, o))) continue;
      joint.set(o, n * m);
      for (const t of utilityTerms) if (holds(t, o)) terms.push({ r: n, party: t.party, value: t.value });
      index[code] = n++;
    }
    layout.issues.push(comp.issues);
    layout.joint.push(joint.slice(0, n * m));
    layout.count.push(n);
    layout.offset.push(layout.width);
    layout.index.push(index);
    layout.terms.push(terms);
    layout.width += n;
  }
  return layout;
}

/** Joint option index of `outcome` in component c (-1: it breaks a red line there). */
export function optionOf(layout: PackageLayout, domain: Domain, c: number, outcome: Outcome): number {
  let code = 0;
  for (const j of layout.issues[c]) code = code * domain.issues[j].options.length + outcome[j];
  return layout.index[c][code];
}

/** Write one sample's row (width x k numbers at `at`) from its drawn domain. */
export function tableRow(layout: PackageLayout, domain: Domain, out: Float64Array, at: number): void {
  const k = domain.parties.length;
  for (let c = 0; c < layout.issues.length; c++) {
    const issues = layout.issues[c];
    const m = issues.length;
    const joint = layout.joint[c];
    const base = at + layout.offset[c] * k;
    for (let p = 0; p < k; p++) {
      const tab = domain.utilities[p].table;
      for (let r = 0; r < layout.count[c]; r++) {
        let v = 0;
        for (let a = 0; a < m; a++) v += tab[issues[a]][joint[r * m + a]];
        out[base + r * k + p] = v;
      }
    }
    for (const t of layout.terms[c]) out[base + t.r * k + t.party] += t.value;
  }
}
