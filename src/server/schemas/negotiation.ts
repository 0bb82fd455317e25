/**
 * Request and reply schemas of the negotiation routes: the strategies, single sessions (linked or
 * delinked) and linked-versus-delinked comparisons. Runs are jobs (schemas/jobs.ts), whose
 * `result` and streamed items are the results and actions defined here.
 */
import { z } from 'zod';

const ByParty = z.record(z.string(), z.number()).describe('Values by party id');
const Outcome = z.record(z.string(), z.string()).describe('Option id by issue id');
const num = z.number().nullable().describe('null when undefined (e.g. no Nash point)');

/** Largest comparison: sessions per mode (agent tuples x repetitions). */
export const MAX_COMPARISON_SESSIONS = 2000;

export const StrategySchema = z
  .object({
    id: z.string(),
    name: z.string(),
    description: z.string(),
    citation: z.string(),
    params: z.record(
      z.string(),
      z.object({
        kind: z.enum(['number', 'acceptance']),
        description: z.string(),
        default: z.union([z.number(), z.string()]),
        min: z.number().optional(),
        max: z.number().optional(),
      }),
    ),
  })
  .meta({ id: 'NegotiationStrategy' });
export type NegotiationStrategy = z.output<typeof StrategySchema>;

export const StrategyListSchema = z.object({ strategies: z.array(StrategySchema) });
export type NegotiationStrategyList = z.output<typeof StrategyListSchema>;

const Target = {
  scenarioId: z.string().min(1).max(200).optional().describe('A stored scenario (its owner or mediator only)'),
  scenario: z
    .unknown()
    .optional()
    .describe('Or a scenario document sent with the request (anyone signed in; nothing is stored)'),
  statusQuo: z.string().max(2000).optional().describe('Set or override the status quo: "issue=option;issue=option"'),
};
const Common = {
  protocol: z
    .enum(['alternating', 'stacked', 'mediated'])
    .optional()
    .describe('Default: alternating offers for 2 parties, stacked alternating offers for more'),
  order: z
    .enum(['sequential', 'parallel'])
    .default('sequential')
    .describe(
      'Delinked mode: settle issues in order (later sessions start from earlier agreements) or all from the status quo',
    ),
  rounds: z.number().int().min(1).max(2000).default(100).describe('Deadline in rounds'),
  seed: z
    .number()
    .int()
    .min(0)
    .max(2 ** 31 - 1)
    .default(1),
  mediatorIssues: z
    .number()
    .int()
    .min(1)
    .max(20)
    .default(2)
    .describe('Mediated protocol: most issues one proposal changes'),
};

export const SessionRequestSchema = z
  .object({
    ...Target,
    agents: z
      .array(z.string().min(1).max(200))
      .min(2)
      .max(12)
      .describe('One agent spec per party, in party order: name[:param=value...] (GET /api/negotiation/strategies)'),
    mode: z
      .enum(['linked', 'delinked'])
      .default('linked')
      .describe('linked: one package over every issue; delinked: each issue in its own session'),
    ...Common,
  })
  .meta({ id: 'NegotiationSessionRequest' });
export type SessionRequest = z.input<typeof SessionRequestSchema>;

/** Largest agent pool of a linked-versus-delinked comparison. */
export const MAX_COMPARISON_AGENTS = 8;

export const ComparisonRequestSchema = z
  .object({
    ...Target,
    agents: z
      .array(z.string().min(1).max(200))
      .min(1)
      .max(MAX_COMPARISON_AGENTS)
      .describe('The agent pool: every ordered tuple (one agent per party) plays, once linked and once delinked'),
    repetitions: z.number().int().min(1).max(10).default(1),
    selfPlay: z.boolean().default(true),
    ...Common,
  })
  .meta({ id: 'NegotiationComparisonRequest' });
export type ComparisonRequest = z.input<typeof ComparisonRequestSchema>;

