/**
 * The runs (jobs): negotiation sessions, linked-versus-delinked comparisons, cooperation
 * tournaments and robustness runs. A job reply is a union on `kind`, so each kind's result and streamed items are
 * documented (OpenAPI) and checked on the way out.
 */
import { z } from 'zod';
import { ProblemSchema } from '../problem-details.ts';
import { ComparisonResultSchema, OfferSchema, SessionResultSchema } from './negotiation.ts';
import { TournamentResultSchema } from './cooperation.ts';
import { PartialEstimateSchema, RobustnessResultSchema } from './robustness.ts';

const JobBase = z.object({
  id: z.string(),
  status: z.enum(['queued', 'running', 'succeeded', 'failed', 'cancelled']),
  scenarioId: z.string().nullable(),
  params: z.record(z.string(), z.unknown()),
  progress: z.number().min(0).max(1),
  message: z.string().nullable(),
  error: z.array(ProblemSchema).nullable(),
  createdAt: z.string(),
  startedAt: z.string().nullable(),
  finishedAt: z.string().nullable(),
  itemCount: z.number().int().describe('Items streamed so far (while the job is in memory)'),
});

const never = z.array(z.never()).describe('This kind streams no items');

export const JobSchema = z
  .discriminatedUnion('kind', [
    JobBase.extend({
      kind: z.literal('negotiation'),
      result: SessionResultSchema.nullable(),
      items: z
        .array(OfferSchema)
        .describe('Actions streamed from ?since= on (kept in memory 10 minutes after the end)'),
    }),
    JobBase.extend({
      kind: z.literal('negotiation-comparison'),
      result: ComparisonResultSchema.nullable(),
      items: never,
    }),
    JobBase.extend({ kind: z.literal('cooperation'), result: TournamentResultSchema.nullable(), items: never }),
    JobBase.extend({
      kind: z.literal('robustness'),
      result: RobustnessResultSchema.nullable(),
      items: z
        .array(PartialEstimateSchema)
        .describe('Partial estimates from ?since= on (kept in memory 10 minutes after the end)'),
    }),
  ])
  .meta({ id: 'Job' });
export type Job = z.output<typeof JobSchema>;
/** The job of one kind, with that kind's result and streamed items. */
export type JobOf<K extends Job['kind']> = Extract<Job, { kind: K }>;

export const JobSummarySchema = z
  .discriminatedUnion('kind', [
    JobBase.omit({ itemCount: true }).extend({ kind: z.literal('negotiation') }),
    JobBase.omit({ itemCount: true }).extend({ kind: z.literal('negotiation-comparison') }),
    JobBase.omit({ itemCount: true }).extend({ kind: z.literal('cooperation') }),
    JobBase.omit({ itemCount: true }).extend({ kind: z.literal('robustness') }),
  ])
  .meta({ id: 'JobSummary' });
export type JobSummary = z.output<typeof JobSummarySchema>;

export const JOB_KINDS = ['negotiation', 'negotiation-comparison', 'cooperation', 'robustness'] as const;

export const JobListQuery = z.object({
  kind: z.enum(JOB_KINDS).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export const JobListSchema = z.object({ jobs: z.array(JobSummarySchema) });
export type JobList = z.output<typeof JobListSchema>;

export const JobQuery = z.object({
  since: z.coerce.number().int().min(0).default(0).describe('Index of the first streamed item to return'),
});

export const JobCancelSchema = z.object({
  id: z.string(),
  cancelling: z.boolean().describe('false when the job had already ended'),
});
export type JobCancel = z.output<typeof JobCancelSchema>;
