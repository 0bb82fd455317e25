/**
 * The headline findings of a robustness run, one sentence each, every one saying how sure it is
 * ("In 87% of 10,000 plausible preference sets (95% CI 86-88%) both the United States and Mexico
 * gain from linking; joint operations are settled as in the nominal package in 41% of them").
 * Shared by the CLI report and (later) the API and web panel. Browser-safe.
 */
import type { Domain } from '../../model/index.ts';
import type { RobustnessResult } from './run.ts';
import type { SensitivityEntry, Takeover } from './sensitivity.ts';
import type { Estimate } from './stats.ts';

export interface Finding {
  kind: 'linkage' | 'package' | 'issue' | 'deal' | 'noDealAlone' | 'mostRobust' | 'sensitivity';
  text: string;
}

/** "87%", "over 99%" (rounds to 100 but is not 1), "under 1%". */
export function pct(p: number): string {
  const r = Math.round(p * 100);
  if (r === 100 && p < 1) return 'over 99%';
  if (r === 0 && p > 0) return 'under 1%';
  return `${r}%`;
}

/** A weight share: "27%", or two significant digits below 10% ("0.46%"). */
export function sharePct(x: number): string {
  if (x === 0 || x >= 0.1) return `${Math.round(x * 100)}%`;
  return `${Number((x * 100).toPrecision(2))}%`;
}

/** "(95% CI 86-88%)". */
export function ci(e: Estimate): string {
  const [lo, hi] = e.ci;
  const a = Math.round(lo * 100);
  const b = Math.round(hi * 100);
  return a === b ? `(95% CI ${a}%)` : `(95% CI ${a}–${b}%)`;
}

