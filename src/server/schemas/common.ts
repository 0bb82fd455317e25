/** Schemas every resource uses: problem-details error replies, the id parameter, problem lists. */
import { z } from 'zod';
import { ProblemDetailsSchema, ProblemSchema } from '../problem-details.ts';

export { ProblemDetailsSchema, ProblemSchema };

/** Problem-details replies every route may send. */
export const errorReplies = {
  400: ProblemDetailsSchema,
  401: ProblemDetailsSchema,
  403: ProblemDetailsSchema,
  404: ProblemDetailsSchema,
  409: ProblemDetailsSchema,
  413: ProblemDetailsSchema,
  422: ProblemDetailsSchema,
  429: ProblemDetailsSchema,
  503: ProblemDetailsSchema,
} as const;

export const IdParams = z.object({ id: z.string().min(1).max(200).describe('Resource id') });

export const ProblemList = z.array(ProblemSchema);
