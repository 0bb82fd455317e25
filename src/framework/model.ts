/**
 * The framework model: what a cooperation framework promises and how it will be held to account.
 *
 *   Framework → areas → objectives (owner parties, linked analysis issues)
 *             → results (output / outcome / impact, as IATI) → indicators
 *               (unit, measure, higher-is-better, baseline, targets per period, actuals per period
 *               each with its source, source quality and note)
 *   Actions serve one objective: responsible actors (agency, party, IATI role), joint or
 *   unilateral, status, dates; resources per action: committed and indicative budgets and
 *   disbursements (currency kept as given; conversion only with a stated rate).
 *   Linkage commitments: what a party commits in exchange for what, tied to a package of the
 *   analysis scenario (issue ids and option ids).
 *
 * This is the normalised form every part works on (audit, progress, store, IATI, CLI); files are
 * parsed into it by `schema.ts`. Browser-safe: no Node imports.
 */

export const RESULT_TYPES = ['output', 'outcome', 'impact'] as const;
export type ResultType = (typeof RESULT_TYPES)[number];

/** IATI IndicatorMeasure codes 1–5. */
export const MEASURES = ['unit', 'percentage', 'nominal', 'ordinal', 'qualitative'] as const;
export type Measure = (typeof MEASURES)[number];

/** IATI OrganisationRole codes 1–4. */
export const ROLES = ['funding', 'accountable', 'extending', 'implementing'] as const;
export type Role = (typeof ROLES)[number];

/** IATI ActivityStatus codes 1–6. */
export const ACTION_STATUSES = [
  'pipeline',
  'implementation',
  'finalisation',
  'closed',
  'cancelled',
  'suspended',
] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

/** IATI BudgetStatus 1 Indicative, 2 Committed. */
export const BUDGET_STATUSES = ['indicative', 'committed'] as const;
export type BudgetStatus = (typeof BUDGET_STATUSES)[number];

/** Where a budget figure comes from: a real appropriation/allocation/request/pledge, or a proposal (a policy choice, not data). */
export const BUDGET_BASES = ['appropriation', 'allocation', 'request', 'pledge', 'proposal'] as const;
export type BudgetBasis = (typeof BUDGET_BASES)[number];

/**
 * How much to trust a figure's source: `official` = the publishing agency's own page,
 * `secondary` = a report quoting the official statistic, `low` = a source the data notes flag as
 * low-reliability or partisan, `unknown` = not assessed.
 */
export const SOURCE_QUALITIES = ['official', 'secondary', 'low', 'unknown'] as const;
export type SourceQuality = (typeof SOURCE_QUALITIES)[number];

/** What the number is: exact, rounded, a lower/upper bound, approximate, or an estimate. */
export const QUALIFIERS = ['exact', 'rounded', 'lower_bound', 'upper_bound', 'approximate', 'estimate'] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

export const FRAMEWORK_STATUSES = ['published', 'proposed', 'draft', 'superseded'] as const;
export type FrameworkStatus = (typeof FRAMEWORK_STATUSES)[number];

export interface Source {
  title: string;
  url?: string;
  note?: string;
}

export interface Party {
  id: string;
  name: string;
}

export interface Baseline {
  /** Period label (see period.ts); always placeable. */
  period: string;
  value: number;
  source: Source;
  quality: SourceQuality;
  qualifier: Qualifier;
  note?: string;
}

export interface Target {
  /** Period label; always placeable (a dated target). */
  period: string;
  value: number;
  /** True when the target is a proposal (a policy choice, not data). */
  proposed: boolean;
  /** Why this value: required for proposed targets. */
  rationale?: string;
  /** Where a published target comes from. */
  source?: Source;
}

export interface Actual {
  period: string;
  value: number;
  source: Source;
  quality: SourceQuality;
  qualifier: Qualifier;
  note?: string;
}

/** The row of a sourced dataset (indicators.csv) this indicator's actuals come from. */
export interface DatasetRef {
  indicatorId: string;
  country: string;
}

export interface Indicator {
  id: string;
  name: string;
  description?: string;
  unit: string;
  measure: Measure;
  higherIsBetter: boolean;
  dataset?: DatasetRef;
  baseline?: Baseline;
  targets: Target[];
  actuals: Actual[];
}

export interface Result {
  id: string;
  type: ResultType;
  title: string;
  description?: string;
  indicators: Indicator[];
}

export interface Objective {
  id: string;
  title: string;
  description?: string;
  ownerParties: string[];
  /** Issue ids of the analysis scenario this objective is about. */
  linkedIssues: string[];
  source?: Source;
  results: Result[];
}

