/** Request and reply schemas of scenario history and comparison (routes/versions.ts). */
import { z } from 'zod';
import { IdParams, translatedNames } from './common.ts';
import { ScenarioDocumentSchema } from './scenarios.ts';

export const VersionParams = IdParams.extend({ version: z.coerce.number().int().min(1) });

export const ScenarioVersionSchema = z
  .object({
    version: z.number().int(),
    name: z.string(),
    description: z.string(),
    savedAt: z.string(),
    translated: translatedNames(z.object({ name: z.string(), description: z.string() })),
  })
  .meta({ id: 'ScenarioVersion' });

export const VersionListSchema = z.object({
  scenarioId: z.string(),
  current: z.number().int(),
  versions: z.array(ScenarioVersionSchema).describe('Newest first'),
});
export type VersionList = z.output<typeof VersionListSchema>;

export const VersionDocumentSchema = ScenarioVersionSchema.extend({
  scenarioId: z.string(),
  document: ScenarioDocumentSchema,
});
export type VersionDocument = z.output<typeof VersionDocumentSchema>;

export const RestoreSchema = z.object({
  version: z.number().int().min(1).optional().describe('The current version the restore is made on (409 if it moved)'),
});

/** `id` or `id@version`. */
const Ref = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[^@]+(@[1-9][0-9]*)?$/, { error: 'a scenario id, or id@version' });

export const CompareQuery = z.object({
  a: Ref.describe('First scenario: id, or id@version'),
  b: Ref.describe('Second scenario: id, or id@version'),
});

const Side = z.object({
  scenarioId: z.string(),
  version: z.number().int(),
  name: z.string(),
  parties: z.array(z.object({ id: z.string(), name: z.string(), reservation: z.number() })),
  packages: z.array(
    z.object({
      key: z.enum(['nash', 'kalaiSmorodinsky', 'egalitarian', 'utilitarian', 'statusQuo']),
      outcome: z.record(z.string(), z.string()),
      utilities: z.array(z.number()).describe("One per party, in the side's party order"),
    }),
  ),
});

const Num = z.number().nullable();
export const ChangeSchema = z.union([
  z.object({ kind: z.literal('weight'), party: z.string(), issue: z.string(), before: Num, after: Num }),
  z.object({
    kind: z.literal('value'),
    party: z.string(),
    issue: z.string(),
    option: z.string(),
    before: Num,
    after: Num,
  }),
  z.object({
    kind: z.literal('reservation'),
    party: z.string(),
    before: z.union([z.number(), z.string()]).nullable(),
    after: z.union([z.number(), z.string()]).nullable(),
  }),
  z.object({ kind: z.enum(['redLines', 'interactions']), party: z.string(), before: z.number(), after: z.number() }),
  z.object({ kind: z.literal('party'), party: z.string(), change: z.enum(['added', 'removed']) }),
  z.object({ kind: z.literal('issue'), issue: z.string(), change: z.enum(['added', 'removed']) }),
  z.object({
    kind: z.literal('statusQuo'),
    issue: z.string(),
    before: z.string().nullable(),
    after: z.string().nullable(),
  }),
]);

export const ComparisonSchema = z
  .object({ a: Side, b: Side, changes: z.array(ChangeSchema).describe('What changed in the preferences from a to b') })
  .meta({ id: 'ScenarioComparison' });
export type ScenarioComparison = z.output<typeof ComparisonSchema>;
