/**
 * The analysis of one Monte Carlo sample, reduced to what the robustness summary reads: the Nash
 * and Kalai-Smorodinsky packages, the disagreement point and, with a status quo, the
 * issue-by-issue package and the issues that are "no deal alone". The result is IDENTICAL to
 * `analyze(domain, { statusQuo })` on the same drawn domain (tested against it on random domains,
 * sample-analysis.test.ts): the same frontier, built by the same steps on the same doubles, and
 * the same choices with the same tie-breaking.
 *
 * What it saves per sample: a sample changes only the utility tables (weights and values), never
 * the issues, the components, their feasible joint options, the interaction and red-line terms or
 * the status quo. Those are worked out once per model (`packageLayout`, the status quo's
 * one-issue changes that break a red line); per sample the components' joint-option utilities
 * are one pass over the layout (the package table's own row, `tableRow`, summed exactly as
 * `enumerateComponent` sums them), then the components' skylines and the merge of pareto.ts.
 * Nothing a summary does not read is built: no Frontier object, no egalitarian or utilitarian
 * point, no per-issue tables, concessions or sentences, no re-validation of the domain.
 *
 * Domains with a component too large to table (more than MAX_JOINT joint options, which the full
 * analysis would enumerate or branch and bound) are not handled here: `SampleAnalyzer.for`
 * returns null and the caller runs `analyze`. Browser-safe.
 */
import { isFeasible, type Domain, type PartyUtility, type PreferenceModel } from '../../model/index.ts';
import { Best, isAcceptable, ksKey, nashKey, sumOf } from '../bargaining.ts';
import type { ComponentFrontier } from '../component-frontier.ts';
import { mergeComponents } from '../merge.ts';
import { clampAndFilter, exceedsClamp } from '../pareto.ts';
import { skyline } from '../skyline.ts';
import { defaultTolerance } from '../tolerance.ts';
import { packageLayout, tableRow, type PackageLayout } from './package-table.ts';

/** One sample's records, written into the chunk's flat arrays (row r of each). */
export interface SampleRecords {
  nash: Int32Array;
  ks: Int32Array;
  delinked: Int32Array;
  nashUtilities: Float64Array;
  delinkedUtilities: Float64Array;
  disagreement: Float64Array;
  noDealAlone: Uint8Array;
}

/** A party's utility function compiled for fast evaluation: flat table, interactions as index arrays. */
interface Compiled {
  constant: number;
  /** Per sample: table[j][o] at offset[j] + o. */
  table: Float64Array;
  /** Interactions: (issue a, option a, issue b, option b) per term, and values. */
  pairs: Int32Array;
  pairValues: Float64Array;
  rectangles: PartyUtility['rectangles'];
  max: number | undefined;
}

export class SampleAnalyzer {
  private readonly k: number;
  private readonly m: number;
  private readonly sq: Int32Array | null;
  /** aloneFeasible[j][o]: the status quo with issue j at option o breaks no red line. */
  private readonly aloneFeasible: Uint8Array[];
  /** Scratch: a sample's joint-option utilities (width x k) when the caller keeps none. */
  private readonly row: Float64Array;
  private readonly work: Int32Array;
  private readonly zeros: number[];
  private readonly offset: Int32Array;
  private readonly parties: Compiled[];
  /** Scratch for the frontier: outcomes (n x m) and utilities (n x k). */
  private outs = new Int32Array(0);
  private us = new Float64Array(0);

  private constructor(
    readonly model: PreferenceModel,
    readonly layout: PackageLayout,
  ) {
    const { domain, statusQuo } = model;
    this.k = domain.parties.length;
    this.m = domain.issues.length;
    this.sq = statusQuo ? Int32Array.from(statusQuo) : null;
    this.row = new Float64Array(layout.width * this.k);
    this.work = new Int32Array(this.m);
    this.zeros = new Array<number>(this.k).fill(0);
    this.offset = new Int32Array(this.m);
    let total = 0;
    domain.issues.forEach((issue, j) => {
      this.offset[j] = total;
      total += issue.options.length;
    });
    this.parties = domain.utilities.map((u) => ({
      constant: u.constant,
      table: new Float64Array(total),
      pairs: Int32Array.from(u.interactions.flatMap((t) => [t.a.issue, t.a.option, t.b.issue, t.b.option])),
      pairValues: Float64Array.from(u.interactions.map((t) => t.value)),
      rectangles: u.rectangles,
      max: u.max,
    }));
    this.aloneFeasible = domain.issues.map((issue, j) => {
      const ok = new Uint8Array(issue.options.length);
      if (!statusQuo) return ok;
      const out = statusQuo.slice();
      for (let o = 0; o < ok.length; o++) {
        out[j] = o;
        ok[o] = isFeasible(domain, out) ? 1 : 0;
      }
      return ok;
    });
  }

