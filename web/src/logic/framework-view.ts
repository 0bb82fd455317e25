/**
 * The framework dashboard's view logic. Indicator rows in time order come from the chart builders
 * the web page shares with the framework report (src/report); this adds the true time axis and the
 * progress table's cells.
 */
import { parsePeriod, type Indicator } from '../../../src/framework/index.ts';
import { indicatorRows, periodOrder, type IndicatorRow } from '../../../src/report/index.ts';

export { indicatorRows, periodOrder, type IndicatorRow };

const startOf = (p: string) => parsePeriod(p)?.start ?? null;
const endOf = (p: string) => parsePeriod(p)?.end ?? null;

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
