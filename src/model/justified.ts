/**
 * Pieces of the scenario format shared by its modules: ids, non-empty texts, and the rationale and
 * source every number carries. Browser-safe.
 */
import { z } from 'zod';
import { worded } from '../core/index.ts';

/** Ids are short machine names used in files, paths and `--status-quo` (no spaces, no `=` or `;`). */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;
export const id = (what: 'party' | 'issue' | 'option' | 'source' | 'area' | 'scenario') =>
  z
    .string()
    .regex(ID_PATTERN, worded(`id:${what}`))
    .max(80)
    .meta({ description: `${what} id (letters, digits, '_', '-', '.')` });

export const text = (description: string) => z.string().trim().min(1, worded('not_empty')).meta({ description });

/** The reserved source value for numbers no source supports: the rationale must then say why. */
export const ASSUMPTION = 'assumption';

/** Why a number is what it is, and where that comes from. Shared by every preference entry. */
export const justified = {
  rationale: text('One or two sentences defending the number.'),
  source: z
    .string()
    .min(1)
    .meta({
      description: `Id of an entry in \`sources\`, or "${ASSUMPTION}" for a modelling assumption (the rationale then says why).`,
    }),
  quote: z
    .string()
    .min(1)
    .optional()
    .meta({ description: 'Verbatim passage of the source that supports the number (optional).' }),
};
