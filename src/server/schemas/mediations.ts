/**
 * Request and reply schemas of confidential mediation. Examples in the OpenAPI document use the
 * tiny test scenario and never show a utility other than the caller's own.
 */
import { z } from 'zod';
import { PreferencesSchema } from '../mediation/combine.ts';

export { PreferencesSchema };

const Concept = z.string().min(1).max(40);

const RobustnessRulesSchema = z
  .object({
    samples: z.number().int().min(1).max(20_000).describe('preference samples (default 2,000)'),
    seed: z.number().int().min(0).max(0xffffffff).describe('seed of the samples (default 1): same seed, same package'),
  })
  .describe('Monte Carlo of the concept mostRobust');

export const RulesSchema = z
  .object({
    concepts: z.array(Concept).min(1).max(5).describe('nash, kalaiSmorodinsky, egalitarian, utilitarian, mostRobust'),
    proposalsPerRound: z.number().int().min(1).max(10),
    maxRounds: z.number().int().min(1).max(20),
    roundMinutes: z
      .number()
      .min(0.05)
      .max(60 * 24 * 14),
    robustness: RobustnessRulesSchema.optional(),
  })
  .meta({ id: 'MediationRules' });

/** A proposal's robustness: one joint share over all parties, never a party's own number. */
export const ProposalRobustnessSchema = z
  .object({
    share: z
      .number()
      .describe('share of samples in which the package leaves every party better off than its no-deal point'),
    ci: z.tuple([z.number(), z.number()]).describe('95% Wilson interval of the share'),
    samples: z.number().int(),
    seed: z.number().int(),
    baseline: z
      .enum(['issueByIssue', 'disagreement'])
      .describe('the no-deal point: the issue-by-issue package, or the disagreement point (no status quo)'),
    exact: z.boolean().describe('false: the search stopped at its budget (best package found)'),
    uncertainty: z
      .array(z.enum(['scenario', 'default']))
      .describe('modelling assumption: uncertainty ranges stated in the scenario, and/or the built-in default'),
  })
  .meta({ id: 'ProposalRobustness' });

export const OpenMediationSchema = z.object({
  scenarioId: z.string().min(1).max(200),
  delegations: z.array(z.string().min(1).max(200)).max(50).optional().describe('One delegation id per party'),
  rules: RulesSchema.partial().optional(),
});

const PackageItemSchema = z.object({
  issue: z.string(),
  issueName: z.string(),
  option: z.string(),
  optionLabel: z.string(),
  changed: z.boolean(),
});

const AnswerSchema = z
  .object({
    accept: z
      .record(z.string().regex(/^\d{1,3}$/), z.boolean())
      .optional()
      .describe('proposal index -> acceptable (blind: nobody else sees it)'),
    threshold: z
      .number()
      .min(-10)
      .max(10)
      .optional()
      .describe('accept every proposal whose own utility is at least this'),
  })
  .refine((a) => a.accept !== undefined || a.threshold !== undefined, {
    message: 'give accept marks, a threshold, or both',
  });
export const AnswerRequestSchema = AnswerSchema;

export const MediationSchema = z
  .object({
    id: z.string(),
    scenarioId: z.string(),
    scenarioName: z.string(),
    status: z.enum(['open', 'agreed']),
    rules: RulesSchema,
    roundsLeft: z.number().int(),
    you: z.object({ role: z.enum(['mediator', 'delegation']), partyId: z.string().nullable() }),
    participants: z.array(
      z.object({
        partyId: z.string(),
        partyName: z.string(),
        invited: z.boolean(),
        ready: z.boolean(),
        readyAt: z.string().nullable(),
        preferencesEntered: z.boolean(),
      }),
    ),
    rounds: z.array(
      z.object({
        number: z.number().int(),
        kind: z.enum(['proposals', 'improvement']),
        status: z.enum(['open', 'closed']),
        createdAt: z.string(),
        deadlineAt: z.string(),
        closedAt: z.string().nullable(),
        answered: z.array(z.string()).describe('parties that answered (not what they answered)'),
        agreedProposal: z.number().int().nullable(),
        proposals: z.array(
          z.object({
            index: z.number().int(),
            concept: z.string(),
            package: z.array(PackageItemSchema),
            ownUtility: z.number().nullable().describe("the caller's own utility (null for the mediator)"),
            robustness: ProposalRobustnessSchema.nullable().describe(
              'concept mostRobust (or the same package chosen by another concept): how robust it is; else null',
            ),
          }),
        ),
        myAnswer: z
          .object({ accept: z.record(z.string(), z.boolean()).optional(), threshold: z.number().optional() })
          .nullable(),
      }),
    ),
    agreed: z
      .object({
        round: z.number().int(),
        proposal: z.number().int(),
        package: z.array(PackageItemSchema),
        ownUtility: z.number().nullable(),
      })
      .nullable(),
  })
  .meta({ id: 'Mediation' });

export const MediationListSchema = z.object({
  mediations: z.array(
    z.object({ id: z.string(), scenarioId: z.string(), status: z.enum(['open', 'agreed']), createdAt: z.string() }),
  ),
});

export const OwnPreferencesSchema = z.object({
  partyId: z.string(),
  stored: z.boolean().describe('false: not entered yet; these are the scenario’s values for your party'),
  preferences: z.record(z.string(), z.unknown()),
});

export const EventSchema = z
  .object({
    seq: z.number().int(),
    kind: z.string(),
    partyId: z.string().nullable(),
    data: z.record(z.string(), z.unknown()),
    at: z.string(),
  })
  .meta({ id: 'MediationEvent' });
export const TimelineSchema = z.object({ events: z.array(EventSchema) });

export const AuditSchema = z.object({
  entries: z.array(z.object({ actor: z.string(), subjectParty: z.string(), what: z.string(), at: z.string() })),
});

export const RoundParams = z.object({
  id: z.string().min(1).max(200),
  number: z.coerce.number().int().min(1).max(10_000),
});

export type Mediation = z.output<typeof MediationSchema>;
export type MediationList = z.output<typeof MediationListSchema>;
export type OwnPreferences = z.output<typeof OwnPreferencesSchema>;
export type MediationEvent = z.output<typeof EventSchema>;
export type MediationAudit = z.output<typeof AuditSchema>;
export type OpenMediation = z.input<typeof OpenMediationSchema>;