export function partyList(names: string[]): string {
  if (names.length === 1) return names[0];
  if (names.length === 2) return `both ${names[0]} and ${names[1]}`;
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

export function optionLabel(domain: Domain, j: number, option: string): string {
  const issue = domain.issues[j];
  const k = issue.options.indexOf(option);
  return issue.optionLabels?.[k] ?? option;
}

const nameOf = (domain: Domain, id: string) => domain.parties.find((p) => p.id === id)?.name ?? id;
const issueName = (domain: Domain, id: string) => domain.issues.find((i) => i.id === id)?.name ?? id;

/** How far the nominal number may move before the Nash package changes, as a fraction of it (smaller = more sensitive). */
export function margin(e: SensitivityEntry): number {
  if (!e.interval) return Infinity;
  const x = e.kind === 'weight' ? e.share! : e.nominal;
  const down = e.below ? x - e.interval[0] : Infinity;
  const up = e.above ? e.interval[1] - x : Infinity;
  return Math.min(down, up) / Math.max(Math.abs(x), 1e-9);
}

function fmt(x: number): string {
  return String(Number(x.toPrecision(3)));
}

/** "Mexico's", "United States'". */
export function possessive(name: string): string {
  return /s$/.test(name) ? `${name}'` : `${name}'s`;
}

/** "Mexico's weight on joint operations (9) stays between 7.4 and 20 (other weights as written)". */
export function describeEntry(domain: Domain, e: SensitivityEntry): string {
  const who = possessive(nameOf(domain, e.party));
  const issue = issueName(domain, e.issue).toLowerCase();
  const j = domain.issues.findIndex((i) => i.id === e.issue);
  if (e.kind === 'value')
    return `${who} value of "${optionLabel(domain, j, e.option!)}" on ${issue} (${fmt(e.nominal)}) stays between ${fmt(e.interval![0])} and ${fmt(e.interval![1])}`;
  if (e.weightInterval) {
    const [lo, hi] = e.weightInterval;
    return `${who} weight on ${issue} (${fmt(e.nominal)}) stays ${hi === null ? `above ${fmt(lo)}` : `between ${fmt(lo)} and ${fmt(hi)}`} (other weights as written)`;
  }
  return `${who} share of weight on ${issue} (${sharePct(e.share!)}) stays between ${sharePct(e.interval![0])} and ${sharePct(e.interval![1])} (other weights rescaled)`;
}

/** The end of an entry's interval nearest the nominal number (the one a small change crosses first). */
export function nearestEnd(e: SensitivityEntry): { side: 'above' | 'below'; at: number; takeover: Takeover } | null {
  if (!e.interval || (!e.above && !e.below)) return null;
  const x = e.kind === 'weight' ? e.share! : e.nominal;
  const up = e.above ? e.interval[1] - x : Infinity;
  const down = e.below ? x - e.interval[0] : Infinity;
  if (up <= down) return { side: 'above', at: e.interval[1], takeover: e.above! };
  return { side: 'below', at: e.interval[0], takeover: e.below! };
}

/** The nearest end in the entry's own units (written weight, share or value). */
export function endInUnits(e: SensitivityEntry, side: 'above' | 'below'): string {
  if (e.kind === 'weight' && e.weightInterval) {
    const v = side === 'above' ? e.weightInterval[1] : e.weightInterval[0];
    return v === null ? 'any height' : fmt(v);
  }
  const v = side === 'above' ? e.interval![1] : e.interval![0];
  return e.kind === 'weight' ? sharePct(v) : fmt(v);
}

/** What changes past an end: "joint operations → joint operations with Mexican consent". */
export function describeChanges(domain: Domain, changes: Record<string, string> | undefined, noDeal: boolean): string {
  if (noDeal) return 'no package leaves every party better off';
  const parts = Object.entries(changes ?? {}).map(([issue, option]) => {
    const j = domain.issues.findIndex((i) => i.id === issue);
    return `${issueName(domain, issue).toLowerCase()} → ${optionLabel(domain, j, option)}`;
  });
  return parts.length ? parts.join(', ') : 'an equivalent package';
}

export function robustnessFindings(r: RobustnessResult): Finding[] {
  const domain = r.input.model.domain;
  const mc = r.monteCarlo;
  const n = mc.samples.toLocaleString('en-US');
  const out: Finding[] = [];
  const nominal = r.nominal.nash?.outcome ?? null;
  const disagreement = r.input.model.statusQuo ? 'the status quo' : 'its reservation value';

  // Issues whose nominal option is least often in the Nash package.
  const weakest = nominal
    ? domain.issues
        .map((issue, j) => ({ issue, j, share: mc.optionFrequencies[issue.id][issue.options[nominal[j]]] }))
        .sort((a, b) => a.share - b.share || a.j - b.j)
    : [];

  if (mc.linkageBeatsDelinked) {
    const lk = mc.linkageBeatsDelinked;
    const names = domain.parties.map((p) => p.name);
    let text = `In ${pct(lk.probability)} of ${n} plausible preference sets ${ci(lk)} ${domain.parties.length > 1 ? partyList(names) : names[0]} gain${domain.parties.length > 1 ? '' : 's'} from linking the issues rather than bargaining them one by one`;
    if (weakest.length && weakest[0].share < 0.95) {
      const w = weakest[0];
      text += `; ${w.issue.name.toLowerCase()} is settled as in the nominal package (${optionLabel(domain, w.j, w.issue.options[nominal![w.j]])}) in ${pct(w.share)} of them`;
    }
    out.push({ kind: 'linkage', text: text + '.' });
    const parts = domain.parties.map((p) => `${p.name} ${pct(lk.byParty[p.id].probability)}`);
    out.push({
      kind: 'linkage',
      text: `Each party gains from linking in: ${parts.join(', ')}; no party loses from it in ${pct(lk.noneWorse.probability)} ${ci(lk.noneWorse)}.`,
    });
  }
  if (mc.dealShare.probability < 1)
    out.push({
      kind: 'deal',
      text: `A package every party prefers to ${disagreement} exists in ${pct(mc.dealShare.probability)} of the samples ${ci(mc.dealShare)}.`,
    });
  if (mc.nominalPackageShare)
    out.push({
      kind: 'package',
      text: `The nominal Nash package is the Nash package, option for option, in ${pct(mc.nominalPackageShare.probability)} of the samples ${ci(mc.nominalPackageShare)}.`,
    });
  for (const w of weakest.filter((x) => x.share < 0.9).slice(0, 3)) {
    const freq = mc.optionFrequencies[w.issue.id];
    const others = Object.entries(freq)
      .filter(([o]) => o !== w.issue.options[nominal![w.j]])
      .sort((a, b) => b[1] - a[1])[0];
    out.push({
      kind: 'issue',
      text: `${w.issue.name}: the nominal option (${optionLabel(domain, w.j, w.issue.options[nominal![w.j]])}) is in the Nash package in ${pct(w.share)} of the samples${others && others[1] > 0 ? `, otherwise mostly ${optionLabel(domain, w.j, others[0])} (${pct(others[1])})` : ''}.`,
    });
  }
  if (mc.noDealAloneShare) {
    const shares = Object.entries(mc.noDealAloneShare);
    const sure = shares.filter(([, s]) => s >= 0.95).map(([id]) => issueName(domain, id).toLowerCase());
    const unsure = shares.filter(([, s]) => s > 0.05 && s < 0.95);
    if (sure.length)
      out.push({
        kind: 'noDealAlone',
        text: `Bargained alone, ${sure.length} of ${shares.length} issues leave no party better off in at least 95% of the samples: ${sure.join(', ')}.`,
      });
    for (const [id, s] of unsure)
      out.push({
        kind: 'noDealAlone',
        text: `${issueName(domain, id)} has no deal when bargained alone in ${pct(s)} of the samples ${ci({ probability: s, ci: mc.noDealAloneCi![id] })}.`,
      });
  }
  const mr = r.mostRobust;
  const baseline = mr.baseline === 'issueByIssue' ? 'its issue-by-issue outcome' : disagreement;
  if (mr.outcome) {
    const how = mr.exact ? '' : ' (the best found: the search stopped before it could prove no package does better)';
    let text = `The package every party prefers to ${baseline} in the most samples is acceptable in ${pct(mr.share.probability)} of them ${ci(mr.share)}${how}`;
    const diff = domain.issues.filter((_, j) => !nominal || nominal[j] !== mr.outcome![j]);
    if (nominal && diff.length === 0) text += '; it is the nominal Nash package';
    else if (nominal) {
      const changes = diff.map((issue) => {
        const j = domain.issues.indexOf(issue);
        return `${issue.name.toLowerCase()} → ${optionLabel(domain, j, issue.options[mr.outcome![j]])}`;
      });
      text += `; it differs from the nominal Nash package${mr.nominalNashShare ? ` (acceptable in ${pct(mr.nominalNashShare.probability)})` : ''} on ${changes.join(', ')}`;
    }
    out.push({ kind: 'mostRobust', text: text + '.' });
  } else {
    out.push({ kind: 'mostRobust', text: `No package leaves every party better off than ${baseline} in any sample.` });
  }
  if (r.sensitivity) {
    const exact = r.sensitivity.weights.filter((e) => e.interval);
    const tight = exact
      .filter((e) => margin(e) < Infinity)
      .sort((a, b) => margin(a) - margin(b))
      .slice(0, 3);
    for (const e of tight) {
      const end = nearestEnd(e)!;
      out.push({
        kind: 'sensitivity',
        text: `Exactly, the nominal Nash package holds while ${describeEntry(domain, e)}; ${end.side} ${endInUnits(e, end.side)}: ${describeChanges(domain, end.takeover.changes, end.takeover.outcome === null)}.`,
      });
    }
    const holds = exact.filter((e) => !e.above && !e.below).length;
    if (exact.length)
      out.push({
        kind: 'sensitivity',
        text:
          holds === 0
            ? `Every one of the ${exact.length} weights changes the Nash package somewhere in its range (the others rescaled).`
            : `${holds} of ${exact.length} weights can move anywhere (the others rescaled) without changing the Nash package.`,
      });
  }
  return out;
}
