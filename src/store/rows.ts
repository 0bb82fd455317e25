/** Framework model <-> table rows (pure mapping; no queries). */
import type { Insertable, Selectable } from 'kysely';
import {
  actionStart,
  type Action,
  type Actual,
  type Area,
  type Baseline,
  type Framework,
  type Indicator,
  type Linkage,
  type Objective,
  type Result,
  type Source,
  clean,
  parsePeriod,
} from '../framework/index.ts';
import type { Database } from './schema.ts';

type Row<T extends keyof Database> = Insertable<Database[T]>;
type Sel<T extends keyof Database> = Selectable<Database[T]>;

export const json = (v: unknown): string | null => (v === undefined ? null : JSON.stringify(v));
export const unjson = <T>(s: string | null): T | undefined => (s === null ? undefined : (JSON.parse(s) as T));
const opt = <T>(v: T | null): T | undefined => (v === null ? undefined : v);

export function frameworkRow(fw: Framework, version: number, now: string, createdAt = now): Row<'frameworks'> {
  return {
    id: fw.id,
    name: fw.name,
    description: fw.description ?? null,
    status: fw.status,
    start_date: fw.startDate ?? null,
    start_date_planned: fw.startDateIsPlanned ? 1 : 0,
    scenario: fw.scenario ?? null,
    source_json: json(fw.source),
    reporting_org_json: json(fw.reportingOrg),
    parties_json: JSON.stringify(fw.parties),
    notes_json: JSON.stringify(fw.notes),
    exchange_rates_json: JSON.stringify(fw.exchangeRates),
    translations_json: json(fw.translations),
    version,
    created_at: createdAt,
    updated_at: now,
  };
}

export interface StructureRows {
  areas: Row<'areas'>[];
  objectives: Row<'objectives'>[];
  results: Row<'results'>[];
  /** Indicators without their generated key, in framework order. */
  indicators: Omit<Row<'indicators'>, 'key'>[];
  actions: Row<'actions'>[];
  actors: Row<'action_actors'>[];
  budgets: Row<'budgets'>[];
  disbursements: Row<'disbursements'>[];
  linkages: Row<'linkages'>[];
}

export function structureRows(fw: Framework): StructureRows {
  const out: StructureRows = {
    areas: [],
    objectives: [],
    results: [],
    indicators: [],
    actions: [],
    actors: [],
    budgets: [],
    disbursements: [],
    linkages: [],
  };
  const f = fw.id;
  let ip = 0,
    op = 0,
    rp = 0;
  fw.areas.forEach((a, i) => {
    out.areas.push({
      framework_id: f,
      id: a.id,
      position: i,
      name: a.name,
      description: a.description ?? null,
      source_json: json(a.source),
    });
    for (const o of a.objectives) {
      out.objectives.push({
        framework_id: f,
        id: o.id,
        area_id: a.id,
        position: op++,
        title: o.title,
        description: o.description ?? null,
        owner_parties_json: JSON.stringify(o.ownerParties),
        linked_issues_json: JSON.stringify(o.linkedIssues),
        source_json: json(o.source),
      });
      for (const r of o.results) {
        out.results.push({
          framework_id: f,
          id: r.id,
          objective_id: o.id,
          position: rp++,
          type: r.type,
          title: r.title,
          description: r.description ?? null,
        });
        for (const ind of r.indicators) {
          out.indicators.push({
            framework_id: f,
            id: ind.id,
            result_id: r.id,
            position: ip++,
            name: ind.name,
            description: ind.description ?? null,
            unit: ind.unit,
            measure: ind.measure,
            higher_is_better: ind.higherIsBetter ? 1 : 0,
            dataset_id: ind.dataset?.indicatorId ?? null,
            dataset_country: ind.dataset?.country ?? null,
            baseline_json: json(ind.baseline),
          });
        }
      }
    }
  });
  fw.actions.forEach((a, i) => {
    out.actions.push({
      framework_id: f,
      id: a.id,
      objective_id: a.objective,
      position: i,
      title: a.title,
      description: a.description ?? null,
      joint: a.joint ? 1 : 0,
      status: a.status,
      planned_start: a.dates.plannedStart ?? null,
      actual_start: a.dates.actualStart ?? null,
      planned_end: a.dates.plannedEnd ?? null,
      actual_end: a.dates.actualEnd ?? null,
      start_date: actionStart(a) ?? null,
      source_json: json(a.source),
    });
    a.actors.forEach((x, j) =>
      out.actors.push({
        framework_id: f,
        action_id: a.id,
        position: j,
        agency: x.agency,
        party: x.party,
        role: x.role,
      }),
    );
    a.budgets.forEach((b, j) =>
      out.budgets.push({
        framework_id: f,
        action_id: a.id,
        position: j,
        status: b.status,
        amount: b.amount,
        currency: b.currency,
        party: b.party,
        period: b.period ?? null,
        period_start: b.periodStart,
        period_end: b.periodEnd,
        value_date: b.valueDate,
        basis: b.basis,
        source_json: json(b.source),
        rationale: b.rationale ?? null,
        note: b.note ?? null,
      }),
    );
    a.disbursements.forEach((d, j) =>
      out.disbursements.push({
        framework_id: f,
        action_id: a.id,
        position: j,
        amount: d.amount,
        currency: d.currency,
        party: d.party,
        date: d.date,
        value_date: d.valueDate,
        source_json: json(d.source),
        note: d.note ?? null,
      }),
    );
  });
  fw.linkages.forEach((l, i) =>
    out.linkages.push({
      framework_id: f,
      id: l.id,
      position: i,
      party: l.party,
      commits: l.commits,
      counterparty: l.counterparty,
      in_exchange_for: l.inExchangeFor,
      scenario: l.package.scenario,
      issues_json: JSON.stringify(l.package.issues),
      options_json: JSON.stringify(l.package.options),
      objectives_json: JSON.stringify(l.objectives),
      rationale: l.rationale ?? null,
      source_json: json(l.source),
    }),
  );
  return out;
}

