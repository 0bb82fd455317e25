/**
 * Frameworks (the tracker's store: `store.frameworks`): list, get, create (JSON or YAML), replace and
 * delete with optimistic versions (409 on a stale version), the five-criteria audit and progress.
 * Indicator import (CSV) and IATI export/import are in framework-io.ts.
 *
 * Reads are open to any signed-in caller (frameworks are the public accountability record);
 * changes are the owner's.
 */
import { z } from 'zod';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { ZodApp } from '../app.ts';
import { requireOwner, requireSignedIn } from '../auth.ts';
import { CgError, fail, translatedTexts, type PathSegment } from '../../core/index.ts';
import {
  frameworkFromData,
  parseFrameworkText,
  type Framework,
  checkScenarioLinks,
  type LinkedScenario,
} from '../../framework/index.ts';
import { validateScenario } from '../../model/index.ts';
import { errorReplies, IdParams } from '../schemas/common.ts';
import { under } from '../problem-details.ts';
import { isYamlBody } from '../scenario-service.ts';
import {
  AuditReportSchema,
  FrameworkListSchema,
  FrameworkReplaceSchema,
  ProgressQuery,
  ProgressReportSchema,
  StoredFrameworkSchema,
  VersionQuery,
} from '../schemas/frameworks.ts';
import registerIo from './framework-io.ts';

/** Store errors name store paths; the API names the request field at fault (the id, the version). */
export async function atRequest<T>(f: () => Promise<T>, paths: { version?: PathSegment[] } = {}): Promise<T> {
  try {
    return await f();
  } catch (e) {
    if (e instanceof CgError) {
      throw new CgError(
        e.problems.map((p) =>
          p.code === 'not_found'
            ? { ...p, path: ['id'] }
            : p.code === 'version_conflict' && paths.version
              ? { ...p, path: paths.version }
              : p,
        ),
        { status: e.status },
      );
    }
    throw e;
  }
}

/** A framework from a JSON value or YAML text (problems carry the body path, and the line for YAML). */
export function readFramework(body: unknown, where: PathSegment[] = ['body']): Framework {
  return under(where, () =>
    isYamlBody(body) ? parseFrameworkText(body.yamlText, 'request body') : frameworkFromData(body),
  );
}

/**
 * Objectives' linked issues and linkage packages must exist in the stored analysis scenario they
 * name (as `framework load` checks against the built-in files); a scenario not stored is not checked.
 */
async function checkScenarioReferences(app: ZodApp, fw: Framework, where: PathSegment[]): Promise<void> {
  const ids = [
    ...new Set([fw.scenario, ...fw.linkages.map((l) => l.package.scenario)].filter((x): x is string => !!x)),
  ];
  const found = new Map<string, LinkedScenario>();
  for (const id of ids) {
    const s = await app.services.scenarios.find(id);
    if (!s) continue;
    try {
      found.set(id, validateScenario(s.document));
    } catch {
      /* a stored scenario that no longer validates cannot be checked against */
    }
  }
  const { problems } = checkScenarioLinks(fw, (id) => found.get(id));
  if (problems.length) throw new CgError(problems.map((p) => ({ ...p, path: [...where, ...p.path] })));
}

