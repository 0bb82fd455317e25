/** Scenario history (every save keeps a version: list, read, restore) and side-by-side comparison. */
import type { ZodApp } from '../app.ts';
import { requireOwner } from '../auth.ts';
import type { Scenario } from '../../model/index.ts';
import { errorReplies, IdParams } from '../schemas/common.ts';
import { StoredScenarioSchema } from '../schemas/scenarios.ts';
import {
  CompareQuery,
  ComparisonSchema,
  RestoreSchema,
  VersionDocumentSchema,
  VersionListSchema,
  VersionParams,
} from '../schemas/versions.ts';
import { readScenario, scenarioTranslatedNames } from '../scenario-service.ts';
import { preferenceChanges, sidePackages } from '../compare.ts';

export default function versions(app: ZodApp): void {
  const { scenarios: repo, analysisCache: cache, heavy } = app.services;
  const limits = heavy.options.modelLimits;

  app.get(
    '/scenarios/:id/versions',
    {
      schema: {
        tags: ['scenarios'],
        summary: 'Kept versions of a scenario, newest first (owner/mediator: they hold every party’s preferences)',
        params: IdParams,
        response: { 200: VersionListSchema, ...errorReplies },
      },
    },
    async (req) => {
      requireOwner(req.principal, 'see_scenario_history');
      const current = await repo.get(req.params.id);
      const versions = await repo.versions(req.params.id);
      // Each version's name and description in the languages its document translates them into (display only).
      const docs = await Promise.all(
        versions.map((v) =>
          repo.version(req.params.id, v.version).then(
            (d) => d.document,
            () => undefined,
          ),
        ),
      );
      return {
        scenarioId: current.id,
        current: current.version,
        versions: versions.map((v, i) => {
          const translated = scenarioTranslatedNames(docs[i]);
          return translated ? { ...v, translated } : v;
        }),
      };
    },
  );

  app.get(
    '/scenarios/:id/versions/:version',
    {
      schema: {
        tags: ['scenarios'],
        summary: 'One kept version of a scenario with its document',
        params: VersionParams,
        response: { 200: VersionDocumentSchema, ...errorReplies },
      },
    },
    async (req) => {
      requireOwner(req.principal, 'see_scenario_history');
      return (await repo.version(req.params.id, req.params.version)) as never;
    },
  );

  app.post(
    '/scenarios/:id/versions/:version/restore',
    {
      schema: {
        tags: ['scenarios'],
        summary: 'Restore an earlier version: saved as a new version, so nothing in the history is lost',
        params: VersionParams,
        body: RestoreSchema,
        response: { 200: StoredScenarioSchema, ...errorReplies },
      },
    },
    async (req) => {
      requireOwner(req.principal, 'change_scenarios');
      const old = await repo.version(req.params.id, req.params.version);
      // Checked again as any save is: the format may have grown stricter since it was kept.
      const doc = readScenario(old.document, ['version', String(old.version)]);
      const s = await repo.update(
        req.params.id,
        { name: old.name, description: old.description, document: doc },
        req.body?.version,
      );
      cache.forget(req.params.id);
      return { ...s, document: s.document as Scenario, redacted: false, visibleParty: null };
    },
  );

  app.get(
    '/compare',
    {
      schema: {
        tags: ['scenarios'],
        summary:
          'Two scenarios or versions side by side: key packages with every party’s utility, and what changed in the preferences',
        querystring: CompareQuery,
        response: { 200: ComparisonSchema, ...errorReplies },
      },
    },
    async (req, reply) => {
      requireOwner(req.principal, 'compare_scenarios');
      const load = async (ref: string, which: 'a' | 'b') => {
        const [id, v] = ref.split('@');
        const current = await repo.get(id).catch((e) => {
          if (e?.problems)
            e.problems = e.problems.map((p: { path: unknown[] }) => ({ ...p, path: ['querystring', which] }));
          throw e;
        });
        if (v === undefined)
          return {
            id,
            version: current.version,
            name: current.name,
            doc: current.document as Scenario,
            stored: current,
          };
        const old = await repo.version(id, Number(v));
        return { id, version: old.version, name: old.name, doc: readScenario(old.document, ['querystring', which]) };
      };
      const a = await load(req.query.a, 'a');
      const b = await load(req.query.b, 'b');
      // One after the other: both count against this caller's share of analyses.
      const side = async (x: Awaited<ReturnType<typeof load>>) => {
        const run = () => heavy.run(req, reply, 'analysis.run', { document: x.doc, limits, stored: true }, 'analysis');
        const analysis =
          'stored' in x && x.stored ? JSON.parse(await cache.get(x.stored, undefined, run)) : await run();
        return { scenarioId: x.id, version: x.version, name: x.name, ...sidePackages(analysis) };
      };
      return { a: await side(a), b: await side(b), changes: preferenceChanges(a.doc, b.doc) };
    },
  );
}
