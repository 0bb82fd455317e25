/**
 * The text report of `commonground robustness`: headline findings (each saying how sure it is),
 * linking versus issue by issue with gain quantiles, the Nash package option by option, issues
 * with no deal alone, the most robust package, the exact sensitivity as a text tornado, and the
 * uncertainty applied with every assumption. Pure (returns text); lines stay within 100 columns.
 */
import {
  ci,
  describeChanges,
  endInUnits,
  margin,
  nearestEnd,
  optionLabel,
  pct,
  robustnessFindings,
  type RobustnessResult,
  type SensitivityEntry,
} from '../analysis/index.ts';
import { wrap } from '../core/index.ts';
import type { Domain } from '../model/index.ts';

export const WIDTH = 100;
const num = (x: number) => (Number.isFinite(x) ? x.toFixed(3) : String(x));
const short = (x: number) => String(Number(x.toPrecision(3)));

function clip(s: string, n: number): string {
  return s.length <= n ? s : s.slice(0, n - 1) + '…';
}

function bullet(text: string): string[] {
  return wrap(`• ${text}`, 4, WIDTH - 2).map((l) => '  ' + l);
}

function section(title: string): string[] {
  return ['', title];
}

/** A 30-column bar over [from, to]: '█' where the package holds, '·' elsewhere, '|' at the nominal number. */
export function tornadoBar(lo: number, hi: number, at: number, from: number, to: number, width = 30): string {
  const pos = (x: number) => Math.min(width - 1, Math.max(0, Math.floor(((x - from) / (to - from)) * width)));
  const cells: string[] = Array.from({ length: width }, (_, i) => {
    const mid = from + ((i + 0.5) / width) * (to - from);
    return mid >= lo && mid <= hi ? '█' : '·';
  });
  cells[pos(at)] = '|';
  return cells.join('');
}

/**
 * Tornado rows, most sensitive first. Weights: the bar runs from -100% to +100% of the weight as
 * written (| in the middle), the filled part is where the nominal Nash package holds. Values: the
 * bar runs over the value scale 0..1.
 */
function sensitivityRows(domain: Domain, entries: SensitivityEntry[], max: number): string[] {
  const sorted = entries
    .filter((e) => nearestEnd(e) !== null)
    .sort((a, b) => margin(a) - margin(b))
    .slice(0, max);
  const name = (id: string) => domain.parties.find((p) => p.id === id)?.name ?? id;
  const issue = (id: string) => domain.issues.find((i) => i.id === id)?.name ?? id;
  const out: string[] = [];
  for (const e of sorted) {
    const j = domain.issues.findIndex((i) => i.id === e.issue);
    const label = clip(
      `${name(e.party)} · ${issue(e.issue)}${e.option ? ` · ${optionLabel(domain, j, e.option)}` : ''}`,
      40,
    );
    const [lo, hi] = e.interval!;
    let bar: string;
    let range: string;
    if (e.kind === 'weight') {
      // Relative to the weight as written: written weights with the others unchanged, else shares.
      const [a, b, x] = e.weightInterval
        ? [e.weightInterval[0], e.weightInterval[1] ?? Infinity, e.nominal]
        : [lo, hi, e.share!];
      const rel = (v: number) => (x > 0 ? v / x - 1 : 0);
      bar = tornadoBar(rel(a), Math.min(rel(b), 1e9), 0, -1, 1);
      const signed = (v: number) => (v === Infinity ? '+∞' : `${v >= 0 ? '+' : '−'}${Math.round(Math.abs(v) * 100)}%`);
      range = `${signed(rel(a))} / ${signed(rel(b))} of ${short(e.nominal)}`;
    } else {
      bar = tornadoBar(lo, hi, e.nominal, 0, 1);
      range = `${short(lo)}–${short(hi)} (${short(e.nominal)})`;
    }
    out.push(`  ${label.padEnd(40)} ${bar} ${clip(range, 26)}`.trimEnd());
    const end = nearestEnd(e)!;
    out.push(
      ...wrap(
        `${end.side} ${endInUnits(e, end.side)}: ${describeChanges(domain, end.takeover.changes, end.takeover.outcome === null)}`,
        6,
        WIDTH - 4,
      ).map((l) => '    ' + l),
    );
  }
  return out;
}

