/**
 * Plain-language sentences for a linkage result ("Mexico accepts X on security; the United
 * States accepts Y on trade"). Browser-safe.
 */
import type { Domain } from '../model/domain.ts';
import type { LinkageResult } from './linkage.ts';

const fmt = (x: number): string => (x >= 0 ? '+' : '−') + Math.abs(x).toFixed(3);

export function listWords(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

function optionLabel(domain: Domain, j: number, o: number): string {
  const issue = domain.issues[j];
  return issue.optionLabels?.[o] ?? issue.options[o];
}

export function linkageSummary(domain: Domain, r: LinkageResult): string[] {
  const out: string[] = [];
  const issueName = (id: string): string => domain.issues.find((i) => i.id === id)?.name ?? id;
  const n = domain.issues.length;
  if (r.noDealAlone.length === 0) {
    out.push(`Bargained one at a time, every issue has a change that no party opposes.`);
  } else {
    const names = listWords(r.noDealAlone.map(issueName));
    out.push(
      `Bargained one at a time, ${r.noDealAlone.length} of ${n} issue${n === 1 ? '' : 's'} end${r.noDealAlone.length === 1 ? 's' : ''} in no deal (${names}): every change there makes some party worse off than the status quo, a zero-sum game.`,
    );
  }
  if (!r.delinkedFeasible) out.push('The issue-by-issue agreements together break a red line, so that package could not actually be signed.');
  if (!r.linked) {
    const reservationHigher = domain.parties.some((p, i) => p.reservation > r.statusQuo.utilities[i]);
    const baseline = reservationHigher ? 'than without a deal (the status quo, or its reservation value where higher)' : 'than the status quo';
    out.push(`No package of options makes every party strictly better off ${baseline}, so linking the issues does not produce a Nash deal.`);
    return out;
  }
  const linked = r.linked;
  // Concessions, phrased per party: "<Party> accepts <option> on <issue>".
  const clauses: string[] = [];
  domain.parties.forEach((party) => {
    const items = r.concessions[party.id].map((id) => {
      const j = domain.issues.findIndex((i) => i.id === id);
      return `${optionLabel(domain, j, linked.outcome[j])} on ${issueName(id)}`;
    });
    if (items.length) clauses.push(`${party.name} accepts ${listWords(items)}`);
  });
  if (clauses.length) out.push(`In the linked package, ${clauses.join('; ')}.`);
  else out.push('The linked package needs no concession from anyone: it improves every issue it changes for every party.');
  domain.parties.forEach((party, p) => {
    const con = r.concessions[party.id].map(issueName);
    const gain = r.gains[party.id].map(issueName);
    const parts: string[] = [];
    if (con.length) parts.push(`concedes on ${listWords(con)}`);
    if (gain.length) parts.push(`gains on ${listWords(gain)}`);
    const what = parts.length ? parts.join(' and ') : 'keeps every issue it cares about unchanged';
    out.push(
      `${party.name} ${what}: ${fmt(linked.utilities[p] - r.statusQuo.utilities[p])} over the status quo, ${fmt(r.gain[p])} over issue-by-issue bargaining.`,
    );
  });
  out.push(`Linking the issues ${r.totalGain >= 0 ? 'adds' : 'loses'} ${Math.abs(r.totalGain).toFixed(3)} in total utility over bargaining them one at a time.`);
  return out;
}
