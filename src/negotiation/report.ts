/**
 * Text reports of negotiation results for the terminal (CLI). Pure: returns lines. Browser-safe.
 */
import type { Domain, Outcome } from '../model/index.ts';
import type { DelinkedResult } from './delinked.ts';
import type { LinkageComparison } from './experiment.ts';
import { distanceToFrontier, distanceToNash, type Reference } from './metrics.ts';
import type { SessionResult } from './session.ts';
import type { TournamentResult } from './tournament.ts';
import type { OfferRecord } from './types.ts';

const f3 = (x: number | null | undefined) =>
  x === null || x === undefined || !Number.isFinite(x) ? '-' : x.toFixed(3);
const pct = (x: number) => (Number.isFinite(x) ? `${(100 * x).toFixed(0)}%` : '-');

function option(domain: Domain, j: number, k: number): string {
  return domain.issues[j].optionLabels?.[k] ?? domain.issues[j].options[k];
}

function grid(headers: string[], rows: string[][], numeric: boolean[]): string[] {
  const w = headers.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c].length)));
  const line = (r: string[]) =>
    '  ' +
    r
      .map((s, c) => (numeric[c] ? s.padStart(w[c]) : s.padEnd(w[c])))
      .join('  ')
      .trimEnd();
  return [line(headers), '  ' + w.map((x) => '-'.repeat(x)).join('  '), ...rows.map(line)];
}

const WIDTH = 100;

/** `prefix item, item, ...suffix`, wrapped within 100 columns; continuation lines start with `indent`. */
function wrapList(prefix: string, items: string[], suffix: string, indent = '    '): string[] {
  const lines: string[] = [];
  let cur = prefix;
  let fresh = true;
  items.forEach((item, i) => {
    const piece = item + (i < items.length - 1 ? ',' : suffix);
    const add = (fresh ? '' : ' ') + piece;
    if (!fresh && cur.length + add.length > WIDTH) {
      lines.push(cur);
      cur = indent + piece;
    } else cur += add;
    fresh = false;
  });
  if (items.length === 0) cur += suffix;
  lines.push(cur);
  return lines;
}

/** One column per party; one row per party instead when that would not fit in 100 columns (many parties, long ids). */
function utilityRows(domain: Domain, rows: [string, readonly number[] | null][]): string[] {
  const wide = grid(
    ['', ...domain.parties.map((p) => p.id)],
    rows.map(([label, u]) => [label, ...domain.parties.map((_, i) => (u ? f3(u[i]) : '-'))]),
    [false, ...domain.parties.map(() => true)],
  );
  if (wide.every((l) => l.length <= WIDTH)) return wide;
  return grid(
    ['party', ...rows.map(([label]) => label)],
    domain.parties.map((p, i) => [clip(p.id, 40), ...rows.map(([, u]) => (u ? f3(u[i]) : '-'))]),
    [false, ...rows.map(() => true)],
  );
}

/** Shorten to n characters with an ellipsis, so report lines stay within 100 columns. */
function clip(text: string, n: number): string {
  return text.length <= n ? text : text.slice(0, n - 1) + '…';
}

function packageLines(domain: Domain, o: Outcome, changedOnly: Outcome | null): string[] {
  const width = Math.min(48, Math.max(...domain.issues.map((i) => i.name.length)));
  return domain.issues
    .map((issue, j) => ({ issue, j }))
    .filter(({ j }) => !changedOnly || changedOnly[j] !== o[j])
    .map(({ issue, j }) => {
      const sq = issue.statusQuo === o[j] ? '  (status quo)' : '';
      return `    ${clip(issue.name, width).padEnd(width)}  ${clip(option(domain, j, o[j]), 100 - 6 - width - sq.length)}${sq}`;
    });
}

