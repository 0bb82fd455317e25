/**
 * Response schemas of the framework routes: the normalised framework model
 * (src/framework/model.ts), the audit report (audit.ts) and the progress report (progress.ts).
 * Replies are encoded through these schemas, so they also check that the API sends exactly the
 * model's fields (tests compare replies with the library's own output).
 */
import { z } from 'zod';
import {
  ACTION_STATUSES,
  BUDGET_BASES,
  BUDGET_STATUSES,
  CRITERIA,
  FRAMEWORK_STATUSES,
  MEASURES,
  QUALIFIERS,
  RESULT_TYPES,
  ROLES,
  SOURCE_QUALITIES,
} from '../framework/index.ts';

const Source = z
  .object({ title: z.string(), url: z.string().optional(), note: z.string().optional() })
  .meta({ id: 'Source' });
const quality = z.enum(SOURCE_QUALITIES);
const qualifier = z.enum(QUALIFIERS);

const Actual = z
  .object({ period: z.string(), value: z.number(), source: Source, quality, qualifier, note: z.string().optional() })
  .meta({ id: 'IndicatorActual', description: 'A measured value with its source' });

const Indicator = z
  .object({
    id: z.string(),
    name: z.string(),
    description: z.string().optional(),
    unit: z.string(),
    measure: z.enum(MEASURES),
    higherIsBetter: z.boolean(),
    dataset: z.object({ indicatorId: z.string(), country: z.string() }).optional(),
    baseline: z
      .object({
        period: z.string(),
        value: z.number(),
        source: Source,
        quality,
        qualifier,
        note: z.string().optional(),
      })
      .optional(),
    targets: z.array(
      z.object({
        period: z.string(),
        value: z.number(),
        proposed: z.boolean(),
        rationale: z.string().optional(),
        source: Source.optional(),
      }),
    ),
    actuals: z.array(Actual),
  })
  .meta({ id: 'Indicator' });

const Action = z
  .object({
    id: z.string(),
    objective: z.string(),
    title: z.string(),
    description: z.string().optional(),
    joint: z.boolean(),
    status: z.enum(ACTION_STATUSES),
    dates: z.object({
      plannedStart: z.string().optional(),
      actualStart: z.string().optional(),
      plannedEnd: z.string().optional(),
      actualEnd: z.string().optional(),
    }),
    actors: z.array(z.object({ agency: z.string(), party: z.string(), role: z.enum(ROLES) })),
    budgets: z.array(
      z.object({
        status: z.enum(BUDGET_STATUSES),
        amount: z.number(),
        currency: z.string(),
        party: z.string(),
        period: z.string().optional(),
        periodStart: z.string(),
        periodEnd: z.string(),
        valueDate: z.string(),
        basis: z.enum(BUDGET_BASES),
        source: Source.optional(),
        rationale: z.string().optional(),
        note: z.string().optional(),
      }),
    ),
    disbursements: z.array(
      z.object({
        amount: z.number(),
        currency: z.string(),
        party: z.string(),
        date: z.string(),
        valueDate: z.string(),
        source: Source.optional(),
        note: z.string().optional(),
      }),
    ),
    source: Source.optional(),
  })
  .meta({ id: 'FrameworkAction' });

const ExchangeRate = z.object({ from: z.string(), to: z.string(), rate: z.number(), date: z.string(), source: Source });

export const FrameworkModelSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    description: z.string().optional(),
    status: z.enum(FRAMEWORK_STATUSES),
    startDate: z.string().optional(),
    startDateIsPlanned: z.boolean(),
    scenario: z.string().optional(),
    source: Source.optional(),
    reportingOrg: z.object({ ref: z.string(), name: z.string(), type: z.string() }).optional(),
    parties: z.array(z.object({ id: z.string(), name: z.string() })),
    notes: z.array(z.string()),
    exchangeRates: z.array(ExchangeRate),
    areas: z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        description: z.string().optional(),
        source: Source.optional(),
        objectives: z.array(
          z.object({
            id: z.string(),
            title: z.string(),
            description: z.string().optional(),
            ownerParties: z.array(z.string()),
            linkedIssues: z.array(z.string()),
            source: Source.optional(),
            results: z.array(
              z.object({
                id: z.string(),
                type: z.enum(RESULT_TYPES),
                title: z.string(),
                description: z.string().optional(),
                indicators: z.array(Indicator),
              }),
            ),
          }),
        ),
      }),
    ),
    actions: z.array(Action),
    linkages: z.array(
      z.object({
        id: z.string(),
        party: z.string(),
        commits: z.string(),
        counterparty: z.string(),
        inExchangeFor: z.string(),
        package: z.object({
          scenario: z.string(),
          issues: z.array(z.string()),
          options: z.record(z.string(), z.string()),
        }),
        objectives: z.array(z.string()),
        rationale: z.string().optional(),
        source: Source.optional(),
      }),
    ),
  })
  .meta({ id: 'Framework', description: 'The normalised framework model (src/framework/model.ts)' });

