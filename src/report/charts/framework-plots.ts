/**
 * The framework dashboard's charts, shared by the web page and the framework report: indicator rows
 * (baseline, targets, actuals with their sources) in time order and their chart, budgets committed
 * versus disbursed, and the joint-action share over time.
 */
import * as Plot from '@observablehq/plot';
import { parsePeriod, type Indicator } from '../../framework/index.ts';
import { labelMargin, thinTicks } from './ticks.ts';

export interface IndicatorRow {
  kind: string;
  period: string;
  value: number;
  source: string;
}

const startOf = (p: string) => parsePeriod(p)?.start ?? null;
const endOf = (p: string) => parsePeriod(p)?.end ?? null;

/** Distinct periods by start date, then end date; periods without dates ("unspecified") last. */
export function periodOrder(periods: readonly string[]): string[] {
  return [...new Set(periods)].sort((a, b) => {
    const sa = startOf(a);
    const sb = startOf(b);
    if (sa === null || sb === null) return sa === null && sb === null ? a.localeCompare(b) : sa === null ? 1 : -1;
    return sa.localeCompare(sb) || (endOf(a) ?? '').localeCompare(endOf(b) ?? '');
  });
}

export function indicatorRows(
  ind: Indicator,
  kinds: { baseline: string; target: string; actual: string },
): IndicatorRow[] {
  const rows: IndicatorRow[] = [
    ...(ind.baseline
      ? [
          {
            kind: kinds.baseline,
            period: ind.baseline.period,
            value: ind.baseline.value,
            source: ind.baseline.source.title,
          },
        ]
      : []),
    ...ind.targets.map((x) => ({
      kind: kinds.target,
      period: x.period,
      value: x.value,
      source: x.source?.title ?? x.rationale ?? '',
    })),
    ...ind.actuals.map((x) => ({ kind: kinds.actual, period: x.period, value: x.value, source: x.source.title })),
  ];
  const order = periodOrder(rows.map((r) => r.period));
  return rows.sort((a, b) => order.indexOf(a.period) - order.indexOf(b.period));
}

interface Common {
  width: number;
  /** The document to draw in (a server-side DOM for reports); the page's own by default. */
  document?: Document;
}

const doc = (o: Common) => (o.document ? { document: o.document } : {});

export interface BudgetRow {
  currency: string;
  committed: number;
  disbursed: number | null;
}

/** Committed versus disbursed per currency; no disbursement recorded is written "no data", not a bar of 0. */
export function budgetPlot(
  o: Common & {
    byCurrency: readonly BudgetRow[];
    labels: { committed: string; disbursed: string; amount: string; noData: string };
    format: (x: number) => string;
    compact: (x: number) => string;
  },
): Element {
  const { committed, disbursed } = o.labels;
  const bars = o.byCurrency.flatMap((b) => [
    { currency: b.currency, what: committed, v: b.committed },
    ...(b.disbursed === null ? [] : [{ currency: b.currency, what: disbursed, v: b.disbursed }]),
  ]);
  const missing = o.byCurrency
    .filter((b) => b.disbursed === null)
    .map((b) => ({ currency: b.currency, what: disbursed, v: 0 }));
  return Plot.plot({
    ...doc(o),
    width: o.width,
    height: 90 + 50 * o.byCurrency.length,
    marginLeft: labelMargin([committed, disbursed]),
    marginRight: 50,
    x: {
      label: o.labels.amount,
      grid: true,
      ticks: Math.max(2, Math.floor(o.width / 90)),
      tickFormat: o.compact,
    },
    y: { label: null, domain: [committed, disbursed] },
    fy: { label: null },
    color: { legend: true, domain: [committed, disbursed] },
    marks: [
      Plot.barX(bars, {
        fy: 'currency',
        y: 'what',
        x: 'v',
        fill: 'what',
        title: (d: { what: string; v: number; currency: string }) => `${d.what}: ${o.format(d.v)} ${d.currency}`,
      }),
      Plot.text(missing, {
        fy: 'currency',
        y: 'what',
        x: 'v',
        text: () => o.labels.noData,
        textAnchor: 'start',
        dx: 6,
        fill: '#4b5563',
      }),
      Plot.ruleX([0]),
    ],
  });
}

/** The cumulative share of joint actions by year, against the 50 % line. */
export function jointSharePlot(
  o: Common & {
    byYear: readonly { year: number; cumulativeShare: number }[];
    labels: { year: string; cumulative: string };
  },
): Element {
  return Plot.plot({
    ...doc(o),
    width: o.width,
    height: 180,
    // One tick per year that has actions (a continuous scale repeated "2026" three times).
    x: {
      label: o.labels.year,
      ticks: thinTicks(
        o.byYear.map((y) => y.year),
        o.width - 60,
      ),
      tickFormat: 'd',
    },
    y: { label: o.labels.cumulative, domain: [0, 1], grid: true, tickFormat: '%' },
    marks: [
      Plot.ruleY([0.5], { stroke: '#9ca3af', strokeDasharray: '4 3' }),
      Plot.line(o.byYear, { x: 'year', y: 'cumulativeShare', stroke: '#047857', marker: 'circle' }),
    ],
  });
}

/** One indicator: baseline (a ring), targets and actuals (dots, actuals joined) by period, sources in the titles. */
export function indicatorPlot(
  o: Common & {
    rows: readonly IndicatorRow[];
    unit: string;
    kinds: { baseline: string; target: string; actual: string };
    format: (x: number) => string;
  },
): Element {
  const { kinds } = o;
  const periods = periodOrder(o.rows.map((r) => r.period));
  const title = (d: IndicatorRow) => `${d.kind} ${d.period}: ${o.format(d.value)} — ${d.source}`;
  return Plot.plot({
    ...doc(o),
    width: o.width,
    height: 190,
    marginLeft: 70,
    x: { label: null, type: 'point', domain: periods, ticks: thinTicks(periods, o.width - 90) },
    y: { grid: true, label: o.unit },
    color: {
      legend: true,
      domain: [kinds.baseline, kinds.target, kinds.actual],
      range: ['#6b7280', '#b91c1c', '#1d4ed8'],
    },
    marks: [
      Plot.line(
        o.rows.filter((r) => r.kind === kinds.actual),
        { x: 'period', y: 'value', stroke: '#1d4ed8', strokeOpacity: 0.5 },
      ),
      // The baseline is a ring around its point, so an actual of the same period stays visible.
      Plot.dot(
        o.rows.filter((r) => r.kind === kinds.baseline),
        { x: 'period', y: 'value', stroke: 'kind', strokeWidth: 2.5, r: 8, title },
      ),
      Plot.dot(
        o.rows.filter((r) => r.kind !== kinds.baseline),
        { x: 'period', y: 'value', fill: 'kind', r: 5, title },
      ),
    ],
  });
}