export function targetRows(key: number, ind: Indicator): Row<'indicator_targets'>[] {
  return ind.targets.map((t, i) => ({
    indicator_key: key,
    position: i,
    period: t.period,
    value: t.value,
    proposed: t.proposed ? 1 : 0,
    rationale: t.rationale ?? null,
    source_json: json(t.source),
  }));
}

export function actualRow(key: number, a: Actual): Omit<Row<'indicator_actuals'>, 'id'> {
  const p = parsePeriod(a.period);
  return {
    indicator_key: key,
    period: a.period,
    period_start: p?.start ?? null,
    period_end: p?.end ?? null,
    placeable: p?.placeable ? 1 : 0,
    value: a.value,
    source_title: a.source.title,
    source_url: a.source.url ?? null,
    quality: a.quality,
    qualifier: a.qualifier,
    note: a.note ?? null,
  };
}

export function actualFromRow(
  r: Pick<
    Sel<'indicator_actuals'>,
    'period' | 'value' | 'source_title' | 'source_url' | 'quality' | 'qualifier' | 'note'
  >,
): Actual {
  const source: Source =
    r.source_url === null ? { title: r.source_title } : { title: r.source_title, url: r.source_url };
  return clean({
    period: r.period,
    value: r.value,
    source,
    quality: r.quality as Actual['quality'],
    qualifier: r.qualifier as Actual['qualifier'],
    note: opt(r.note),
  });
}

export interface LoadedRows {
  framework: Sel<'frameworks'>;
  areas: Sel<'areas'>[];
  objectives: Sel<'objectives'>[];
  results: Sel<'results'>[];
  indicators: Sel<'indicators'>[];
  targets: Sel<'indicator_targets'>[];
  actuals: Sel<'indicator_actuals'>[];
  actions: Sel<'actions'>[];
  actors: Sel<'action_actors'>[];
  budgets: Sel<'budgets'>[];
  disbursements: Sel<'disbursements'>[];
  linkages: Sel<'linkages'>[];
}