export default async function frameworks(app: ZodApp): Promise<void> {
  const repo = app.services.frameworks;
  const stored = async (id: string) => {
    const { framework, version } = await atRequest(() => repo.get(id));
    return { id, name: framework.name, version, framework };
  };

  app.get(
    '/frameworks',
    {
      schema: {
        tags: ['frameworks'],
        summary: 'Stored frameworks',
        response: { 200: FrameworkListSchema, ...errorReplies },
      },
    },
    async (req) => {
      requireSignedIn(req.principal);
      const list = await repo.list();
      // Each framework's name in the languages its file translates it into (display only), from the
      // translations the list already carries.
      return {
        frameworks: list.map((item) => {
          const { translations: _, ...f } = item;
          const translated = translatedTexts(item, ['name'] as const);
          return translated ? { ...f, translated } : f;
        }),
      };
    },
  );

  app.get(
    '/frameworks/:id',
    {
      schema: {
        tags: ['frameworks'],
        summary: 'One framework (the normalised model) and its version',
        params: IdParams,
        response: { 200: StoredFrameworkSchema, ...errorReplies },
      },
    },
    async (req) => {
      requireSignedIn(req.principal);
      return stored(req.params.id);
    },
  );

  app.post(
    '/frameworks',
    {
      schema: {
        tags: ['frameworks'],
        summary:
          'Store a new framework (the framework file format as JSON, or YAML with Content-Type application/yaml); 409 if the id exists',
        body: z.unknown().meta({ description: 'A framework document (scenarios/frameworks/*.yaml format)' }),
        response: { 201: StoredFrameworkSchema, ...errorReplies },
      },
    },
    async (req, reply) => {
      requireOwner(req.principal, 'create_frameworks');
      const fw = readFramework(req.body);
      await checkScenarioReferences(app, fw, ['body']);
      const existing = await repo.version(fw.id);
      if (existing !== undefined) {
        fail(
          'already_exists',
          { kind: 'framework', id: fw.id, version: existing, replace: true },
          { path: ['body', 'id'] },
        );
      }
      await repo.save(fw, { mode: 'create' });
      return reply
        .status(201)
        .header('location', `/api/frameworks/${fw.id}`)
        .send(await stored(fw.id));
    },
  );

  app.put(
    '/frameworks/:id',
    {
      schema: {
        tags: ['frameworks'],
        summary: 'Replace a framework; with `version`, only if nobody changed it meanwhile (409 otherwise)',
        params: IdParams,
        body: FrameworkReplaceSchema,
        response: { 200: StoredFrameworkSchema, ...errorReplies },
      },
    },
    async (req) => {
      requireOwner(req.principal, 'change_frameworks');
      const current = await repo.version(req.params.id);
      if (current === undefined) fail('not_found', { kind: 'framework', id: req.params.id }, { path: ['id'] });
      const fw = readFramework(req.body.document, ['body', 'document']);
      await checkScenarioReferences(app, fw, ['body', 'document']);
      if (fw.id !== req.params.id)
        fail('id_mismatch', { kind: 'framework', id: fw.id, url: req.params.id }, { path: ['body', 'document', 'id'] });
      await atRequest(() => repo.save(fw, { mode: 'upsert', expectedVersion: req.body.version }), {
        version: ['body', 'version'],
      });
      return stored(fw.id);
    },
  );

  app.delete(
    '/frameworks/:id',
    {
      schema: {
        tags: ['frameworks'],
        summary: 'Delete a framework (with ?version=, only if unchanged)',
        params: IdParams,
        querystring: VersionQuery,
        response: { 204: z.null(), ...errorReplies },
      },
    },
    async (req, reply) => {
      requireOwner(req.principal, 'delete_frameworks');
      await atRequest(() => repo.remove(req.params.id, req.query.version), { version: ['querystring', 'version'] });
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/frameworks/:id/audit',
    {
      schema: {
        tags: ['frameworks'],
        summary: "Audit against the brief's five criteria and joint action: scores and gaps",
        params: IdParams,
        response: { 200: AuditReportSchema, ...errorReplies },
      },
    },
    async (req) => {
      requireSignedIn(req.principal);
      return atRequest(() => repo.audit(req.params.id));
    },
  );

  app.get(
    '/frameworks/:id/progress',
    {
      schema: {
        tags: ['frameworks'],
        summary:
          'Indicator progress, budgets committed versus disbursed, joint-action share (computed in the database)',
        params: IdParams,
        querystring: ProgressQuery,
        response: { 200: ProgressReportSchema, ...errorReplies },
      },
    },
    async (req) => {
      requireSignedIn(req.principal);
      return atRequest(() => repo.progress(req.params.id, { currency: req.query.currency }));
    },
  );

  await app.register(async (child) => registerIo(child.withTypeProvider<ZodTypeProvider>()));
}
