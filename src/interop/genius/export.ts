/**
 * Export a domain as a Genius folder: one domain file and one profile per party, written for the
 * readers that use them, Genius 10.4 (genius.core.DomainImpl, AdditiveUtilitySpace,
 * NonlinearUtilitySpace) and NegMAS (`UtilityFunction.from_genius`), researched from their source:
 *
 * - Issues are numbered 1..n in domain order (NegMAS maps weights and rectangle bounds by index - 1)
 *   and named by their ids; items carry `index` (NegMAS reads it) and `value` = the option id, and
 *   the option label as `description` (Genius keeps it, NegMAS ignores it).
 * - Additive domains: `<issue type="discrete">` everywhere (an imported integer or real issue is
 *   written as its list of values: the same outcomes and utilities). A profile gives issue j the
 *   weight max_o t_j(o) and evaluations t_j(o) / that weight (export-check.ts), so Genius (which
 *   divides by the largest evaluation) and NegMAS (which does not) both read back t_j.
 * - Hyper-rectangle domains (integer issues): `type="nonlinear"` profiles with `maxutility="1"`
 *   and rectangle utilities already divided by the domain's scale (Genius divides by maxutility,
 *   NegMAS does not: with 1 they agree), one flat `PlainUfun` of INCLUDES rectangles (NegMAS reads
 *   only INCLUDES and only the top ufun); table entries become one-value rectangles, constants a
 *   rectangle without bounds.
 * - Reservation value and discount factor as `<reservation>` / `<discount_factor>`; party names as
 *   `<agent name utility_space>` in the domain file (Genius and NegMAS ignore it; our importer reads it).
 * - What Genius cannot express is refused unless `lossy` (export-check.ts); what it does not
 *   hold but does not change any utility goes into comments: the status quo as a machine-readable
 *   `<!-- commonground:status-quo {...} -->` our importer reads back, rationales and sources as
 *   plain text, and in a lossy export each dropped red line or interaction term.
 * Browser-safe.
 */
import { exportFeatureText, fail } from '../../core/index.ts';
import type { Domain, Scenario } from '../../model/index.ts';
import { additiveForm, exportFeatures, integerIssues, unsafeXmlName } from '../export-check.ts';
import type { GeniusFile } from './import.ts';
import { STATUS_QUO_MARK } from './import.ts';

export interface ExportOptions {
  /** Export even what the format cannot express (dropped, listed in the notes and comments). */
  lossy?: boolean;
  /** The scenario the domain was compiled from: its rationales and sources go into comments. */
  scenario?: Scenario;
  /** Where the domain came from (a header comment). */
  source?: string;
}

export interface ExportResult {
  files: GeniusFile[];
  /** What the export changed or dropped, in plain words. */
  notes: string[];
}

const num = (x: number) => String(Object.is(x, -0) ? 0 : x);
/**
 * Attribute value. Names with these characters are refused unless `lossy` (export-check.ts): Genius
 * reads the entities literally, standard XML readers decode them.
 */
const attr = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
/** Comment text: `--` is not allowed inside an XML comment, nor a trailing `-`. */
const comment = (s: string) => `<!-- ${s.replace(/--/g, '- -').replace(/-$/, '- ')} -->`;

