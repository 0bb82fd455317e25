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
