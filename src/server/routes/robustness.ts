/**
 * Robustness of a stored scenario's analysis as a job (202 + the job; watch it at /api/jobs/{id}
 * or its events): Monte Carlo over plausible preferences on the job pool (or, with REDIS_URL, on the
 * queue's worker processes), with partial estimates
 * streamed as job items, the most robust package and the exact sensitivity. Like the analysis,
 * it combines every party's private preferences, so only the owner or mediator may run it.
 */
import type { ZodApp } from '../app.ts';
import { principalKey } from '../auth.ts';
import { accepted } from '../jobs.ts';
import { prepareRobustness } from '../robustness-run.ts';
import { errorReplies, IdParams } from '../schemas/common.ts';
import { JobSchema } from '../schemas/jobs.ts';
import { RobustnessRequestSchema } from '../schemas/robustness.ts';
import { assertCanSee, requireJointView } from '../scenario-service.ts';

export default function robustness(app: ZodApp): void {
  const { scenarios, jobs } = app.services;

  app.post(
    '/scenarios/:id/robustness',
    {
      schema: {
        tags: ['analysis'],
        summary:
          'Start a robustness run of a stored scenario as a job (202; owner/mediator; results cached per version and settings)',
        params: IdParams,
        body: RobustnessRequestSchema,
        response: { 202: JobSchema, ...errorReplies },
      },
    },
    async (req, reply) => {
      assertCanSee(req.principal, req.params.id);
      requireJointView(req.principal);
      const s = await scenarios.get(req.params.id);
      const body = req.body ?? RobustnessRequestSchema.parse({});
      const run = prepareRobustness(s, body);
      const job = await jobs.start(
        'robustness',
        s.id,
        { ...body, version: s.version },
        // A plan (data): run here on the job pool, or in queue mode (REDIS_URL) put on the queue.
        { kind: 'robustness', input: run },
        { principal: principalKey(req.principal) },
      );
      return accepted(reply, job);
    },
  );
}