/** File name for a party's profile: its id, made safe. */
export function profileFileName(id: string, taken: Set<string>): string {
  let base = id.replace(/[^A-Za-z0-9_.-]+/g, '_') || 'party';
  if (base.toLowerCase().endsWith('.xml')) base = base.slice(0, -4);
  let name = `${base}.xml`;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base}_${n}.xml`;
  taken.add(name.toLowerCase());
  return name;
}

function droppedComments(domain: Domain, p: number): string[] {
  const u = domain.utilities[p];
  const out: string[] = [];
  const opt = (r: { issue: number; option: number }) =>
    `${domain.issues[r.issue].id}=${domain.issues[r.issue].options[r.option]}`;
  for (const l of u.redLines)
    out.push(
      comment(
        `red line not expressed (Genius cannot forbid outcomes): ${l.options.map(opt).join(' + ')}${l.rationale ? `; ${l.rationale}` : ''}`,
      ),
    );
  for (const t of u.interactions)
    out.push(comment(`interaction term not expressed (linear profile): ${opt(t.a)} + ${opt(t.b)} adds ${t.value}`));
  return out;
}

export function exportGenius(domain: Domain, opts: ExportOptions = {}): ExportResult {
  const features = exportFeatures(domain, 'genius');
  if (features.length && !opts.lossy) fail('export_lossy', { format: 'genius', features });
  const notes = features.map((f) => `not expressed in Genius XML: ${exportFeatureText(f)}`);
  const nonlinear = domain.utilities.some((u) => (u.rectangles?.items.length ?? 0) > 0) && integerIssues(domain);
  const n = domain.issues.length;
  const scenario = opts.scenario;
  const taken = new Set<string>([`${domain.id}-domain.xml`.toLowerCase()]);
  const profileNames = domain.parties.map((p) => profileFileName(p.id, taken));
  const domainName = `${domain.id.replace(/[^A-Za-z0-9_.-]+/g, '_') || 'domain'}-domain.xml`;

  const lower = domain.issues.map((i) => Number(i.options[0]));
  const issueElement = (j: number, indent: string, body?: string): string => {
    const issue = domain.issues[j];
    if (nonlinear)
      return `${indent}<issue etype="integer" index="${j + 1}" name="${attr(issue.id)}" type="integer" vtype="integer" lowerbound="${lower[j]}" upperbound="${lower[j] + issue.options.length - 1}"/>`;
    return `${indent}<issue etype="discrete" index="${j + 1}" name="${attr(issue.id)}" type="discrete" vtype="discrete">\n${body}${indent}</issue>`;
  };
  const items = (j: number, indent: string, evals?: number[]) =>
    domain.issues[j].options
      .map((o, k) => {
        const label = domain.issues[j].optionLabels?.[k];
        return `${indent}<item index="${k + 1}" value="${attr(o)}"${evals ? ` evaluation="${num(evals[k])}"` : ''}${label !== undefined && label !== o && unsafeXmlName(label) === null ? ` description="${attr(label)}"` : ''}/>\n`;
      })
      .join('');

  // Domain file.
  const header: string[] = [
    comment(
      `Exported by Common Ground${opts.source ? ` from ${opts.source}` : ''}: a Genius 10.4 domain (NegMAS reads it too).`,
    ),
  ];
  if (domain.issues.every((i) => i.statusQuo !== undefined)) {
    const rec = Object.fromEntries(domain.issues.map((i) => [i.id, i.options[i.statusQuo!]]));
    header.push(`<!-- ${STATUS_QUO_MARK} ${JSON.stringify(rec).replace(/-/g, '\\u002d')} -->`);
    notes.push(
      'the status quo is kept in a comment of the domain file (Genius has no status quo; Common Ground reads it back)',
    );
  }
  for (const issue of scenario?.issues ?? []) {
    if (issue.statusQuoRationale)
      header.push(
        comment(
          `status quo of ${issue.id}: ${issue.statusQuoRationale}${issue.statusQuoSource ? ` [source: ${issue.statusQuoSource}]` : ''}`,
        ),
      );
  }
  for (const s of scenario?.sources ?? [])
    header.push(comment(`source ${s.id}: ${s.title}${'url' in s && s.url ? ` <${String(s.url)}>` : ''}`));
  const agents = domain.parties.map((p, i) => `  <agent name="${attr(p.name)}" utility_space="${profileNames[i]}"/>`);
  const domainText = `<?xml version="1.0" encoding="UTF-8"?>
<negotiation_template>
${header.map((h) => `  ${h}`).join('\n')}
${agents.join('\n')}
  <utility_space number_of_issues="${n}">
    <objective etype="objective" index="0" name="${attr(domain.id)}" type="objective">
