/**
 * The cooperation lab's charts, shared by the web page and the cooperation report: the tournament
 * ranking (median score), the cooperation rate per strategy, and the joint-versus-unilateral
 * payoff over time (a moving average of 5 turns).
 */
import * as Plot from '@observablehq/plot';

export interface RankingRow {
  name: string;
  medianScore: number;
  cooperationRate: number;
}

export interface JointVsUnilateralPoint {
  turn: number;
  joint: number | null;
  unilateral: number | null;
}

interface Common {
  width: number;
  /** The document to draw in (a server-side DOM for reports); the page's own by default. */
  document?: Document;
}

const doc = (o: Common) => (o.document ? { document: o.document } : {});

export function rankingPlot(
  o: Common & { ranking: readonly RankingRow[]; label: string; format: (x: number) => string },
): Element {
  return Plot.plot({
    ...doc(o),
    width: o.width,
    marginLeft: 150,
    height: 26 * o.ranking.length + 40,
    x: { label: o.label, grid: true },
    y: { label: null, domain: o.ranking.map((x) => x.name) },
    marks: [
      Plot.barX(o.ranking, {
        y: 'name',
        x: 'medianScore',
        fill: '#1d4ed8',
        title: (d: RankingRow) => `${d.name}: ${o.format(d.medianScore)}`,
      }),
      Plot.ruleX([0]),
    ],
  });
}

export function cooperationRatePlot(o: Common & { ranking: readonly RankingRow[]; label: string }): Element {
  return Plot.plot({
    ...doc(o),
    width: o.width,
    marginLeft: 150,
    height: 26 * o.ranking.length + 40,
    x: { label: o.label, domain: [0, 1], grid: true, tickFormat: '%' },
    y: { label: null, domain: o.ranking.map((x) => x.name) },
    marks: [Plot.barX(o.ranking, { y: 'name', x: 'cooperationRate', fill: '#047857' }), Plot.ruleX([0])],
  });
}

/** The two series in long form, named by the given labels (gaps where a series has no value). */
export function jointVsUnilateralSeries(
  points: readonly JointVsUnilateralPoint[],
  names: { joint: string; unilateral: string },
): { turn: number; payoff: number; series: string }[] {
  return points.flatMap((d) => [
    ...(d.joint === null ? [] : [{ turn: d.turn, payoff: d.joint, series: names.joint }]),
    ...(d.unilateral === null ? [] : [{ turn: d.turn, payoff: d.unilateral, series: names.unilateral }]),
  ]);
}

export function jointVsUnilateralPlot(
  o: Common & {
    series: readonly { turn: number; payoff: number; series: string }[];
    labels: { turn: string; payoff: string };
  },
): Element {
  return Plot.plot({
    ...doc(o),
    width: o.width,
    height: 300,
    x: { label: o.labels.turn },
    y: { label: o.labels.payoff, grid: true },
    color: { legend: true, range: ['#047857', '#b91c1c'] },
    marks: [Plot.lineY(o.series, Plot.windowY({ k: 5 }, { x: 'turn', y: 'payoff', stroke: 'series' }))],
  });
}
