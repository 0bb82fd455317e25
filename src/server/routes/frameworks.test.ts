/**
 * Framework routes over the tracker's store, on SQLite and on PostgreSQL: CRUD with optimistic
 * versions, audit and progress equal to the library's, CSV indicator import (all or nothing,
 * problems with line and column), IATI export (valid against the IATI schema) and import.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { testApp, json, multipart, type TestApp } from '../test-support.ts';
import { auditFramework, frameworkProgress, parseFrameworkText, type Framework } from '../../framework/index.ts';
import { validateIatiXml } from '../../interop/node.ts';
import { ENGINES, type TestDb } from '../../store/testing.ts';
import { openStore, appDb } from '../../store/index.ts';
import { seedIfFirstRun } from '../../store/index.ts';
import { fixture } from '../../core/testing.ts';

const root = resolve(import.meta.dirname, '../../..');
const bicentennialText = readFileSync(join(root, 'scenarios/frameworks/bicentennial.yaml'), 'utf8');
const northAmericanText = readFileSync(join(root, 'scenarios/frameworks/north-american.yaml'), 'utf8');
const csvText = readFileSync(fixture('data/indicators.csv'), 'utf8');
const yaml = { 'content-type': 'application/yaml' };
const csv = { 'content-type': 'text/csv' };

/** The same framework without any actual (so an import has something to attach). */
function withoutActuals(fw: Framework): Framework {
  const copy: Framework = structuredClone(fw);
  for (const a of copy.areas)
    for (const o of a.objectives) for (const r of o.results) for (const i of r.indicators) i.actuals = [];
  return copy;
}

const indicators = (fw: Framework) =>
  fw.areas.flatMap((a) => a.objectives.flatMap((o) => o.results.flatMap((r) => r.indicators)));

/** 1-based column where field `k` of a CSV line without quoted commas before it starts. */
function columnOf(line: string, k: number): number {
  let col = 1;
  let field = 0;
  let quoted = false;
  for (let i = 0; i < line.length && field < k; i++) {
    if (line[i] === '"') quoted = !quoted;
    else if (line[i] === ',' && !quoted) {
      field++;
      col = i + 2;
    }
  }
  return col;
}

