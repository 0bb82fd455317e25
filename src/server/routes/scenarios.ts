/** Scenarios: list, get, create (JSON or YAML), update, delete, validate, Genius import, export. */
import { z } from 'zod';
import { stringify } from 'yaml';
import { unzipSync, strFromU8, strToU8, zipSync } from 'fflate';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { uploads } from '../uploads.ts';
import type { ZodApp } from '../app.ts';
import { requireOwner, requireSignedIn } from '../auth.ts';
import { CgError, fail, isCgError, type PathSegment } from '../../core/index.ts';
import { compileScenario, PartySchema, type Scenario } from '../../model/index.ts';
import {
  exportGenius,
  exportGeniusWeb,
  geniusDomainToScenario,
  importGenius,
  importGeniusWeb,
  type GeniusFile,
} from '../../interop/index.ts';
import { errorReplies, IdParams } from '../schemas/common.ts';
import {
  ScenarioListSchema,
  ScenarioReplaceSchema,
  ScenarioValidationSchema,
  StoredScenarioSchema,
} from '../schemas/scenarios.ts';
import { assertCanSee, readScenario, scenarioTranslatedNames, viewFor } from '../scenario-service.ts';
import type { StoredScenario } from '../../store/index.ts';

/** An upload may hold this many times the body limit of XML, counted after unzipping. */
const UPLOAD_INFLATE_FACTOR = 4;

/** Problems of the server's guards, not of the document (the validate route answers them as errors). */
const GUARD_CODES = new Set<string>(['too_many_requests', 'time_budget_exceeded']);

const YAML_TYPES = ['application/yaml', 'application/x-yaml', 'text/yaml', 'text/x-yaml'];

