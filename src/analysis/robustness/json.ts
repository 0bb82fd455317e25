/**
 * The JSON document of a robustness run (CLI `--json`, later the API). Packages are
 * `{issueId: optionId}`, utilities `{partyId: utility}`; every probability is
 * `{probability, ci: [low, high]}` with a 95% Wilson interval. Depends only on the merged samples
 * and the settings, so the same seed gives the same document whatever ran the chunks.
 * Browser-safe.
 */
import { type Domain, type Outcome, outcomeToRecord } from '../../model/index.ts';
import type { Point } from '../frontier.ts';
import { robustnessFindings } from './findings.ts';
import type { RobustnessResult } from './run.ts';
import type { SensitivityResult } from './sensitivity.ts';
import type { Estimate, Quantiles } from './stats.ts';

export interface PackageJson {
  outcome: Record<string, string>;
  utilities: Record<string, number>;
}

const byParty = (domain: Domain, u: readonly number[]) =>
  Object.fromEntries(domain.parties.map((p, i) => [p.id, u[i]]));

function pkg(domain: Domain, pt: Point | null): PackageJson | null {
  return pt ? { outcome: outcomeToRecord(domain, pt.outcome), utilities: byParty(domain, pt.utilities) } : null;
}

export interface RobustnessJson {
  domain: { id: string; name: string };
  samples: number;
  seed: number;
  uncertainty: {
    defaults: RobustnessResult['input']['applied']['defaults'];
    stated: 'use' | 'ignore';
    fixed: number;
    assumptions: string[];
    /** The same sentences in Spanish. */
    assumptionsEs: string[];
    parameters: {
      path: string;
      kind: 'weight' | 'value' | 'reservation';
      nominal: number;
      interval: [number, number];
      distribution: 'uniform' | 'grid';
      points?: number;
      written: string;
      origin: string;
      via: string;
      source: string;
      rationale?: string;
    }[];
    dirichlet: { path: string; concentration: number; origin: string; source: string; rationale?: string }[];
  };
  /** The no-deal point of every comparison: today's state (status quo) or the parties' reservation values. */
  disagreementPoint: 'statusQuo' | 'reservation';
  nominal: {
    nash: PackageJson | null;
    kalaiSmorodinsky: PackageJson | null;
    linkageGain: Record<string, number> | null;
  };
  dealShare: Estimate;
  nominalPackageShare: Estimate | null;
  linkageBeatsDelinked: (Estimate & { byParty: Record<string, Estimate>; noneWorse: Estimate }) | null;
  partyGains: Record<string, Quantiles> | null;
  optionFrequencies: Record<string, Record<string, number>>;
  optionFrequencyCi: Record<string, Record<string, [number, number]>>;
  noDealAloneShare: Record<string, number> | null;
  noDealAloneCi: Record<string, [number, number]> | null;
  mostRobust: {
    outcome: Record<string, string> | null;
    share: number;
    ci: [number, number];
    utilities: Record<string, number> | null;
    baseline: 'statusQuo' | 'reservation' | 'issueByIssue';
    nominalNashShare: Estimate | null;
    method: 'branch-and-bound' | 'candidates';
    exact: boolean;
  };
  sensitivity: SensitivityResult | null;
  findings: string[];
  method: string[];
}

export const METHOD_NOTES = [
  'Each sample draws every uncertain parameter (see uncertainty), then runs the full exact analysis: Pareto frontier, Nash and Kalai-Smorodinsky packages and, with a status quo, issue-by-issue versus linked bargaining.',
  'Sample i of seed s uses its own random stream derived from (s, i): the result does not depend on how many workers ran the samples.',
  'Probabilities are shares of samples with 95% Wilson score intervals; gain quantiles interpolate between order statistics (type 7).',
  'Linking beats issue by issue for a party when its utility of the linked (Nash) package exceeds that of the issue-by-issue package by more than the analysis tolerance.',
  'The most robust package maximises the number of samples in which every party is strictly better off than its no-deal point; it is found by branch and bound over issue groups with an upper bound on the share, exact unless marked otherwise.',
  'Sensitivity is exact (no sampling): the Nash product of each package is linear in one moving weight share or value, and the breakpoints of the winning package are computed from those lines and checked with the exact engine.',
];

export function robustnessJson(r: RobustnessResult): RobustnessJson {
  const { model, applied } = r.input;
  const domain = model.domain;
  const mc = r.monteCarlo;
  const mr = r.mostRobust;
  const disagreementPoint = model.statusQuo ? 'statusQuo' : 'reservation';
  const gain = r.nominal.linkage ? byParty(domain, r.nominal.linkage.gain) : null;
  const record = (o: Outcome | null) => (o ? outcomeToRecord(domain, o) : null);
  return {
    domain: { id: domain.id, name: domain.name },
    samples: r.input.samples,
    seed: r.input.seed,
    uncertainty: {
      defaults: applied.defaults,
      stated: applied.stated,
      fixed: applied.fixed,
      assumptions: applied.assumptions,
      assumptionsEs: applied.assumptionsEs,
      parameters: applied.parameters.map((x) => ({
        path: x.path,
        kind: x.ref.kind,
        nominal: x.nominal,
        interval: [x.lo, x.hi],
        distribution: x.distribution,
        ...(x.points !== undefined ? { points: x.points } : {}),
        written: x.written,
        origin: x.origin,
        via: x.via,
        source: x.source,
        ...(x.rationale ? { rationale: x.rationale } : {}),
      })),
      dirichlet: applied.dirichlet.map((d) => ({
        path: d.path,
        concentration: d.concentration,
        origin: d.origin,
        source: d.source,
        ...(d.rationale ? { rationale: d.rationale } : {}),
      })),
    },
    disagreementPoint,
    nominal: {
      nash: pkg(domain, r.nominal.nash),
      kalaiSmorodinsky: pkg(domain, r.nominal.kalaiSmorodinsky),
      linkageGain: gain,
    },
    dealShare: mc.dealShare,
    nominalPackageShare: mc.nominalPackageShare,
    linkageBeatsDelinked: mc.linkageBeatsDelinked,
    partyGains: mc.partyGains,
    optionFrequencies: mc.optionFrequencies,
    optionFrequencyCi: mc.optionFrequencyCi,
    noDealAloneShare: mc.noDealAloneShare,
    noDealAloneCi: mc.noDealAloneCi,
    mostRobust: {
      outcome: record(mr.outcome),
      share: mr.share.probability,
      ci: mr.share.ci,
      utilities: mr.utilities ? byParty(domain, mr.utilities) : null,
      baseline: mr.baseline === 'issueByIssue' ? 'issueByIssue' : disagreementPoint,
      nominalNashShare: mr.nominalNashShare,
      method: mr.method,
      exact: mr.exact,
    },
    sensitivity: r.sensitivity,
    findings: robustnessFindings(r).map((f) => f.text),
    method: METHOD_NOTES,
  };
}
