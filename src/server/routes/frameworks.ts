/** Frameworks: CRUD on framework documents, the five-criteria audit, and progress. */
import { z } from 'zod';
import type { ZodApp } from '../app.ts';
import { requireOwner, requireSignedIn } from '../auth.ts';
import { CgError, type PathSegment } from '../../core/problems.ts';
import { auditFramework, frameworkFromData, frameworkProgress, parseYamlText, type Framework } from '../../framework/index.ts';
import { errorReplies, IdParams } from '../schemas.ts';
import { isYamlBody } from '../scenario-service.ts';

const Summary = z.object({ id: z.string(), name: z.string(), origin: z.string(), version: z.number().int(), createdAt: z.string(), updatedAt: z.string() }).meta({ id: 'FrameworkSummary' });
const Stored = Summary.extend({ document: z.unknown().describe('The framework file document'), framework: z.unknown().describe('The normalised framework model') }).meta({ id: 'StoredFramework' });

/** Read a framework document from JSON or YAML; problems name the body path. */
export function readFramework(body: unknown, where: PathSegment[] = ['body']): { data: unknown; framework: Framework } {
  try {
    const data = isYamlBody(body) ? parseYamlText(body.yamlText, 'request body').data : body;
    return { data, framework: frameworkFromData(data) };
  } catch (e) {
    if (e instanceof CgError) throw new CgError(e.problems.map((p) => ({ ...p, path: [...where, ...p.path] })));
    throw e;
  }
}

export default function frameworks(app: ZodApp): void {
  const repo = app.services.frameworks;
  const present = (s: Awaited<ReturnType<typeof repo.get>>) => ({ ...s, framework: frameworkFromData(s.document) });

  app.get('/frameworks', { schema: { tags: ['frameworks'], summary: 'Stored frameworks', response: { 200: z.object({ frameworks: z.array(Summary) }), ...errorReplies } } }, async (req) => {
    requireSignedIn(req.principal);
    return { frameworks: await repo.list() };
  });

  app.get('/frameworks/:id', { schema: { tags: ['frameworks'], summary: 'One framework: document and normalised model', params: IdParams, response: { 200: Stored, ...errorReplies } } }, async (req) => {
    requireSignedIn(req.principal);
    return present(await repo.get(req.params.id));
  });

  app.post(
    '/frameworks',
    { schema: { tags: ['frameworks'], summary: 'Store a framework (JSON, or YAML with Content-Type application/yaml)', body: z.unknown(), response: { 201: Stored, ...errorReplies } } },
    async (req, reply) => {
      requireOwner(req.principal, 'create frameworks');
      const { data, framework } = readFramework(req.body);
      const s = await repo.create({ id: framework.id, name: framework.name, document: data, origin: isYamlBody(req.body) ? 'yaml' : 'json' });
      return reply.status(201).header('location', `/api/frameworks/${s.id}`).send(present(s));
    },
  );

  app.put(
    '/frameworks/:id',
    {
      schema: {
        tags: ['frameworks'],
        summary: 'Replace a framework document (with `version`: only if unchanged meanwhile)',
        params: IdParams,
        body: z.object({ document: z.unknown(), version: z.number().int().min(1).optional() }),
        response: { 200: Stored, ...errorReplies },
      },
    },
    async (req) => {
      requireOwner(req.principal, 'change frameworks');
      await repo.get(req.params.id);
      const { data, framework } = readFramework(req.body.document, ['body', 'document']);
      return present(await repo.update(req.params.id, { name: framework.name, document: data }, req.body.version));
    },
  );

  app.delete('/frameworks/:id', { schema: { tags: ['frameworks'], summary: 'Delete a framework', params: IdParams, response: { 204: z.null(), ...errorReplies } } }, async (req, reply) => {
    requireOwner(req.principal, 'delete frameworks');
    await repo.delete(req.params.id);
    return reply.status(204).send(null);
  });

  app.get(
    '/frameworks/:id/audit',
    { schema: { tags: ['frameworks'], summary: "Audit against the brief's criteria: scores and gaps", params: IdParams, response: { 200: z.unknown().describe('AuditReport (src/framework/audit.ts)'), ...errorReplies } } },
    async (req) => {
      requireSignedIn(req.principal);
      return auditFramework(frameworkFromData((await repo.get(req.params.id)).document));
    },
  );

  app.get(
    '/frameworks/:id/progress',
    {
      schema: {
        tags: ['frameworks'],
        summary: 'Indicator progress, budgets committed versus disbursed, joint-action share',
        params: IdParams,
        querystring: z.object({ currency: z.string().regex(/^[A-Z]{3}$/).optional() }),
        response: { 200: z.unknown().describe('ProgressReport (src/framework/progress.ts)'), ...errorReplies },
      },
    },
    async (req) => {
      requireSignedIn(req.principal);
      return frameworkProgress(frameworkFromData((await repo.get(req.params.id)).document), { currency: req.query.currency });
    },
  );
}