export default async function scenarios(app: ZodApp): Promise<void> {
  const repo = app.services.scenarios;
  const cache = app.services.analysisCache;
  const heavy = app.services.heavy;

  // YAML bodies are kept as text and validated by the handler, so problems carry line numbers.
  app.addContentTypeParser(YAML_TYPES, { parseAs: 'string' }, (_req, body, done) =>
    done(null, { yamlText: body as string }),
  );

  const present = (req: { principal: Parameters<typeof viewFor>[0] }, s: StoredScenario) => {
    const { document, redacted, visibleParty } = viewFor(req.principal, s);
    return {
      id: s.id,
      name: s.name,
      description: s.description,
      origin: s.origin,
      version: s.version,
      createdAt: s.createdAt,
      updatedAt: s.updatedAt,
      document: document as Scenario,
      redacted,
      visibleParty,
    };
  };

  app.get(
    '/scenarios',
    {
      schema: {
        tags: ['scenarios'],
        summary: 'Scenarios this caller can see',
        response: { 200: ScenarioListSchema, ...errorReplies },
      },
    },
    async (req) => {
      const p = req.principal;
      requireSignedIn(p);
      const list = await repo.list(p.kind === 'delegation' ? [p.scenarioId] : undefined);
      // Each item's name and description in the languages its file translates them into (display only).
      const docs = await Promise.all(list.map((s) => repo.find(s.id)));
      return {
        scenarios: list.map((s, i) => {
          const translated = scenarioTranslatedNames(docs[i]?.document);
          return translated ? { ...s, translated } : s;
        }),
      };
    },
  );

  app.get(
    '/scenarios/:id',
    {
      schema: {
        tags: ['scenarios'],
        summary: 'One scenario (private preferences of other parties hidden from a delegation)',
        params: IdParams,
        response: { 200: StoredScenarioSchema, ...errorReplies },
      },
    },
    async (req) => {
      assertCanSee(req.principal, req.params.id);
      return present(req, await repo.get(req.params.id));
    },
  );

  app.post(
    '/scenarios',
    {
      schema: {
        tags: ['scenarios'],
        summary: 'Store a new scenario (JSON, or YAML with Content-Type application/yaml)',
        body: z.unknown().meta({ description: 'A scenario document (schema Scenario), as JSON or YAML' }),
        response: { 201: StoredScenarioSchema, ...errorReplies },
      },
    },
    async (req, reply) => {
      requireOwner(req.principal, 'create_scenarios');
      const scenario = await heavy.readScenario(req, reply, req.body);
      // A taken id gets the next free one (north-america-2), in the stored document too.
      const id = await repo.freeId(scenario.id);
      const created = await repo.create({
        id,
        name: scenario.name,
        description: scenario.description,
        document: { ...scenario, id },
        origin: typeof req.body === 'object' && req.body && 'yamlText' in req.body ? 'yaml' : 'json',
      });
      return reply.status(201).header('location', `/api/scenarios/${created.id}`).send(present(req, created));
    },
  );

  app.put(
    '/scenarios/:id',
    {
      schema: {
        tags: ['scenarios'],
        summary: 'Replace a scenario document; with `version`, only if nobody changed it meanwhile (409 otherwise)',
        params: IdParams,
        body: ScenarioReplaceSchema,
        response: { 200: StoredScenarioSchema, ...errorReplies },
      },
    },
    async (req, reply) => {
      requireOwner(req.principal, 'change_scenarios');
      await repo.get(req.params.id);
      const scenario = await heavy.readScenario(req, reply, req.body.document, ['body', 'document']);
      if (scenario.id !== req.params.id) {
        fail(
          'id_mismatch',
          { kind: 'scenario', id: scenario.id, url: req.params.id },
          {
            path: ['body', 'document', 'id'],
          },
        );
      }
      const updated = await repo.update(
        req.params.id,
        { name: scenario.name, description: scenario.description, document: scenario },
        req.body.version,
      );
      cache.forget(req.params.id);
      return present(req, updated);
    },
  );

  app.put(
    '/scenarios/:id/parties/:partyId',
    {
      schema: {
        tags: ['scenarios'],
        summary: "Replace one party's entry (its private preferences): that party's delegation or the owner",
        params: IdParams.extend({ partyId: z.string().min(1).max(80) }),
        body: PartySchema,
        response: { 200: StoredScenarioSchema, ...errorReplies },
      },
    },
    async (req) => {
      const p = req.principal;
      assertCanSee(p, req.params.id);
      if (p.kind === 'delegation' && p.partyId !== req.params.partyId)
        fail('forbidden', { problem: 'party', party: p.partyId, asked: req.params.partyId }, { path: ['partyId'] });
      if (req.body.id !== req.params.partyId)
        fail('id_mismatch', { kind: 'party', id: req.body.id, url: req.params.partyId }, { path: ['body', 'id'] });
      const current = await repo.get(req.params.id);
      const doc = current.document as Scenario;
      const index = doc.parties.findIndex((x) => x.id === req.params.partyId);
      if (index < 0)
        fail('not_found', { kind: 'party', id: req.params.partyId, in: 'scenario' }, { path: ['partyId'] });
      const next = { ...doc, parties: doc.parties.map((x, i) => (i === index ? req.body : x)) };
      let scenario: Scenario;
      try {
        scenario = readScenario(next, []);
      } catch (e) {
        // The body is the party: its problems are named by their path in the body.
        if (!isCgError(e)) throw e;
        const own = (p: PathSegment[]) => p[0] === 'parties' && p[1] === index;
        throw new CgError(
          e.problems.map((x) => ({ ...x, path: own(x.path) ? ['body', ...x.path.slice(2)] : ['body', ...x.path] })),
          { status: e.status },
        );
      }
      const updated = await repo.update(req.params.id, {
        name: scenario.name,
        description: scenario.description,
        document: scenario,
      });
      cache.forget(req.params.id);
      return present(req, updated);
    },
  );

  app.delete(
    '/scenarios/:id',
    {
      schema: {
        tags: ['scenarios'],
        summary: 'Delete a scenario and its delegations',
        params: IdParams,
        response: { 204: z.null(), ...errorReplies },
      },
    },
    async (req, reply) => {
      requireOwner(req.principal, 'delete_scenarios');
      await repo.delete(req.params.id);
      cache.forget(req.params.id);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/scenarios/validate',
    {
      schema: {
        tags: ['scenarios'],
        summary: 'Check a scenario document without storing it',
        body: z.unknown().meta({ description: 'A scenario document, JSON or YAML' }),
        response: { 200: ScenarioValidationSchema, ...errorReplies },
      },
    },
    async (req, reply) => {
      requireSignedIn(req.principal);
      let s;
      try {
        // Large documents are validated on the job pool (heavy-work.ts), small ones here.
        s = await heavy.readScenario(req, reply, req.body, []);
      } catch (e) {
        // The document's own problems are the answer; the server's guards (429, time budget) are errors.
        if (isCgError(e) && !GUARD_CODES.has(e.code)) return { valid: false, problems: e.problems };
        throw e;
      }
      return { valid: true, problems: [], parties: s.parties.length, issues: s.issues.length };
    },
  );

  /**
   * Genius (XML) and GeniusWeb (JSON) uploads: the files, or one zip of them. The format is the
   * route's, or for /import/genius what the files are: XML files make a Genius domain, JSON files
   * (and no XML) a GeniusWeb one.
   */
  const importUpload =
    (format: 'genius' | 'geniusweb' | 'auto') => async (req: FastifyRequest, reply: FastifyReply) => {
      requireOwner(req.principal, 'import_scenarios');
      if (!req.isMultipart())
        fail('unsupported_media_type', { problem: 'genius_multipart' }, { path: ['headers', 'content-type'] });
      const files: GeniusFile[] = [];
      const names: string[] = [];
      // Everything read, raw or inflated, counts against one budget, checked before a zip entry is
      // inflated (a few kilobytes of zip can inflate to gigabytes).
      const budget = UPLOAD_INFLATE_FACTOR * app.initialConfig.bodyLimit!;
      let total = 0;
      const tooLarge = (file: string) =>
        fail('upload_too_large', { mib: Math.round(budget / 1024 / 1024) }, { path: ['body', 'files'], file });
      for await (const part of uploads(req)) {
        const buf = part.data;
        names.push(part.filename);
        if (/\.zip$/i.test(part.filename) || (buf[0] === 0x50 && buf[1] === 0x4b)) {
          let entries: Record<string, Uint8Array> = {};
          let over = false;
          try {
            entries = unzipSync(new Uint8Array(buf), {
              filter: (f) => {
                if (!/\.(xml|json)$/i.test(f.name) || f.name.startsWith('__MACOSX')) return false;
                total += f.originalSize;
                if (total > budget) over = true;
                return !over;
              },
            });
          } catch {
            fail('bad_zip', { file: part.filename }, { file: part.filename });
          }
          if (over) tooLarge(part.filename);
          for (const [name, data] of Object.entries(entries)) files.push({ name, text: strFromU8(data) });
        } else {
          total += buf.length;
          if (total > budget) tooLarge(part.filename);
          files.push({ name: part.filename, text: buf.toString('utf8') });
        }
      }
      if (files.length === 0) fail('no_files', {}, { path: ['body', 'files'] });
      const web =
        format === 'geniusweb' ||
        (format === 'auto' && !files.some((f) => /\.xml$/i.test(f.name)) && files.some((f) => /\.json$/i.test(f.name)));
      const folder = names.length === 1 ? names[0] : 'the uploaded files';
      const domain = web ? importGeniusWeb(files, { folder }) : importGenius(files, { folder });
      const scenario = geniusDomainToScenario(
        domain,
        files.map((f) => f.name.replace(/^.*[\\/]/, '')),
      );
      const id = await repo.freeId(scenario.id);
      const created = await repo.create({
        id,
        name: scenario.name,
        description: scenario.description,
        document: { ...scenario, id },
        origin: web ? 'geniusweb' : 'genius',
      });
      return reply.status(201).header('location', `/api/scenarios/${created.id}`).send(present(req, created));
    };

  app.post(
    '/scenarios/import/genius',
    {
      schema: {
        tags: ['scenarios'],
        summary:
          'Import a Genius domain (multipart upload of its XML files, domain + profiles, or one zip of them); JSON files without XML are read as GeniusWeb',
        consumes: ['multipart/form-data'],
        response: { 201: StoredScenarioSchema, ...errorReplies },
      },
    },
    importUpload('auto'),
  );

  app.post(
    '/scenarios/import/geniusweb',
    {
      schema: {
        tags: ['scenarios'],
        summary:
          'Import a GeniusWeb domain: multipart upload of its JSON files (domain + LinearAdditiveUtilitySpace profiles) or one zip of them',
        consumes: ['multipart/form-data'],
        response: { 201: StoredScenarioSchema, ...errorReplies },
      },
    },
    importUpload('geniusweb'),
  );

  app.get(
    '/scenarios/:id/export',
    {
      schema: {
        tags: ['scenarios'],
        summary:
          'Download the scenario as YAML (default) or JSON, or as a zip of a Genius XML folder or GeniusWeb JSON files (what the format cannot express refuses the export unless lossy=true; NOTES.txt lists what changed)',
        params: IdParams,
        querystring: z.object({
          format: z.enum(['yaml', 'json', 'genius', 'geniusweb']).default('yaml'),
          lossy: z.enum(['true', 'false']).default('false'),
        }),
        produces: ['application/yaml', 'application/json', 'application/zip'],
      },
    },
    async (req, reply) => {
      assertCanSee(req.principal, req.params.id);
      const s = await repo.get(req.params.id);
      const { document } = viewFor(req.principal, s);
      const format = req.query.format;
      if (format === 'genius' || format === 'geniusweb') {
        const scenario = readScenario(document, []);
        const domain = compileScenario(scenario);
        const lossy = req.query.lossy === 'true';
        const { files, notes } =
          format === 'genius'
            ? exportGenius(domain, { lossy, scenario, source: `scenario ${s.id}` })
            : exportGeniusWeb(domain, { lossy, hasRationales: true });
        const entries: Record<string, Uint8Array> = Object.fromEntries(files.map((f) => [f.name, strToU8(f.text)]));
        if (notes.length) entries['NOTES.txt'] = strToU8(notes.join('\n') + '\n');
        reply.header('content-disposition', `attachment; filename="${s.id}-${format}.zip"`);
        return reply.type('application/zip').send(Buffer.from(zipSync(entries)));
      }
      const file = `${s.id}.${format}`;
      reply.header('content-disposition', `attachment; filename="${file}"`);
      if (format === 'json') return reply.type('application/json').send(JSON.stringify(document, null, 2) + '\n');
      return reply.type('application/yaml; charset=utf-8').send(stringify(document, { lineWidth: 0 }));
    },
  );
}
