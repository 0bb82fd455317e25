/**
 * A negotiation result against the analysis: each party's utility in the agreement beside its
 * utility at the Nash point, and what the distance to the frontier means. Pure; the words come
 * from the page's dictionary.
 */
import type { T } from '../i18n/index.tsx';

export interface AgainstNash {
  party: string;
  got: number;
  nash: number;
  diff: number;
}

export function againstNash(
  utilities: Record<string, number> | undefined,
  nash: Record<string, number> | null | undefined,
  parties: readonly { id: string; name: string }[],
): AgainstNash[] {
  if (!utilities || !nash) return [];
  return parties.flatMap((p) =>
    p.id in utilities && p.id in nash
      ? [{ party: p.name, got: utilities[p.id], nash: nash[p.id], diff: utilities[p.id] - nash[p.id] }]
      : [],
  );
}

/** One sentence per party, then what the frontier distance says. */
export function againstNashSentences(
  rows: AgainstNash[],
  pareto: number | null,
  t: T,
  n: (x: number, d?: number) => string,
): string[] {
  if (rows.length === 0) return [];
  const sign = (x: number) => (x >= 0 ? '+' : '−') + n(Math.abs(x));
  const out = [
    t('negotiation.vsNash', {
      list: rows
        .map((r) =>
          t('negotiation.vsNashParty', { party: r.party, got: n(r.got), nash: n(r.nash), diff: sign(r.diff) }),
        )
        .join('; '),
    }),
    t('negotiation.whyNotNash'),
  ];
  if (pareto !== null)
    out.push(t(pareto > 1e-9 ? 'negotiation.offFrontier' : 'negotiation.onFrontier', { d: n(pareto) }));
  return out;
}
