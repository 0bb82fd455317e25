/** Zod schemas shared by several routes (they also name the OpenAPI components). */
import { z } from 'zod';
import { ProblemDetailsSchema, ProblemSchema } from './problem-details.ts';
import { PartySchema, ScenarioSchema } from '../model/index.ts';

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

export { JobSchema, JobSummarySchema } from './job-schemas.ts';

const PointJson = z
  .object({ utilities: z.array(z.number()), outcome: z.record(z.string(), z.string()) })
  .meta({ id: 'AnalysisPoint' });

/** The analysis document (src/analysis/json.ts `AnalysisJson`). */
export const AnalysisSchema = z
  .object({
    domain: z.object({ id: z.string(), name: z.string() }),
    parties: z.array(z.object({ id: z.string(), name: z.string(), reservation: z.number() })),
    issues: z.array(
      z.object({ id: z.string(), name: z.string(), options: z.array(z.string()), statusQuo: z.string().optional() }),
    ),
    outcomeCount: z.string().describe('Exact count, as a decimal string'),
    feasibleOutcomeCount: z.string().nullable(),
    tolerance: z.number(),
    disagreement: z.array(z.number()),
    disagreementSource: z.enum(['statusQuo', 'reservation']),
    ideal: z.array(z.number()).nullable(),
    paretoSize: z.number().int(),
    pareto: z.array(PointJson),
    nash: PointJson.nullable(),
    kalaiSmorodinsky: PointJson.nullable(),
    egalitarian: PointJson.nullable(),
    utilitarian: PointJson.nullable(),
    linkage: z
      .object({
        statusQuo: PointJson,
        delinked: PointJson,
        delinkedFeasible: z.boolean(),
        linked: PointJson.nullable(),
        gain: z.array(z.number()),
        totalGain: z.number(),
        noDealAlone: z.array(z.string()),
        perIssue: z.array(
          z.object({
            issueId: z.string(),
            tableOptions: z.array(z.string()),
            chosen: z.string(),
            gains: z.array(z.number()),
          }),
        ),
        concessions: z.record(z.string(), z.array(z.string())),
        gains: z.record(z.string(), z.array(z.string())),
        summary: z.array(z.string()),
      })
      .nullable(),
  })
  .meta({ id: 'Analysis' });

export const ScenarioSummarySchema = z
  .object({
    id: z.string(),
    name: z.string(),
    description: z.string(),
    origin: z.string(),
    version: z.number().int(),
    updatedAt: z.string(),
  })
  .meta({ id: 'ScenarioSummary' });

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

export const StoredScenarioSchema = ScenarioSummarySchema.extend({
  createdAt: z.string(),
  document: z.union([ScenarioDocumentSchema, RedactedScenarioSchema]),
  redacted: z.boolean(),
  visibleParty: z.string().nullable(),
}).meta({ id: 'StoredScenario' });
