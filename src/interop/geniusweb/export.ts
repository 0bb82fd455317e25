/**
 * Export a domain as GeniusWeb JSON: a domain file `{"name", "issuesValues"}` and one
 * `LinearAdditiveUtilitySpace` profile per party, the format of ANAC since 2020.
 *
 * - Every issue is a discrete value set of its option ids (GeniusWeb discrete values are strings).
 * - GeniusWeb needs issue weights summing to 1 and value utilities in [0, 1]. Party p's additive
 *   table t (export-check.ts) is written as weights w_j = max_o t_j(o) / S and value utilities
 *   t_j(o) / max_o t_j(o), with S = sum_j max_o t_j(o): utility u / S. When S = 1 (every scenario
 *   whose parties value some option of each weighted issue at 1) nothing changes; otherwise the
 *   note says so: a positive rescaling of one party's utility keeps the Pareto frontier's outcomes
 *   and the Nash and Kalai–Smorodinsky outcomes (with the disagreement point rescaled alike).
 * - A status quo becomes every profile's `reservationBid` (GeniusWeb has no reservation value and
 *   no status quo; Common Ground's importer reads a common reservation bid back as the status
 *   quo). Without a status quo, a reservation value other than 0 cannot be written.
 * - Red lines, interaction terms, constants, negative utilities and hyper-rectangles cannot be
 *   written: refused unless `lossy` (export-check.ts). Rationales have no place in JSON: noted.
 * Browser-safe.
 */
import { exportFeatureText, fail } from '../../core/index.ts';
import type { Domain } from '../../model/index.ts';
import { additiveForm, exportFeatures } from '../export-check.ts';
import type { GeniusWebFile } from './import.ts';

export interface GeniusWebExportOptions {
  lossy?: boolean;
  /** True when the domain came from a scenario with rationales (noted as not carried). */
  hasRationales?: boolean;
}

export function exportGeniusWeb(
  domain: Domain,
  opts: GeniusWebExportOptions = {},
): { files: GeniusWebFile[]; notes: string[] } {
  const features = exportFeatures(domain, 'geniusweb');
  if (features.length && !opts.lossy) fail('export_lossy', { format: 'geniusweb', features });
  const notes = features.map((f) => `not expressed in GeniusWeb JSON: ${exportFeatureText(f)}`);
  const domainJson = {
    name: domain.id,
    issuesValues: Object.fromEntries(domain.issues.map((i) => [i.id, { values: i.options.slice() }])),
  };
  const sq = domain.issues.every((i) => i.statusQuo !== undefined)
    ? Object.fromEntries(domain.issues.map((i) => [i.id, i.options[i.statusQuo!]]))
    : null;
  if (sq) notes.push("the status quo is written as every profile's reservationBid (GeniusWeb has no status quo)");
  if (opts.hasRationales) notes.push('rationales and sources are not carried: GeniusWeb JSON has no place for them');
  const taken = new Set<string>([`${domain.id}.json`.toLowerCase()]);
  const files: GeniusWebFile[] = [
    { name: `${safe(domain.id)}.json`, text: JSON.stringify(domainJson, null, 2) + '\n' },
  ];
  domain.parties.forEach((party, p) => {
    const u = domain.utilities[p];
    const table = u.table.map((row) => row.map((x) => Math.max(0, x))); // negatives refused above unless lossy
    const form = additiveForm(table);
    const S = form.reduce((s, f) => s + f.weight, 0);
    if (S > 0 && Math.abs(S - 1) > 1e-12)
      notes.push(
        `${party.id}: utilities divided by ${Number(S.toPrecision(12))} so that issue weights sum to 1 (a positive rescaling: same frontier outcomes, Nash and Kalai-Smorodinsky outcomes)`,
      );
    if (
      sq &&
      party.reservation !== 0 &&
      Math.abs(
        party.reservation -
          domain.utilities[p].table.reduce((s, row, j) => s + row[domain.issues[j].statusQuo!], u.constant),
      ) > 1e-9
    )
      notes.push(
        `${party.id}: reservation value ${party.reservation} is not kept; its reservation bid is the status quo`,
      );
    const space = {
      LinearAdditiveUtilitySpace: {
        issueUtilities: Object.fromEntries(
          domain.issues.map((i, j) => [
            i.id,
            {
              DiscreteValueSetUtilities: {
                valueUtilities: Object.fromEntries(i.options.map((o, k) => [o, form[j].evals[k]])),
              },
            },
          ]),
        ),
        issueWeights: Object.fromEntries(
          domain.issues.map((i, j) => [i.id, S > 0 ? form[j].weight / S : 1 / domain.issues.length]),
        ),
        domain: domainJson,
        name: party.name,
        ...(sq ? { reservationBid: { issuevalues: sq } } : {}),
      },
    };
    let name = `${safe(party.id)}.json`;
    for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${safe(party.id)}_${n}.json`;
    taken.add(name.toLowerCase());
    files.push({ name, text: JSON.stringify(space, null, 2) + '\n' });
  });
  return { files, notes };
}

const safe = (s: string) => s.replace(/[^A-Za-z0-9_.-]+/g, '_') || 'file';
