/**
 * The human-readable report of `commonground analyze`: parties, size of the problem, the Pareto
 * frontier (a few points), the four bargaining solutions with their packages in words, and the
 * linkage panel. Pure (returns text); lines stay within 100 columns.
 */
import type { AnalysisResult, Point } from '../analysis/index.ts';
import type { Domain } from '../model/index.ts';
import { wrap } from '../core/index.ts';

export const WIDTH = 100;
export { wrap };

const num = (x: number) => (Number.isFinite(x) ? x.toFixed(3) : String(x));
const signed = (x: number) => (x >= 0 ? '+' : '-') + Math.abs(x).toFixed(3);
const count = (n: bigint) => n.toLocaleString('en-US');

function clip(s: string, n: number): string {
  return s.length <= n ? s : s.slice(0, n - 1) + '…';
}

/** Column headers for parties: the id when short, else P1, P2, … with a legend. */
function partyHeaders(domain: Domain): { headers: string[]; legend: string | null } {
  const short = domain.parties.every((p) => p.id.length <= 9);
  if (short) return { headers: domain.parties.map((p) => p.id), legend: null };
  return {
    headers: domain.parties.map((_, i) => `P${i + 1}`),
    legend: domain.parties.map((p, i) => `P${i + 1} = ${p.id}`).join(', '),
  };
}

function utilityTable(
  rowLabels: string[],
  rows: (number[] | null)[],
  headers: string[],
  extra?: { header: string; values: (string | null)[] },
): string[] {
  const labelWidth = Math.max(...rowLabels.map((l) => l.length), 0);
  const colWidth = Math.max(7, ...headers.map((h) => h.length));
  const head =
    ' '.repeat(labelWidth) +
    headers.map((h) => '  ' + h.padStart(colWidth)).join('') +
    (extra ? '  ' + extra.header.padStart(7) : '');
  const out = ['  ' + head.trimEnd()];
  rows.forEach((r, i) => {
    const cells = r ? r.map((x) => '  ' + num(x).padStart(colWidth)).join('') : '  ' + 'none'.padStart(colWidth);
    const tail = extra && extra.values[i] !== null ? '  ' + String(extra.values[i]).padStart(7) : '';
    out.push(('  ' + rowLabels[i].padEnd(labelWidth) + cells + tail).trimEnd());
  });
  return out;
}

function optionLabel(domain: Domain, j: number, k: number): string {
  const issue = domain.issues[j];
  const label = issue.optionLabels?.[k];
  return label && label !== issue.options[k] ? label : issue.options[k];
}

/** "issue name .... option label" lines for the issues listed (all by default). */
function packageLines(domain: Domain, p: Point, only?: number[]): string[] {
  const js = only ?? domain.issues.map((_, j) => j);
  const nameWidth = Math.min(48, Math.max(...js.map((j) => domain.issues[j].name.length)));
  return js.map((j) => {
    const name = clip(domain.issues[j].name, nameWidth).padEnd(nameWidth);
    return clip(`    ${name}  ${optionLabel(domain, j, p.outcome[j])}`, WIDTH);
  });
}

/** Pick up to `n` frontier points spread along the frontier, always with each party's best. */
function samplePoints(points: Point[], k: number, n: number): Point[] {
  if (points.length <= n) return points;
  const chosen = new Set<number>();
  for (let p = 0; p < k; p++) {
    let best = 0;
    points.forEach((pt, i) => {
      if (pt.utilities[p] > points[best].utilities[p]) best = i;
    });
    chosen.add(best);
  }
  for (let i = 0; chosen.size < n && i < n; i++) chosen.add(Math.round((i * (points.length - 1)) / (n - 1)));
  return [...chosen].sort((a, b) => a - b).map((i) => points[i]);
}

export interface ReportInput {
  domain: Domain;
  result: AnalysisResult;
  /** Where the domain came from (file, folder, built-in). */
  source: string;
  kind: string;
  /** True when the status quo came from --status-quo. */
  statusQuoGiven?: boolean;
}

