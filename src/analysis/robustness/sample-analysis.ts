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
import { utilityOf, type Domain, type PreferenceModel } from '../../model/index.ts';
import { bargainingSolutions, nashKey, sumOf } from '../bargaining.ts';
import type { ComponentFrontier } from '../component-frontier.ts';
import type { Point } from '../frontier.ts';
import { mergeComponents } from '../merge.ts';
import { clampAndFilter, exceedsClamp, lexDesc } from '../pareto.ts';
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
    this.aloneFeasible = domain.issues.map((issue, j) => {
      const ok = new Uint8Array(issue.options.length);
      if (!statusQuo) return ok;
      const out = statusQuo.slice();
      for (let o = 0; o < ok.length; o++) {
        out[j] = o;
        ok[o] = domain.utilities.every((u) => u.redLines.every((l) => !l.options.every((x) => out[x.issue] === x.option)))
          ? 1
          : 0;
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
   * Analyse one drawn domain (the model's domain with other tables) and write row r of `out`
   * (rows must start cleared: packages -1, utilities NaN, noDealAlone 0). `values`, when given,
   * receives the sample's package-table row at `at` (package-table.ts) and is read back from there.
   */
  analyze(domain: Domain, out: SampleRecords, r: number, values?: Float64Array, at = 0): void {
    const { k, m, layout, sq } = this;
    const tol = defaultTolerance(domain);
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
    const points: Point[] = new Array<Point>(count);
    for (let t = 0; t < count; t++) {
      const outcome = merged.outcomeOf(keep ? keep[t] : t);
      const u = new Array<number>(k);
      for (let p = 0; p < k; p++) u[p] = utilityOf(domain.utilities[p], outcome);
      points[t] = { utilities: u, outcome };
    }
    points.sort(lexDesc);

    const d = this.zeros.slice();
    for (let p = 0; p < k; p++) d[p] = sq ? utilityOf(domain.utilities[p], sq) : domain.parties[p].reservation;
    const sol = bargainingSolutions(domain, points, d, tol);
    if (sol.nash) {
      out.nash.set(sol.nash.outcome, r * m);
      out.nashUtilities.set(sol.nash.utilities, r * k);
    }
    if (sol.kalaiSmorodinsky) out.ks.set(sol.kalaiSmorodinsky.outcome, r * m);
    out.disagreement.set(d, r * k);
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
          g[p] = utilityOf(domain.utilities[p], work) - dSq[p];
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
    for (let p = 0; p < k; p++) out.delinkedUtilities[r * k + p] = utilityOf(domain.utilities[p], delinked);
  }
}
