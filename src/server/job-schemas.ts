/**
 * Request and result schemas of the runs (jobs): negotiation sessions, linked-versus-delinked
 * comparisons and cooperation tournaments. A job reply is a union on `kind`, so each kind's
 * result and streamed items are documented (OpenAPI) and checked on the way out.
 */
import { z } from 'zod';
import { ProblemSchema } from './problem-details.ts';

const ByParty = z.record(z.string(), z.number()).describe('Values by party id');
const Outcome = z.record(z.string(), z.string()).describe('Option id by issue id');
const num = z.number().nullable().describe('null when undefined (e.g. no Nash point)');

// ---------------------------------------------------------------------------------------------
// Negotiation

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

// ---------------------------------------------------------------------------------------------
// Cooperation

export const TournamentRequestSchema = z
  .object({
    strategies: z
      .array(z.string().min(1).max(80))
      .min(2)
      .max(60)
      .describe('Strategy names (GET /api/cooperation/strategies)'),
    turns: z.number().int().min(1).max(2000).default(200),
    repetitions: z.number().int().min(1).max(50).default(5),
    noise: z.number().min(0).max(0.5).default(0).describe('Probability an intended action is flipped'),
    misread: z.number().min(0).max(0.5).default(0).describe("Probability a player misreads the other's action"),
    probEnd: z.number().min(0).max(1).default(0).describe('Probability each turn is the last (0: fixed length)'),
    seed: z
      .number()
      .int()
      .min(0)
      .max(2 ** 31 - 1)
      .default(1),
    game: z
      .object({
        id: z.string().min(1).max(200).describe('A stored cooperation game (GET /api/cooperation/games)'),
        issue: z.string().min(1).max(80),
        parties: z
          .tuple([z.string().min(1).max(80), z.string().min(1).max(80)])
          .optional()
          .describe('Row and column party (default: the first two)'),
      })
      .optional()
      .describe("Play one issue's stage game of a stored game instead of the standard payoffs (R=3, S=0, T=5, P=1)"),
  })
  .meta({ id: 'TournamentRequest' });

const Payoffs = z.object({ R: z.number(), S: z.number(), T: z.number(), P: z.number() });

export const TournamentResultSchema = z
  .object({
    ranking: z.array(
      z.object({
        rank: z.number().int(),
        name: z.string(),
        medianScore: z.number(),
        cooperationRate: z.number(),
        medianWins: z.number(),
      }),
    ),
    players: z.array(z.string()),
    payoffMatrix: z
      .array(z.array(z.number()))
      .describe('Mean payoff per turn of the row player against the column player'),
    jointVsUnilateral: z
      .array(z.object({ turn: z.number().int(), joint: z.number().nullable(), unilateral: z.number().nullable() }))
      .describe('Per turn: mean payoff of a player who acted jointly (C) and of one who acted alone (D)'),
    game: z.object({ row: Payoffs, col: Payoffs, label: z.string() }),
    params: z.record(z.string(), z.unknown()),
  })
  .meta({ id: 'TournamentResult' });

// ---------------------------------------------------------------------------------------------
// Jobs

const JobBase = z.object({
  id: z.string(),
  status: z.enum(['queued', 'running', 'succeeded', 'failed', 'cancelled']),
  scenarioId: z.string().nullable(),
  params: z.record(z.string(), z.unknown()),
  progress: z.number().min(0).max(1),
  message: z.string().nullable(),
  error: z.array(ProblemSchema).nullable(),
  createdAt: z.string(),
  startedAt: z.string().nullable(),
  finishedAt: z.string().nullable(),
  itemCount: z.number().int().describe('Items streamed so far (while the job is in memory)'),
});

const never = z.array(z.never()).describe('This kind streams no items');

export const JobSchema = z
  .discriminatedUnion('kind', [
    JobBase.extend({
      kind: z.literal('negotiation'),
      result: SessionResultSchema.nullable(),
      items: z
        .array(OfferSchema)
        .describe('Actions streamed from ?since= on (kept in memory 10 minutes after the end)'),
    }),
    JobBase.extend({
      kind: z.literal('negotiation-comparison'),
      result: ComparisonResultSchema.nullable(),
      items: never,
    }),
    JobBase.extend({ kind: z.literal('cooperation'), result: TournamentResultSchema.nullable(), items: never }),
  ])
  .meta({ id: 'Job' });

export const JobSummarySchema = z
  .discriminatedUnion('kind', [
    JobBase.omit({ itemCount: true }).extend({ kind: z.literal('negotiation') }),
    JobBase.omit({ itemCount: true }).extend({ kind: z.literal('negotiation-comparison') }),
    JobBase.omit({ itemCount: true }).extend({ kind: z.literal('cooperation') }),
  ])
  .meta({ id: 'JobSummary' });

export const JOB_KINDS = ['negotiation', 'negotiation-comparison', 'cooperation'] as const;
