/**
 * The tornado chart of the exact sensitivity, shared by the explorer's Robustness panel and the
 * scenario memo: for the weights whose moves change the Nash package soonest, the range of the
 * issue's share of the party's weights over which the package holds (bar), today's share (tick).
 */
import * as Plot from '@observablehq/plot';

export interface TornadoRow {
  label: string;
  /** Where the nominal Nash package holds, as the share of the party's weights. */
  lo: number;
  hi: number;
  nominal: number;
  /** How far the share may move before the package changes, relative to it (smaller = more sensitive). */
  margin: number;
}

/** What a row needs of a sensitivity entry (`SensitivityEntry`, or the API's JSON of it). */
export interface TornadoSource {
  interval: [number, number] | null;
  share?: number;
  /** Whether the package changes below / above the interval (what takes over does not matter here). */
  below: unknown;
  above: unknown;
}

/** A weight's tornado row (null when the entry has no exact interval or can move anywhere). */
export function tornadoRow(e: TornadoSource, label: string): TornadoRow | null {
  if (!e.interval || e.share === undefined) return null;
  const [lo, hi] = e.interval;
  const down = e.below ? e.share - lo : Infinity;
  const up = e.above ? hi - e.share : Infinity;
  const margin = Math.min(down, up) / Math.max(Math.abs(e.share), 1e-9);
  return Number.isFinite(margin) ? { label, lo, hi, nominal: e.share, margin } : null;
}

/**
 * The weights whose moves change the Nash package soonest, most sensitive first (at most
 * `limit`), each with the entry it comes from; ties in order of label.
 */
export function tornadoEntries<E extends TornadoSource>(
  weights: readonly E[],
  label: (e: E) => string,
  limit = 12,
): { row: TornadoRow; entry: E }[] {
  return weights
    .map((entry) => ({ entry, row: tornadoRow(entry, label(entry)) }))
    .filter((x): x is { row: TornadoRow; entry: E } => x.row !== null)
    .sort((a, b) => a.row.margin - b.row.margin || a.row.label.localeCompare(b.row.label))
    .slice(0, limit);
}

/** Long axis labels end in an ellipsis (the chart's table has them in full). */
export function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

/**
 * A long axis label cut at a word boundary and ended with an ellipsis (the chart's table has it in
 * full): a cut inside a word leaves a fragment that reads as another word ("sin in…" for "sin
 * incentivos", "in" being English). A label with no space in its first half is cut where it is.
 */
export function shortenAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.search(/\s\S*$/);
  return space >= max / 2 ? `${cut.slice(0, space).trimEnd()}…` : shorten(text, max);
}

export function tornadoPlot(o: {
  rows: TornadoRow[];
  width?: number;
  xLabel: string;
  /** The document to draw in (a server-side DOM for reports); the page's own by default. */
  document?: Document;
}): Element {
  const width = o.width ?? 640;
  const chart = Plot.plot({
    ...(o.document ? { document: o.document } : {}),
    width,
    height: 26 * o.rows.length + 50,
    marginLeft: Math.min(340, Math.round(width * 0.5)),
    marginRight: 20,
    x: { domain: [0, 1], label: `${o.xLabel} →`, tickFormat: '.0%', grid: true },
    y: { domain: o.rows.map((r) => r.label), label: null, tickFormat: (d: string) => shorten(d, 58) },
    marks: [
      Plot.barX(o.rows, { x1: 'lo', x2: 'hi', y: 'label', fill: '#b45309', fillOpacity: 0.6 }),
      Plot.tickX(o.rows, { x: 'nominal', y: 'label', stroke: '#111827', strokeWidth: 2.5 }),
    ],
  });
  chart.setAttribute('aria-hidden', 'true');
  chart.setAttribute('data-intervals', JSON.stringify(o.rows.map((r) => [r.label, r.lo, r.hi])));
  return chart;
}