describe.each(ENGINES)('frameworks on %s', (engine, makeDb) => {
  let app: TestApp;
  let db: TestDb;
  afterEach(async () => {
    await app?.closeAll();
    await db?.cleanup();
  });
  const start = async () => {
    db = await makeDb();
    app = await testApp({ url: db.url });
  };

  it('stores a YAML framework, audits it and reports progress exactly as the library does', async () => {
    await start();
    const res = await app.inject({ method: 'POST', url: '/api/frameworks', headers: yaml, payload: bicentennialText });
    expect(res.statusCode).toBe(201);
    expect(res.headers.location).toBe('/api/frameworks/bicentennial');
    const fw = parseFrameworkText(bicentennialText);
    expect(json(res)).toEqual({ id: fw.id, name: fw.name, version: 1, framework: JSON.parse(JSON.stringify(fw)) });
    const audit = json(await app.inject({ method: 'GET', url: `/api/frameworks/${fw.id}/audit` }));
    expect(audit).toEqual(JSON.parse(JSON.stringify(auditFramework(fw))));
    expect(audit.passed).toBe(false);
    expect(audit.gaps.length).toBeGreaterThan(0);
    const progress = json(await app.inject({ method: 'GET', url: `/api/frameworks/${fw.id}/progress` }));
    expect(progress).toEqual(JSON.parse(JSON.stringify(frameworkProgress(fw))));
    const list = json(await app.inject({ method: 'GET', url: '/api/frameworks' })).frameworks;
    expect(list.map((f: { id: string; version: number; status: string }) => [f.id, f.version, f.status])).toEqual([
      [fw.id, 1, fw.status],
    ]);
    const dup = await app.inject({ method: 'POST', url: '/api/frameworks', headers: yaml, payload: bicentennialText });
    expect(dup.statusCode).toBe(409);
    expect(json(dup)).toMatchObject({ code: 'already_exists', errors: [{ path: ['body', 'id'] }] });
  });

  it('refuses a framework whose linkage option is not in its stored analysis scenario (as the CLI does)', async () => {
    await start();
    await seedIfFirstRun(app.store, root);
    const typo = northAmericanText
      .replace(/^id: north-american$/m, 'id: na-typo')
      .replace('gun_smuggling: joint_tracing', 'gun_smuggling: joint_tracng');
    const r = await app.inject({ method: 'POST', url: '/api/frameworks', headers: yaml, payload: typo });
    expect(r.statusCode).toBe(400);
    expect(json(r).errors).toEqual([
      expect.objectContaining({
        code: 'unknown_scenario_reference',
        path: ['body', 'linkages', 0, 'package', 'options', 'gun_smuggling'],
        message: expect.stringContaining('"joint_tracng"'),
      }),
    ]);
    const fine = northAmericanText.replace(/^id: north-american$/m, 'id: na-copy');
    expect(
      (await app.inject({ method: 'POST', url: '/api/frameworks', headers: yaml, payload: fine })).statusCode,
    ).toBe(201);
    expect((await app.store.frameworks.list()).map((f) => f.id)).not.toContain('na-typo');
  });

  it('refuses invalid frameworks with body paths (and YAML lines), replaces with versions, deletes', async () => {
    await start();
    const bad = await app.inject({ method: 'POST', url: '/api/frameworks', payload: { id: 'x' } });
    expect(bad.statusCode).toBe(400);
    expect(json(bad).errors.every((e: { path: unknown[] }) => e.path[0] === 'body')).toBe(true);
    const badYaml = bicentennialText.replace('ownerParties: [us, mx]', 'ownerParties: [us, cn]');
    const located = await app.inject({ method: 'POST', url: '/api/frameworks', headers: yaml, payload: badYaml });
    expect(located.statusCode).toBe(400);
    const lineOfBad = badYaml.split('\n').findIndex((l) => l.includes('ownerParties: [us, cn]')) + 1;
    expect(json(located).errors[0]).toMatchObject({
      line: lineOfBad,
      message: expect.stringContaining('unknown party "cn"'),
    });
    expect(json(await app.inject({ method: 'GET', url: '/api/frameworks' })).frameworks).toEqual([]);

    const created = json(
      await app.inject({ method: 'POST', url: '/api/frameworks', headers: yaml, payload: bicentennialText }),
    );
    const renamed = { ...created.framework, name: 'Bicentennial (edited)' };
    const upd = await app.inject({
      method: 'PUT',
      url: `/api/frameworks/${created.id}`,
      payload: { document: renamed, version: 1 },
    });
    expect(upd.statusCode).toBe(200);
    expect(json(upd)).toMatchObject({ version: 2, name: 'Bicentennial (edited)' });
    const stale = await app.inject({
      method: 'PUT',
      url: `/api/frameworks/${created.id}`,
      payload: { document: created.framework, version: 1 },
    });
    expect(stale.statusCode).toBe(409);
    expect(json(stale)).toMatchObject({ code: 'version_conflict', errors: [{ path: ['body', 'version'] }] });
    const otherId = await app.inject({
      method: 'PUT',
      url: `/api/frameworks/${created.id}`,
      payload: { document: { ...created.framework, id: 'other' } },
    });
    expect(otherId.statusCode).toBe(400);
    expect(json(otherId).errors[0].path).toEqual(['body', 'document', 'id']);
    const invalid = await app.inject({
      method: 'PUT',
      url: `/api/frameworks/${created.id}`,
      payload: { document: { ...created.framework, status: 'forgotten' } },
    });
    expect(invalid.statusCode).toBe(400);
    expect(json(invalid).errors[0].path.slice(0, 3)).toEqual(['body', 'document', 'status']);
    expect(
      (await app.inject({ method: 'PUT', url: '/api/frameworks/nope', payload: { document: created.framework } }))
        .statusCode,
    ).toBe(404);
    expect(
      (await app.inject({ method: 'PUT', url: `/api/frameworks/${created.id}`, payload: { version: 0 } })).statusCode,
    ).toBe(400);

    expect((await app.inject({ method: 'DELETE', url: `/api/frameworks/${created.id}?version=1` })).statusCode).toBe(
      409,
    );
    expect((await app.inject({ method: 'DELETE', url: `/api/frameworks/${created.id}?version=x` })).statusCode).toBe(
      400,
    );
    expect((await app.inject({ method: 'DELETE', url: `/api/frameworks/${created.id}?version=2` })).statusCode).toBe(
      204,
    );
    for (const url of [
      `/api/frameworks/${created.id}`,
      `/api/frameworks/${created.id}/audit`,
      `/api/frameworks/${created.id}/progress`,
    ]) {
      const r = await app.inject({ method: 'GET', url });
      expect(r.statusCode, url).toBe(404);
      expect(json(r).errors[0].path).toEqual(['id']);
    }
    expect((await app.inject({ method: 'GET', url: '/api/frameworks/x/progress?currency=usd' })).statusCode).toBe(400);
  });

  it('imports indicators.csv as actuals with their sources, and refuses a bad file whole, naming line and column', async () => {
    await start();
    const fw = withoutActuals(parseFrameworkText(northAmericanText));
    expect((await app.inject({ method: 'POST', url: '/api/frameworks', payload: fw })).statusCode).toBe(201);

    const lines = csvText.split('\n');
    const bad = lines.slice();
    bad[3] = bad[3].replace(',FY2019,2800,', ',FY2019,2.8k,');
    bad[10] = bad[10].replace(',US,', ',USA,');
    const refused = await app.inject({
      method: 'POST',
      url: `/api/frameworks/${fw.id}/indicators`,
      headers: csv,
      payload: bad.join('\n'),
    });
    expect(refused.statusCode).toBe(400);
    const errors = json(refused).errors as { path: string[]; line: number; column: number }[];
    expect(errors.map((e) => [e.line, e.path])).toEqual([
      [4, ['body', 'value']],
      [11, ['body', 'country']],
    ]);
    expect(errors[0].column).toBe(columnOf(bad[3], 5));
    expect(errors[1].column).toBe(columnOf(bad[10], 3));
    // Nothing was written.
    const after = json(await app.inject({ method: 'GET', url: `/api/frameworks/${fw.id}` }));
    expect(after.version).toBe(1);
    expect(indicators(after.framework).every((i: { actuals: unknown[] }) => i.actuals.length === 0)).toBe(true);

    const ok = await app.inject({
      method: 'POST',
      url: `/api/frameworks/${fw.id}/indicators?version=1`,
      headers: csv,
      payload: csvText,
    });
    expect(ok.statusCode).toBe(200);
    const summary = json(ok);
    expect(summary).toMatchObject({
      rows: lines.filter((l, i) => i > 0 && l.trim() !== '').length,
      frameworks: [{ id: fw.id, version: 2 }],
    });
    const stored = json(await app.inject({ method: 'GET', url: `/api/frameworks/${fw.id}` }));
    expect(stored.version).toBe(2);
    let attached = 0;
    for (const ind of indicators(
      stored.framework,
    ) as Framework['areas'][number]['objectives'][number]['results'][number]['indicators']) {
      if (!ind.dataset) continue;
      // Independently: the CSV rows of this dataset indicator and country.
      const rows = lines
        .slice(1)
        .filter((l) => l.startsWith(`${ind.dataset!.indicatorId},`) && l.split(',').includes(ind.dataset!.country));
      const want = rows
        .map((l) => l.match(/,(FY\d{4}|\d{4}(?:-\d{4})?|FY\d{4}-FY\d{4}|unspecified),(-?[\d.]+),/)!)
        .map((m) => [m[1], Number(m[2])]);
      expect(ind.actuals.map((a) => [a.period, a.value]).sort(), ind.id).toEqual(want.sort());
      expect(ind.actuals.every((a) => a.source.title.length > 0)).toBe(true);
      attached += ind.actuals.length;
    }
    expect(attached).toBe(summary.attached);
    expect(attached).toBeGreaterThan(20);

    // A stale version, an unknown framework, a wrong media type, strict mode with unmapped rows.
    const stale = await app.inject({
      method: 'POST',
      url: `/api/frameworks/${fw.id}/indicators?version=1`,
      headers: csv,
      payload: csvText,
    });
    expect(stale.statusCode).toBe(409);
    expect(json(stale).errors[0].path).toEqual(['querystring', 'version']);
    expect(
      (await app.inject({ method: 'POST', url: '/api/frameworks/nope/indicators', headers: csv, payload: csvText }))
        .statusCode,
    ).toBe(404);
    expect(
      (await app.inject({ method: 'POST', url: `/api/frameworks/${fw.id}/indicators`, payload: { rows: [] } }))
        .statusCode,
    ).toBe(415);
    const strict = await app.inject({
      method: 'POST',
      url: `/api/frameworks/${fw.id}/indicators?strict=true`,
      headers: csv,
      payload: csvText,
    });
    expect(strict.statusCode).toBe(400);
    expect(json(strict).errors[0].path[0]).toBe('body');
    expect(json(await app.inject({ method: 'GET', url: `/api/frameworks/${fw.id}` })).version).toBe(2);
    const empty = await app.inject({
      method: 'POST',
      url: `/api/frameworks/${fw.id}/indicators`,
      headers: csv,
      payload: 'a,b\n1,2\n',
    });
    expect(empty.statusCode).toBe(400);
    expect(json(empty).code).toBe('missing_columns');
  });

  it('takes the CSV as a multipart upload too', async () => {
    await start();
    const fw = withoutActuals(parseFrameworkText(northAmericanText));
    await app.inject({ method: 'POST', url: '/api/frameworks', payload: fw });
    const up = await app.inject({
      method: 'POST',
      url: `/api/frameworks/${fw.id}/indicators`,
      ...multipart([{ name: 'indicators.csv', data: Buffer.from(csvText) }]),
    });
    expect(up.statusCode).toBe(200);
    expect(json(up).attached).toBeGreaterThan(20);
    const two = await app.inject({
      method: 'POST',
      url: `/api/frameworks/${fw.id}/indicators`,
      ...multipart([
        { name: 'a.csv', data: Buffer.from(csvText) },
        { name: 'b.csv', data: Buffer.from(csvText) },
      ]),
    });
    expect(two.statusCode).toBe(400);
    expect(json(two).code).toBe('one_file');
  });

  it('exports IATI XML valid against the IATI 2.03 schema and imports it back as a copy', async () => {
    await start();
    await app.inject({ method: 'POST', url: '/api/frameworks', headers: yaml, payload: northAmericanText });
    const xml = await app.inject({ method: 'GET', url: '/api/frameworks/north-american/iati?validate=true' });
    expect(xml.statusCode).toBe(200);
    expect(xml.headers['content-type']).toContain('application/xml');
    expect(xml.headers['x-iati-valid']).toBe('true');
    expect(validateIatiXml(xml.body).valid).toBe(true);

    const imported = await app.inject({
      method: 'POST',
      url: '/api/frameworks/import/iati?id=na-copy',
      headers: { 'content-type': 'application/xml' },
      payload: xml.body,
    });
    expect(imported.statusCode).toBe(201);
    const body = json(imported);
    const original = json(await app.inject({ method: 'GET', url: '/api/frameworks/north-american' })).framework;
    expect(body.stored.framework).toEqual({ ...original, id: 'na-copy' });
    const again = await app.inject({ method: 'GET', url: '/api/frameworks/na-copy/iati' });
    expect(again.body).toBe(xml.body.replaceAll('north-american', 'na-copy'));

    const dup = await app.inject({
      method: 'POST',
      url: '/api/frameworks/import/iati?id=na-copy',
      headers: { 'content-type': 'application/xml' },
      payload: xml.body,
    });
    expect(dup.statusCode).toBe(409);
    const broken = await app.inject({
      method: 'POST',
      url: '/api/frameworks/import/iati',
      headers: { 'content-type': 'application/xml' },
      payload: '<iati-activities>\n  <iati-activity>\n</iati-activities>',
    });
    expect(broken.statusCode).toBe(400);
    expect(json(broken).errors[0]).toMatchObject({
      code: 'xml_syntax_error',
      line: expect.any(Number),
      path: ['body'],
    });
    const notIati = await app.inject({
      method: 'POST',
      url: '/api/frameworks/import/iati',
      headers: { 'content-type': 'application/xml' },
      payload: '<x/>',
    });
    expect(notIati.statusCode).toBe(400);
    expect(json(notIati).code).toBe('not_iati');
    expect((await app.inject({ method: 'GET', url: '/api/frameworks/nope/iati' })).statusCode).toBe(404);
    expect(
      (await app.inject({ method: 'GET', url: '/api/frameworks/north-american/iati?validate=maybe' })).statusCode,
    ).toBe(400);
  });

  it('first run seeds the built-in scenarios, frameworks and cooperation games once', async () => {
    db = await makeDb();
    const store = await openStore(db.url);
    try {
      const first = await seedIfFirstRun(store, root);
      expect(first!.frameworks.sort()).toEqual(
        [parseFrameworkText(bicentennialText).id, parseFrameworkText(northAmericanText).id].sort(),
      );
      expect(first!.scenarios.sort()).toEqual(['north-america', 'us-mexico']);
      expect(first!.games).toEqual(['joint-vs-unilateral']);
      expect((await store.frameworks.get('bicentennial')).framework).toEqual(parseFrameworkText(bicentennialText));
      await store.frameworks.remove('bicentennial');
      expect(await seedIfFirstRun(store, root)).toBeNull();
      expect((await store.frameworks.list()).map((f) => f.id)).toEqual(['north-american']);
      expect(
        (await appDb(store.db).selectFrom('scenarios').select('id').orderBy('id').execute()).map((r) => r.id),
      ).toEqual(['north-america', 'us-mexico']);
    } finally {
      await store.close();
    }
  });
});

