/** Request and reply schemas of the analysis routes. */
import { z } from 'zod';

export const StatusQuoQuery = z.object({
  statusQuo: z.string().max(2000).optional().describe('Override today\'s state: "issue=option;issue=option"'),
});

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
export type Analysis = z.output<typeof AnalysisSchema>;