export const FrameworkSummarySchema = z
  .object({ id: z.string(), name: z.string(), status: z.string(), version: z.number().int(), updatedAt: z.string() })
  .meta({ id: 'FrameworkSummary' });

export const StoredFrameworkSchema = z
  .object({ id: z.string(), name: z.string(), version: z.number().int(), framework: FrameworkModelSchema })
  .meta({ id: 'StoredFramework' });

export const AuditReportSchema = z
  .object({
    framework: z.object({ id: z.string(), name: z.string(), status: z.string() }),
    passed: z.boolean(),
    criteria: z.array(
      z.object({
        name: z.enum(CRITERIA),
        description: z.string(),
        score: z.number(),
        passed: z.boolean(),
        items: z.number().int(),
        passing: z.number().int(),
      }),
    ),
    gaps: z.array(
      z.object({
        criterion: z.enum(CRITERIA),
        item: z.string(),
        message: z.string(),
        severity: z.enum(['error', 'warning']),
      }),
    ),
    unilateralShare: z.number().nullable(),
  })
  .meta({
    id: 'AuditReport',
    description: "Audit against the brief's five criteria plus joint action: scores and gaps",
  });

const PeriodValue = z.object({ period: z.string(), value: z.number() });
const STATUSES = ['achieved', 'on_track', 'off_track', 'not_started', 'no_data'] as const;

export const ProgressReportSchema = z
  .object({
    framework: z.object({ id: z.string(), name: z.string() }),
    indicators: z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        unit: z.string(),
        higherIsBetter: z.boolean(),
        baseline: PeriodValue.nullable(),
        target: PeriodValue.nullable(),
        latest: PeriodValue.extend({ quality, qualifier, sourceTitle: z.string().optional() }).nullable(),
        expected: z.number().nullable(),
        position: z.number().nullable(),
        status: z.enum(STATUSES),
        reason: z.string(),
        actuals: z.number().int(),
        unplaceable: z.number().int(),
      }),
    ),
    summary: z.object(
      Object.fromEntries(STATUSES.map((s) => [s, z.number().int()])) as Record<(typeof STATUSES)[number], z.ZodNumber>,
    ),
    budget: z.object({
      byCurrency: z.array(
        z.object({
          currency: z.string(),
          committed: z.number(),
          committedProposed: z.number(),
          indicative: z.number(),
          disbursed: z.number().nullable(),
          disbursements: z.number().int(),
          execution: z.number().nullable(),
        }),
      ),
      converted: z
        .object({
          currency: z.string(),
          committed: z.number(),
          disbursed: z.number().nullable(),
          execution: z.number().nullable(),
          rates: z.array(ExchangeRate),
        })
        .optional(),
    }),
    jointShare: z.object({
      joint: z.number().int(),
      unilateral: z.number().int(),
      share: z.number().nullable(),
      byYear: z.array(
        z.object({
          year: z.number().int(),
          joint: z.number().int(),
          unilateral: z.number().int(),
          share: z.number(),
          cumulativeShare: z.number(),
        }),
      ),
    }),
  })
  .meta({
    id: 'ProgressReport',
    description: 'Indicator progress against trajectories, budgets committed versus disbursed, joint-action share',
  });

export const ImportSummarySchema = z
  .object({
    rows: z.number().int(),
    attached: z.number().int(),
    unmatched: z.number().int(),
    frameworks: z.array(z.object({ id: z.string(), version: z.number().int(), values: z.number().int() })),
  })
  .meta({ id: 'IndicatorImportSummary' });
