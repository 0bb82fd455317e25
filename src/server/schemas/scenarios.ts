/** Request and reply schemas of the scenario routes (stored negotiation scenarios). */
import { z } from 'zod';
import { PartySchema, ScenarioSchema } from '../../model/index.ts';
import { ProblemList, translatedNames } from './common.ts';

export const ScenarioSummarySchema = z
  .object({
    id: z.string(),
    name: z.string(),
    description: z.string(),
    origin: z.string(),
    version: z.number().int(),
    updatedAt: z.string(),
    translated: translatedNames(z.object({ name: z.string(), description: z.string() })),
  })
  .meta({ id: 'ScenarioSummary' });
export type ScenarioSummary = z.output<typeof ScenarioSummarySchema>;

export const ScenarioListSchema = z.object({ scenarios: z.array(ScenarioSummarySchema) });
export type ScenarioList = z.output<typeof ScenarioListSchema>;

/** The scenario format (src/model/scenario.ts), as a named OpenAPI component. */
export const ScenarioDocumentSchema = ScenarioSchema.meta({ id: 'Scenario' });

/** What a delegation sees of a scenario: other parties without their private preferences. */
export const RedactedScenarioSchema = ScenarioSchema.extend({
  parties: z.array(
    z.union([PartySchema, z.strictObject({ id: z.string(), name: z.string(), description: z.string().optional() })]),
  ),
}).meta({
  id: 'RedactedScenario',
  description:
    "A scenario as a delegation sees it: its own party's preferences, only id, name and description of the others",
});
export type RedactedScenario = z.output<typeof RedactedScenarioSchema>;

export const StoredScenarioSchema = ScenarioSummarySchema.extend({
  createdAt: z.string(),
  document: z.union([ScenarioDocumentSchema, RedactedScenarioSchema]),
  redacted: z.boolean(),
  visibleParty: z.string().nullable(),
}).meta({ id: 'StoredScenario' });
export type StoredScenario = z.output<typeof StoredScenarioSchema>;

/** PUT /scenarios/{id}: the new document, and the version it was edited from. */
export const ScenarioReplaceSchema = z.object({
  document: z.unknown().meta({ description: 'The scenario document (schema Scenario)' }),
  version: z.number().int().min(1).optional(),
});
export type ScenarioReplace = z.input<typeof ScenarioReplaceSchema>;

export const ScenarioValidationSchema = z.object({
  valid: z.boolean(),
  problems: ProblemList,
  parties: z.number().int().optional(),
  issues: z.number().int().optional(),
});
export type ScenarioValidation = z.output<typeof ScenarioValidationSchema>;