describe('framework access', () => {
  let app: TestApp;
  afterEach(async () => app?.closeAll());

  it('reads are open to delegations, changes are the owner’s; anonymous callers get 401 with an admin token', async () => {
    app = await testApp({ auth: { adminTokens: ['admin-token-0123456789'] } });
    const owner = { authorization: 'Bearer admin-token-0123456789' };
    await app.inject({
      method: 'POST',
      url: '/api/frameworks',
      headers: { ...owner, ...yaml },
      payload: bicentennialText,
    });
    const scenario = JSON.parse(JSON.stringify((await import('../fixtures.ts')).tinyScenario()));
    await app.inject({ method: 'POST', url: '/api/scenarios', headers: owner, payload: scenario });
    const d = json(
      await app.inject({
        method: 'POST',
        url: '/api/scenarios/tiny/delegations',
        headers: owner,
        payload: { partyId: 'us' },
      }),
    );
    const us = { authorization: `Bearer ${d.token}` };
    expect(
      (await app.inject({ method: 'GET', url: '/api/frameworks/bicentennial/audit', headers: us })).statusCode,
    ).toBe(200);
    expect((await app.inject({ method: 'DELETE', url: '/api/frameworks/bicentennial', headers: us })).statusCode).toBe(
      403,
    );
    expect(
      (
        await app.inject({
          method: 'POST',
          url: '/api/frameworks/bicentennial/indicators',
          headers: { ...us, ...csv },
          payload: csvText,
        })
      ).statusCode,
    ).toBe(403);
    expect(
      (
        await app.inject({
          method: 'POST',
          url: '/api/frameworks',
          headers: { ...us, ...yaml },
          payload: bicentennialText,
        })
      ).statusCode,
    ).toBe(403);
    expect((await app.inject({ method: 'GET', url: '/api/frameworks' })).statusCode).toBe(401);
    expect((await app.inject({ method: 'GET', url: '/api/frameworks/bicentennial/iati' })).statusCode).toBe(401);
  });
});

