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

/**
 * Names of a listed item in each language its file has translations for (`translations` block):
 * read-only, for display; the summary's own fields stay as written. Absent when the file has none.
 */
export function translatedNames<T extends z.ZodType>(shape: T) {
  return z
    .record(z.string(), shape)
    .optional()
    .describe(
      "The item's display texts per content language (from its own translations); the other fields are as written",
    );
}
