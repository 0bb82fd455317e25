/** Issue-linkage analysis of a stored scenario (cached per version) or of a posted one. */
import { z } from 'zod';
import type { ZodApp } from '../app.ts';
import { requireSignedIn } from '../auth.ts';
import type { Scenario } from '../../model/index.ts';
import { errorReplies, IdParams } from '../schemas/common.ts';
import { AnalysisSchema, StatusQuoQuery } from '../schemas/analysis.ts';
import { analyseScenario, assertCanSee, readScenario, requireJointView } from '../scenario-service.ts';

export default function analysis(app: ZodApp): void {
  const { scenarios, analysisCache } = app.services;

  app.get(
    '/scenarios/:id/analysis',
    {
      schema: {
        tags: ['analysis'],
        summary:
          'Pareto frontier, bargaining points and linkage of a stored scenario (owner/mediator; cached per version)',
        params: IdParams,
        querystring: StatusQuoQuery,
        response: { 200: AnalysisSchema, ...errorReplies },
      },
    },
    async (req, reply) => {
      assertCanSee(req.principal, req.params.id);
      requireJointView(req.principal);
      const s = await scenarios.get(req.params.id);
      const text = analysisCache.get(s, req.query.statusQuo, () =>
        analyseScenario(s.document as Scenario, req.query.statusQuo),
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
        summary: 'Analyse a posted scenario document (JSON or YAML) without storing it',
        querystring: StatusQuoQuery,
        body: z.unknown().meta({ description: 'A scenario document (schema Scenario)' }),
        response: { 200: AnalysisSchema, ...errorReplies },
      },
    },
    async (req) => {
      requireSignedIn(req.principal);
      return analyseScenario(readScenario(req.body), req.query.statusQuo);
    },
  );
}
