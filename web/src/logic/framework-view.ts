/** The framework dashboard's indicator rows (baseline, targets, actuals with their sources) in time order. */
import { parsePeriod, type Indicator } from '../../../src/framework/index.ts';

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

/**
 * Where a period sits on a true time axis: the middle of its dates (2013 -> mid-2013, FY2024 -> 31 March 2024,
 * 2014-2018 -> mid-2016), or null for a period without dates ("unspecified").
 */
export function periodDate(p: string): Date | null {
  const s = startOf(p);
  const e = endOf(p);
  if (s === null || e === null) return null;
  const a = Date.parse(`${s}T00:00:00Z`);
  const b = Date.parse(`${e}T00:00:00Z`);
  return Number.isFinite(a) && Number.isFinite(b) ? new Date((a + b) / 2) : null;
}

/** The rows the chart can place in time, each with its date. */
export function datedRows(rows: readonly IndicatorRow[]): (IndicatorRow & { date: Date })[] {
  return rows.flatMap((r) => {
    const date = periodDate(r.period);
    return date ? [{ ...r, date }] : [];
  });
}

/**
 * The progress table's "latest" and "status" cells. An indicator whose actuals cannot be placed on
 * a trajectory (no baseline, or only multi-year aggregates) still shows its latest recorded actual,
 * and its status says that, instead of "no data" next to a recorded value.
 */
export function progressCells(
  p: { latest: { value: number; period: string } | null; status: string; actuals: number },
  ind: Pick<Indicator, 'actuals'> | undefined,
): { latest: { value: number; period: string } | null; status: 'recordedNoTrajectory' | string } {
  if (p.latest) return { latest: p.latest, status: p.status };
  const actuals = ind?.actuals ?? [];
  if (actuals.length === 0) return { latest: null, status: p.status };
  const order = periodOrder(actuals.map((a) => a.period));
  const last = actuals.slice().sort((a, b) => order.indexOf(b.period) - order.indexOf(a.period))[0];
  return {
    latest: { value: last.value, period: last.period },
    status: p.status === 'no_data' ? 'recordedNoTrajectory' : p.status,
  };
}
