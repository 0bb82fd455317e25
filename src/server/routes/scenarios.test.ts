import { afterEach, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify, parse } from 'yaml';
import { zipSync, strToU8, strFromU8, unzipSync } from 'fflate';
import { testApp, json, multipart } from '../test-support.ts';
import { tinyScenario } from '../fixtures.ts';
import { analyze, toJson } from '../../analysis/index.ts';
import { compileScenario, utilities, enumerateOutcomes } from '../../model/index.ts';
import { exportGeniusWeb, importGenius, importGeniusWeb } from '../../interop/index.ts';
import { fixture } from '../../core/testing.ts';

let app: Awaited<ReturnType<typeof testApp>>;
afterEach(async () => app?.closeAll());

describe('scenario CRUD', () => {
  it('creates from JSON, lists, gets, updates with versions, deletes', async () => {
    app = await testApp();
    const created = await app.inject({ method: 'POST', url: '/api/scenarios', payload: tinyScenario() });
    expect(created.statusCode).toBe(201);
    expect(created.headers.location).toBe('/api/scenarios/tiny');
    expect(json(created)).toMatchObject({ id: 'tiny', version: 1, origin: 'json', redacted: false });

    const list = json(await app.inject({ method: 'GET', url: '/api/scenarios' }));
    expect(list.scenarios.map((s: { id: string }) => s.id)).toEqual(['tiny']);

    const doc = tinyScenario();
    doc.parties[0].weights.guns.weight = 0.5;
    const upd = await app.inject({ method: 'PUT', url: '/api/scenarios/tiny', payload: { document: doc, version: 1 } });
    expect(upd.statusCode).toBe(200);
    expect(json(upd).version).toBe(2);
    expect(json(upd).document.parties[0].weights.guns.weight).toBe(0.5);

    const invalid = await app.inject({
      method: 'PUT',
      url: '/api/scenarios/tiny',
      payload: { document: { ...doc, issues: [] }, version: 2 },
    });
    expect(invalid.statusCode).toBe(400);
    expect(json(invalid).errors[0].path.slice(0, 3)).toEqual(['body', 'document', 'issues']);
    expect((await app.inject({ method: 'PUT', url: '/api/scenarios/tiny', payload: { version: 2 } })).statusCode).toBe(
      400,
    );
    expect(
      (await app.inject({ method: 'PUT', url: '/api/scenarios/nope', payload: { document: doc } })).statusCode,
    ).toBe(404);
    const stale = await app.inject({
      method: 'PUT',
      url: '/api/scenarios/tiny',
      payload: { document: doc, version: 1 },
    });
    expect(stale.statusCode).toBe(409);
    expect(json(stale)).toMatchObject({ code: 'version_conflict', errors: [{ path: ['version'] }] });

    // A second scenario with the same id gets the next free id rather than overwriting, and its
    // document carries that id (so an export reads back as the same scenario).
    const again = json(await app.inject({ method: 'POST', url: '/api/scenarios', payload: tinyScenario() }));
    expect(again.id).toBe('tiny-2');
    expect(again.document.id).toBe('tiny-2');
    expect(json(await app.inject({ method: 'POST', url: '/api/scenarios', payload: tinyScenario() })).id).toBe(
      'tiny-3',
    );
    expect(parse((await app.inject({ method: 'GET', url: '/api/scenarios/tiny-2/export' })).body).id).toBe('tiny-2');

    // A document whose id is not the scenario's is refused where it says so; nothing changes.
    const other = await app.inject({
      method: 'PUT',
      url: '/api/scenarios/tiny-2',
      payload: { document: { ...doc, id: 'tiny' } },
    });
    expect(other.statusCode).toBe(400);
    expect(json(other).errors[0]).toMatchObject({ code: 'id_mismatch', path: ['body', 'document', 'id'] });
    expect(json(await app.inject({ method: 'GET', url: '/api/scenarios/tiny-2' })).version).toBe(1);

    const del = await app.inject({ method: 'DELETE', url: '/api/scenarios/tiny' });
    expect(del.statusCode).toBe(204);
    expect((await app.inject({ method: 'GET', url: '/api/scenarios/tiny' })).statusCode).toBe(404);
    expect((await app.inject({ method: 'DELETE', url: '/api/scenarios/tiny' })).statusCode).toBe(404);
  });

  it('creates from YAML, and YAML problems carry line numbers and body paths', async () => {
    app = await testApp();
    const ok = await app.inject({
      method: 'POST',
      url: '/api/scenarios',
      headers: { 'content-type': 'application/yaml' },
      payload: stringify(tinyScenario('from-yaml')),
    });
    expect(ok.statusCode).toBe(201);
    expect(json(ok)).toMatchObject({ id: 'from-yaml', origin: 'yaml' });

    const bad = stringify(tinyScenario('bad')).replace('weight: 0.2', 'weight: -3');
    const res = await app.inject({
      method: 'POST',
      url: '/api/scenarios',
      headers: { 'content-type': 'application/yaml' },
      payload: bad,
    });
    expect(res.statusCode).toBe(400);
    const body = json(res);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(body.errors[0].path.slice(0, 4)).toEqual(['body', 'parties', 0, 'weights']);
    const lineOfBad = bad.split('\n').findIndex((l) => l.includes('weight: -3')) + 1;
    expect(body.errors[0].line).toBe(lineOfBad);

    const syntax = await app.inject({
      method: 'POST',
      url: '/api/scenarios',
      headers: { 'content-type': 'application/yaml' },
      payload: 'id: [unclosed',
    });
    expect(syntax.statusCode).toBe(400);
    expect(json(syntax).code).toBe('syntax_error');
  });

  it('rejects bad JSON documents with every problem and its path; stores nothing', async () => {
    app = await testApp();
    const doc = tinyScenario() as unknown as Record<string, unknown>;
    const broken = {
      ...doc,
      issues: [{ ...(doc.issues as object[])[0], statusQuo: 'nowhere' }, ...(doc.issues as object[]).slice(1)],
    };
    const res = await app.inject({ method: 'POST', url: '/api/scenarios', payload: broken });
    expect(res.statusCode).toBe(400);
    expect(
      json(res).errors.some(
        (e: { path: unknown[] }) => e.path[0] === 'body' && e.path[1] === 'issues' && e.path[2] === 0,
      ),
    ).toBe(true);
    const notJson = await app.inject({
      method: 'POST',
      url: '/api/scenarios',
      headers: { 'content-type': 'application/json' },
      payload: '{"id": ',
    });
    expect(notJson.statusCode).toBe(400);
    expect(json(notJson).code).toBe('invalid_json');
    const unsupported = await app.inject({
      method: 'POST',
      url: '/api/scenarios',
      headers: { 'content-type': 'application/xml' },
      payload: '<x/>',
    });
    expect(unsupported.statusCode).toBe(415);
    expect(json(await app.inject({ method: 'GET', url: '/api/scenarios' })).scenarios).toEqual([]);
  });

  it('validates without storing', async () => {
    app = await testApp();
    const good = json(await app.inject({ method: 'POST', url: '/api/scenarios/validate', payload: tinyScenario() }));
    expect(good).toEqual({ valid: true, problems: [], parties: 2, issues: 3 });
    const doc = tinyScenario();
    delete (doc.parties[1].weights as Record<string, unknown>).ops;
    const bad = json(await app.inject({ method: 'POST', url: '/api/scenarios/validate', payload: doc }));
    expect(bad.valid).toBe(false);
    expect(bad.problems[0].path).toEqual(expect.arrayContaining(['parties', 1]));
    expect(json(await app.inject({ method: 'GET', url: '/api/scenarios' })).scenarios).toEqual([]);
    const notJson = await app.inject({
      method: 'POST',
      url: '/api/scenarios/validate',
      headers: { 'content-type': 'application/json' },
      payload: '{"id": ',
    });
    expect(notJson.statusCode).toBe(400);
    expect(json(notJson).code).toBe('invalid_json');
    const yamlBad = json(
      await app.inject({
        method: 'POST',
        url: '/api/scenarios/validate',
        headers: { 'content-type': 'application/yaml' },
        payload: 'id: [',
      }),
    );
    expect(yamlBad).toMatchObject({ valid: false, problems: [{ code: 'syntax_error', line: expect.any(Number) }] });
  });

  it('exports YAML and JSON that read back to the same document', async () => {
    app = await testApp();
    await app.inject({ method: 'POST', url: '/api/scenarios', payload: tinyScenario() });
    const y = await app.inject({ method: 'GET', url: '/api/scenarios/tiny/export' });
    expect(y.headers['content-type']).toContain('application/yaml');
    expect(y.headers['content-disposition']).toContain('tiny.yaml');
    expect(parse(y.body)).toEqual(tinyScenario());
    const j = await app.inject({ method: 'GET', url: '/api/scenarios/tiny/export?format=json' });
    expect(JSON.parse(j.body)).toEqual(tinyScenario());
    expect((await app.inject({ method: 'GET', url: '/api/scenarios/tiny/export?format=xml' })).statusCode).toBe(400);
  });

  it('exports a zip of Genius XML or GeniusWeb JSON that imports back to the same utilities; lossy only on request', async () => {
    app = await testApp();
    await app.inject({ method: 'POST', url: '/api/scenarios', payload: tinyScenario() });
    const domain = compileScenario(tinyScenario());
    for (const format of ['genius', 'geniusweb'] as const) {
      const res = await app.inject({ method: 'GET', url: `/api/scenarios/tiny/export?format=${format}` });
      expect(res.statusCode, format).toBe(200);
      expect(res.headers['content-type']).toContain('application/zip');
      const files = Object.entries(unzipSync(new Uint8Array(res.rawPayload)))
        .filter(([name]) => name !== 'NOTES.txt')
        .map(([name, data]) => ({ name, text: strFromU8(data) }));
      const back = format === 'genius' ? importGenius(files) : importGeniusWeb(files);
      const order = domain.parties.map((p) => back.parties.findIndex((q) => q.id === p.id));
      for (const o of enumerateOutcomes(domain)) {
        const got = utilities(back, o);
        utilities(domain, o).forEach((x, p) => {
          const scale = format === 'genius' ? 1 : domain.utilities[p].table.reduce((a, row) => a + Math.max(...row), 0);
          expect(got[order[p]] * scale).toBeCloseTo(x, 12);
        });
      }
    }
    // A red line: refused (every feature listed), exported with lossy=true and a NOTES.txt.
    const withLine = tinyScenario('lined');
    withLine.parties[0].redLines = [{ options: { guns: 'full' }, rationale: 'never', source: 'assumption' }];
    await app.inject({ method: 'POST', url: '/api/scenarios', payload: withLine });
    const refused = await app.inject({ method: 'GET', url: '/api/scenarios/lined/export?format=genius' });
    expect(refused.statusCode).toBe(400);
    expect(json(refused).errors[0].code).toBe('export_lossy');
    const lossy = await app.inject({ method: 'GET', url: '/api/scenarios/lined/export?format=genius&lossy=true' });
    expect(lossy.statusCode).toBe(200);
    expect(strFromU8(unzipSync(new Uint8Array(lossy.rawPayload))['NOTES.txt'])).toMatch(/red line/);
  });
});

