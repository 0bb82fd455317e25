/**
 * Plain-language sentences for a linkage result ("Mexico accepts X on security; the United
 * States accepts Y on trade"). Browser-safe.
 */
import { type Domain, type Outcome, utilities, violates } from '../model/index.ts';
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

/** Names of the parties one of whose red lines `outcome` breaks. */
function partiesBreaking(domain: Domain, outcome: Outcome): string[] {
  return domain.parties
    .filter((_, p) => domain.utilities[p].redLines.some((line) => violates(line, outcome)))
    .map((p) => p.name);
}

/**
 * Does changing issue j alone from the status quo give some party a gain above tol (whatever it
 * costs the others)? If not, the issue has no deal alone because nobody wants to move it.
 */
function someoneGains(domain: Domain, sq: Outcome, sqUtilities: readonly number[], j: number, tol: number): boolean {
  return domain.issues[j].options.some((_, o) => {
    if (o === sq[j]) return false;
    const out = sq.slice();
    out[j] = o;
    return utilities(domain, out).some((u, p) => u - sqUtilities[p] > tol);
  });
}

export function linkageSummary(domain: Domain, r: LinkageResult, tol = 1e-12): string[] {
  const out: string[] = [];
  const issueName = (id: string): string => domain.issues.find((i) => i.id === id)?.name ?? id;
  const n = domain.issues.length;
  const sq = r.statusQuo.outcome;
  if (r.noDealAlone.length === 0) {
    out.push(`Bargained one at a time, every issue has a change that no party opposes.`);
  } else {
    const index = (id: string) => domain.issues.findIndex((i) => i.id === id);
    const contested = r.noDealAlone.filter((id) => someoneGains(domain, sq, r.statusQuo.utilities, index(id), tol));
    const settled = r.noDealAlone.filter((id) => !contested.includes(id));
    const k = r.noDealAlone.length;
    const parts: string[] = [];
    if (contested.length) {
      parts.push(
        `${contested.length === k ? '' : `${listWords(contested.map(issueName))}: `}every change that helps some party makes another worse off than the status quo (or crosses a red line): in the model's values each such issue is zero-sum on its own, as the brief says of issue-by-issue bargaining`,
      );
    }
    if (settled.length) {
      parts.push(
        `${settled.length === k ? '' : `${listWords(settled.map(issueName))}: `}no party gains from any change, the status quo is already as good for everyone as any option`,
      );
    }
    out.push(
      `Bargained one at a time, ${k} of ${n} issue${n === 1 ? '' : 's'} end${k === 1 ? 's' : ''} in no deal (${listWords(r.noDealAlone.map(issueName))})${contested.length && settled.length ? '. ' : ': '}${parts.join('; ')}.`,
    );
  }
  const sqBreaking = partiesBreaking(domain, sq);
  if (sqBreaking.length) {
    out.push(
      `The status quo itself breaks a red line of ${listWords(sqBreaking)}: today's state is one ${sqBreaking.length === 1 ? 'that party' : 'those parties'} would not sign as a deal.`,
    );
  }
  const delinkedChanged = r.delinked.outcome.some((o, j) => o !== sq[j]);
  if (!r.delinkedFeasible && delinkedChanged) {
    out.push(
      `The issue-by-issue agreements together break a red line of ${listWords(partiesBreaking(domain, r.delinked.outcome))}, so that package could not actually be signed.`,
    );
  }
  if (!r.linked) {
    out.push(
      'No package of options makes every party strictly better off than the status quo, so linking the issues does not produce a Nash deal.',
    );
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
  else
    out.push('The linked package needs no concession from anyone: it improves every issue it changes for every party.');
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
  // Utilities are on each party's own scale: their sum is a convention, said as such.
  out.push(
    `Summed over the parties (each on its own scale, so the sum is a convention, not a measure of welfare), linking the issues ${r.totalGain >= 0 ? 'adds' : 'loses'} ${Math.abs(r.totalGain).toFixed(3)} over bargaining them one at a time.`,
  );
  return out;
}