export interface RobustnessReportInput {
  result: RobustnessResult;
  source: string;
  /** Threads used, or 'queue' when the chunks ran on queue workers. */
  workers: number | 'queue';
}

export function robustnessReport({ result: r, source, workers }: RobustnessReportInput): string {
  const domain = r.input.model.domain;
  const mc = r.monteCarlo;
  const lines: string[] = [];
  lines.push(...wrap(`Robustness: ${domain.name}`, 2, WIDTH));
  lines.push(
    ...wrap(
      `${source} · ${r.input.samples.toLocaleString('en-US')} samples · seed ${r.input.seed} · ${workers === 'queue' ? 'queue workers' : `${workers} worker${workers === 1 ? '' : 's'}`} · no-deal point: ${r.input.model.statusQuo ? 'status quo' : 'reservation values'}`,
      2,
      WIDTH,
    ),
  );

  lines.push(...section('Headline findings'));
  for (const f of robustnessFindings(r)) lines.push(...bullet(f.text));

  if (mc.linkageBeatsDelinked && mc.partyGains) {
    lines.push(...section('Linking versus issue by issue (gain = linked minus issue-by-issue utility, per sample)'));
    const w = Math.min(24, Math.max(5, ...domain.parties.map((p) => p.name.length)));
    lines.push(
      `  ${'party'.padEnd(w)}  gains in  95% CI      ${['q05', 'q25', 'median', 'q75', 'q95'].map((h) => h.padStart(7)).join(' ')}`,
    );
    for (const p of domain.parties) {
      const e = mc.linkageBeatsDelinked.byParty[p.id];
      const q = mc.partyGains[p.id];
      const interval = ci(e).replace('(95% CI ', '').replace(')', '');
      lines.push(
        `  ${clip(p.name, w).padEnd(w)}  ${pct(e.probability).padStart(8)}  ${interval.padEnd(10)}${[q.q05, q.q25, q.q50, q.q75, q.q95].map((x) => num(x).padStart(7)).join(' ')}`,
      );
    }
  } else if (!r.input.model.statusQuo) {
    lines.push(...section('Linking versus issue by issue'));
    lines.push(
      ...wrap(
        'No status quo: give --status-quo "issue=option;..." to compare linked with issue-by-issue bargaining.',
        2,
        WIDTH,
      ).map((l) => '  ' + l),
    );
  }

  lines.push(...section('Nash package, option by option (share of samples; * = the nominal package)'));
  const nominal = r.nominal.nash?.outcome ?? null;
  const iw = Math.min(34, Math.max(...domain.issues.map((i) => i.name.length)));
  domain.issues.forEach((issue, j) => {
    const parts = Object.entries(mc.optionFrequencies[issue.id])
      .filter(([, s]) => s >= 0.005)
      .sort((a, b) => b[1] - a[1])
      .map(
        ([o, s]) =>
          `${nominal && issue.options[nominal[j]] === o ? '*' : ''}${clip(optionLabel(domain, j, o), 40)} ${pct(s)}`,
      );
    const text = parts.length ? parts.join(' · ') : 'no package';
    const head = `  ${clip(issue.name, iw).padEnd(iw)}  `;
    const body = wrap(text, 0, WIDTH - head.length);
    lines.push(head + body[0], ...body.slice(1).map((l) => ' '.repeat(head.length) + l));
  });
  if (mc.dealShare.probability < 1)
    lines.push(
      `  no package every party prefers to the no-deal point: ${pct(1 - mc.dealShare.probability)} of samples`,
    );

  if (mc.noDealAloneShare) {
    lines.push(...section('No deal when bargained alone (share of samples)'));
    const parts = domain.issues.map((i) => `${i.name.toLowerCase()} ${pct(mc.noDealAloneShare![i.id])}`);
    lines.push(...wrap(parts.join(' · '), 2, WIDTH - 2).map((l) => '  ' + l));
  }

  const mr = r.mostRobust;
  lines.push(
    ...section('Most robust package (every party strictly better off than the no-deal point in the most samples)'),
  );
  if (mr.outcome) {
    lines.push(
      `  acceptable in ${pct(mr.share.probability)} of samples ${ci(mr.share)}; ${mr.exact ? `exact (${mr.method === 'branch-and-bound' ? 'branch and bound' : 'candidates'})` : 'best found, not proven optimal'}`,
    );
    const differs = domain.issues.map((_, j) => !nominal || nominal[j] !== mr.outcome![j]);
    if (nominal && !differs.some(Boolean)) lines.push('  it is the nominal Nash package');
    else {
      if (nominal) lines.push('  where it differs from the nominal Nash package (otherwise the same):');
      domain.issues.forEach((issue, j) => {
        if (!differs[j]) return;
        const was = nominal ? `  (nominal: ${clip(optionLabel(domain, j, issue.options[nominal[j]]), 28)})` : '';
        lines.push(
          clip(
            `  ${clip(issue.name, iw).padEnd(iw)}  ${optionLabel(domain, j, issue.options[mr.outcome![j]])}${was}`,
            WIDTH,
          ),
        );
      });
    }
    lines.push(
      ...wrap(
        `utilities at the nominal preferences: ${domain.parties.map((p, i) => `${p.name} ${num(mr.utilities![i])}`).join(', ')}` +
          (mr.nominalNashShare
            ? `; the nominal Nash package is acceptable in ${pct(mr.nominalNashShare.probability)} ${ci(mr.nominalNashShare)}`
            : ''),
        2,
        WIDTH - 2,
      ).map((l) => '  ' + l),
    );
  } else lines.push('  no package leaves every party better off in any sample');

  if (r.sensitivity) {
    const s = r.sensitivity;
    lines.push(...section('Exact sensitivity of the Nash package (no sampling; most sensitive first)'));
    lines.push(
      ...wrap(
        'Each bar: how far one number can move before the Nash package changes (█ = it holds). Weights: from −100% to +100% of the weight as written (| = as written; the other weights unchanged). Values: over their scale 0..1.',
        2,
        WIDTH - 2,
      ).map((l) => '  ' + l),
    );
    const rows = sensitivityRows(domain, s.weights, 12);
    lines.push(...(rows.length ? rows : ['  no weight changes the Nash package anywhere in its range']));
    const hold = s.weights.filter((e) => e.interval && !e.above && !e.below).length;
    const inexact = s.weights.filter((e) => !e.exact).length;
    lines.push(
      `  ${s.weights.length} weights: ${hold} never change the package${inexact ? `; ${inexact} not computed exactly (clamped utilities)` : ''}`,
    );
    if (s.values.length) {
      const matter = s.values.filter((e) => e.interval && (e.above || e.below));
      lines.push(
        '',
        `  Option values that matter (${matter.length} of ${s.values.length} change the package within [0, 1]); the closest:`,
      );
      lines.push(...sensitivityRows(domain, matter, 5));
    }
  }

  lines.push(...section('Uncertainty applied'));
  const a = r.input.applied;
  lines.push(
    `  ${a.parameters.length} parameters drawn${a.dirichlet.length ? `, ${a.dirichlet.length} parties' weight shares from Dirichlet distributions` : ''}, ${a.fixed} held as written`,
  );
  for (const s of a.assumptions) lines.push(...bullet(s));
  return lines.map((l) => l.trimEnd()).join('\n') + '\n';
}