function transcript(domain: Domain, offers: readonly OfferRecord[], show: 'summary' | 'all'): string[] {
  const who = (p: number) => (p < 0 ? 'mediator' : domain.parties[p].id);
  const fmt = (o: OfferRecord) =>
    `    ${String(o.step).padStart(5)}  t=${o.time.toFixed(3)}  ${who(o.party).padEnd(10)} ${o.kind.padEnd(8)}` +
    (o.utilities ? ` [${o.utilities.map(f3).join(', ')}]` : '') +
    (o.votes ? ` votes ${o.votes.join('/')}${o.adopted ? ' adopted' : ''}` : '');
  // Many parties: the utilities and votes go on continuation lines rather than past 100 columns.
  const lines = (o: OfferRecord): string[] => {
    const line = fmt(o);
    if (line.length <= WIDTH) return [line];
    const out = [fmt({ ...o, utilities: undefined, votes: undefined }).trimEnd()];
    if (o.utilities) out.push(...wrapList('          [', o.utilities.map(f3), ']', '           '));
    if (o.votes)
      out.push(...wrapList('          votes ', o.votes.map(String), o.adopted ? ' adopted' : '', '          '));
    return out;
  };
  if (show === 'all' || offers.length <= 10) return offers.flatMap(lines);
  return [
    ...offers.slice(0, 4).flatMap(lines),
    `    … ${offers.length - 8} more …`,
    ...offers.slice(-4).flatMap(lines),
  ];
}

export function sessionReport(
  domain: Domain,
  r: SessionResult,
  ref: Reference | null,
  show: 'summary' | 'all',
): string[] {
  const out: string[] = [];
  out.push(`${domain.name}`);
  out.push(
    ...wrapList(
      `Protocol: ${r.protocol}; agents: `,
      domain.parties.map((p, i) => `${p.id} = ${r.agents[i]}`),
      `; seed ${r.seed}`,
    ),
  );
  out.push(
    `Ended: ${r.end}${r.walkedAway !== undefined ? ` (${domain.parties[r.walkedAway].id} walked away)` : ''} after ${r.rounds} round(s), ${r.steps} action(s)`,
  );
  out.push('', `Transcript (${r.offers.length} actions; utilities of every party, which no agent sees):`);
  out.push(...transcript(domain, r.offers, show));
  out.push('', 'Result:');
  out.push(
    ...utilityRows(domain, [
      ['agreement', r.agreementUtilities],
      ['no deal', r.noDeal],
      ...(ref?.nash ? [['Nash point', ref.nash] as [string, number[]]] : []),
    ]),
  );
  if (ref)
    out.push(
      `  distance to the Pareto frontier ${f3(distanceToFrontier(r.utilities, ref))}; to the Nash point ${f3(distanceToNash(r.utilities, ref))}${r.agreement ? '' : ' (measured at the no-deal utilities)'}`,
    );
  if (r.agreement) out.push('', 'Agreement:', ...packageLines(domain, r.agreement, null));
  return out;
}

export function delinkedReport(domain: Domain, r: DelinkedResult, ref: Reference | null): string[] {
  const out: string[] = [];
  const agents = r.sessions[0]?.result.agents ?? [];
  out.push(`${domain.name}`);
  out.push(
    ...wrapList(
      `Issue by issue (${r.order}); agents: `,
      domain.parties.map((p, i) => `${p.id} = ${agents[i]}`),
      '',
    ),
  );
  out.push(
    `${r.issuesAgreed} of ${domain.issues.length} issue sessions ended in agreement, ${r.issuesChanged} changed the status quo; ${r.rounds} rounds in all`,
  );
  out.push('', 'Issue sessions:');
  out.push(
    ...grid(
      ['issue', 'end', 'rounds', 'result'],
      r.sessions.map((s) => [
        clip(domain.issues[s.index].name, 32),
        s.result.end + (s.result.walkedAway !== undefined ? ` (${domain.parties[s.result.walkedAway].id})` : ''),
        String(s.result.rounds),
        s.agreed === null
          ? 'status quo'
          : clip(option(domain, s.index, s.agreed), 24) +
            (s.agreed === domain.issues[s.index].statusQuo ? ' (status quo)' : ''),
      ]),
      [false, false, true, false],
    ),
  );
  out.push('', 'Result:');
  out.push(
    ...utilityRows(domain, [
      ['combined', r.utilities],
      ['status quo', r.statusQuoUtilities],
      ...(ref?.nash ? [['Nash point', ref.nash] as [string, number[]]] : []),
    ]),
  );
  if (ref)
    out.push(
      `  distance to the Pareto frontier ${f3(distanceToFrontier(r.utilities, ref))}; to the Nash point ${f3(distanceToNash(r.utilities, ref))}`,
    );
  if (!r.feasible) out.push('  note: the combined outcome breaks a red line spanning several issues');
  if (r.issuesChanged)
    out.push(
      '',
      'Changed from the status quo:',
      ...packageLines(
        domain,
        r.outcome,
        domain.issues.map((i) => i.statusQuo!),
      ),
    );
  return out;
}

