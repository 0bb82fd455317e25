/**
 * What an export to Genius XML or GeniusWeb JSON cannot express, checked before anything is
 * written (every problem at once), and the per-issue form every additive profile is written in.
 *
 * Additive form of party p: issue j gets weight w_j = max_o t_j(o) and evaluation e_j(o) =
 * t_j(o) / w_j, whose maximum is exactly 1. Genius divides evaluations by their maximum and NegMAS
 * does not; with a maximum of 1 both read back t_j(o) = w_j * e_j(o). The party's constant is
 * added to the first issue's entries (Genius) or refused (GeniusWeb has no such term).
 * Browser-safe.
 */
import type { ExportFeature } from '../core/index.ts';
import type { Domain, PartyUtility } from '../model/index.ts';

/** Characters Genius 10.4's XML reader takes literally (no entity decoding) or cannot hold in a value. */
const isXmlUnsafe = (c: string): boolean => '<>&"'.includes(c) || c.charCodeAt(0) < 32;

export function unsafeXmlName(name: string): string | null {
  const found = [...new Set([...name].filter(isXmlUnsafe))];
  return found.length
    ? found.map((c) => (c.charCodeAt(0) < 32 ? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}` : c)).join(' ')
    : null;
}

/**
 * Largest utility the exported part of a party's utility could reach (interaction terms are not
 * exported): exact for additive tables (best entry per issue), an upper bound with rectangles.
 */
export function utilityUpperBound(u: PartyUtility): number {
  let s = u.constant;
  for (const row of u.table) s += Math.max(...row);
  if (u.rectangles) for (const r of u.rectangles.items) if (r.utility > 0) s += r.utility / u.rectangles.scale;
  return s;
}

/** Per issue: weight = best entry (0 when no entry is positive) and evaluations = entries / weight. */
export function additiveForm(table: number[][]): { weight: number; evals: number[] }[] {
  return table.map((row) => {
    const w = Math.max(...row);
    return w > 0 ? { weight: w, evals: row.map((x) => x / w) } : { weight: 0, evals: row.map(() => 0) };
  });
}

/** Features of the domain the format cannot hold, party by party. */
export function exportFeatures(domain: Domain, format: 'genius' | 'geniusweb'): ExportFeature[] {
  const out: ExportFeature[] = [];
  const nonlinear = domain.utilities.some((u) => (u.rectangles?.items.length ?? 0) > 0);
  domain.utilities.forEach((u, p) => {
    const party = domain.parties[p].id;
    if (u.redLines.length) out.push({ kind: 'red_lines', party, count: u.redLines.length });
    if (u.interactions.length) out.push({ kind: 'interactions', party, count: u.interactions.length });
    if ((u.rectangles?.items.length ?? 0) > 0 && (format === 'geniusweb' || !integerIssues(domain)))
      out.push({ kind: 'rectangles', party });
    if (format === 'geniusweb' && Math.abs(u.constant) > 1e-12) out.push({ kind: 'constant', party });
    if (!nonlinear) {
      // Constant folded into the first issue (Genius); a row whose best entry is <= 0 but not all 0.
      u.table.forEach((row, j) => {
        const r = format === 'genius' && j === 0 ? row.map((x) => x + u.constant) : row;
        if (Math.max(...r) <= 0 && r.some((x) => x < 0))
          out.push({ kind: 'negative_issue', party, issue: domain.issues[j].id });
        else if (format === 'geniusweb' && r.some((x) => x < -1e-12))
          out.push({ kind: 'negative_issue', party, issue: domain.issues[j].id });
      });
    }
    // Genius caps utility at 1: harmless when the domain caps there too. GeniusWeb has no cap: a
    // domain whose cap bites (Genius' Laptop: weights summing to 1.00005) cannot be written exactly.
    const bound = utilityUpperBound(u);
    if (format === 'genius' && !(u.max !== undefined && u.max <= 1) && bound > 1 + 1e-9)
      out.push({ kind: 'utility_above_one', party, max: Number(bound.toPrecision(6)) });
    if (format === 'geniusweb' && u.max !== undefined && bound > u.max + 1e-9)
      out.push({ kind: 'capped', party, max: Number(bound.toPrecision(6)), cap: u.max });
    if (
      format === 'geniusweb' &&
      domain.issues.some((i) => i.statusQuo === undefined) &&
      domain.parties[p].reservation !== 0
    )
      out.push({ kind: 'reservation', party, value: domain.parties[p].reservation });
  });
  if (format === 'genius') {
    const names = [...domain.issues.flatMap((i) => [i.id, ...i.options]), ...domain.parties.map((p) => p.name)];
    for (const name of new Set(names)) {
      const bad = unsafeXmlName(name);
      if (bad) out.push({ kind: 'name', name, characters: bad });
    }
  }
  return out;
}

/** True when every issue's options are consecutive integers (what Genius hyper-rectangles need). */
export function integerIssues(domain: Domain): boolean {
  return domain.issues.every((i) => {
    const first = Number(i.options[0]);
    return Number.isInteger(first) && i.options.every((o, k) => o === String(first + k));
  });
}
