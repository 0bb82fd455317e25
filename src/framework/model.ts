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
 * This is the normalised form every part works on (audit, progress, store, IATI, CLI, the HTTP
 * API and the web app). It is written once, as zod schemas: the TypeScript types are inferred from
 * them, the file format (`schema.ts`) reads each object with the file's own rules over these
 * fields, and the HTTP API sends frameworks through `FrameworkSchema` (whose `meta` ids name the
 * OpenAPI components). Files are parsed into this form by `schema.ts`. Browser-safe: no Node
 * imports.
 */
import { z } from 'zod';
import { TranslationsSchema } from '../core/index.ts';

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

/** Where a figure or statement comes from. */
export const FrameworkSourceSchema = z
  .object({ title: z.string(), url: z.string().optional(), note: z.string().optional() })
  .meta({ id: 'Source' });
export type Source = z.infer<typeof FrameworkSourceSchema>;

export const FrameworkPartySchema = z.object({ id: z.string(), name: z.string() });
export type Party = z.infer<typeof FrameworkPartySchema>;

export const BaselineSchema = z.object({
  /** Period label (see period.ts); always placeable. */
  period: z.string(),
  value: z.number(),
  source: FrameworkSourceSchema,
  quality: z.enum(SOURCE_QUALITIES),
  qualifier: z.enum(QUALIFIERS),
  note: z.string().optional(),
});
export type Baseline = z.infer<typeof BaselineSchema>;

export const TargetSchema = z.object({
  /** Period label; always placeable (a dated target). */
  period: z.string(),
  value: z.number(),
  /** True when the target is a proposal (a policy choice, not data). */
  proposed: z.boolean(),
  /** Why this value: required for proposed targets. */
  rationale: z.string().optional(),
  /** Where a published target comes from. */
  source: FrameworkSourceSchema.optional(),
});
export type Target = z.infer<typeof TargetSchema>;

/** A measured value with its source. */
export const ActualSchema = z
  .object({
    period: z.string(),
    value: z.number(),
    source: FrameworkSourceSchema,
    quality: z.enum(SOURCE_QUALITIES),
    qualifier: z.enum(QUALIFIERS),
    note: z.string().optional(),
  })
  .meta({ id: 'IndicatorActual', description: 'A measured value with its source' });
export type Actual = z.infer<typeof ActualSchema>;

/** The row of a sourced dataset (indicators.csv) this indicator's actuals come from. */
export const DatasetRefSchema = z.object({ indicatorId: z.string(), country: z.string() });
export type DatasetRef = z.infer<typeof DatasetRefSchema>;

export const IndicatorSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    description: z.string().optional(),
    unit: z.string(),
    measure: z.enum(MEASURES),
    higherIsBetter: z.boolean(),
    dataset: DatasetRefSchema.optional(),
    baseline: BaselineSchema.optional(),
    targets: z.array(TargetSchema),
    actuals: z.array(ActualSchema),
  })
  .meta({ id: 'Indicator' });
export type Indicator = z.infer<typeof IndicatorSchema>;

export const ResultSchema = z.object({
  id: z.string(),
  type: z.enum(RESULT_TYPES),
  title: z.string(),
  description: z.string().optional(),
  indicators: z.array(IndicatorSchema),
});
export type Result = z.infer<typeof ResultSchema>;

export const ObjectiveSchema = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string().optional(),
  ownerParties: z.array(z.string()),
  /** Issue ids of the analysis scenario this objective is about. */
  linkedIssues: z.array(z.string()),
  source: FrameworkSourceSchema.optional(),
  results: z.array(ResultSchema),
});
export type Objective = z.infer<typeof ObjectiveSchema>;

export const FrameworkAreaSchema = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string().optional(),
  source: FrameworkSourceSchema.optional(),
  objectives: z.array(ObjectiveSchema),
});
export type Area = z.infer<typeof FrameworkAreaSchema>;

export const ActorSchema = z.object({ agency: z.string(), party: z.string(), role: z.enum(ROLES) });
export type Actor = z.infer<typeof ActorSchema>;

