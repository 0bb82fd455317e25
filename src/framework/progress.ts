/**
 * Progress of a framework: where each indicator's latest actual stands on the straight trajectory
 * from its baseline to its targets, budget execution per currency, and the joint-action share
 * over time.
 *
 * Indicator status (one of):
 * - `no_data`      no trajectory can be drawn (no baseline, or no dated target after the
 *                  baseline), or no actual can be placed on it (none at all, or only aggregates
 *                  over several years / `unspecified` periods). Missing data is never zero.
 * - `not_started`  a trajectory exists but no actual is dated after the baseline period.
 * - `achieved`     the latest actual meets or beats the final target (in the indicator's
 *                  direction: higher-is-better or lower-is-better).
 * - `on_track`     the latest actual is at or better than the trajectory value at its date.
 * - `off_track`    the latest actual is worse than the trajectory value at its date.
 *
 * The trajectory is piecewise straight: from (baseline end date, baseline value) through every
 * target (period end date, value) in date order; after the last target it stays at the final
 * target. An actual is placed at its period's end date. "Latest" = the placeable actual with the
 * latest end date (ties: later start, then the later-recorded one).
 *
 * The functions take small inputs that both an in-memory framework and the database's SQL
 * aggregation produce, so the two paths share one definition. Browser-safe.
 */
import { z } from 'zod';
import { budgetReport, budgetTotalsOf, BudgetReportSchema } from './budget.ts';
import { jointCountsOf, jointShare, JointShareSchema } from './joint.ts';
import { QUALIFIERS, SOURCE_QUALITIES, walkIndicators, type Actual, type Framework, type Indicator } from './model.ts';
import { dayNumber, parsePeriod } from './period.ts';

export * from './budget.ts';
export * from './joint.ts';

export const PROGRESS_STATUSES = ['achieved', 'on_track', 'off_track', 'not_started', 'no_data'] as const;
export type ProgressStatus = (typeof PROGRESS_STATUSES)[number];

export const PeriodValueSchema = z.object({ period: z.string(), value: z.number() });
export type PeriodValue = z.infer<typeof PeriodValueSchema>;

export const LatestActualSchema = PeriodValueSchema.extend({
  quality: z.enum(SOURCE_QUALITIES),
  qualifier: z.enum(QUALIFIERS),
  sourceTitle: z.string().optional(),
});
export type LatestActual = z.infer<typeof LatestActualSchema>;

export interface IndicatorProgressInput {
  id: string;
  name: string;
  unit: string;
  higherIsBetter: boolean;
  baseline?: PeriodValue;
  targets: PeriodValue[];
  /** Latest placeable actual (see module doc), if any. */
  latest?: LatestActual;
  /** All actuals, and how many of them cannot be placed (aggregates, unspecified). */
  actualCount: number;
  unplaceableCount: number;
}

export const IndicatorProgressSchema = z.object({
  id: z.string(),
  name: z.string(),
  unit: z.string(),
  higherIsBetter: z.boolean(),
  baseline: PeriodValueSchema.nullable(),
  /** The final target (latest dated target after the baseline). */
  target: PeriodValueSchema.nullable(),
  latest: LatestActualSchema.nullable(),
  /** Trajectory value at the latest actual's date. */
  expected: z.number().nullable(),
  /** Share of the way from baseline to final target: (latest - baseline) / (target - baseline). */
  position: z.number().nullable(),
  status: z.enum(PROGRESS_STATUSES),
  reason: z.string(),
  actuals: z.number().int(),
  unplaceable: z.number().int(),
});
export type IndicatorProgress = z.infer<typeof IndicatorProgressSchema>;

/** Index of the latest placeable actual by (end date, start date, list order), or -1. */
export function latestPlaceableIndex(actuals: readonly Pick<Actual, 'period'>[]): number {
  let best = -1,
    bestEnd = '',
    bestStart = '';
  actuals.forEach((a, i) => {
    const p = parsePeriod(a.period);
    if (!p?.placeable) return;
    const end = p.end!,
      start = p.start!;
    if (best < 0 || end > bestEnd || (end === bestEnd && start >= bestStart)) {
      best = i;
      bestEnd = end;
      bestStart = start;
    }
  });
  return best;
}

function endDay(label: string): number | undefined {
  const p = parsePeriod(label);
  return p?.placeable ? dayNumber(p.end!) : undefined;
}

const fmt = (v: number) => (Number.isInteger(v) ? String(v) : String(Math.round(v * 1000) / 1000));

