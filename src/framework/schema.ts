/**
 * The framework file format (YAML or JSON), validated with zod and normalised into the model.
 *
 * Rules beyond types (each failure names the path):
 * - ids are unique (areas, objectives, results, indicators, actions, linkages) and use
 *   `[A-Za-z0-9][A-Za-z0-9_.-]*` (they become parts of IATI identifiers);
 * - every party, objective and issue reference resolves;
 * - every figure names its source: baselines, actuals and disbursements need a `source`; a target
 *   is either `proposed: true` with a `rationale` or has a `source`; a budget is either
 *   `basis: proposal` with a `rationale` or has a `source`;
 * - baselines and targets use placeable periods (a year, fiscal year, month, day or interval);
 *   actuals may also use aggregates and `unspecified`, which progress reports as unplaceable;
 * - a joint action names actors of at least two parties, a unilateral one of at most one;
 * - currencies are ISO 4217-like three-letter codes and are kept as given.
 *
 * `source` may be an object `{title, url?, note?}` or the id of an entry in the top-level
 * `sources` catalogue.
 *
 * Each object of the file is the model's object (model.ts) read with the file's rules: the same
 * fields, overridden here only where the file differs (ids, non-empty text, dates, defaults,
 * source references, fields the normalised form derives), so a field added to the model is part
 * of the file format too and the two cannot drift apart. Browser-safe.
 */
import { z } from 'zod';
import {
  ACTION_STATUSES,
  ActionDatesSchema,
  ActionSchema,
  ActorSchema,
  ActualSchema,
  BaselineSchema,
  BUDGET_BASES,
  BUDGET_STATUSES,
  BudgetSchema,
  DatasetRefSchema,
  DisbursementSchema,
  ExchangeRateSchema,
  FRAMEWORK_STATUSES,
  FrameworkAreaSchema,
  FrameworkPartySchema,
  FrameworkSchema,
  FrameworkSourceSchema,
  IndicatorSchema,
  LinkagePackageSchema,
  LinkageSchema,
  MEASURES,
  ObjectiveSchema,
  QUALIFIERS,
  ReportingOrgSchema,
  RESULT_TYPES,
  ResultSchema,
  ROLES,
  SOURCE_QUALITIES,
  TargetSchema,
} from './model.ts';
import { says, worded } from '../core/index.ts';
import { isIsoDate, parsePeriod } from './period.ts';

export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;
const id = z.string().regex(ID_PATTERN, worded('framework_id'));
const text = z.string().trim().min(1, worded('not_empty'));
const isoDate = z.string().refine(isIsoDate, says('invalid_date', {}));
const currency = z.string().regex(/^[A-Z]{3}$/, worded('currency'));
const finite = z.number().refine(Number.isFinite, says('not_finite', {}));

const periodLabel = z
  .union([z.string(), z.number().int()])
  .transform((v) => String(v).trim())
  .refine((s) => parsePeriod(s) !== null, says('invalid_period', {}));
const placeablePeriod = periodLabel.refine(
  (s) => parsePeriod(s)?.placeable === true,
  says('invalid_period', { placeable: true }),
);

/**
 * The file form of a model object: the model's fields, each overridden field read with the file's
 * rules; unknown keys are errors. Overrides may only name fields the model has.
 */
function fileForm<S extends z.ZodRawShape, O extends { [K in keyof S]?: z.core.SomeType }>(
  model: z.ZodObject<S>,
  overrides: O & Record<Exclude<keyof O, keyof S>, never>,
) {
  return model.extend(overrides).strict();
}

const sourceObject = fileForm(FrameworkSourceSchema, { title: text, url: z.url().optional() });
const sourceField = z.union([sourceObject, id], {
  error: (iss) => (iss.input === undefined ? worded('source_field_missing') : worded('source_field')),
});

const baseline = fileForm(BaselineSchema, {
  period: placeablePeriod,
  value: finite,
  source: sourceField,
  quality: z.enum(SOURCE_QUALITIES).default('unknown'),
  qualifier: z.enum(QUALIFIERS).default('exact'),
});

const target = fileForm(TargetSchema, {
  period: placeablePeriod,
  value: finite,
  proposed: z.boolean().default(false),
  source: sourceField.optional(),
}).superRefine((t, ctx) => {
  if (t.proposed && !t.rationale?.trim())
    ctx.addIssue({
      code: 'custom',
      path: ['rationale'],
      message: says('missing_rationale', { for: 'target' }),
    });
  if (!t.proposed && !t.source)
    ctx.addIssue({
      code: 'custom',
      path: ['source'],
      message: says('missing_source', { for: 'target' }),
    });
});

const actual = fileForm(ActualSchema, {
  period: periodLabel,
  value: finite,
  source: sourceField,
  quality: z.enum(SOURCE_QUALITIES).default('unknown'),
  qualifier: z.enum(QUALIFIERS).default('exact'),
});

const indicator = fileForm(IndicatorSchema, {
  id,
  name: text,
  unit: text,
  measure: z.enum(MEASURES).default('unit'),
  dataset: fileForm(DatasetRefSchema, { indicatorId: text, country: text }).optional(),
  baseline: baseline.optional(),
  targets: z.array(target).default([]),
  actuals: z.array(actual).default([]),
});

const result = fileForm(ResultSchema, {
  id,
  type: z.enum(RESULT_TYPES),
  title: text,
  indicators: z.array(indicator).default([]),
});

const objective = fileForm(ObjectiveSchema, {
  id,
  title: text,
  ownerParties: z.array(id).default([]),
  linkedIssues: z.array(id).default([]),
  source: sourceField.optional(),
  results: z.array(result).default([]),
});

