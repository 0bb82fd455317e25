import type { ZodApp } from '../app.ts';
import { API_VERSION } from '../app.ts';
import { errorReplies } from '../schemas/common.ts';
import { HealthSchema } from '../schemas/health.ts';

export default function health(app: ZodApp): void {
  app.get(
    '/health',
    {
      schema: {
        tags: ['system'],
        summary: 'Liveness and who you are; in queue mode, the queue depth and connected workers',
        response: { 200: HealthSchema, ...errorReplies },
      },
    },
    async (req) => {
      await app.services.scenarios.count();
      const p = req.principal;
      return {
        status: 'ok' as const,
        version: API_VERSION,
        database: app.services.dialect,
        principal:
          p.kind === 'delegation' ? { kind: p.kind, scenarioId: p.scenarioId, partyId: p.partyId } : { kind: p.kind },
        localMode: !app.services.auth.adminTokens?.length,
        ...(app.services.queue ? { queue: await app.services.queue.stats() } : {}),
      };
    },
  );
}
