/**
 * What the explorer's Robustness panel shows, from a run's result (the API's robustness job):
 * probability bars per issue option, the gain distributions, the tornado rows of the exact
 * sensitivity, packages in words, and one sentence per headline finding saying how sure it is, in
 * the user's language. Pure functions of the result and the scenario's names (tested without a
 * browser).
 */
import type { RobustnessResultJson } from '../../../src/server/index.ts';
import type { T } from '../i18n/index.tsx';
import { listOf } from './linkage-text.ts';
import { tornadoEntries, type TornadoRow } from '../../../src/report/index.ts';

export type RobustnessResult = RobustnessResultJson;

/** Names of the scenario's parties, issues and options (the stored document has them). */
export interface Names {
  parties: { id: string; name: string }[];
  issues: { id: string; name: string; options: { id: string; label?: string }[] }[];
}

type N = (x: number, digits?: number) => string;

const issueName = (names: Names, id: string) => names.issues.find((i) => i.id === id)?.name ?? id;
const partyName = (names: Names, id: string) => names.parties.find((p) => p.id === id)?.name ?? id;
export function optionName(names: Names, issue: string, option: string): string {
  const o = names.issues.find((i) => i.id === issue)?.options.find((x) => x.id === option);
  return o?.label ?? option;
}

/** A share as a percentage in the user's language: "87%", "over 99%", "under 1%". */
export function percent(p: number, t: T, n: N): string {
  const r = Math.round(p * 100);
  if (r === 100 && p < 1) return t('robustness.over99');
  if (r === 0 && p > 0) return t('robustness.under1');
  return `${n(r, 0)}%`;
}

/** "95% CI 86–88%". */
export function interval(ci: [number, number], t: T, n: N): string {
  const a = Math.round(ci[0] * 100);
  const b = Math.round(ci[1] * 100);
  return t('robustness.ci', { range: a === b ? `${n(a, 0)}%` : `${n(a, 0)}–${n(b, 0)}%` });
}

export interface OptionBar {
  issue: string;
  issueName: string;
  option: string;
  optionName: string;
  share: number;
  lo: number;
  hi: number;
  /** The option of the nominal Nash package on this issue. */
  nominal: boolean;
}

/** One bar per option of every issue: how often it is in the Nash package, with its 95% interval. */
export function optionBars(r: RobustnessResult, names: Names): OptionBar[] {
  const nominal = r.nominal.nash?.outcome ?? {};
  return Object.entries(r.optionFrequencies).flatMap(([issue, options]) =>
    Object.entries(options).map(([option, share]) => {
      const [lo, hi] = r.optionFrequencyCi[issue]?.[option] ?? [share, share];
      return {
        issue,
        issueName: issueName(names, issue),
        option,
        optionName: optionName(names, issue, option),
        share,
        lo,
        hi,
        nominal: nominal[issue] === option,
      };
    }),
  );
}

export interface GainRow {
  party: string;
  name: string;
  q05: number;
  q25: number;
  q50: number;
  q75: number;
  q95: number;
}

/** Each party's gain from linking (linked minus issue-by-issue utility) over the samples; empty without a status quo. */
export function gainRows(r: RobustnessResult, names: Names): GainRow[] {
  if (!r.partyGains) return [];
  return Object.entries(r.partyGains).map(([party, q]) => ({ party, name: partyName(names, party), ...q }));
}

export type { TornadoRow };

/**
 * The weights whose moves change the Nash package soonest, most sensitive first (at most `limit`):
 * the interval of the issue's weight share over which the package holds (the memo's rows too).
 */
export function tornadoRows(r: RobustnessResult, names: Names, limit = 12): TornadoRow[] {
  if (!r.sensitivity) return [];
  return tornadoEntries(
    r.sensitivity.weights,
    (e) => `${partyName(names, e.party)} · ${issueName(names, e.issue)}`,
    limit,
  ).map((x) => x.row);
}

/** Do two packages set every issue alike? */
export function sameOutcome(
  a: Record<string, string> | null | undefined,
  b: Record<string, string> | null | undefined,
): boolean {
  return (
    !!a && !!b && Object.keys(a).length === Object.keys(b).length && Object.entries(a).every(([k, v]) => b[k] === v)
  );
}

/** A package in words: "Gun smuggling: Full action; Joint operations: Joint". */
export function packageWords(outcome: Record<string, string> | null | undefined, names: Names): string | null {
  if (!outcome) return null;
  return Object.entries(outcome)
    .map(([issue, option]) => `${issueName(names, issue)}: ${optionName(names, issue, option)}`)
    .join('; ');
}

/** The headline findings, one sentence each, every one with its share, sample count and 95% interval. */
export function robustnessSentences(r: RobustnessResult, names: Names, t: T, n: N, lang: 'en' | 'es'): string[] {
  const out: string[] = [];
  const samples = n(r.samples, 0);
  const sure = (e: { probability: number; ci: [number, number] }) => ({
    share: percent(e.probability, t, n),
    ci: interval(e.ci, t, n),
    samples,
  });
  const l = r.linkageBeatsDelinked;
  if (l) {
    const everyone = listOf(
      names.parties.map((p) => p.name),
      lang,
    );
    out.push(t('robustness.findLinkage', { ...sure(l), parties: everyone }));
    for (const [party, e] of Object.entries(l.byParty))
      out.push(t('robustness.findLinkageParty', { ...sure(e), party: partyName(names, party) }));
  }
  out.push(t('robustness.findDeal', sure(r.dealShare)));
  if (r.nominalPackageShare) out.push(t('robustness.findNominal', sure(r.nominalPackageShare)));
  const nominal = r.nominal.nash?.outcome;
  if (nominal) {
    for (const [issue, option] of Object.entries(nominal)) {
      const share = r.optionFrequencies[issue]?.[option] ?? 0;
      const ci = (r.optionFrequencyCi[issue]?.[option] ?? [share, share]) as [number, number];
      out.push(
        t('robustness.findOption', {
          ...sure({ probability: share, ci }),
          issue: issueName(names, issue),
          option: optionName(names, issue, option),
        }),
      );
    }
  }
  const mr = r.mostRobust;
  if (mr.outcome) {
    out.push(
      t(mr.baseline === 'issueByIssue' ? 'robustness.findMostRobustDelinked' : 'robustness.findMostRobust', {
        ...sure({ probability: mr.share, ci: mr.ci }),
        package: sameOutcome(mr.outcome, nominal)
          ? t('robustness.sameAsNash')
          : (packageWords(mr.outcome, names) ?? ''),
      }),
    );
  }
  const top = tornadoRows(r, names, 1)[0];
  if (top) {
    out.push(
      t('robustness.findSensitive', {
        weight: top.label,
        nominal: percent(top.nominal, t, n),
        lo: percent(top.lo, t, n),
        hi: percent(top.hi, t, n),
      }),
    );
  }
  return out;
}

/** The partial estimate while a run goes on, in one sentence. */
export interface Partial {
  samples: number;
  of: number;
  dealShare: { probability: number; ci: [number, number] };
  linkageBeatsDelinked: { probability: number; ci: [number, number] } | null;
}

export function partialSentence(p: Partial, t: T, n: N): string {
  const head = t('robustness.partialHead', { done: n(p.samples, 0), of: n(p.of, 0) });
  const e = p.linkageBeatsDelinked ?? p.dealShare;
  const key = p.linkageBeatsDelinked ? 'robustness.partialLinkage' : 'robustness.partialDeal';
  return `${head} ${t(key, { share: percent(e.probability, t, n), ci: interval(e.ci, t, n) })}`;
}
