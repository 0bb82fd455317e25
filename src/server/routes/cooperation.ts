/** Cooperation lab: repeated joint-vs-unilateral tournaments run as jobs. */
import { z } from 'zod';
import type { ZodApp } from '../app.ts';
import { requireOwner } from '../auth.ts';
import { CgError } from '../../core/problems.ts';
import { errorReplies, JobSchema } from '../schemas.ts';
import { STRATEGIES, resolveStrategies } from '../../cooperation/strategies/index.ts';
import { runTournamentJob } from '../cooperation-run.ts';

export const TournamentBody = z
  .object({
    strategies: z.array(z.string().min(1).max(80)).min(2).max(40).describe('Strategy names (GET /api/cooperation/strategies)'),
    turns: z.number().int().min(1).max(2000).default(200),
    repetitions: z.number().int().min(1).max(50).default(5),
    noise: z.number().min(0).max(0.5).default(0),
    seed: z.number().int().min(0).max(2 ** 31 - 1).default(1),
  })
  .meta({ id: 'TournamentRequest' });

export default function cooperation(app: ZodApp): void {
  app.get(
    '/cooperation/strategies',
    { schema: { tags: ['jobs'], summary: 'Strategies a tournament can use', response: { 200: z.object({ strategies: z.array(z.object({ name: z.string() })) }), ...errorReplies } } },
    async () => ({ strategies: STRATEGIES.map((s) => ({ name: s.name })) }),
  );

  app.post(
    '/cooperation/tournaments',
    { schema: { tags: ['jobs'], summary: 'Start a round-robin tournament as a job (202; poll /api/jobs/{id})', body: TournamentBody, response: { 202: JobSchema, ...errorReplies } } },
    async (req, reply) => {
      requireOwner(req.principal, 'run tournaments');
      const body = req.body;
      // Unknown names are a 400 now, not a failed job later.
      try {
        resolveStrategies(body.strategies);
      } catch (e) {
        if (e instanceof CgError) throw new CgError(e.problems.map((p) => ({ ...p, path: ['body', ...p.path] })));
        throw e;
      }
      const job = await app.services.jobs.start('cooperation', null, body, (ctx) => runTournamentJob(body, ctx));
      return reply.status(202).header('location', `/api/jobs/${job.id}`).send({ ...job, items: [], itemCount: 0 });
    },
  );
}
