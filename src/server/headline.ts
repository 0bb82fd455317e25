/**
 * What `npm start` prints about the built-in North America scenario once the server listens: the
 * main job's answer (does linking the issues pay, and for whom) before the user opens the page.
 * It analyses the stored scenario, so an edited scenario gives its own figures.
 */
import type { AnalysisJson } from '../analysis/index.ts';
import { wrap } from '../core/index.ts';

/**
 * Lines for the start banner: the linkage table (status quo, issue by issue, linked Nash package,
 * per party) and the first sentence of the linkage summary; null when the analysis has no linkage
 * (no status quo on every issue), since there is then no linked-versus-delinked answer to give.
 */
export function linkageHeadline(a: AnalysisJson, width = 100): string[] | null {
  const l = a.linkage;
  if (!l || !l.linked) return null;
  const names = a.parties.map((p) => p.id);
  const col = Math.max(7, ...names.map((n) => n.length + 1));
  const row = (label: string, values: readonly number[]) =>
    '  ' + label.padEnd(16) + values.map((v) => v.toFixed(3).padStart(col)).join('');
  return [
    ...wrap(`${a.domain.name}: one linked package versus one issue at a time (utility per party, 0 to 1)`, 2, width),
    '  ' + ''.padEnd(16) + names.map((n) => n.padStart(col)).join(''),
    row('status quo', l.statusQuo.utilities),
    row('issue by issue', l.delinked.utilities),
    row('linked (Nash)', l.linked.utilities),
    ...(l.summary[0] ? wrap(l.summary[0], 2, width - 2).map((line) => `  ${line}`) : []),
  ];
}
