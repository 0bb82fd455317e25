/** The explorer's chart: outcome cloud, Pareto frontier and the key points for one pair of parties. */
import * as Plot from '@observablehq/plot';

export interface KeyPoint {
  key: string;
  label: string;
  utilities: number[];
}

export const POINT_STYLE: Record<string, { color: string; symbol: string }> = {
  statusQuo: { color: '#6b7280', symbol: 'square' },
  nash: { color: '#b91c1c', symbol: 'star' },
  ks: { color: '#7c3aed', symbol: 'diamond' },
  delinked: { color: '#d97706', symbol: 'triangle' },
  linked: { color: '#047857', symbol: 'circle' },
};

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
}): Element {
  const { x, y } = o;
  const frontier = o.pareto.map((u) => [u[x], u[y]]).sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const twoParties = (o.pareto[0]?.length ?? 2) === 2;
  const marks: Plot.Markish[] = [
    Plot.dot(o.cloud, { x: (d: number[]) => d[x], y: (d: number[]) => d[y], r: 1.6, fill: '#94a3b8', fillOpacity: 0.35 }),
    twoParties
      ? Plot.line(frontier, { x: (d: number[]) => d[0], y: (d: number[]) => d[1], stroke: '#1d4ed8', strokeWidth: 2, curve: 'step-before' })
      : Plot.dot(frontier, { x: (d: number[]) => d[0], y: (d: number[]) => d[1], r: 2.2, stroke: '#1d4ed8', strokeWidth: 1 }),
    Plot.dot(o.points, {
      x: (d: KeyPoint) => d.utilities[x],
      y: (d: KeyPoint) => d.utilities[y],
      r: 7,
      symbol: (d: KeyPoint) => POINT_STYLE[d.key]?.symbol ?? 'circle',
      fill: (d: KeyPoint) => POINT_STYLE[d.key]?.color ?? '#000',
      stroke: 'white',
      strokeWidth: 1.5,
      title: (d: KeyPoint) => `${d.label}: (${d.utilities[x].toFixed(3)}, ${d.utilities[y].toFixed(3)})`,
    }),
    Plot.text(o.points, {
      x: (d: KeyPoint) => d.utilities[x],
      y: (d: KeyPoint) => d.utilities[y],
      text: (d: KeyPoint) => d.label,
      dx: 9,
      dy: -9,
      textAnchor: 'start',
      fontSize: 11,
      fill: (d: KeyPoint) => POINT_STYLE[d.key]?.color ?? '#000',
    }),
  ];
  const chart = Plot.plot({
    width: o.width ?? 640,
    height: Math.round((o.width ?? 640) * 0.72),
    marginLeft: 52,
    marginBottom: 44,
    grid: true,
    x: { label: `${o.xLabel} →`, domain: [0, 1], nice: true },
    y: { label: `↑ ${o.yLabel}`, domain: [0, 1], nice: true },
    marks,
  });
  chart.setAttribute('aria-hidden', 'true');
  // Coordinates of the drawn key points, for tests and tools that read the page.
  for (const p of o.points) chart.setAttribute(`data-${p.key.toLowerCase()}`, `${p.utilities[x]},${p.utilities[y]}`);
  return chart;
}