  /** The analyzer of `model`'s samples, or null when a component is too large to table. */
  static for(model: PreferenceModel): SampleAnalyzer | null {
    const layout = packageLayout(model.domain);
    return layout ? new SampleAnalyzer(model, layout) : null;
  }

  /**
   * Party p's utility of the outcome at o[at..at+m): `utilityOf`'s arithmetic in the same order
   * (constant, table entries by issue, interactions, rectangles, clamp), so the same double.
   */
  private utility(p: number, o: ArrayLike<number>, at: number): number {
    const c = this.parties[p];
    const { table, pairs, pairValues } = c;
    const off = this.offset;
    let s = c.constant;
    for (let j = 0; j < this.m; j++) s += table[off[j] + o[at + j]];
    for (let t = 0; t < pairValues.length; t++)
      if (o[at + pairs[4 * t]] === pairs[4 * t + 1] && o[at + pairs[4 * t + 2]] === pairs[4 * t + 3])
        s += pairValues[t];
    if (c.rectangles) {
      let r = 0;
      for (const rect of c.rectangles.items) {
        let inside = true;
        for (const g of rect.ranges) {
          const x = o[at + g.issue];
          if (!(x >= g.min && x <= g.max)) {
            inside = false;
            break;
          }
        }
        if (inside) r += rect.utility;
      }
      s += r / c.rectangles.scale;
    }
    return c.max !== undefined && s > c.max ? c.max : s;
  }

  /**
   * Analyse one drawn domain (the model's domain with other tables) and write row r of `out`
   * (rows must start cleared: packages -1, utilities NaN, noDealAlone 0). `values`, when given,
   * receives the sample's package-table row at `at` (package-table.ts) and is read back from there.
   */
  analyze(domain: Domain, out: SampleRecords, r: number, values?: Float64Array, at = 0): void {
    const { k, m, layout, sq } = this;
    const tol = defaultTolerance(domain);
    for (let p = 0; p < k; p++) {
      const rows = domain.utilities[p].table;
      const table = this.parties[p].table;
      for (let j = 0; j < m; j++) table.set(rows[j], this.offset[j]);
    }
    const row = values ?? this.row;
    const base = values ? at : 0;
    tableRow(layout, domain, row, base);
    // Each component's own frontier, as enumerateComponent keeps it (same values, same order).
    const comps: ComponentFrontier[] = [];
    for (let c = 0; c < layout.issues.length; c++) {
      const n = layout.count[c];
      const mc = layout.issues[c].length;
      const from = base + layout.offset[c] * k;
      const vals = row.subarray(from, from + n * k);
      const keep = skyline(vals, n, k, tol);
      const joint = new Int32Array(keep.length * mc);
      const kept = new Float64Array(keep.length * k);
      const all = layout.joint[c];
      for (let i = 0; i < keep.length; i++) {
        const x = keep[i];
        for (let a = 0; a < mc; a++) joint[i * mc + a] = all[x * mc + a];
        for (let p = 0; p < k; p++) kept[i * k + p] = vals[x * k + p];
      }
      comps.push({ issues: layout.issues[c], count: keep.length, joint, vals: kept, feasible: null });
    }
    const merged = mergeComponents(k, m, layout.constants, comps, tol);
    const keep = exceedsClamp(domain, merged.vals, merged.n, k)
      ? clampAndFilter(domain, merged.vals, merged.n, k, tol)
      : null;
    const count = keep ? keep.length : merged.n;
    // The frontier's points as computeFrontier makes them: an outcome per point, its utilities
    // recomputed from the outcome, sorted (stably) lexicographically descending.
    if (this.outs.length < count * m) {
      this.outs = new Int32Array(2 * count * m);
      this.us = new Float64Array(2 * count * k);
    }
    const { outs, us } = this;
    for (let t = 0; t < count; t++) {
      merged.outcomeInto(keep ? keep[t] : t, outs, t * m);
      for (let p = 0; p < k; p++) us[t * k + p] = this.utility(p, outs, t * m);
    }
    const order = new Array<number>(count);
    for (let t = 0; t < count; t++) order[t] = t;
    order.sort((a, b) => {
      for (let p = 0; p < k; p++) {
        const d = us[b * k + p] - us[a * k + p];
        if (d !== 0) return d;
      }
      return 0;
    });

    const d = this.zeros.slice();
    for (let p = 0; p < k; p++) d[p] = sq ? this.utility(p, sq, 0) : domain.parties[p].reservation;
    out.disagreement.set(d, r * k);
    // bargainingSolutions' Nash and Kalai-Smorodinsky points, over the same points in the same order.
    const u = this.zeros.slice();
    const acceptable: number[] = [];
    for (const t of order) {
      for (let p = 0; p < k; p++) u[p] = us[t * k + p];
      if (isAcceptable(u, d, tol)) acceptable.push(t);
    }
    if (acceptable.length > 0) {
      const ideal = new Array<number>(k).fill(-Infinity);
      for (const t of acceptable) for (let p = 0; p < k; p++) ideal[p] = Math.max(ideal[p], us[t * k + p]);
      const nash = new Best<number>(k * tol);
      const ks = new Best<number>(k * tol);
      for (const t of acceptable) {
        for (let p = 0; p < k; p++) u[p] = us[t * k + p];
        const sum = sumOf(u);
        const nk = nashKey(u, d, tol);
        if (nk) nash.offer(t, nk.key, nk.keyTol, sum);
        const kk = ksKey(u, d, ideal, tol);
        ks.offer(t, kk.key, kk.keyTol, sum);
      }
      if (nash.point !== null) {
        out.nash.set(outs.subarray(nash.point * m, nash.point * m + m), r * m);
        out.nashUtilities.set(us.subarray(nash.point * k, nash.point * k + k), r * k);
      }
      if (ks.point !== null) out.ks.set(outs.subarray(ks.point * m, ks.point * m + m), r * m);
    }
    if (sq) this.issueByIssue(domain, d, tol, out, r);
  }

