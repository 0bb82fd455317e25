import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { testApp, json } from '../test-support.ts';
import { auditFramework, frameworkProgress, parseFrameworkText } from '../../framework/index.ts';
import { openDatabase } from '../db.ts';
import { seedIfFirstRun } from '../seed.ts';

let app: Awaited<ReturnType<typeof testApp>>;
afterEach(async () => app?.closeAll());

const root = resolve(import.meta.dirname, '../../..');
const bicentennialText = readFileSync(join(root, 'scenarios/frameworks/bicentennial.yaml'), 'utf8');

describe('frameworks', () => {
  it('stores a YAML framework, audits it as the audit module does, and reports progress', async () => {
    app = await testApp();
    const res = await app.inject({ method: 'POST', url: '/api/frameworks', headers: { 'content-type': 'application/yaml' }, payload: bicentennialText });
    expect(res.statusCode).toBe(201);
    const id = json(res).id;
    const fw = parseFrameworkText(bicentennialText);
    const audit = json(await app.inject({ method: 'GET', url: `/api/frameworks/${id}/audit` }));
    expect(audit).toEqual(JSON.parse(JSON.stringify(auditFramework(fw))));
    expect(audit.passed).toBe(false);
    expect(audit.gaps.length).toBeGreaterThan(0);
    const progress = json(await app.inject({ method: 'GET', url: `/api/frameworks/${id}/progress` }));
    expect(progress).toEqual(JSON.parse(JSON.stringify(frameworkProgress(fw))));
    expect(json(await app.inject({ method: 'GET', url: '/api/frameworks' })).frameworks.map((f: { id: string }) => f.id)).toEqual([id]);
    const dup = await app.inject({ method: 'POST', url: '/api/frameworks', headers: { 'content-type': 'application/yaml' }, payload: bicentennialText });
    expect(dup.statusCode).toBe(409);
  });

  it('rejects invalid frameworks with body paths; updates with versions; deletes', async () => {
    app = await testApp();
    const bad = await app.inject({ method: 'POST', url: '/api/frameworks', payload: { id: 'x' } });
    expect(bad.statusCode).toBe(400);
    expect(json(bad).errors[0].path[0]).toBe('body');
    const created = json(await app.inject({ method: 'POST', url: '/api/frameworks', headers: { 'content-type': 'application/yaml' }, payload: bicentennialText }));
    const upd = await app.inject({ method: 'PUT', url: `/api/frameworks/${created.id}`, payload: { document: created.document, version: 1 } });
    expect(json(upd).version).toBe(2);
    expect((await app.inject({ method: 'PUT', url: `/api/frameworks/${created.id}`, payload: { document: created.document, version: 1 } })).statusCode).toBe(409);
    expect((await app.inject({ method: 'DELETE', url: `/api/frameworks/${created.id}` })).statusCode).toBe(204);
    expect((await app.inject({ method: 'GET', url: `/api/frameworks/${created.id}/audit` })).statusCode).toBe(404);
  });

  it('first run seeds the built-in frameworks once', async () => {
    const { db, close } = await openDatabase(':memory:');
    const first = await seedIfFirstRun(db, root);
    expect(first!.frameworks.sort()).toEqual(['bicentennial', 'north-american'].map((f) => parseFrameworkText(readFileSync(join(root, `scenarios/frameworks/${f}.yaml`), 'utf8')).id).sort());
    await db.deleteFrom('framework_documents').execute();
    expect(await seedIfFirstRun(db, root)).toBeNull();
    expect(await db.selectFrom('framework_documents').selectAll().execute()).toEqual([]);
    await close();
  });
});
