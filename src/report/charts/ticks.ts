/**
 * Axis text that fits: which tick labels of an ordinal axis to show at a given width, how wide a
 * left margin its labels need, and amounts in a compact form (1.2 B rather than 1,200,000,000).
 * Observable Plot draws every tick it is given, overlapping or not; these keep them apart.
 */

/** Approximate width of one character of Plot's 10 px axis text (system sans-serif). */
export const CHAR_PX = 6.5;

/**
 * Every k-th value, first one included, with the smallest k for which labels `gap` pixels apart
 * fit in `width` pixels (all of them when they fit).
 */
export function thinTicks<T extends string | number>(values: readonly T[], width: number, gap = 12): T[] {
  if (values.length === 0) return [];
  const longest = Math.max(...values.map((v) => String(v).length)) * CHAR_PX + gap;
  const fit = Math.max(1, Math.floor(width / longest));
  const step = Math.ceil(values.length / fit);
  return values.filter((_, i) => i % step === 0);
}

/** A left margin wide enough for the longest label (plus the tick and some air). */
export function labelMargin(labels: readonly string[], min = 40): number {
  return Math.max(min, Math.ceil(Math.max(0, ...labels.map((l) => l.length)) * CHAR_PX) + 14);
}

/** 1.2 B, 250 M, 12 K in English; 1.2 mil M, 250 M in Spanish (Intl compact notation). */
export function compactNumber(lang: 'en' | 'es'): (x: number) => string {
  const f = new Intl.NumberFormat(lang === 'es' ? 'es-MX' : 'en-US', { notation: 'compact', maximumFractionDigits: 1 });
  return (x) => f.format(x);
}
