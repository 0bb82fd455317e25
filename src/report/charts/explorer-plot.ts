/**
 * The explorer's chart: outcome cloud, Pareto frontier and the key points for one pair of parties.
 * Coinciding key points are drawn as nested markers (largest first) and share one label; labels
 * never overlap each other or a marker (labels.ts). A legend in the page names every marker.
 */
import * as Plot from '@observablehq/plot';
import { placeLabels, utilityDomain, type Frame } from './labels.ts';

export interface KeyPoint {
  key: string;
  label: string;
  utilities: number[];
}

/** Colour, symbol, size and a text glyph (for the HTML legend) of each key point. */
export const POINT_STYLE: Record<string, { color: string; symbol: string; r: number; glyph: string }> = {
  linked: { color: '#047857', symbol: 'circle', r: 10, glyph: '●' },
  // amber-700: its label text keeps 5:1 contrast on white (amber-600 had 3.2:1).
  delinked: { color: '#b45309', symbol: 'triangle', r: 9, glyph: '▲' },
  statusQuo: { color: '#6b7280', symbol: 'square', r: 8, glyph: '■' },
  ks: { color: '#7c3aed', symbol: 'diamond', r: 7.5, glyph: '◆' },
  nash: { color: '#b91c1c', symbol: 'star', r: 6.5, glyph: '★' },
};

export function explorerFrame(width = 640): Frame {
  return { width, height: Math.round(width * 0.72), marginLeft: 52, marginRight: 20, marginTop: 20, marginBottom: 44 };
}

export function explorerPlot(o: {
  cloud: number[][];
  pareto: number[][];
  points: KeyPoint[];
  x: number;
  y: number;
  xLabel: string;
  yLabel: string;
  frontierLabel: string;
  width?: number;
  /** The document to draw in (a server-side DOM for reports); the page's own by default. */
  document?: Document;
}): Element {
  const { x, y } = o;
  const all = [...o.cloud, ...o.pareto, ...o.points.map((p) => p.utilities)];
  const xDomain = utilityDomain(all.map((u) => u[x]));
  const yDomain = utilityDomain(all.map((u) => u[y]));
  const frame = { ...explorerFrame(o.width), xDomain, yDomain };
  const frontier = o.pareto.map((u) => [u[x], u[y]]).sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const twoParties = (o.pareto[0]?.length ?? 2) === 2;
  // Largest markers first, so a smaller one drawn on top of a coinciding point stays visible.
  const points = [...o.points].sort((a, b) => (POINT_STYLE[b.key]?.r ?? 7) - (POINT_STYLE[a.key]?.r ?? 7));
  const labels = placeLabels(
    o.points.map((p) => ({ key: p.key, label: p.label, x: p.utilities[x], y: p.utilities[y] })),
    frame,
  );
  const marks: Plot.Markish[] = [
    Plot.dot(o.cloud, {
      x: (d: number[]) => d[x],
      y: (d: number[]) => d[y],
      r: 1.6,
      fill: '#94a3b8',
      fillOpacity: 0.35,
    }),
    twoParties
      ? Plot.line(frontier, {
          x: (d: number[]) => d[0],
          y: (d: number[]) => d[1],
          stroke: '#1d4ed8',
          strokeWidth: 2,
          curve: 'step-before',
        })
      : Plot.dot(frontier, {
          x: (d: number[]) => d[0],
          y: (d: number[]) => d[1],
          r: 2.2,
          stroke: '#1d4ed8',
          strokeWidth: 1,
        }),
    ...points.map((p) =>
      Plot.dot([p], {
        x: (d: KeyPoint) => d.utilities[x],
        y: (d: KeyPoint) => d.utilities[y],
        r: POINT_STYLE[p.key]?.r ?? 7,
        symbol: POINT_STYLE[p.key]?.symbol ?? 'circle',
        fill: POINT_STYLE[p.key]?.color ?? '#000',
        stroke: 'white',
        strokeWidth: 1.5,
        title: (d: KeyPoint) => `${d.label}: (${d.utilities[x].toFixed(3)}, ${d.utilities[y].toFixed(3)})`,
      }),
    ),
    ...labels.map((l) =>
      Plot.text([l], {
        x: 'x',
        y: 'y',
        text: 'text',
        dx: l.dx,
        dy: l.dy,
        textAnchor: l.anchor,
        fontSize: 11,
        fontWeight: 600,
        fill: POINT_STYLE[l.keys[0]]?.color ?? '#000',
        stroke: 'white',
        strokeWidth: 3,
        paintOrder: 'stroke',
      }),
    ),
  ];
  const { xDomain: _x, yDomain: _y, ...size } = frame;
  const chart = Plot.plot({
    ...size,
    ...(o.document ? { document: o.document } : {}),
    grid: true,
    x: { label: `${o.xLabel} →`, domain: xDomain },
    y: { label: `↑ ${o.yLabel}`, domain: yDomain },
    marks,
  });
  chart.setAttribute('aria-hidden', 'true');
  // Coordinates of the drawn key points and the labels, for tests and tools that read the page.
  for (const p of o.points) chart.setAttribute(`data-${p.key.toLowerCase()}`, `${p.utilities[x]},${p.utilities[y]}`);
  chart.setAttribute('data-labels', JSON.stringify(labels.map((l) => l.text)));
  return chart;
}