export const ActionDatesSchema = z.object({
  plannedStart: z.string().optional(),
  actualStart: z.string().optional(),
  plannedEnd: z.string().optional(),
  actualEnd: z.string().optional(),
});
export type ActionDates = z.infer<typeof ActionDatesSchema>;

export const BudgetSchema = z.object({
  status: z.enum(BUDGET_STATUSES),
  amount: z.number(),
  currency: z.string(),
  party: z.string(),
  /** Optional period label the dates came from (e.g. FY2026). */
  period: z.string().optional(),
  periodStart: z.string(),
  periodEnd: z.string(),
  valueDate: z.string(),
  basis: z.enum(BUDGET_BASES),
  source: FrameworkSourceSchema.optional(),
  rationale: z.string().optional(),
  note: z.string().optional(),
});
export type Budget = z.infer<typeof BudgetSchema>;

export const DisbursementSchema = z.object({
  amount: z.number(),
  currency: z.string(),
  party: z.string(),
  date: z.string(),
  valueDate: z.string(),
  source: FrameworkSourceSchema.optional(),
  note: z.string().optional(),
});
export type Disbursement = z.infer<typeof DisbursementSchema>;

export const ActionSchema = z
  .object({
    id: z.string(),
    /** Id of the objective this action serves. */
    objective: z.string(),
    title: z.string(),
    description: z.string().optional(),
    joint: z.boolean(),
    status: z.enum(ACTION_STATUSES),
    dates: ActionDatesSchema,
    actors: z.array(ActorSchema),
    budgets: z.array(BudgetSchema),
    disbursements: z.array(DisbursementSchema),
    source: FrameworkSourceSchema.optional(),
  })
  .meta({ id: 'FrameworkAction' });
export type Action = z.infer<typeof ActionSchema>;

export const LinkagePackageSchema = z.object({
  /** Analysis scenario id (e.g. `north-america`). */
  scenario: z.string(),
  /** Issue ids of that scenario the trade involves. */
  issues: z.array(z.string()),
  /** Chosen option per issue, when the package fixes one. */
  options: z.record(z.string(), z.string()),
});
export type LinkagePackage = z.infer<typeof LinkagePackageSchema>;

export const LinkageSchema = z.object({
  id: z.string(),
  /** Party that commits. */
  party: z.string(),
  commits: z.string(),
  /** Party whose commitment this one is exchanged for. */
  counterparty: z.string(),
  inExchangeFor: z.string(),
  package: LinkagePackageSchema,
  /** Objectives the two commitments advance. */
  objectives: z.array(z.string()),
  rationale: z.string().optional(),
  source: FrameworkSourceSchema.optional(),
});
export type Linkage = z.infer<typeof LinkageSchema>;

export const ExchangeRateSchema = z.object({
  from: z.string(),
  to: z.string(),
  rate: z.number(),
  date: z.string(),
  source: FrameworkSourceSchema,
});
export type ExchangeRate = z.infer<typeof ExchangeRateSchema>;

export const ReportingOrgSchema = z.object({
  ref: z.string(),
  name: z.string(),
  /** IATI OrganisationType code (10 = Government, 40 = multilateral, 80 = academic...). */
  type: z.string(),
});
export type ReportingOrg = z.infer<typeof ReportingOrgSchema>;

export const FrameworkSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    description: z.string().optional(),
    status: z.enum(FRAMEWORK_STATUSES),
    /** ISO date the framework started (or is planned to start). */
    startDate: z.string().optional(),
    startDateIsPlanned: z.boolean(),
    /** The analysis scenario whose issues objectives and linkages refer to. */
    scenario: z.string().optional(),
    source: FrameworkSourceSchema.optional(),
    reportingOrg: ReportingOrgSchema.optional(),
    parties: z.array(FrameworkPartySchema),
    notes: z.array(z.string()),
    exchangeRates: z.array(ExchangeRateSchema),
    areas: z.array(FrameworkAreaSchema),
    actions: z.array(ActionSchema),
    linkages: z.array(LinkageSchema),
    /** Translations of the human-readable fields (src/framework/localize.ts). */
    translations: TranslationsSchema.optional(),
  })
  .meta({ id: 'Framework', description: 'The normalised framework model (src/framework/model.ts)' });
export type Framework = z.infer<typeof FrameworkSchema>;

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
