/**
 * The Robustness panel's charts (Observable Plot, like the explorer's): probability bars per issue
 * option with their 95% intervals, each party's gain distribution from linking (5-95% line, 25-75%
 * box, median tick), and the tornado chart of the exact sensitivity (the range of a weight's share
 * over which the Nash package holds, today's share as a tick).
 */
import * as Plot from '@observablehq/plot';
import { shortenAtWord } from '../../../src/report/index.ts';
import type { GainRow, OptionBar } from '../logic/robustness-view.ts';

const NOMINAL = '#1d4ed8';
const OTHER = '#93c5fd';

function finish(chart: Element, data: Record<string, unknown>): Element {
  chart.setAttribute('aria-hidden', 'true');
  for (const [k, v] of Object.entries(data)) chart.setAttribute(`data-${k}`, JSON.stringify(v));
  return chart;
}

export function optionBarsPlot(o: { bars: OptionBar[]; width?: number; xLabel: string }): Element {
  const width = o.width ?? 640;
  const rows = o.bars.map((b) => ({ ...b, row: `${b.issueName} · ${b.optionName}` }));
  const chart = Plot.plot({
    width,
    height: 26 * rows.length + 50,
    marginLeft: Math.min(340, Math.round(width * 0.5)),
    marginRight: 40,
    x: { domain: [0, 1], label: `${o.xLabel} →`, tickFormat: '.0%', grid: true },
    y: { domain: rows.map((r) => r.row), label: null, tickFormat: (d: string) => shortenAtWord(d, 58) },
    marks: [
      Plot.barX(rows, { x: 'share', y: 'row', fill: (d: OptionBar) => (d.nominal ? NOMINAL : OTHER) }),
      Plot.ruleY(rows, { x1: 'lo', x2: 'hi', y: 'row', stroke: '#111827', strokeWidth: 1.5 }),
      Plot.text(rows, {
        x: 'share',
        y: 'row',
        text: (d: OptionBar) => `${Math.round(d.share * 100)}%`,
        dx: 16,
        fontSize: 11,
      }),
      Plot.ruleX([0]),
    ],
  });
  return finish(chart, { shares: rows.map((r) => [r.issue, r.option, r.share]) });
}

export function gainPlot(o: { rows: GainRow[]; width?: number; xLabel: string }): Element {
  const width = o.width ?? 640;
  const lo = Math.min(0, ...o.rows.map((r) => r.q05));
  const hi = Math.max(0, ...o.rows.map((r) => r.q95));
  const pad = (hi - lo) * 0.05 || 0.05;
  const chart = Plot.plot({
    width,
    height: 44 * o.rows.length + 60,
    marginLeft: Math.min(200, Math.round(width * 0.3)),
    marginRight: 20,
    x: { domain: [lo - pad, hi + pad], label: `${o.xLabel} →`, grid: true },
    y: { domain: o.rows.map((r) => r.name), label: null },
    marks: [
      Plot.ruleX([0], { stroke: '#6b7280', strokeDasharray: '4,3' }),
      Plot.ruleY(o.rows, { x1: 'q05', x2: 'q95', y: 'name', stroke: '#374151' }),
      Plot.barX(o.rows, {
        x1: 'q25',
        x2: 'q75',
        y: 'name',
        fill: '#047857',
        fillOpacity: 0.55,
        insetTop: 8,
        insetBottom: 8,
      }),
      Plot.tickX(o.rows, { x: 'q50', y: 'name', stroke: '#111827', strokeWidth: 2.5 }),
    ],
  });
  return finish(chart, { medians: o.rows.map((r) => [r.party, r.q50]) });
}

/** Long axis labels end in an ellipsis; the tornado chart is the scenario memo's too (src/report). */
export { shorten, tornadoPlot } from '../../../src/report/index.ts';
