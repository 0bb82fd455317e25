/**
 * Progress computed in the database: the latest placeable actual per indicator (a window
 * function over the actuals of one framework, using the (indicator, placeable, end, start, id)
 * index), counts per indicator, and budget and joint-action totals by GROUP BY. Only those
 * aggregates come back to Node, so a framework with a million actuals is not loaded; the same
 * pure functions as the in-memory path turn them into the report.
 */
import { sql, type Kysely } from 'kysely';
import type { ExchangeRate, Qualifier, SourceQuality } from '../framework/index.ts';
import {
  budgetReport,
  indicatorProgress,
  jointShare,
  summarize,
  type BudgetTotals,
  type JointCount,
  type LatestActual,
  type ProgressReport,
} from '../framework/index.ts';
import type { Database } from './schema.ts';
import { notFound } from './errors.ts';

export async function progressFromDb(
  db: Kysely<Database>,
  id: string,
  opts: { currency?: string } = {},
): Promise<ProgressReport> {
  const fw = await db
    .selectFrom('frameworks')
    .select(['id', 'name', 'exchange_rates_json'])
    .where('id', '=', id)
    .executeTakeFirst();
  if (!fw) throw notFound(id);

  const indicators = await db
    .selectFrom('indicators')
    .select(['key', 'id', 'name', 'unit', 'higher_is_better', 'baseline_json'])
    .where('framework_id', '=', id)
    .orderBy('position')
    .execute();

  const targets = await db
    .selectFrom('indicator_targets as t')
    .innerJoin('indicators as i', 'i.key', 't.indicator_key')
    .select(['t.indicator_key', 't.period', 't.value'])
    .where('i.framework_id', '=', id)
    .orderBy('t.indicator_key')
    .orderBy('t.position')
    .execute();

  const latest = await sql<{
    indicator_key: number;
    period: string;
    value: number;
    quality: string;
    qualifier: string;
    source_title: string;
  }>`
    select x.indicator_key, x.period, x.value, x.quality, x.qualifier, x.source_title
    from (
      select a.indicator_key, a.period, a.value, a.quality, a.qualifier, a.source_title,
             row_number() over (partition by a.indicator_key order by a.period_end desc, a.period_start desc, a.id desc) as rn
      from indicator_actuals a
      join indicators i on i.key = a.indicator_key
      where i.framework_id = ${id} and a.placeable = 1
    ) x
    where x.rn = 1`.execute(db);

  const counts = await sql<{ indicator_key: number; n: number; unplaceable: number }>`
    select a.indicator_key, cast(count(*) as integer) as n, cast(sum(case when a.placeable = 0 then 1 else 0 end) as integer) as unplaceable
    from indicator_actuals a
    join indicators i on i.key = a.indicator_key
    where i.framework_id = ${id}
    group by a.indicator_key`.execute(db);

  const budgets = await sql<{ currency: string; committed: number; committed_proposed: number; indicative: number }>`
    select currency,
           sum(case when status = 'committed' then amount else 0 end) as committed,
           sum(case when status = 'committed' and basis = 'proposal' then amount else 0 end) as committed_proposed,
           sum(case when status = 'indicative' then amount else 0 end) as indicative
    from budgets where framework_id = ${id} group by currency`.execute(db);

  const disbursed = await sql<{ currency: string; total: number; n: number }>`
    select currency, sum(amount) as total, cast(count(*) as integer) as n
    from disbursements where framework_id = ${id} group by currency`.execute(db);

  const joint = await sql<{ year: number; joint: number; unilateral: number }>`
    select cast(substr(start_date, 1, 4) as integer) as year,
           cast(sum(joint) as integer) as joint, cast(sum(1 - joint) as integer) as unilateral
    from actions where framework_id = ${id} and start_date is not null
    group by substr(start_date, 1, 4)`.execute(db);

  const targetsBy = new Map<number, { period: string; value: number }[]>();
  for (const t of targets) {
    const l = targetsBy.get(t.indicator_key) ?? [];
    l.push({ period: t.period, value: Number(t.value) });
    targetsBy.set(t.indicator_key, l);
  }
  const latestBy = new Map(latest.rows.map((r) => [Number(r.indicator_key), r]));
  const countBy = new Map(counts.rows.map((r) => [Number(r.indicator_key), r]));

  const report = indicators.map((ind) => {
    const b = ind.baseline_json ? (JSON.parse(ind.baseline_json) as { period: string; value: number }) : undefined;
    const l = latestBy.get(ind.key);
    const c = countBy.get(ind.key);
    const la: LatestActual | undefined = l
      ? {
          period: l.period,
          value: Number(l.value),
          quality: l.quality as SourceQuality,
          qualifier: l.qualifier as Qualifier,
          sourceTitle: l.source_title,
        }
      : undefined;
    return indicatorProgress({
      id: ind.id,
      name: ind.name,
      unit: ind.unit,
      higherIsBetter: ind.higher_is_better === 1,
      baseline: b ? { period: b.period, value: b.value } : undefined,
      targets: targetsBy.get(ind.key) ?? [],
      latest: la,
      actualCount: c ? Number(c.n) : 0,
      unplaceableCount: c ? Number(c.unplaceable) : 0,
    });
  });

  const totals = new Map<string, BudgetTotals>();
  const get = (cur: string) => {
    let t = totals.get(cur);
    if (!t)
      totals.set(
        cur,
        (t = { currency: cur, committed: 0, committedProposed: 0, indicative: 0, disbursed: 0, disbursementCount: 0 }),
      );
    return t;
  };
  for (const r of budgets.rows)
    Object.assign(get(r.currency), {
      committed: Number(r.committed),
      committedProposed: Number(r.committed_proposed),
      indicative: Number(r.indicative),
    });
  for (const r of disbursed.rows)
    Object.assign(get(r.currency), { disbursed: Number(r.total), disbursementCount: Number(r.n) });
  const jointCounts: JointCount[] = joint.rows.map((r) => ({
    year: Number(r.year),
    joint: Number(r.joint),
    unilateral: Number(r.unilateral),
  }));

  return {
    framework: { id: fw.id, name: fw.name },
    indicators: report,
    summary: summarize(report),
    budget: budgetReport([...totals.values()], {
      currency: opts.currency,
      rates: JSON.parse(fw.exchange_rates_json) as ExchangeRate[],
    }),
    jointShare: jointShare(jointCounts),
  };
}
