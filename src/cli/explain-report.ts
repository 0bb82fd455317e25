/**
 * The text `commonground analyze --explain` adds after the report: the findings block (what the
 * brief claims, what the model assumes, what follows), the deal in words per party for each
 * bargaining package, and where every number comes from (quote and paragraph of the source, or a
 * "modelling assumption" mark). Pure (returns text); lines stay within 100 columns.
 */
import { PACKAGES, type Explanation, type PackageKey } from '../analysis/index.ts';
import type { Scenario } from '../model/index.ts';
import { wrap } from '../core/index.ts';

const PACKAGE_NAME: Record<PackageKey, string> = {
  nash: 'Nash',
  kalaiSmorodinsky: 'Kalai-Smorodinsky',
  egalitarian: 'egalitarian',
  utilitarian: 'utilitarian',
};

const KIND: Record<string, string> = {
  statusQuo: 'status quo',
  reservation: 'reservation',
  weight: 'weight',
  values: 'option values',
  redLine: 'red line',
  interaction: 'interaction',
};

/** `text` wrapped within 100 columns, every line indented by `indent`, continuation lines by `hang` more. */
function block(text: string, indent: number, hang: number): string[] {
  return wrap(text, hang, 100 - indent).map((l) => ' '.repeat(indent) + l);
}

function sameDeal(x: Explanation, a: PackageKey, b: PackageKey): boolean {
  const da = x.deals[a]?.deal;
  const db = x.deals[b]?.deal;
  return !!da && !!db && da.parties.every((p, i) => p.after === db.parties[i].after);
}

export function explainReport(x: Explanation, scenario?: Scenario): string {
  const out: string[] = [];
  if (x.findings) {
    out.push('Findings', '  What the brief claims (the passages the numbers rest on, most used first):');
    for (const c of x.findings.claims.slice(0, 6))
      out.push(...block(`- "${c.quote}" (${c.supports.length} number${c.supports.length === 1 ? '' : 's'})`, 4, 2));
    if (x.findings.claims.length > 6) out.push(`    … ${x.findings.claims.length - 6} more passages (see below).`);
    out.push('  What the model assumes:');
    for (const s of x.findings.assumptions) out.push(...block(`- ${s}`, 4, 2));
    out.push('  What follows from both:');
    for (const s of x.findings.follows) out.push(...block(`- ${s}`, 4, 2));
    out.push('');
  }
  let shown: PackageKey | null = null;
  for (const key of PACKAGES) {
    const p = x.deals[key];
    if (!p) continue;
    if (shown && sameDeal(x, shown, key)) {
      out.push(`The deal in words, ${PACKAGE_NAME[key]}: the same utilities as ${PACKAGE_NAME[shown]}.`, '');
      continue;
    }
    shown ??= key;
    out.push(`The deal in words, ${PACKAGE_NAME[key]} package, against today's state:`);
    for (const s of p.sentences) {
      out.push(`  ${s.party}`);
      for (const w of s.why) out.push(...block(w, 4, 0));
      if (s.gets.length) out.push('    gets:');
      for (const g of s.gets) out.push(...block(`- ${g}`, 6, 2));
      if (s.gives.length) out.push('    gives:');
      for (const g of s.gives) out.push(...block(`- ${g}`, 6, 2));
      for (const n of s.notes) out.push(...block(`Note: ${n}`, 4, 2));
    }
    out.push('');
  }
  if (x.provenance && x.counts) {
    const c = x.counts;
    out.push(
      ...wrap(
        `Where the numbers come from (${c.total}): ${c.quote} quote a source, ${c.source} name a source without a quote, ${c.assumption} are modelling assumptions; for ${c.partlyAssumed} of the quoted or sourced ones the exact number is a modelling assumption.`,
        2,
      ),
    );
    const party = new Map((scenario?.parties ?? []).map((p) => [p.id, p.name]));
    const issue = new Map((scenario?.issues ?? []).map((i) => [i.id, i.name]));
    let group = '';
    for (const e of x.provenance) {
      const g = e.party ? (party.get(e.party) ?? e.party) : 'Status quo (today)';
      if (g !== group) out.push(`  ${g}`);
      group = g;
      const what = `${KIND[e.kind]}${e.issue ? `, ${issue.get(e.issue) ?? e.issue}` : ''}: ${e.value}`;
      const where =
        e.basis === 'assumption'
          ? 'modelling assumption'
          : `${e.source}${e.paragraph !== undefined ? ` paragraph ${e.paragraph + 1}` : ''}${e.partlyAssumed ? '; exact number assumed' : ''}`;
      out.push(...block(`- ${what} [${where}]`, 4, 2));
      if (e.quote) out.push(...block(`"${e.quote}"`, 6, 1));
      else if (e.rationale) out.push(...block(e.rationale, 6, 0));
    }
  }
  return out.join('\n') + '\n';
}