export interface Area {
  id: string;
  name: string;
  description?: string;
  source?: Source;
  objectives: Objective[];
}

export interface Actor {
  agency: string;
  party: string;
  role: Role;
}

export interface ActionDates {
  plannedStart?: string;
  actualStart?: string;
  plannedEnd?: string;
  actualEnd?: string;
}

export interface Budget {
  status: BudgetStatus;
  amount: number;
  currency: string;
  party: string;
  /** Optional period label the dates came from (e.g. FY2026). */
  period?: string;
  periodStart: string;
  periodEnd: string;
  valueDate: string;
  basis: BudgetBasis;
  source?: Source;
  rationale?: string;
  note?: string;
}

export interface Disbursement {
  amount: number;
  currency: string;
  party: string;
  date: string;
  valueDate: string;
  source?: Source;
  note?: string;
}

export interface Action {
  id: string;
  /** Id of the objective this action serves. */
  objective: string;
  title: string;
  description?: string;
  joint: boolean;
  status: ActionStatus;
  dates: ActionDates;
  actors: Actor[];
  budgets: Budget[];
  disbursements: Disbursement[];
  source?: Source;
}

export interface LinkagePackage {
  /** Analysis scenario id (e.g. `north-america`). */
  scenario: string;
  /** Issue ids of that scenario the trade involves. */
  issues: string[];
  /** Chosen option per issue, when the package fixes one. */
  options: Record<string, string>;
}

export interface Linkage {
  id: string;
  /** Party that commits. */
  party: string;
  commits: string;
  /** Party whose commitment this one is exchanged for. */
  counterparty: string;
  inExchangeFor: string;
  package: LinkagePackage;
  /** Objectives the two commitments advance. */
  objectives: string[];
  rationale?: string;
  source?: Source;
}

export interface ExchangeRate {
  from: string;
  to: string;
  rate: number;
  date: string;
  source: Source;
}

export interface ReportingOrg {
  ref: string;
  name: string;
  /** IATI OrganisationType code (10 = Government, 40 = multilateral, 80 = academic...). */
  type: string;
}

export interface Framework {
  id: string;
  name: string;
  description?: string;
  status: FrameworkStatus;
  /** ISO date the framework started (or is planned to start). */
  startDate?: string;
  startDateIsPlanned: boolean;
  /** The analysis scenario whose issues objectives and linkages refer to. */
  scenario?: string;
  source?: Source;
  reportingOrg?: ReportingOrg;
  parties: Party[];
  notes: string[];
  exchangeRates: ExchangeRate[];
  areas: Area[];
  actions: Action[];
  linkages: Linkage[];
}

/** Every indicator with the ids of the result, objective and area it belongs to. */
export function* walkIndicators(
  fw: Framework,
): Generator<{ area: Area; objective: Objective; result: Result; indicator: Indicator }> {
  for (const area of fw.areas)
    for (const objective of area.objectives)
      for (const result of objective.results)
        for (const indicator of result.indicators) yield { area, objective, result, indicator };
}

export function* walkObjectives(fw: Framework): Generator<{ area: Area; objective: Objective }> {
  for (const area of fw.areas) for (const objective of area.objectives) yield { area, objective };
}

/** Start date used to place an action in time: actual start, else planned start. */
export function actionStart(a: Action): string | undefined {
  return a.dates.actualStart ?? a.dates.plannedStart;
}

/** Number of entities of each kind (for CLI messages and benchmarks). */
export function countFramework(fw: Framework): Record<string, number> {
  let objectives = 0,
    results = 0,
    indicators = 0,
    targets = 0,
    actuals = 0;
  for (const a of fw.areas) {
    objectives += a.objectives.length;
    for (const o of a.objectives) {
      results += o.results.length;
      for (const r of o.results) {
        indicators += r.indicators.length;
        for (const i of r.indicators) {
          targets += i.targets.length;
          actuals += i.actuals.length;
        }
      }
    }
  }
  let budgets = 0,
    disbursements = 0,
    actors = 0;
  for (const a of fw.actions) {
    budgets += a.budgets.length;
    disbursements += a.disbursements.length;
    actors += a.actors.length;
  }
  return {
    areas: fw.areas.length,
    objectives,
    results,
    indicators,
    targets,
    actuals,
    actions: fw.actions.length,
    actors,
    budgets,
    disbursements,
    linkages: fw.linkages.length,
  };
}