  /** The issue-by-issue package and "no deal alone", exactly as linkageAnalysis chooses them. */
  private issueByIssue(domain: Domain, dSq: readonly number[], tol: number, out: SampleRecords, r: number): void {
    const { k, m, sq, work, zeros } = this;
    const sqo = sq!;
    const g = zeros.slice();
    let bestGains = zeros.slice();
    const delinked = out.delinked.subarray(r * m, r * m + m);
    work.set(sqo);
    for (let j = 0; j < m; j++) {
      const size = domain.issues[j].options.length;
      const ok = this.aloneFeasible[j];
      let best = -1;
      let bestPos = false;
      let bestKey = 0;
      let bestKeyTol = 0;
      let bestSum = -Infinity;
      // Status-quo option first, then option order.
      for (let step = -1; step < size; step++) {
        const o = step < 0 ? sqo[j] : step;
        if (step >= 0 && o === sqo[j]) continue;
        if (o !== sqo[j] && !ok[o]) continue;
        work[j] = o;
        let worse = false;
        for (let p = 0; p < k; p++) {
          g[p] = this.utility(p, work, 0) - dSq[p];
          if (g[p] < -tol) worse = true;
        }
        work[j] = sqo[j];
        if (o !== sqo[j] && worse) continue;
        const nk = nashKey(g, zeros, tol);
        const pos = nk !== null;
        const key = nk ? nk.key : 0;
        const keyTol = nk ? nk.keyTol : 0;
        const sum = sumOf(g);
        let better: boolean;
        if (best < 0) better = true;
        else if (pos !== bestPos) better = pos;
        else {
          const t = Math.max(keyTol, bestKeyTol);
          if (pos && key > bestKey + t) better = true;
          else if (pos && key < bestKey - t) better = false;
          else better = sum > bestSum + k * tol;
        }
        if (better) {
          best = o;
          bestGains = g.slice();
          bestPos = pos;
          bestKey = key;
          bestKeyTol = keyTol;
          bestSum = sum;
        }
      }
      if (!bestGains.some((x) => x > tol)) out.noDealAlone[r * m + j] = 1;
      delinked[j] = best;
    }
    for (let p = 0; p < k; p++) out.delinkedUtilities[r * k + p] = this.utility(p, delinked, 0);
  }
}