export function analysisReport({ domain, result: r, source, kind, statusQuoGiven }: ReportInput): string {
  const out: string[] = [];
  const { headers, legend } = partyHeaders(domain);
  out.push(
    domain.name,
    `${kind === 'genius' ? 'Genius folder' : kind === 'geniusweb' ? 'GeniusWeb folder' : kind === 'builtin' ? 'built-in scenario' : 'scenario'}: ${source}`,
    '',
  );

  out.push(
    ...wrap(
      `Parties (${domain.parties.length}): ${domain.parties.map((p) => `${p.name}${p.name !== p.id ? ` [${p.id}]` : ''} reservation ${num(p.reservation)}`).join('; ')}`,
      4,
    ),
  );
  const areas = new Set(domain.issues.map((i) => i.area).filter((a) => a !== undefined));
  const feasible =
    r.feasibleOutcomeCount === null
      ? ''
      : r.feasibleOutcomeCount === r.outcomeCount
        ? ''
        : `, ${count(r.feasibleOutcomeCount)} without a red line`;
  out.push(
    `Issues: ${domain.issues.length}${areas.size ? ` in ${areas.size} areas` : ''}; outcomes: ${count(r.outcomeCount)}${feasible}`,
  );
  out.push(
    `Pareto frontier: ${r.pareto.length.toLocaleString('en-US')} point${r.pareto.length === 1 ? '' : 's'} (distinct utility vectors; all of them with --json)`,
  );
  if (r.pareto.length === 0) {
    out.push(
      ...wrap(
        'Every outcome breaks a red line of some party: no package can be signed, so there is nothing to bargain over. Check the red lines (a party may have ruled out every option of an issue, or parties may have ruled out complementary options).',
      ),
    );
  }
  if (legend) out.push(...wrap(`Columns: ${legend}`, 4));
  const skipped = (domain.meta?.skipped ?? []) as string[];
  if (skipped.length) out.push(...wrap(`Skipped files: ${skipped.join(', ')}`, 4));
  for (const note of (domain.meta?.notes ?? []) as string[]) out.push(...wrap(`Note: ${note}`, 4));
  out.push('');

  if (r.pareto.length) {
    const sample = samplePoints(r.pareto, domain.parties.length, 8);
    out.push(`Frontier sample (${sample.length} of ${r.pareto.length}, best for each party included):`);
    out.push(
      ...utilityTable(
        sample.map((_, i) => `#${i + 1}`),
        sample.map((p) => p.utilities),
        headers,
      ),
    );
    out.push('');
  }

  const d = r.disagreementSource === 'statusQuo' ? 'status quo' : 'reservation values';
  out.push(`Bargaining solutions (disagreement point: ${d}):`);
  const sols: [string, Point | null][] = [
    ['Nash', r.nash],
    ['Kalai-Smorodinsky', r.kalaiSmorodinsky],
    ['egalitarian', r.egalitarian],
    ['utilitarian', r.utilitarian],
  ];
  out.push(
    ...utilityTable(
      sols.map(([n]) => n),
      sols.map(([, p]) => (p ? p.utilities : null)),
      headers,
    ),
  );
  const base = sols.find(([, p]) => p)?.[1] ?? null;
  if (base) {
    const baseName = sols.find(([, p]) => p === base)![0];
    out.push('', `${baseName} package:`, ...packageLines(domain, base));
    for (const [name, p] of sols) {
      if (!p || p === base) continue;
      const diff = domain.issues.map((_, j) => j).filter((j) => p.outcome[j] !== base.outcome[j]);
      out.push(diff.length ? `${name} differs on:` : `${name}: same package as ${baseName}`);
      if (diff.length) out.push(...packageLines(domain, p, diff));
    }
  } else if (r.pareto.length > 0) {
    out.push('  No outcome gives every party at least its disagreement utility.');
  }
  out.push('');

  const l = r.linkage;
  if (!l) {
    const missing = domain.issues.filter((i) => i.statusQuo === undefined);
    const partial = missing.length > 0 && missing.length < domain.issues.length;
    const names =
      missing
        .slice(0, 6)
        .map((i) => i.id)
        .join(', ') + (missing.length > 6 ? `, … (${missing.length} in all)` : '');
    out.push(
      ...wrap(
        partial
          ? `Linkage: the status quo is missing on ${missing.length} of ${domain.issues.length} issues (${names}). Give those with --status-quo "issue=option;..." to compare bargaining the issues one at a time with bargaining them as one package.`
          : 'Linkage: no status quo. Give one with --status-quo "issue=option;..." (every issue) to compare bargaining the issues one at a time with bargaining them as one package.',
      ),
    );
    return out.join('\n') + '\n';
  }
  out.push(`Linkage: one package versus one issue at a time${statusQuoGiven ? ' (status quo from --status-quo)' : ''}`);
  const total = (u: number[]) => u.reduce((a, b) => a + b, 0);
  const delinkedChanged = l.delinked.outcome.some((o, j) => o !== l.statusQuo.outcome[j]);
  const flagged = !l.delinkedFeasible && delinkedChanged;
  const labels = ['status quo', `issue by issue${flagged ? ' (!)' : ''}`, 'linked (Nash)', 'gain from linkage'];
  const w = Math.max(...labels.map((x) => x.length));
  const colWidth = Math.max(7, ...headers.map((h) => h.length));
  // Many parties: the totals go on their own line instead of a column past 100 columns.
  const totalColumn = 2 + w + headers.length * (2 + colWidth) + 9 <= 100;
  const totals = [
    num(total(l.statusQuo.utilities)),
    num(total(l.delinked.utilities)),
    l.linked ? num(total(l.linked.utilities)) : null,
  ];
  out.push(
    ...utilityTable(
      labels.slice(0, 3).map((x) => x.padEnd(w)),
      [l.statusQuo.utilities, l.delinked.utilities, l.linked ? l.linked.utilities : null],
      headers,
      totalColumn ? { header: 'total', values: totals } : undefined,
    ),
  );
  out.push(
    (
      '  ' +
      labels[3].padEnd(w) +
      l.gain.map((g) => '  ' + signed(g).padStart(colWidth)).join('') +
      (totalColumn ? '  ' + signed(l.totalGain).padStart(7) : '')
    ).trimEnd(),
  );
  if (!totalColumn) {
    out.push(
      `  total: status quo ${totals[0]}, issue by issue ${totals[1]}, linked (Nash) ${totals[2] ?? 'none'}, gain from linkage ${signed(l.totalGain)}`,
    );
  }
  if (flagged) out.push('  (!) the issue-by-issue agreements together break a red line.');
  out.push('');
  // The engine's plain-language summary: no-deal-alone issues, the trade, gains per party.
  for (const sentence of l.summary) out.push(...wrap(sentence, 2));
  return out.join('\n') + '\n';
}
