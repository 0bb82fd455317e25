/**
 * Request and reply schemas of the cooperation routes: the strategy library, stored cooperation
 * games and round-robin tournaments (run as jobs, schemas/jobs.ts).
 */
import { z } from 'zod';
import { cooperationScenarioSchema } from '../../cooperation/index.ts';
import { translatedNames } from './common.ts';

export const CooperationStrategyListSchema = z.object({
  strategies: z.array(z.object({ name: z.string(), description: z.string(), stochastic: z.boolean() })),
});
export type CooperationStrategyList = z.output<typeof CooperationStrategyListSchema>;

export const GameSummarySchema = z
  .object({
    id: z.string(),
    title: z.string(),
    origin: z.string(),
    version: z.number().int(),
    parties: z.array(z.object({ id: z.string(), name: z.string() })),
    issues: z.array(z.object({ id: z.string(), name: z.string() })),
    translated: translatedNames(
      z.object({
        title: z.string(),
        parties: z.array(z.object({ id: z.string(), name: z.string() })),
        issues: z.array(z.object({ id: z.string(), name: z.string() })),
      }),
    ),
  })
  .meta({ id: 'CooperationGameSummary' });
export type CooperationGameSummary = z.output<typeof GameSummarySchema>;

export const GameListSchema = z.object({ games: z.array(GameSummarySchema) });
export type CooperationGameList = z.output<typeof GameListSchema>;

export const StoredGameSchema = GameSummarySchema.extend({
  document: cooperationScenarioSchema.meta({ id: 'CooperationGame' }),
}).meta({
  id: 'StoredCooperationGame',
});
export type StoredCooperationGame = z.output<typeof StoredGameSchema>;

export const GameCreateQuery = z.object({
  id: z
    .string()
    .regex(/^[a-z0-9][a-z0-9_-]*$/)
    .max(80)
    .optional(),
});

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
export type TournamentRequest = z.input<typeof TournamentRequestSchema>;

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
export type TournamentResult = z.output<typeof TournamentResultSchema>;
