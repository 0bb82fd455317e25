/**
 * Request and reply schemas of the framework routes. The framework itself, the audit and the
 * progress report are the framework module's own schemas (src/framework: model.ts, audit.ts,
 * progress.ts), which also define their TypeScript types; replies are encoded through them, so
 * the API sends exactly the model's fields (tests compare replies with the library's own output).
 */
import { z } from 'zod';
import { AuditReportSchema, FrameworkSchema, ProgressReportSchema } from '../../framework/index.ts';
import { translatedNames } from './common.ts';

export { AuditReportSchema, FrameworkSchema, ProgressReportSchema };

export const FrameworkSummarySchema = z
  .object({
    id: z.string(),
    name: z.string(),
    status: z.string(),
    version: z.number().int(),
    updatedAt: z.string(),
    translated: translatedNames(z.object({ name: z.string() })),
  })
  .meta({ id: 'FrameworkSummary' });
export type FrameworkSummary = z.output<typeof FrameworkSummarySchema>;

export const FrameworkListSchema = z.object({ frameworks: z.array(FrameworkSummarySchema) });
export type FrameworkList = z.output<typeof FrameworkListSchema>;

export const StoredFrameworkSchema = z
  .object({ id: z.string(), name: z.string(), version: z.number().int(), framework: FrameworkSchema })
  .meta({ id: 'StoredFramework' });
export type StoredFramework = z.output<typeof StoredFrameworkSchema>;

/** PUT /frameworks/{id}: the new document, and the version it was edited from. */
export const FrameworkReplaceSchema = z.object({
  document: z.unknown().meta({
    description: 'The framework (file format, or the model as GET returns it); its id must be the one in the URL',
  }),
  version: z.number().int().min(1).optional(),
});
export type FrameworkReplace = z.input<typeof FrameworkReplaceSchema>;

export const VersionQuery = z.object({
  version: z.coerce.number().int().min(1).optional().describe('Only if the stored version is this one (409 otherwise)'),
});

export const ProgressQuery = z.object({
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/)
    .optional()
    .describe("Also total the budget in this currency, with the framework's stated rates"),
});

export const ImportSummarySchema = z
  .object({
    rows: z.number().int(),
    attached: z.number().int(),
    unmatched: z.number().int(),
    frameworks: z.array(z.object({ id: z.string(), version: z.number().int(), values: z.number().int() })),
  })
  .meta({ id: 'IndicatorImportSummary' });
export type ImportSummary = z.output<typeof ImportSummarySchema>;

export const IndicatorImportQuery = z.object({
  strict: z.enum(['true', 'false']).default('false').describe('Refuse rows no indicator of this framework maps'),
  version: z.coerce.number().int().min(1).optional().describe('Only if the stored version is this one (409 otherwise)'),
});

export const IatiExportQuery = z.object({ validate: z.enum(['true', 'false']).default('false') });

export const IatiImportQuery = z.object({
  id: z
    .string()
    .regex(/^[A-Za-z0-9][A-Za-z0-9_.-]*$/)
    .max(80)
    .optional(),
  replace: z.enum(['true', 'false']).default('false'),
});

export const IatiImportSchema = z.object({
  stored: StoredFrameworkSchema,
  ignored: z
    .array(z.object({ element: z.string(), count: z.number().int() }))
    .describe('IATI elements read but with no place in the framework model'),
  warnings: z.array(z.string()),
});
export type IatiImport = z.output<typeof IatiImportSchema>;