export function indicatorProgress(input: IndicatorProgressInput): IndicatorProgress {
  const base = {
    id: input.id,
    name: input.name,
    unit: input.unit,
    higherIsBetter: input.higherIsBetter,
    baseline: input.baseline ? { period: input.baseline.period, value: input.baseline.value } : null,
    latest: input.latest ? { ...input.latest } : null,
    actuals: input.actualCount,
    unplaceable: input.unplaceableCount,
  };
  const out = (
    status: ProgressStatus,
    reason: string,
    target: PeriodValue | null,
    expected: number | null = null,
    position: number | null = null,
  ): IndicatorProgress => ({
    ...base,
    target,
    expected,
    position,
    status,
    reason,
  });
  const bDay = input.baseline ? endDay(input.baseline.period) : undefined;
  const points: { x: number; y: number; period: string }[] = [];
  if (input.baseline && bDay !== undefined) {
    points.push({ x: bDay, y: input.baseline.value, period: input.baseline.period });
    const later = input.targets
      .map((t) => ({ x: endDay(t.period), y: t.value, period: t.period }))
      .filter((t): t is { x: number; y: number; period: string } => t.x !== undefined && t.x > bDay)
      .sort((a, b) => a.x - b.x);
    points.push(...later);
  }
  const finalPoint = points.length > 1 ? points[points.length - 1] : undefined;
  const target = finalPoint
    ? { period: finalPoint.period, value: finalPoint.y }
    : input.targets.length
      ? lastTarget(input.targets)
      : null;
  if (!input.baseline || bDay === undefined) {
    const extra =
      input.actualCount === 0
        ? 'no actuals recorded'
        : input.latest
          ? `latest actual ${input.latest.period}`
          : `only aggregate or unspecified-period actuals (${input.unplaceableCount})`;
    return out('no_data', `no baseline; ${extra}`, target);
  }
  if (!finalPoint) return out('no_data', 'no dated target after the baseline period', target);
  if (!input.latest) {
    if (input.actualCount === 0) return out('no_data', 'no actuals recorded', target);
    return out(
      'no_data',
      `no actual can be placed on the trajectory (${input.unplaceableCount} aggregate or unspecified-period values)`,
      target,
    );
  }
  const lDay = endDay(input.latest.period)!;
  if (lDay <= bDay)
    return out(
      'not_started',
      `no actual after the baseline period ${input.baseline.period} (latest: ${input.latest.period})`,
      target,
    );
  const expected = trajectoryAt(points, lDay);
  const span = finalPoint.y - input.baseline.value;
  const position = span === 0 ? null : (input.latest.value - input.baseline.value) / span;
  const better = (a: number, b: number) => (input.higherIsBetter ? a >= b : a <= b);
  if (better(input.latest.value, finalPoint.y))
    return out(
      'achieved',
      `${fmt(input.latest.value)} (${input.latest.period}) meets the target ${fmt(finalPoint.y)} (${finalPoint.period})`,
      target,
      expected,
      position,
    );
  if (better(input.latest.value, expected))
    return out(
      'on_track',
      `${fmt(input.latest.value)} (${input.latest.period}) is at or better than the trajectory value ${fmt(expected)}`,
      target,
      expected,
      position,
    );
  return out(
    'off_track',
    `${fmt(input.latest.value)} (${input.latest.period}) is worse than the trajectory value ${fmt(expected)}`,
    target,
    expected,
    position,
  );
}

function lastTarget(targets: PeriodValue[]): PeriodValue {
  return [...targets].sort((a, b) => (endDay(a.period) ?? 0) - (endDay(b.period) ?? 0))[targets.length - 1];
}

/** Value of the piecewise-linear trajectory at day x (points sorted by x, at least two). */
export function trajectoryAt(points: readonly { x: number; y: number }[], x: number): number {
  if (x <= points[0].x) return points[0].y;
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1],
      b = points[i];
    if (x <= b.x) return a.y + ((b.y - a.y) * (x - a.x)) / (b.x - a.x);
  }
  return points[points.length - 1].y;
}

// ---------------------------------------------------------------------------------------------
// Whole framework (in memory)

/** The progress report (also the HTTP API's reply, component `ProgressReport`). */
export const ProgressReportSchema = z
  .object({
    framework: z.object({ id: z.string(), name: z.string() }),
    indicators: z.array(IndicatorProgressSchema),
    summary: z.object(
      Object.fromEntries(PROGRESS_STATUSES.map((s) => [s, z.number().int()])) as Record<ProgressStatus, z.ZodNumber>,
    ),
    budget: BudgetReportSchema,
    jointShare: JointShareSchema,
  })
  .meta({
    id: 'ProgressReport',
    description: 'Indicator progress against trajectories, budgets committed versus disbursed, joint-action share',
  });
export type ProgressReport = z.infer<typeof ProgressReportSchema>;

export function progressInputOf(ind: Indicator): IndicatorProgressInput {
  const li = latestPlaceableIndex(ind.actuals);
  const l = li >= 0 ? ind.actuals[li] : undefined;
  return {
    id: ind.id,
    name: ind.name,
    unit: ind.unit,
    higherIsBetter: ind.higherIsBetter,
    baseline: ind.baseline ? { period: ind.baseline.period, value: ind.baseline.value } : undefined,
    targets: ind.targets.map((t) => ({ period: t.period, value: t.value })),
    latest: l
      ? { period: l.period, value: l.value, quality: l.quality, qualifier: l.qualifier, sourceTitle: l.source.title }
      : undefined,
    actualCount: ind.actuals.length,
    unplaceableCount: ind.actuals.filter((a) => !parsePeriod(a.period)?.placeable).length,
  };
}

export function summarize(indicators: readonly IndicatorProgress[]): Record<ProgressStatus, number> {
  const s: Record<ProgressStatus, number> = { achieved: 0, on_track: 0, off_track: 0, not_started: 0, no_data: 0 };
  for (const i of indicators) s[i.status]++;
  return s;
}

export function frameworkProgress(fw: Framework, opts: { currency?: string } = {}): ProgressReport {
  const indicators = [...walkIndicators(fw)].map(({ indicator }) => indicatorProgress(progressInputOf(indicator)));
  return {
    framework: { id: fw.id, name: fw.name },
    indicators,
    summary: summarize(indicators),
    budget: budgetReport(budgetTotalsOf(fw), { currency: opts.currency, rates: fw.exchangeRates }),
    jointShare: jointShare(jointCountsOf(fw)),
  };
}