describe('analysis', () => {
  it('GET analysis equals the engine on the stored document, is cached per version, and follows updates', async () => {
    app = await testApp();
    await app.inject({ method: 'POST', url: '/api/scenarios', payload: tinyScenario() });
    const res = await app.inject({ method: 'GET', url: '/api/scenarios/tiny/analysis' });
    expect(res.statusCode).toBe(200);
    const domain = compileScenario(tinyScenario());
    expect(json(res)).toEqual(JSON.parse(JSON.stringify(toJson(domain, analyze(domain)))));
    expect(res.headers.etag).toBe('"tiny-1"');
    expect(app.services.analysisCache.size).toBe(1);
    const again = await app.inject({ method: 'GET', url: '/api/scenarios/tiny/analysis' });
    expect(again.body).toBe(res.body);
    expect(app.services.analysisCache.size).toBe(1);

    // The Nash point really is the product-maximising outcome among those better than the status quo.
    const nash = json(res).nash;
    const d = json(res).disagreement as number[];
    let best = -Infinity;
    for (const o of enumerateOutcomes(domain)) {
      const u = utilities(domain, o);
      if (u.every((x, i) => x >= d[i])) best = Math.max(best, (u[0] - d[0]) * (u[1] - d[1]));
    }
    expect((nash.utilities[0] - d[0]) * (nash.utilities[1] - d[1])).toBeCloseTo(best, 12);

    const doc = tinyScenario();
    doc.parties[0].weights.drugs.weight = 0.05;
    await app.inject({ method: 'PUT', url: '/api/scenarios/tiny', payload: { document: doc } });
    const changed = await app.inject({ method: 'GET', url: '/api/scenarios/tiny/analysis' });
    expect(changed.headers.etag).toBe('"tiny-2"');
    const d2 = compileScenario(doc);
    expect(json(changed)).toEqual(JSON.parse(JSON.stringify(toJson(d2, analyze(d2)))));
  });

  it('takes a status-quo override and reports bad ones at the query path', async () => {
    app = await testApp();
    await app.inject({ method: 'POST', url: '/api/scenarios', payload: tinyScenario() });
    const res = await app.inject({ method: 'GET', url: '/api/scenarios/tiny/analysis?statusQuo=ops%3Djoint' });
    expect(res.statusCode).toBe(200);
    expect(json(res).linkage.statusQuo.outcome).toEqual({ guns: 'none', drugs: 'none', ops: 'joint' });
    const bad = await app.inject({ method: 'GET', url: '/api/scenarios/tiny/analysis?statusQuo=ops%3Dnever' });
    expect(bad.statusCode).toBe(400);
    expect(json(bad).errors[0].path[0]).toBe('querystring');
    // The API's parameter is statusQuo: messages do not send an API caller to a CLI flag.
    for (const q of ['ops%3Dnever', 'nowhere%3Dx', 'ops', '%3B']) {
      const r = json(await app.inject({ method: 'GET', url: `/api/scenarios/tiny/analysis?statusQuo=${q}` }));
      expect(r.status).toBe(400);
      expect(r.detail).toMatch(/^status quo/);
      expect(r.detail).not.toContain('--status-quo');
    }
  });

  it('analyses a posted document without storing it, and 404s unknown scenarios', async () => {
    app = await testApp();
    const res = await app.inject({ method: 'POST', url: '/api/analysis', payload: tinyScenario() });
    expect(res.statusCode).toBe(200);
    expect(json(res).domain.id).toBe('tiny');
    expect((await app.inject({ method: 'GET', url: '/api/scenarios/nope/analysis' })).statusCode).toBe(404);
    const bad = await app.inject({ method: 'POST', url: '/api/analysis', payload: { id: 'x' } });
    expect(bad.statusCode).toBe(400);
    expect(json(bad).errors.length).toBeGreaterThan(1);
  });
});