${domain.issues.map((_, j) => issueElement(j, '      ', items(j, '        '))).join('\n')}
    </objective>
  </utility_space>
</negotiation_template>
`;
  const files: GeniusFile[] = [{ name: domainName, text: domainText }];

  domain.parties.forEach((party, p) => {
    const u = domain.utilities[p];
    const sp = scenario?.parties.find((x) => x.id === party.id);
    const comments: string[] = [comment(`Profile of ${party.name} (${party.id}).`)];
    if (sp?.reservationRationale) comments.push(comment(`reservation: ${sp.reservationRationale}`));
    for (const [issueId, w] of Object.entries(sp?.weights ?? {}))
      comments.push(comment(`weight of ${issueId}: ${w.rationale} [source: ${w.source}]`));
    for (const [issueId, v] of Object.entries(sp?.values ?? {}))
      comments.push(comment(`values of ${issueId}: ${v.rationale} [source: ${v.source}]`));
    comments.push(...droppedComments(domain, p));
    const tail = `  <reservation value="${num(party.reservation)}"/>\n${party.discount !== undefined ? `  <discount_factor value="${num(party.discount)}"/>\n` : ''}`;
    let body: string;
    if (nonlinear) {
      const rects: string[] = [];
      const scale = u.rectangles?.scale ?? 1;
      for (const r of u.rectangles?.items ?? []) {
        const bounds = r.ranges
          .map(
            (g) =>
              `          <INCLUDES index="${g.issue + 1}" min="${lower[g.issue] + g.min}" max="${lower[g.issue] + g.max}"/>`,
          )
          .join('\n');
        rects.push(
          `        <hyperRectangle utility="${num(r.utility / scale)}">\n${bounds}\n        </hyperRectangle>`,
        );
      }
      u.table.forEach((row, j) =>
        row.forEach((x, k) => {
          if (x === 0) return;
          rects.push(
            `        <hyperRectangle utility="${num(x)}">\n          <INCLUDES index="${j + 1}" min="${lower[j] + k}" max="${lower[j] + k}"/>\n        </hyperRectangle>`,
          );
        }),
      );
      if (u.constant !== 0) rects.push(`        <hyperRectangle utility="${num(u.constant)}"/>`);
      body = `<utility_space type="nonlinear">
${comments.map((c) => `  ${c}`).join('\n')}
  <objective etype="objective" index="0" name="${attr(domain.id)}" type="objective">
${domain.issues.map((_, j) => issueElement(j, '    ')).join('\n')}
    <utility maxutility="1">
      <ufun type="PlainUfun" weight="1" aggregation="sum">
${rects.join('\n')}
      </ufun>
    </utility>
  </objective>
${tail}</utility_space>
`;
    } else {
      const table = u.table.map((row, j) => (j === 0 ? row.map((x) => x + u.constant) : row));
      const form = additiveForm(table);
      body = `<utility_space>
${comments.map((c) => `  ${c}`).join('\n')}
  <objective etype="objective" index="0" name="${attr(domain.id)}" type="objective">
${form.map((f, j) => `    <weight index="${j + 1}" value="${num(f.weight)}"/>`).join('\n')}
${domain.issues.map((_, j) => issueElement(j, '    ', items(j, '      ', form[j].evals))).join('\n')}
  </objective>
${tail}</utility_space>
`;
    }
    files.push({ name: profileNames[p], text: `<?xml version="1.0" encoding="UTF-8"?>\n${body}` });
  });
  const types = (domain.meta?.issueTypes ?? {}) as Record<string, string>;
  if (!nonlinear && domain.issues.some((i) => (types[i.id] ?? 'discrete') !== 'discrete'))
    notes.push(
      'integer and real issues are written as discrete issues listing their values (same outcomes and utilities)',
    );
  if (domain.utilities.some((u) => Math.abs(u.constant) > 1e-12) && !nonlinear)
    notes.push('constant utility terms are added to the first issue of each profile (same utilities)');
  return { files, notes };
}