describe('IATI export validation when xmllint is missing', () => {
  it('answers 503 naming the Debian package to install, with no server path in the problem', async () => {
    const app = await testApp();
    const empty = mkdtempSync(join(tmpdir(), 'cg-no-xmllint-'));
    const PATH = process.env.PATH;
    try {
      await app.inject({ method: 'POST', url: '/api/frameworks', headers: yaml, payload: northAmericanText });
      process.env.PATH = empty; // no xmllint on this PATH
      const res = await app.inject({ method: 'GET', url: '/api/frameworks/north-american/iati?validate=true' });
      process.env.PATH = PATH;
      expect(res.statusCode).toBe(503);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(json(res)).toMatchObject({ status: 503, code: 'xmllint_missing', title: 'Service Unavailable' });
      expect(json(res).detail).toContain('libxml2-utils');
      expect(res.body).not.toContain(root);
      expect(res.body).not.toContain(tmpdir());
      // Without ?validate the export needs no xmllint.
      process.env.PATH = empty;
      const plain = await app.inject({ method: 'GET', url: '/api/frameworks/north-american/iati' });
      process.env.PATH = PATH;
      expect(plain.statusCode).toBe(200);
      expect(validateIatiXml(plain.body).valid).toBe(true);
    } finally {
      process.env.PATH = PATH;
      rmSync(empty, { recursive: true, force: true });
      await app.closeAll();
    }
  });
});
