/**
 * Cooperation lab: the strategy library, stored cooperation games (the built-in
 * joint-versus-unilateral game and uploads), and round-robin tournaments run as jobs, on the
 * standard payoffs or on one issue of a stored game. Nothing here is private: any signed-in caller
 * may read games and run tournaments (runs are private to who started them); adding or deleting
 * games is the owner's.
 */
import { z } from 'zod';
import type { ZodApp } from '../app.ts';
import { principalKey, requireOwner, requireSignedIn } from '../auth.ts';
import {
  STRATEGIES,
  resolveStrategies,
  cooperationScenarioFromData,
  parseCooperationScenario,
  scenarioGame,
  localizeGame,
  type CooperationScenario,
} from '../../cooperation/index.ts';
import { CONTENT_LANGS } from '../../core/index.ts';
import { STANDARD_GAME, type GameChoice } from '../cooperation-run.ts';
import { accepted } from '../jobs.ts';
import { errorReplies, IdParams } from '../schemas/common.ts';
import { notFoundAt, under } from '../problem-details.ts';
import { JobSchema } from '../schemas/jobs.ts';
import {
  CooperationStrategyListSchema,
  GameCreateQuery,
  GameListSchema,
  StoredGameSchema,
  TournamentRequestSchema,
} from '../schemas/cooperation.ts';
import { isYamlBody } from '../scenario-service.ts';

const names = (d: CooperationScenario) => ({
  parties: d.parties.map((p) => ({ id: p.id, name: p.name })),
  issues: d.issues.map((i) => ({ id: i.id, name: i.name })),
});

const summary = (g: { id: string; title: string; origin: string; version: number; document: CooperationScenario }) => {
  // The title, party and issue names in the languages the game's file translates them into (display only).
  const translated = Object.fromEntries(
    CONTENT_LANGS.filter((lang) => g.document.translations?.[lang]).map((lang) => {
      const l = localizeGame(g.document, lang);
      return [lang, { title: l.title, ...names(l) }];
    }),
  );
  return {
    id: g.id,
    title: g.title,
    origin: g.origin,
    version: g.version,
    ...names(g.document),
    ...(Object.keys(translated).length ? { translated } : {}),
  };
};

export default function cooperation(app: ZodApp): void {
  const games = app.services.games;

  app.get(
    '/cooperation/strategies',
    {
      schema: {
        tags: ['cooperation'],
        summary: 'Strategies a tournament can use',
        response: { 200: CooperationStrategyListSchema, ...errorReplies },
      },
    },
    async () => ({
      strategies: STRATEGIES.map((s) => ({
        name: s.name,
        description: s.description ?? '',
        stochastic: !!s.stochastic,
      })),
    }),
  );

  app.get(
    '/cooperation/games',
    {
      schema: {
        tags: ['cooperation'],
        summary: 'Stored cooperation games (parties and issues)',
        response: { 200: GameListSchema, ...errorReplies },
      },
    },
    async (req) => {
      requireSignedIn(req.principal);
      return { games: (await games.list()).map(summary) };
    },
  );

  app.get(
    '/cooperation/games/:id',
    {
      schema: {
        tags: ['cooperation'],
        summary: 'One cooperation game with its payoffs and their rationale',
        params: IdParams,
        response: { 200: StoredGameSchema, ...errorReplies },
      },
    },
    async (req) => {
      requireSignedIn(req.principal);
      const g = await games.get(req.params.id);
      return { ...summary(g), document: g.document };
    },
  );

  app.post(
    '/cooperation/games',
    {
      schema: {
        tags: ['cooperation'],
        summary:
          'Store a cooperation game (YAML with Content-Type application/yaml, or JSON); ?id= names it (default: from the title)',
        querystring: GameCreateQuery,
        body: z.unknown().meta({ description: 'A cooperation game (kind: cooperation-game)' }),
        response: { 201: StoredGameSchema, ...errorReplies },
      },
    },
    async (req, reply) => {
      requireOwner(req.principal, 'add_cooperation_games');
      // JSON is parsed once, as JSON, by the body parser (which also applies the depth and name
      // limits); only YAML bodies are read from text here, keeping their line numbers.
      const body = req.body;
      const document = under(['body'], () =>
        isYamlBody(body)
          ? parseCooperationScenario(body.yamlText, 'request body')
          : cooperationScenarioFromData(body ?? null),
      );
      const id =
        req.query.id ??
        (document.title
          .toLowerCase()
          .normalize('NFKD')
          .replace(/[\u0300-\u036f]/g, '')
          .replace(/[^a-z0-9]+/g, '-')
          .replace(/^-+|-+$/g, '')
          .slice(0, 60) ||
          'game');
      const g = await games.create({ id, document, origin: isYamlBody(req.body) ? 'yaml' : 'json' });
      return reply
        .status(201)
        .header('location', `/api/cooperation/games/${g.id}`)
        .send({ ...summary(g), document: g.document });
    },
  );

  app.delete(
    '/cooperation/games/:id',
    {
      schema: {
        tags: ['cooperation'],
        summary: 'Delete a cooperation game',
        params: IdParams,
        response: { 204: z.null(), ...errorReplies },
      },
    },
    async (req, reply) => {
      requireOwner(req.principal, 'delete_cooperation_games');
      await games.delete(req.params.id);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/cooperation/tournaments',
    {
      schema: {
        tags: ['cooperation'],
        summary: 'Start a round-robin tournament as a job (202; watch /api/jobs/{id})',
        body: TournamentRequestSchema,
        response: { 202: JobSchema, ...errorReplies },
      },
    },
    async (req, reply) => {
      requireSignedIn(req.principal);
      const body = req.body;
      // Unknown names and games are a 400/404 now, not a failed job later.
      under(['body'], () => resolveStrategies(body.strategies));
      let choice: GameChoice = STANDARD_GAME;
      if (body.game) {
        const stored = await games.get(body.game.id).catch((e: unknown) => notFoundAt(e, ['body', 'game', 'id']));
        const doc = stored.document;
        const parties = body.game.parties ?? [doc.parties[0].id, doc.parties[1].id];
        const game = under(['body', 'game'], () => scenarioGame(doc, body.game!.issue, parties));
        const name = (id: string) => doc.parties.find((p) => p.id === id)?.name ?? id;
        const issue = doc.issues.find((i) => i.id === body.game!.issue)!;
        choice = {
          game,
          label: `${doc.title}: ${issue.name}, ${name(parties[0])} (row) v ${name(parties[1])} (column)`,
        };
      }
      const job = await app.services.jobs.start(
        'cooperation',
        null,
        body,
        { kind: 'cooperation.tournament', input: { params: body, choice } },
        { principal: principalKey(req.principal) },
      );
      return accepted(reply, job);
    },
  );
}