export function rankingReport(r: TournamentResult): string[] {
  const out = [
    `Tournament: ${r.agents.length} agents, ${r.domains.length} domain(s), ${r.sessions} sessions (${r.repetitions} repetition(s), ${r.mode})`,
    '',
  ];
  out.push(
    ...grid(
      ['rank', 'agent', 'sessions', 'utility', 'agreement', 'welfare', 'to Pareto', 'to Nash', 'rounds'],
      r.ranking.map((x) => [
        String(x.rank),
        x.agent,
        String(x.sessions),
        f3(x.meanUtility),
        pct(x.agreementRate),
        f3(x.socialWelfare),
        f3(x.paretoDistance),
        f3(x.nashDistance),
        x.meanRounds.toFixed(1),
      ]),
      [true, false, true, true, true, true, true, true, true],
    ),
  );
  out.push(
    '',
    'Means over every session an agent played (no agreement counts its no-deal utilities);',
    'distances are Euclidean in utility space.',
  );
  return out;
}

export function linkageReport(c: LinkageComparison): string[] {
  const rows = (list: LinkageComparison['rows']) =>
    list.map((x) => [
      x.domain,
      x.agents,
      String(x.sessions),
      pct(x.linkedAgreement),
      pct(x.delinkedAgreement),
      pct(x.linkedMoved),
      pct(x.delinkedMoved),
      f3(x.statusQuoJoint),
      f3(x.linkedJoint),
      f3(x.delinkedJoint),
    ]);
  const headers = [
    'domain',
    'agents',
    'runs',
    'agree L',
    'agree D',
    'moved L',
    'moved D',
    'joint SQ',
    'joint L',
    'joint D',
  ];
  const numeric = [false, false, true, true, true, true, true, true, true, true];
  // By agent tuple, within 100 columns: one table per domain, without the domain and status-quo
  // columns (both are in the table above).
  const byTuple = [...new Set(c.rows.map((x) => x.domain))].flatMap((domain) => [
    '',
    `By agent tuple, ${domain}:`,
    ...grid(
      headers.filter((_, i) => i !== 0 && i !== 7),
      rows(c.rows.filter((x) => x.domain === domain)).map((r) =>
        r.filter((_, i) => i !== 0 && i !== 7).map((cell, i) => (i === 0 ? cell.replace(/ \/ /g, '/') : cell)),
      ),
      numeric.filter((_, i) => i !== 0 && i !== 7),
    ),
  ]);
  return [
    'Linked (L, one package) versus delinked (D, one session per issue), same agents and seeds:',
    '',
    ...grid(headers, rows(c.byDomain), numeric),
    ...byTuple,
    '',
    'agree = share of sessions (L) or issue sessions (D) ending in agreement; moved = the same',
    "counting only agreements that change the status quo; joint = mean sum of the parties' utilities",
    '(SQ = status quo).',
  ];
}
