/**
 * What the samples say, with sampling error:
 *
 * - linking beats issue by issue for party p in a sample when p's utility of the linked package
 *   (the Nash package with the status quo as disagreement point) exceeds its utility of the
 *   issue-by-issue package by more than the tolerance; with no linked package the gain is 0 (as in
 *   `linkageAnalysis`), so linking does not beat;
 * - gains: linked minus issue-by-issue utility per party, quantiles over the samples;
 * - option frequencies: per issue, the share of samples whose Nash package holds each option
 *   (shares add up to the share of samples that have a Nash package);
 * - no deal alone: per issue, the share of samples in which the issue alone leaves no party better off;
 * - the nominal package's share: samples whose Nash package is the nominal one, option for option.
 * Every probability carries a 95% Wilson interval. Browser-safe.
 */
import type { Outcome } from '../../model/index.ts';
import { defaultTolerance } from '../tolerance.ts';
import type { ChunkResult, RobustnessInput } from './chunk.ts';
import { estimate, quantiles, wilson, type Estimate, type Quantiles } from './stats.ts';

export interface MonteCarloSummary {
  samples: number;
  /** Share of samples with a Nash package (a package every party strictly prefers to its disagreement point). */
  dealShare: Estimate;
  /** Share of samples whose Nash package is the nominal one (null: no nominal Nash package). */
  nominalPackageShare: Estimate | null;
  /** Null without a status quo (no issue-by-issue baseline). */
  linkageBeatsDelinked: (Estimate & { byParty: Record<string, Estimate>; noneWorse: Estimate }) | null;
  partyGains: Record<string, Quantiles> | null;
  optionFrequencies: Record<string, Record<string, number>>;
  optionFrequencyCi: Record<string, Record<string, [number, number]>>;
  noDealAloneShare: Record<string, number> | null;
  noDealAloneCi: Record<string, [number, number]> | null;
}

export function summarise(input: RobustnessInput, table: ChunkResult, nominalNash: Outcome | null): MonteCarloSummary {
  const { domain, statusQuo } = input.model;
  const m = domain.issues.length;
  const k = domain.parties.length;
  const n = table.end - table.start;
  const tol = defaultTolerance(domain);

  let deals = 0;
  let nominalSame = 0;
  const optionCounts = domain.issues.map((issue) => new Array<number>(issue.options.length).fill(0));
  for (let s = 0; s < n; s++) {
    if (table.nash[s * m] < 0) continue;
    deals++;
    let same = nominalNash !== null;
    for (let j = 0; j < m; j++) {
      const o = table.nash[s * m + j];
      optionCounts[j][o]++;
      if (same && o !== nominalNash![j]) same = false;
    }
    if (same) nominalSame++;
  }
  const optionFrequencies: MonteCarloSummary['optionFrequencies'] = {};
  const optionFrequencyCi: MonteCarloSummary['optionFrequencyCi'] = {};
  domain.issues.forEach((issue, j) => {
    optionFrequencies[issue.id] = Object.fromEntries(issue.options.map((o, x) => [o, n ? optionCounts[j][x] / n : 0]));
    optionFrequencyCi[issue.id] = Object.fromEntries(issue.options.map((o, x) => [o, wilson(optionCounts[j][x], n)]));
  });

  const summary: MonteCarloSummary = {
    samples: n,
    dealShare: estimate(deals, n),
    nominalPackageShare: nominalNash ? estimate(nominalSame, n) : null,
    linkageBeatsDelinked: null,
    partyGains: null,
    optionFrequencies,
    optionFrequencyCi,
    noDealAloneShare: null,
    noDealAloneCi: null,
  };
  if (!statusQuo) return summary;

  const gains = domain.parties.map(() => new Float64Array(n));
  const beats = new Array<number>(k).fill(0);
  let all = 0;
  let noneWorse = 0;
  for (let s = 0; s < n; s++) {
    const linked = table.nash[s * m] >= 0;
    let every = true;
    let none = true;
    for (let p = 0; p < k; p++) {
      const g = linked ? table.nashUtilities[s * k + p] - table.delinkedUtilities[s * k + p] : 0;
      gains[p][s] = g;
      if (g > tol) beats[p]++;
      else every = false;
      if (g < -tol) none = false;
    }
    if (every) all++;
    if (none) noneWorse++;
  }
  summary.linkageBeatsDelinked = {
    ...estimate(all, n),
    byParty: Object.fromEntries(domain.parties.map((party, p) => [party.id, estimate(beats[p], n)])),
    noneWorse: estimate(noneWorse, n),
  };
  summary.partyGains = Object.fromEntries(domain.parties.map((party, p) => [party.id, quantiles(gains[p])]));
  const alone = new Array<number>(m).fill(0);
  for (let s = 0; s < n; s++) for (let j = 0; j < m; j++) alone[j] += table.noDealAlone[s * m + j];
  summary.noDealAloneShare = Object.fromEntries(domain.issues.map((issue, j) => [issue.id, n ? alone[j] / n : 0]));
  summary.noDealAloneCi = Object.fromEntries(domain.issues.map((issue, j) => [issue.id, wilson(alone[j], n)]));
  return summary;
}
