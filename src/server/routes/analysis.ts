/**
 * Issue-linkage analysis of a stored scenario (cached per version) or of a posted one. The analysis
 * runs on the job pool (`analysis.run`), never on the event loop, under the server's size limits,
 * time budget and per-caller concurrency limit (heavy-work.ts).
 */
import { z } from 'zod';
import type { ZodApp } from '../app.ts';
import { requireSignedIn } from '../auth.ts';
import { CgError, valueTreeProblems } from '../../core/index.ts';
import { checkModelSize, isYamlBody } from '../../jobs/index.ts';
import { errorReplies, IdParams } from '../schemas/common.ts';
import { AnalysisSchema, StatusQuoQuery } from '../schemas/analysis.ts';
import { assertCanSee, requireJointView } from '../scenario-service.ts';

export default function analysis(app: ZodApp): void {
  const { scenarios, analysisCache, heavy } = app.services;
  const limits = heavy.options.modelLimits;

  app.get(
    '/scenarios/:id/analysis',
    {
      schema: {
        tags: ['analysis'],
        summary:
          'Pareto frontier, bargaining points and linkage of a stored scenario (owner/mediator; cached per version). 422 when the model is over the size limits or the time budget.',
        params: IdParams,
        querystring: StatusQuoQuery,
        response: { 200: AnalysisSchema, ...errorReplies },
      },
    },
    async (req, reply) => {
      assertCanSee(req.principal, req.params.id);
      requireJointView(req.principal);
      const s = await scenarios.get(req.params.id);
      const statusQuo = req.query.statusQuo;
      const text = await analysisCache.get(s, statusQuo, () =>
        heavy.run(req, reply, 'analysis.run', { document: s.document, statusQuo, limits, stored: true }, 'analysis'),
      );
      // Already serialised (and validated when it was computed): sent as is.
      return reply
        .type('application/json; charset=utf-8')
        .header('etag', `"${s.id}-${s.version}"`)
        .send(text as never);
    },
  );

  app.post(
    '/analysis',
    {
      schema: {
        tags: ['analysis'],
        summary:
          'Analyse a posted scenario document (JSON or YAML) without storing it. 422 when the model is over the size limits or the time budget; 429 when this caller already runs its share of analyses.',
        querystring: StatusQuoQuery,
        body: z.unknown().meta({ description: 'A scenario document (schema Scenario)' }),
        response: { 200: AnalysisSchema, ...errorReplies },
      },
    },
    async (req, reply) => {
      requireSignedIn(req.principal);
      // A JSON body's size is checked here at once; YAML is parsed (and checked) on the worker.
      if (!isYamlBody(req.body)) {
        // Depth, size and reserved names first: a body nested 10,000 deep overflowed the stack in
        // the size check and in the copy to the worker (a 500).
        const hostile = valueTreeProblems(req.body, { path: ['body'], format: 'JSON' });
        if (hostile.length) throw new CgError(hostile);
        checkModelSize(req.body, limits);
      }
      // Serialised on the worker (a large frontier took seconds of this thread to serialise): sent as is.
      const text = await heavy.run(
        req,
        reply,
        'analysis.text',
        { document: req.body, statusQuo: req.query.statusQuo, limits },
        'analysis',
      );
      return reply.type('application/json; charset=utf-8').send(text as never);
    },
  );
}