/** Rows (each list in position order) back into the model. */
export function frameworkFromRows(r: LoadedRows): Framework {
  const group = <T, K>(rows: T[], key: (x: T) => K) => {
    const m = new Map<K, T[]>();
    for (const x of rows) {
      const k = key(x);
      const l = m.get(k);
      if (l) l.push(x);
      else m.set(k, [x]);
    }
    return m;
  };
  const targetsBy = group(r.targets, (t) => t.indicator_key);
  const actualsBy = group(r.actuals, (a) => a.indicator_key);
  const indicatorsBy = group(r.indicators, (i) => i.result_id);
  const resultsBy = group(r.results, (x) => x.objective_id);
  const objectivesBy = group(r.objectives, (o) => o.area_id);
  const actorsBy = group(r.actors, (x) => x.action_id);
  const budgetsBy = group(r.budgets, (x) => x.action_id);
  const disbBy = group(r.disbursements, (x) => x.action_id);
  const f = r.framework;
  const indicator = (i: Sel<'indicators'>): Indicator =>
    clean({
      id: i.id,
      name: i.name,
      description: opt(i.description),
      unit: i.unit,
      measure: i.measure as Indicator['measure'],
      higherIsBetter: i.higher_is_better === 1,
      dataset:
        i.dataset_id !== null && i.dataset_country !== null
          ? { indicatorId: i.dataset_id, country: i.dataset_country }
          : undefined,
      baseline: unjson<Baseline>(i.baseline_json),
      targets: (targetsBy.get(i.key) ?? []).map((t) =>
        clean({
          period: t.period,
          value: t.value,
          proposed: t.proposed === 1,
          rationale: opt(t.rationale),
          source: unjson<Source>(t.source_json),
        }),
      ),
      actuals: (actualsBy.get(i.key) ?? []).map(actualFromRow),
    });
  const result = (x: Sel<'results'>): Result =>
    clean({
      id: x.id,
      type: x.type as Result['type'],
      title: x.title,
      description: opt(x.description),
      indicators: (indicatorsBy.get(x.id) ?? []).map(indicator),
    });
  const objective = (o: Sel<'objectives'>): Objective =>
    clean({
      id: o.id,
      title: o.title,
      description: opt(o.description),
      ownerParties: JSON.parse(o.owner_parties_json),
      linkedIssues: JSON.parse(o.linked_issues_json),
      source: unjson<Source>(o.source_json),
      results: (resultsBy.get(o.id) ?? []).map(result),
    });
  const area = (a: Sel<'areas'>): Area =>
    clean({
      id: a.id,
      name: a.name,
      description: opt(a.description),
      source: unjson<Source>(a.source_json),
      objectives: (objectivesBy.get(a.id) ?? []).map(objective),
    });
  const action = (a: Sel<'actions'>): Action =>
    clean({
      id: a.id,
      objective: a.objective_id,
      title: a.title,
      description: opt(a.description),
      joint: a.joint === 1,
      status: a.status as Action['status'],
      dates: clean({
        plannedStart: opt(a.planned_start),
        actualStart: opt(a.actual_start),
        plannedEnd: opt(a.planned_end),
        actualEnd: opt(a.actual_end),
      }),
      actors: (actorsBy.get(a.id) ?? []).map((x) => ({
        agency: x.agency,
        party: x.party,
        role: x.role as Action['actors'][number]['role'],
      })),
      budgets: (budgetsBy.get(a.id) ?? []).map((b) =>
        clean({
          status: b.status as Action['budgets'][number]['status'],
          amount: b.amount,
          currency: b.currency,
          party: b.party,
          period: opt(b.period),
          periodStart: b.period_start,
          periodEnd: b.period_end,
          valueDate: b.value_date,
          basis: b.basis as Action['budgets'][number]['basis'],
          source: unjson<Source>(b.source_json),
          rationale: opt(b.rationale),
          note: opt(b.note),
        }),
      ),
      disbursements: (disbBy.get(a.id) ?? []).map((d) =>
        clean({
          amount: d.amount,
          currency: d.currency,
          party: d.party,
          date: d.date,
          valueDate: d.value_date,
          source: unjson<Source>(d.source_json)!,
          note: opt(d.note),
        }),
      ),
      source: unjson<Source>(a.source_json),
    });
  const linkage = (l: Sel<'linkages'>): Linkage =>
    clean({
      id: l.id,
      party: l.party,
      commits: l.commits,
      counterparty: l.counterparty,
      inExchangeFor: l.in_exchange_for,
      package: { scenario: l.scenario, issues: JSON.parse(l.issues_json), options: JSON.parse(l.options_json) },
      objectives: JSON.parse(l.objectives_json),
      rationale: opt(l.rationale),
      source: unjson<Source>(l.source_json),
    });
  return clean({
    id: f.id,
    name: f.name,
    description: opt(f.description),
    status: f.status as Framework['status'],
    startDate: opt(f.start_date),
    startDateIsPlanned: f.start_date_planned === 1,
    scenario: opt(f.scenario),
    source: unjson<Source>(f.source_json),
    reportingOrg: unjson<Framework['reportingOrg']>(f.reporting_org_json),
    parties: JSON.parse(f.parties_json),
    notes: JSON.parse(f.notes_json),
    exchangeRates: JSON.parse(f.exchange_rates_json),
    translations: unjson<Framework['translations']>(f.translations_json),
    areas: r.areas.map(area),
    actions: r.actions.map(action),
    linkages: r.linkages.map(linkage),
  }) as Framework;
}
