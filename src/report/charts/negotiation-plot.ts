/**
 * The negotiation lab's chart, for one pair of parties: the Pareto frontier, the no-deal point and
 * the Nash point, every offer so far coloured by the party that made it (each party's offers
 * joined in order, so concessions show as a path towards the other side), mediator proposals in
 * grey, the agreement, and the final points of earlier runs for comparison.
 */
import * as Plot from '@observablehq/plot';
import { placeLabels, utilityDomain, type LabelPoint } from './labels.ts';
import { explorerFrame } from './explorer-plot.ts';

const LABEL_COLORS: Record<string, string> = {
  noDeal: '#374151',
  nash: '#b91c1c',
  agreement: '#92400e',
  final: '#111827',
};

/** A point per action that carries an outcome, in party order. */
export interface OfferPoint {
  index: number;
  party: string;
  kind: 'offer' | 'accept' | 'walk' | 'proposal';
  u: number[];
}

export const PARTY_COLORS = ['#1d4ed8', '#b91c1c', '#047857', '#a16207', '#7c3aed', '#0e7490'];

export function negotiationPlot(o: {
  pareto: number[][];
  nash: number[] | null;
  noDeal: number[];
  offers: OfferPoint[];
  parties: { id: string; name: string }[];
  agreement: number[] | null;
  finals: { label: string; u: number[] }[];
  x: number;
  y: number;
  labels: { nash: string; noDeal: string; agreement: string; mediator: string };
  width?: number;
  /** The document to draw in (a server-side DOM for reports); the page's own by default. */
  document?: Document;
}): Element {
  const { x, y } = o;
  const width = o.width ?? 640;
  const all = [
    ...o.pareto,
    o.noDeal,
    ...(o.nash ? [o.nash] : []),
    ...(o.agreement ? [o.agreement] : []),
    ...o.finals.map((f) => f.u),
    ...o.offers.map((p) => p.u),
  ];
  const xDomain = utilityDomain(all.map((u) => u[x]));
  const yDomain = utilityDomain(all.map((u) => u[y]));
  const frame = { ...explorerFrame(width), xDomain, yDomain };
  const labelPoints: LabelPoint[] = [
    { key: 'noDeal', label: o.labels.noDeal, x: o.noDeal[x], y: o.noDeal[y] },
    ...(o.nash ? [{ key: 'nash', label: o.labels.nash, x: o.nash[x], y: o.nash[y] }] : []),
    ...(o.agreement ? [{ key: 'agreement', label: o.labels.agreement, x: o.agreement[x], y: o.agreement[y] }] : []),
    ...o.finals.map((f) => ({ key: 'final', label: f.label, x: f.u[x], y: f.u[y] })),
  ];
  const name = new Map(o.parties.map((p) => [p.id, p.name]));
  const byParty = o.offers.filter((p) => p.kind === 'offer');
  const proposals = o.offers.filter((p) => p.kind === 'proposal');
  const color = { domain: o.parties.map((p) => p.name), range: PARTY_COLORS.slice(0, o.parties.length), legend: true };
  const marks: Plot.Markish[] = [
    Plot.dot(o.pareto, { x: (d: number[]) => d[x], y: (d: number[]) => d[y], r: 1.8, fill: '#93c5fd' }),
    Plot.line(byParty, {
      x: (d: OfferPoint) => d.u[x],
      y: (d: OfferPoint) => d.u[y],
      z: (d: OfferPoint) => d.party,
      stroke: (d: OfferPoint) => name.get(d.party) ?? d.party,
      strokeOpacity: 0.35,
    }),
    Plot.dot(byParty, {
      x: (d: OfferPoint) => d.u[x],
      y: (d: OfferPoint) => d.u[y],
      r: 3,
      fill: (d: OfferPoint) => name.get(d.party) ?? d.party,
      fillOpacity: 0.8,
      title: (d: OfferPoint) =>
        `${name.get(d.party) ?? d.party}, action ${d.index + 1}: (${d.u[x].toFixed(3)}, ${d.u[y].toFixed(3)})`,
    }),
    Plot.dot(proposals, {
      x: (d: OfferPoint) => d.u[x],
      y: (d: OfferPoint) => d.u[y],
      r: 3,
      stroke: '#4b5563',
      title: () => o.labels.mediator,
    }),
    Plot.dot([o.noDeal], {
      x: (d: number[]) => d[x],
      y: (d: number[]) => d[y],
      r: 7,
      symbol: 'square',
      fill: '#6b7280',
      stroke: 'white',
      title: () => o.labels.noDeal,
    }),
    ...(o.nash
      ? [
          Plot.dot([o.nash], {
            x: (d: number[]) => d[x],
            y: (d: number[]) => d[y],
            r: 8,
            symbol: 'star',
            stroke: '#b91c1c',
            strokeWidth: 2,
            title: () => o.labels.nash,
          }),
        ]
      : []),
    Plot.dot(o.finals, {
      x: (d: { u: number[] }) => d.u[x],
      y: (d: { u: number[] }) => d.u[y],
      r: 6,
      stroke: '#111827',
      strokeWidth: 1.5,
      title: (d: { label: string }) => d.label,
    }),
    ...(o.agreement
      ? [
          Plot.dot([o.agreement], {
            x: (d: number[]) => d[x],
            y: (d: number[]) => d[y],
            r: 10,
            symbol: 'star',
            fill: '#f59e0b',
            stroke: '#111827',
            title: () => o.labels.agreement,
          }),
        ]
      : []),
    // Labels of the marked points, merged where points coincide and placed without overlaps.
    ...placeLabels(labelPoints, frame).map((l) =>
      Plot.text([l], {
        x: 'x',
        y: 'y',
        text: 'text',
        dx: l.dx,
        dy: l.dy,
        textAnchor: l.anchor,
        fontSize: 11,
        fontWeight: 600,
        fill: LABEL_COLORS[l.keys[0]] ?? '#111827',
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
    color,
    x: { label: `${o.parties[x].name} →`, domain: xDomain },
    y: { label: `↑ ${o.parties[y].name}`, domain: yDomain },
    marks,
  });
  chart.setAttribute('aria-hidden', 'true');
  chart.setAttribute('data-offers', String(o.offers.length));
  if (o.agreement) chart.setAttribute('data-agreement', `${o.agreement[x]},${o.agreement[y]}`);
  return chart;
}