const area = fileForm(FrameworkAreaSchema, {
  id,
  name: text,
  source: sourceField.optional(),
  objectives: z.array(objective).default([]),
});

const actor = fileForm(ActorSchema, { agency: text, party: id, role: z.enum(ROLES) });

const budget = fileForm(BudgetSchema, {
  status: z.enum(BUDGET_STATUSES),
  amount: finite.refine((v) => v >= 0, says('out_of_range', { op: '>=', limit: 0 })),
  currency,
  party: id,
  period: placeablePeriod.optional(),
  // Derived from `period` when not given (normalize.ts).
  periodStart: isoDate.optional(),
  periodEnd: isoDate.optional(),
  valueDate: isoDate.optional(),
  basis: z.enum(BUDGET_BASES),
  source: sourceField.optional(),
}).superRefine((b, ctx) => {
  if (!b.period && !(b.periodStart && b.periodEnd))
    ctx.addIssue({
      code: 'custom',
      path: ['period'],
      message: says('budget_period', {}),
    });
  if (b.periodStart && b.periodEnd && b.periodEnd < b.periodStart)
    ctx.addIssue({
      code: 'custom',
      path: ['periodEnd'],
      message: says('date_order', { end: 'periodEnd', start: 'periodStart' }),
    });
  if (b.basis === 'proposal' && !b.rationale?.trim())
    ctx.addIssue({
      code: 'custom',
      path: ['rationale'],
      message: says('missing_rationale', { for: 'budget' }),
    });
  if (b.basis !== 'proposal' && !b.source)
    ctx.addIssue({
      code: 'custom',
      path: ['source'],
      message: says('missing_source', { for: 'budget', basis: b.basis }),
    });
});

const disbursement = fileForm(DisbursementSchema, {
  amount: finite.refine((v) => v >= 0, says('out_of_range', { op: '>=', limit: 0 })),
  currency,
  party: id,
  date: isoDate,
  valueDate: isoDate.optional(),
  source: sourceField,
});

const action = fileForm(ActionSchema, {
  id,
  objective: id,
  title: text,
  status: z.enum(ACTION_STATUSES),
  dates: fileForm(ActionDatesSchema, {
    plannedStart: isoDate.optional(),
    actualStart: isoDate.optional(),
    plannedEnd: isoDate.optional(),
    actualEnd: isoDate.optional(),
  }),
  actors: z.array(actor).default([]),
  budgets: z.array(budget).default([]),
  disbursements: z.array(disbursement).default([]),
  source: sourceField.optional(),
}).superRefine((a, ctx) => {
  if (!a.dates.plannedStart && !a.dates.actualStart)
    ctx.addIssue({
      code: 'custom',
      path: ['dates'],
      message: says('action_start', {}),
    });
  for (const [start, end] of [
    ['plannedStart', 'plannedEnd'],
    ['actualStart', 'actualEnd'],
  ] as const) {
    const s = a.dates[start],
      e = a.dates[end];
    if (s && e && e < s)
      ctx.addIssue({
        code: 'custom',
        path: ['dates', end],
        message: says('date_order', { end, endValue: e, start, startValue: s }),
      });
  }
  const parties = new Set(a.actors.map((x) => x.party));
  if (a.actors.length > 0 && a.joint && parties.size < 2)
    ctx.addIssue({
      code: 'custom',
      path: ['joint'],
      message: says('joint_actors', { joint: true, parties: [...parties] }),
    });
  if (!a.joint && parties.size > 1)
    ctx.addIssue({
      code: 'custom',
      path: ['joint'],
      message: says('joint_actors', { joint: false, parties: [...parties] }),
    });
});

const linkage = fileForm(LinkageSchema, {
  id,
  party: id,
  commits: text,
  counterparty: id,
  inExchangeFor: text,
  package: fileForm(LinkagePackageSchema, {
    // Default: the framework's scenario (normalize.ts).
    scenario: id.optional(),
    issues: z.array(id).min(1),
    options: z.record(z.string(), id).default({}),
  }),
  objectives: z.array(id).default([]),
  source: sourceField.optional(),
});

const exchangeRate = fileForm(ExchangeRateSchema, {
  from: currency,
  to: currency,
  rate: finite.refine((v) => v > 0, says('out_of_range', { op: '>', limit: 0 })),
  date: isoDate,
  source: sourceField,
});

export const frameworkFileSchema = fileForm(FrameworkSchema, {
  id,
  name: text,
  status: z.enum(FRAMEWORK_STATUSES),
  startDate: isoDate.optional(),
  startDateIsPlanned: z.boolean().default(false),
  scenario: id.optional(),
  source: sourceField.optional(),
  reportingOrg: fileForm(ReportingOrgSchema, {
    ref: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_.-]*$/),
    name: text,
    type: z.string().regex(/^\d+$/),
  }).optional(),
  parties: z.array(fileForm(FrameworkPartySchema, { id, name: text })).min(1),
  notes: z.array(z.string()).default([]),
  exchangeRates: z.array(exchangeRate).default([]),
  areas: z.array(area).default([]),
  actions: z.array(action).default([]),
  linkages: z.array(linkage).default([]),
}).extend({
  /** The file's source catalogue: `source: <id>` anywhere refers to an entry (resolved by normalize.ts). */
  sources: z.record(z.string(), sourceObject).default({}),
});

export type FrameworkFile = z.output<typeof frameworkFileSchema>;

export { crossCheck } from './checks.ts';
export { normalizeFramework } from './normalize.ts';