export const OfferSchema = z
  .object({
    step: z.number().int(),
    round: z.number().int(),
    time: z.number().describe('Share of the deadline used, in [0, 1)'),
    party: z.string().describe('Acting party id, or "mediator"'),
    kind: z.enum(['offer', 'accept', 'walk', 'proposal']),
    issue: z.string().optional().describe('Delinked mode: the issue this session is about'),
    outcome: Outcome.optional(),
    utilities: ByParty.optional().describe(
      "Every party's utility of the outcome (the recorder's view; negotiators see only their own)",
    ),
    issues: z.array(z.string()).optional(),
    votes: z.record(z.string(), z.enum(['accept', 'veto', 'walk'])).optional(),
    adopted: z.boolean().optional(),
  })
  .meta({ id: 'NegotiationAction' });
/** One action of a session: an offer, an acceptance, a walk-away or a mediator's proposal. */
export type Offer = z.output<typeof OfferSchema>;

const Agreement = z.object({
  outcome: Outcome,
  utilities: ByParty,
  issuesAgreed: z.number().int().optional(),
  issuesChanged: z.number().int().optional(),
});

export const SessionResultSchema = z
  .object({
    domain: z.string(),
    mode: z.enum(['linked', 'delinked']),
    protocol: z.string().optional(),
    order: z.enum(['sequential', 'parallel']).optional(),
    parties: z.array(z.string()),
    agents: z.array(z.string()),
    seed: z.number().int().optional(),
    end: z.enum(['agreement', 'deadline', 'walkaway', 'rejected']).optional(),
    walkedAway: z.string().nullable().optional(),
    agreement: Agreement.nullable(),
    outcome: Outcome.optional().describe('Delinked: every issue agreed or at its status quo'),
    utilities: ByParty.describe("Final utilities: the agreement's, or each party's no-deal utility"),
    noDeal: ByParty,
    statusQuo: ByParty.optional(),
    feasible: z.boolean().optional(),
    rounds: z.number().int(),
    steps: z.number().int().optional(),
    distances: z.object({ pareto: num, nash: num }).nullable(),
    nash: ByParty.nullable(),
    issues: z
      .array(
        z.object({
          issue: z.string(),
          agreed: z.string().nullable(),
          statusQuo: z.string(),
          end: z.string(),
          rounds: z.number().int(),
          walkedAway: z.string().nullable(),
        }),
      )
      .optional(),
    offers: z
      .union([z.array(OfferSchema), z.record(z.string(), z.unknown())])
      .describe('Every action, or a summary when there are more than 20,000'),
    offerCount: z.number().int(),
  })
  .meta({ id: 'NegotiationSessionResult' });
export type SessionResult = z.output<typeof SessionResultSchema>;

const LinkageRow = z.object({
  domain: z.string(),
  agents: z.string(),
  sessions: z.number().int(),
  linkedAgreement: num,
  delinkedAgreement: num,
  linkedMoved: num,
  delinkedMoved: num,
  linkedJoint: num,
  delinkedJoint: num,
  statusQuoJoint: num,
});
const RankingRow = z.object({
  rank: z.number().int(),
  agent: z.string(),
  sessions: z.number().int(),
  meanUtility: num,
  agreementRate: num,
  socialWelfare: num,
  paretoDistance: num,
  nashDistance: num,
  meanRounds: num,
});

export const ComparisonResultSchema = z
  .object({
    domain: z.string(),
    agents: z.array(z.string()),
    repetitions: z.number().int(),
    rounds: z.number().int(),
    seed: z.number().int(),
    protocol: z.string().nullable(),
    sessions: z.number().int(),
    byDomain: z.array(LinkageRow),
    rows: z.array(LinkageRow).describe('Per agent tuple'),
    linkedRanking: z.array(RankingRow),
    delinkedRanking: z.array(RankingRow),
  })
  .meta({ id: 'NegotiationComparisonResult' });
export type ComparisonResult = z.output<typeof ComparisonResultSchema>;
/** One row of a comparison: linked versus delinked for one domain or agent tuple. */
export type ComparisonRow = ComparisonResult['rows'][number];