describe('Genius import', () => {
  const dir = fixture('genius-domains/Laptop');
  const files = ['laptop_domain.xml', 'laptop_buyer_utility.xml', 'laptop_seller_utility.xml'].map((name) => ({
    name,
    data: readFileSync(join(dir, name)),
  }));

  it('imports XML files as a scenario whose utilities are the Genius profiles over their weight sums', async () => {
    app = await testApp();
    const res = await app.inject({ method: 'POST', url: '/api/scenarios/import/genius', ...multipart(files) });
    expect(res.statusCode).toBe(201);
    const body = json(res);
    expect(body.origin).toBe('genius');
    const genius = importGenius(files.map((f) => ({ name: f.name, text: f.data.toString('utf8') })));
    const mine = compileScenario(body.document);
    expect(mine.parties.map((p) => p.id)).toEqual(genius.parties.map((p) => p.id));
    const sums = genius.utilities.map((u) => u.table.reduce((s, row) => s + Math.max(...row), 0));
    for (const o of enumerateOutcomes(genius)) {
      const raw = genius.utilities.map((u) => u.table.reduce((s, row, j) => s + row[o[j]], 0));
      const got = utilities(mine, o);
      raw.forEach((r, i) => expect(got[i]).toBeCloseTo(r / sums[i], 9));
      // Where Genius does not clamp, the scenario ranks outcomes exactly as Genius does.
      const g = utilities(genius, o);
      g.forEach((x, i) => x < 1 && expect(got[i] * sums[i]).toBeCloseTo(x, 9));
    }
    const analysis = await app.inject({ method: 'GET', url: `/api/scenarios/${body.id}/analysis` });
    expect(analysis.statusCode).toBe(200);
  });

  it('imports GeniusWeb JSON too: on its own route, and on the Genius route when no XML file comes with it', async () => {
    app = await testApp();
    const grocery = fixture('genius-domains/Grocery');
    const source = importGenius(
      readdirSync(grocery)
        .filter((n) => n.endsWith('.xml'))
        .map((n) => ({ name: n, text: readFileSync(join(grocery, n), 'utf8') })),
    );
    const web = exportGeniusWeb(source).files.map((f) => ({ name: f.name, data: Buffer.from(f.text) }));
    for (const url of ['/api/scenarios/import/geniusweb', '/api/scenarios/import/genius']) {
      const res = await app.inject({ method: 'POST', url, ...multipart(web) });
      expect(res.statusCode, url).toBe(201);
      const body = json(res);
      expect(body.origin).toBe('geniusweb');
      const mine = compileScenario(body.document);
      const read = importGeniusWeb(web.map((f) => ({ name: f.name, text: f.data.toString('utf8') })));
      // Grocery is in GeniusWeb form already: the stored scenario has the same utilities as Genius.
      for (const o of enumerateOutcomes(read)) {
        const got = utilities(mine, o);
        utilities(source, o).forEach((x, i) => expect(got[i]).toBeCloseTo(x, 9));
      }
    }
    // A broken GeniusWeb upload: every problem, with the file it is in.
    const broken = await app.inject({
      method: 'POST',
      url: '/api/scenarios/import/geniusweb',
      ...multipart([web[0], { name: 'p.json', data: Buffer.from('{') }, { name: 'q.json', data: Buffer.from('[]') }]),
    });
    expect(broken.statusCode).toBe(400);
    expect(json(broken).errors.map((e: { file: string }) => e.file)).toEqual(['p.json', 'q.json']);
  });

  it('imports a zip of the folder', async () => {
    app = await testApp();
    const zip = zipSync(Object.fromEntries(files.map((f) => [`Laptop/${f.name}`, new Uint8Array(f.data)])));
    const res = await app.inject({
      method: 'POST',
      url: '/api/scenarios/import/genius',
      ...multipart([{ name: 'Laptop.zip', data: zip }]),
    });
    expect(res.statusCode).toBe(201);
    expect(json(res).document.parties).toHaveLength(2);
    // The same domain again is a second scenario with the next free id, in its document too.
    const again = json(
      await app.inject({
        method: 'POST',
        url: '/api/scenarios/import/genius',
        ...multipart([{ name: 'Laptop.zip', data: zip }]),
      }),
    );
    expect([json(res).id, again.id, again.document.id]).toEqual([
      'laptop_domain',
      'laptop_domain-2',
      'laptop_domain-2',
    ]);
  });

  it('refuses a zip that inflates far beyond the body limit (a zip bomb) with 413 before inflating it, and stores nothing', async () => {
    app = await testApp({ bodyLimit: 64 * 1024 });
    const before = json(await app.inject({ method: 'GET', url: '/api/scenarios' })).scenarios.length;
    // Each entry is 100 KiB of spaces: a few hundred bytes compressed, 500 KiB in all once inflated.
    const padding = new Uint8Array(100 * 1024).fill(32);
    const bomb = zipSync(
      Object.fromEntries(
        [0, 1, 2, 3, 4].map((i) => [`pad${i}.xml`, [padding, { level: 9 }] as [Uint8Array, { level: 9 }]]),
      ),
    );
    expect(bomb.length).toBeLessThan(64 * 1024);
    const res = await app.inject({
      method: 'POST',
      url: '/api/scenarios/import/genius',
      ...multipart([...files, { name: 'bomb.zip', data: bomb }]),
    });
    expect(res.statusCode).toBe(413);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(json(res).errors[0]).toMatchObject({ code: 'upload_too_large', path: ['body', 'files'], file: 'bomb.zip' });
    expect(json(await app.inject({ method: 'GET', url: '/api/scenarios' })).scenarios.length).toBe(before);
    // A real domain under the same limit still imports.
    const ok = await app.inject({
      method: 'POST',
      url: '/api/scenarios/import/genius',
      ...multipart([
        { name: 'Laptop.zip', data: zipSync(Object.fromEntries(files.map((f) => [f.name, new Uint8Array(f.data)]))) },
      ]),
    });
    expect(ok.statusCode).toBe(201);
  });

  it('reports a folder without profiles, a broken zip, and a non-multipart body', async () => {
    app = await testApp();
    const one = await app.inject({ method: 'POST', url: '/api/scenarios/import/genius', ...multipart([files[0]]) });
    expect(one.statusCode).toBe(400);
    expect(json(one).code).toBe('genius_few_profiles');
    const zip = await app.inject({
      method: 'POST',
      url: '/api/scenarios/import/genius',
      ...multipart([{ name: 'x.zip', data: strToU8('PK not a zip') }]),
    });
    expect(zip.statusCode).toBe(400);
    expect(json(zip).code).toBe('bad_zip');
    const notMultipart = await app.inject({ method: 'POST', url: '/api/scenarios/import/genius', payload: { a: 1 } });
    expect(notMultipart.statusCode).toBe(415);
  });
});
