/**
 * Request and reply schemas of robustness runs (jobs of kind `robustness`): the run's settings,
 * the partial estimates streamed as job items, and the result (the document of
 * `commonground robustness --json`).
 */
import { z } from 'zod';
import { DEFAULT_SAMPLES, DEFAULT_SEED, MAX_SAMPLES } from '../../analysis/index.ts';

export const RobustnessRequestSchema = z
  .object({
    samples: z
      .number()
      .int()
      .min(1)
      .max(MAX_SAMPLES)
      .default(DEFAULT_SAMPLES)
      .describe(`Preference sets to draw (at most ${MAX_SAMPLES})`),
    seed: z
      .number()
      .int()
      .min(0)
      .max(2 ** 32 - 1)
      .default(DEFAULT_SEED)
      .describe('Random seed: the same seed gives the same result'),
    uncertainty: z
      .union([z.string().min(1).max(2000), z.record(z.string(), z.unknown())])
      .optional()
      .describe(
        'Uncertainty for this run: "default", "none", "stated", compact settings such as "weights=±30%,values=±0.1" or "us.weights.trade=2..6", or the same settings as an object',
      ),
    statusQuo: z
      .string()
      .min(1)
      .max(2000)
      .optional()
      .describe('Today\'s state as "issue=option;issue=option" (overrides the scenario\'s)'),
    baseline: z
      .enum(['status-quo', 'issue-by-issue'])
      .default('status-quo')
      .describe('No-deal point of the most robust package'),
    sensitivity: z.boolean().default(true).describe('Also compute the exact sensitivity of the Nash package'),
  })
  .strict()
  .meta({ id: 'RobustnessRequest' });
export type RobustnessRequest = z.input<typeof RobustnessRequestSchema>;

const Estimate = z.object({ probability: z.number(), ci: z.tuple([z.number(), z.number()]) });
const Package = z.object({ outcome: z.record(z.string(), z.string()), utilities: z.record(z.string(), z.number()) });
const Quantiles = z.object({
  q05: z.number(),
  q25: z.number(),
  q50: z.number(),
  q75: z.number(),
  q95: z.number(),
  mean: z.number(),
});
const Takeover = z
  .object({
    at: z.number().nullable(),
    outcome: z.record(z.string(), z.string()).nullable(),
    changes: z.record(z.string(), z.string()),
  })
  .nullable();
const SensitivityEntry = z.object({
  party: z.string(),
  issue: z.string(),
  option: z.string().optional(),
  kind: z.enum(['weight', 'value']),
  nominal: z.number(),
  share: z.number().optional(),
  interval: z.tuple([z.number(), z.number()]).nullable(),
  weightInterval: z.tuple([z.number(), z.number().nullable()]).optional(),
  below: Takeover,
  above: Takeover,
  exact: z.boolean(),
});

export const PartialEstimateSchema = z
  .object({
    samples: z.number().int().describe('Samples tallied so far'),
    of: z.number().int().describe('Samples in the whole run'),
    dealShare: Estimate,
    linkageBeatsDelinked: Estimate.extend({ byParty: z.record(z.string(), Estimate) }).nullable(),
    optionFrequencies: z.record(z.string(), z.record(z.string(), Estimate)),
    noDealAloneShare: z.record(z.string(), Estimate).nullable(),
  })
  .meta({
    id: 'RobustnessPartialEstimate',
    description: 'Shares over the samples finished so far (streamed as job items, about every tenth of the run)',
  });

export const RobustnessResultSchema = z
  .object({
    domain: z.object({ id: z.string(), name: z.string() }),
    samples: z.number().int(),
    seed: z.number().int(),
    uncertainty: z.object({
      defaults: z.unknown(),
      stated: z.enum(['use', 'ignore']),
      fixed: z.number(),
      assumptions: z.array(z.string()),
      assumptionsEs: z.array(z.string()).meta({ description: 'The assumptions in Spanish.' }),
      parameters: z.array(z.looseObject({ path: z.string(), kind: z.string(), nominal: z.number() })),
      dirichlet: z.array(z.looseObject({ path: z.string(), concentration: z.number() })),
    }),
    disagreementPoint: z.enum(['statusQuo', 'reservation']),
    nominal: z.object({
      nash: Package.nullable(),
      kalaiSmorodinsky: Package.nullable(),
      linkageGain: z.record(z.string(), z.number()).nullable(),
    }),
    dealShare: Estimate,
    nominalPackageShare: Estimate.nullable(),
    linkageBeatsDelinked: Estimate.extend({ byParty: z.record(z.string(), Estimate), noneWorse: Estimate }).nullable(),
    partyGains: z.record(z.string(), Quantiles).nullable(),
    optionFrequencies: z.record(z.string(), z.record(z.string(), z.number())),
    optionFrequencyCi: z.record(z.string(), z.record(z.string(), z.tuple([z.number(), z.number()]))),
    noDealAloneShare: z.record(z.string(), z.number()).nullable(),
    noDealAloneCi: z.record(z.string(), z.tuple([z.number(), z.number()])).nullable(),
    mostRobust: z.object({
      outcome: z.record(z.string(), z.string()).nullable(),
      share: z.number(),
      ci: z.tuple([z.number(), z.number()]),
      utilities: z.record(z.string(), z.number()).nullable(),
      baseline: z.enum(['statusQuo', 'reservation', 'issueByIssue']),
      nominalNashShare: Estimate.nullable(),
      method: z.enum(['branch-and-bound', 'candidates']),
      exact: z.boolean(),
    }),
    sensitivity: z
      .object({
        nominal: z.record(z.string(), z.string()).nullable(),
        weights: z.array(SensitivityEntry),
        values: z.array(SensitivityEntry),
        evaluations: z.number().int(),
      })
      .nullable(),
    findings: z.array(z.string()).describe('One sentence per headline finding, saying how sure it is (English)'),
    method: z.array(z.string()),
    source: z.string().optional(),
  })
  .meta({ id: 'RobustnessResult' });
export type RobustnessResultJson = z.output<typeof RobustnessResultSchema>;
