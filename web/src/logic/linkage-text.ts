/** The plain-language linkage panel: sentences from the analysis, in the user's language. */
import type { AnalysisJson } from '../../../src/analysis/index.ts';
import type { T } from '../i18n/index.tsx';

export function listOf(items: string[], lang: 'en' | 'es'): string {
  if (items.length === 0) return '';
  if (items.length === 1) return items[0];
  const and = lang === 'es' ? ' y ' : ' and ';
  return `${items.slice(0, -1).join(', ')}${and}${items[items.length - 1]}`;
}

export function linkageSentences(
  a: AnalysisJson,
  t: T,
  n: (x: number, d?: number) => string,
  lang: 'en' | 'es',
): string[] {
  const l = a.linkage;
  if (!l) return [];
  const issueName = new Map(a.issues.map((i) => [i.id, i.name]));
  const names = (ids: string[]) =>
    listOf(
      ids.map((id) => issueName.get(id) ?? id),
      lang,
    );
  const out: string[] = [];
  out.push(
    l.noDealAlone.length ? t('explorer.noDealAlone', { issues: names(l.noDealAlone) }) : t('explorer.allDealAlone'),
  );
  a.parties.forEach((p, i) => {
    const concedes = l.concessions[p.id] ?? [];
    const gains = l.gains[p.id] ?? [];
    if (concedes.length || gains.length) {
      out.push(
        t('explorer.concedesGains', {
          party: p.name,
          concedes: concedes.length ? names(concedes) : t('common.none'),
          gains: gains.length ? names(gains) : t('common.none'),
        }),
      );
    }
    if (l.linked) {
      out.push(
        t('explorer.gainOfLinkage', {
          party: p.name,
          gain: n(l.gain[i]),
          delinked: n(l.delinked.utilities[i]),
          linked: n(l.linked.utilities[i]),
        }),
      );
    }
  });
  return out;
}
