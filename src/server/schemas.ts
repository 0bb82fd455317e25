/** Zod schemas shared by several routes (they also name the OpenAPI components). */
import { z } from 'zod';
import { ProblemDetailsSchema, ProblemSchema } from './problem-details.ts';

/** Problem-details replies every route may send. */
export const errorReplies = {
  400: ProblemDetailsSchema,
  401: ProblemDetailsSchema,
  403: ProblemDetailsSchema,
  404: ProblemDetailsSchema,
  409: ProblemDetailsSchema,
  413: ProblemDetailsSchema,
} as const;

export const IdParams = z.object({ id: z.string().min(1).max(200).describe('Resource id') });

export const ProblemList = z.array(ProblemSchema);

export const JobSchema = z
  .object({
    id: z.string(),
    kind: z.string(),
    status: z.enum(['queued', 'running', 'succeeded', 'failed', 'cancelled']),
    scenarioId: z.string().nullable(),
    params: z.unknown(),
    progress: z.number().min(0).max(1),
    message: z.string().nullable(),
    result: z.unknown(),
    error: ProblemList.nullable(),
    createdAt: z.string(),
    startedAt: z.string().nullable(),
    finishedAt: z.string().nullable(),
    items: z.array(z.unknown()).describe('Items streamed so far (from ?since=), e.g. offers; empty once the job is no longer in memory'),
    itemCount: z.number().int(),
  })
  .meta({ id: 'Job' });
