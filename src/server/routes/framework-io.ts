/**
 * Framework data in and out: attach indicator values from a CSV (the columns of
 * test/fixtures/data/indicators.csv), export IATI 2.03 activity XML (optionally checked against the
 * IATI schema with xmllint), and import IATI XML as a framework.
 *
 * A CSV with any bad row is refused whole: problems name the line and column of every bad field
 * and nothing is written (parsing happens before the single import transaction).
 */
import { uploads } from '../uploads.ts';
import type { FastifyRequest } from 'fastify';
import type { ZodApp } from '../app.ts';
import { requireOwner, requireSignedIn } from '../auth.ts';
import { CgError, fail, problem } from '../../core/index.ts';
import { rethrowUnder } from '../problem-details.ts';
import { parseIndicatorsCsv, frameworkToIati, iatiToFramework } from '../../interop/index.ts';
import { validateIatiXml } from '../../interop/node.ts';
import { errorReplies, IdParams } from '../schemas/common.ts';
import {
  IatiExportQuery,
  IatiImportQuery,
  IatiImportSchema,
  ImportSummarySchema,
  IndicatorImportQuery,
} from '../schemas/frameworks.ts';
import { atRequest } from './frameworks.ts';

const CSV_TYPES = ['text/csv', 'application/csv', 'text/plain'];
const XML_TYPES = ['application/xml', 'text/xml'];

/** Text of a request: the raw body (CSV/XML content type) or the one uploaded file (multipart). */
async function bodyText(req: FastifyRequest, what: 'CSV' | 'XML'): Promise<{ text: string; name: string }> {
  if (req.isMultipart()) {
    const files: { text: string; name: string }[] = [];
    for await (const part of uploads(req)) files.push({ text: part.data.toString('utf8'), name: part.filename });
    if (files.length !== 1) fail('one_file', { what, got: files.length }, { path: ['body', 'file'] });
    return files[0];
  }
  const b = req.body as { text?: unknown } | undefined;
  if (!b || typeof b.text !== 'string')
    fail('unsupported_media_type', { problem: 'body_or_file', what }, { path: ['headers', 'content-type'] });
  return { text: b.text, name: 'request body' };
}

const inBody = (e: unknown): never => rethrowUnder(e, ['body']);

export default async function frameworkIo(app: ZodApp): Promise<void> {
  const repo = app.services.frameworks;
  // Raw text bodies for these routes only (this plugin's context).
  app.addContentTypeParser([...CSV_TYPES, ...XML_TYPES], { parseAs: 'string' }, (_req, body, done) =>
    done(null, { text: body as string }),
  );

  app.post(
    '/frameworks/:id/indicators',
    {
      schema: {
        tags: ['frameworks'],
        summary: 'Attach indicator values from a CSV (indicators.csv columns) as actuals: all rows or none',
        description:
          "Body: the CSV as text/csv, or one file as multipart/form-data. Rows map to this framework's indicators by their dataset reference (indicator_id + country); a value for a period already stored replaces it. Any bad row refuses the whole file with problems naming line and column.",
        params: IdParams,
        querystring: IndicatorImportQuery,
        consumes: ['text/csv', 'multipart/form-data'],
        response: { 200: ImportSummarySchema, ...errorReplies },
      },
    },
    async (req) => {
      requireOwner(req.principal, 'import_indicator_values');
      if ((await repo.version(req.params.id)) === undefined)
        fail('not_found', { kind: 'framework', id: req.params.id }, { path: ['id'] });
      const { text, name } = await bodyText(req, 'CSV');
      let obs;
      try {
        obs = parseIndicatorsCsv(text, name);
      } catch (e) {
        inBody(e);
      }
      try {
        return await atRequest(
          () =>
            repo.importObservations(obs!, {
              frameworkId: req.params.id,
              strict: req.query.strict === 'true',
              expectedVersion: req.query.version,
              file: name,
            }),
          { version: ['querystring', 'version'] },
        );
      } catch (e) {
        if (e instanceof CgError && e.status === 400) inBody(e);
        throw e;
      }
    },
  );

  app.get(
    '/frameworks/:id/iati',
    {
      schema: {
        tags: ['frameworks'],
        summary: 'Export the framework as IATI 2.03 activity XML',
        description:
          'With ?validate=true the XML is first checked against the IATI 2.03 activity schema (xmllint); header X-IATI-Valid says so.',
        params: IdParams,
        querystring: IatiExportQuery,
        produces: ['application/xml'],
      },
    },
    async (req, reply) => {
      requireSignedIn(req.principal);
      const { framework } = await atRequest(() => repo.get(req.params.id));
      const { xml, activities } = frameworkToIati(framework);
      if (req.query.validate === 'true') {
        const v = validateIatiXml(xml);
        if (!v.valid)
          throw new CgError(
            v.errors.slice(0, 50).map((m) => problem('iati_schema', { detail: m })),
            { status: 500 },
          );
        reply.header('x-iati-valid', 'true');
      }
      reply.header('x-iati-activities', String(activities));
      reply.header('content-disposition', `attachment; filename="${framework.id}.iati.xml"`);
      return reply.type('application/xml; charset=utf-8').send(xml);
    },
  );

  app.post(
    '/frameworks/import/iati',
    {
      schema: {
        tags: ['frameworks'],
        summary: "Import IATI activity XML as a framework (our export back, or another publisher's activities)",
        description:
          'Body: the XML (application/xml) or one multipart file. ?id= stores it under another id; ?replace=true replaces a stored framework with the same id.',
        querystring: IatiImportQuery,
        consumes: ['application/xml', 'multipart/form-data'],
        response: { 201: IatiImportSchema, ...errorReplies },
      },
    },
    async (req, reply) => {
      requireOwner(req.principal, 'import_frameworks');
      const { text, name } = await bodyText(req, 'XML');
      let r;
      try {
        r = iatiToFramework(text, { file: name, id: req.query.id });
      } catch (e) {
        inBody(e);
      }
      const fw = r!.framework;
      const replace = req.query.replace === 'true';
      const existing = await repo.version(fw.id);
      if (existing !== undefined && !replace) {
        fail(
          'already_exists',
          { kind: 'framework', id: fw.id, version: existing, import: true },
          { path: ['querystring', 'id'] },
        );
      }
      await repo.save(fw, { mode: replace ? 'upsert' : 'create' });
      const { framework, version } = await repo.get(fw.id);
      return reply
        .status(201)
        .header('location', `/api/frameworks/${fw.id}`)
        .send({
          stored: { id: fw.id, name: framework.name, version, framework },
          ignored: r!.ignored,
          warnings: r!.warnings,
        });
    },
  );
}
