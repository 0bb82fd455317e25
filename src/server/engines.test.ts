/**
 * The API on both database engines (SQLite file and PostgreSQL): scenarios with versions,
 * delegations and privacy, analysis, a negotiation and a cooperation run recorded as jobs, jobs
 * left running by a dead process, and first-run seeding. (Framework routes run on both engines
 * in routes/frameworks.test.ts.)
 */
import { afterEach, describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { testApp, json, settle, type TestApp } from './test-support.ts';
import { tinyScenario } from './fixtures.ts';
import { ENGINES, type TestDb } from '../store/testing.ts';
import { seedIfFirstRun } from '../store/index.ts';
import { compileScenario } from '../model/index.ts';
import { analyze, toJson } from '../analysis/index.ts';

const root = resolve(import.meta.dirname, '../..');

describe.each(ENGINES)('the API on %s', (engine, makeDb) => {
  let app: TestApp;
  let db: TestDb;
  afterEach(async () => {
    await app?.closeAll();
    await db?.cleanup();
  });
  const start = async (opts: Parameters<typeof testApp>[0] = {}) => {
    db = await makeDb();
    app = await testApp({ url: db.url, ...opts });
  };

  it('stores scenarios with versions, analyses them and keeps delegations private', async () => {
    await start();
    expect(json(await app.inject({ method: 'GET', url: '/api/health' })).database).toBe(engine);
    expect((await app.inject({ method: 'POST', url: '/api/scenarios', payload: tinyScenario() })).statusCode).toBe(201);
    const doc = tinyScenario();
    doc.parties[0].weights.guns.weight = 0.5;
    expect(
      json(await app.inject({ method: 'PUT', url: '/api/scenarios/tiny', payload: { document: doc, version: 1 } }))
        .version,
    ).toBe(2);
    expect(
      (await app.inject({ method: 'PUT', url: '/api/scenarios/tiny', payload: { document: doc, version: 1 } }))
        .statusCode,
    ).toBe(409);
    const analysis = json(await app.inject({ method: 'GET', url: '/api/scenarios/tiny/analysis' }));
    const d = compileScenario(doc);
    expect(analysis).toEqual(JSON.parse(JSON.stringify(toJson(d, analyze(d)))));

    const del = json(
      await app.inject({ method: 'POST', url: '/api/scenarios/tiny/delegations', payload: { partyId: 'mx' } }),
    );
    const mx = { authorization: `Bearer ${del.token}` };
    const seen = json(await app.inject({ method: 'GET', url: '/api/scenarios/tiny', headers: mx }));
    expect(seen.document.parties[0]).toEqual({ id: 'us', name: 'United States' });
    expect((await app.inject({ method: 'GET', url: '/api/scenarios/tiny/analysis', headers: mx })).statusCode).toBe(
      403,
    );
    // Deleting the scenario removes its delegations: the token stops working.
    expect((await app.inject({ method: 'DELETE', url: '/api/scenarios/tiny' })).statusCode).toBe(204);
    expect((await app.inject({ method: 'GET', url: '/api/health', headers: mx })).statusCode).toBe(401);
  });

  it('records negotiation and cooperation runs as jobs, and fails runs a dead process left behind', async () => {
    await start();
    await app.inject({ method: 'POST', url: '/api/scenarios', payload: tinyScenario() });
    const neg = json(
      await app.inject({
        method: 'POST',
        url: '/api/negotiation/sessions',
        payload: { scenarioId: 'tiny', agents: ['conceder', 'boulware'], rounds: 30 },
      }),
    );
    const coop = json(
      await app.inject({
        method: 'POST',
        url: '/api/cooperation/tournaments',
        payload: { strategies: ['Tit For Tat', 'Defector'], turns: 20, repetitions: 2 },
      }),
    );
    const [n, c] = [await settle(app, neg.id), await settle(app, coop.id)];
    expect(n.status).toBe('succeeded');
    expect(n.items.length).toBe(n.result.offerCount);
    expect(c.status).toBe('succeeded');
    expect(c.result.ranking[0].name).toBe('Defector');
    const list = json(await app.inject({ method: 'GET', url: '/api/jobs' })).jobs;
    expect(list.map((j: { id: string }) => j.id).sort()).toEqual([neg.id, coop.id].sort());
    expect(
      json(await app.inject({ method: 'GET', url: '/api/jobs?kind=cooperation' })).jobs.map(
        (j: { id: string }) => j.id,
      ),
    ).toEqual([coop.id]);

    const repo = app.store.jobs;
    await repo.insert({ id: 'left-running', kind: 'negotiation', scenarioId: 'tiny', params: {} });
    await repo.started('left-running');
    expect(await repo.failInterrupted()).toBe(1);
    const left = json(await app.inject({ method: 'GET', url: '/api/jobs/left-running' }));
    expect(left).toMatchObject({ status: 'failed', error: [{ code: 'interrupted' }] });
  });

  it('seeds the built-in scenarios once', async () => {
    await start();
    const report = await seedIfFirstRun(app.store, root);
    expect(report!.scenarios.sort()).toEqual(['north-america', 'us-mexico']);
    expect(await seedIfFirstRun(app.store, root)).toBeNull();
    const na = json(await app.inject({ method: 'GET', url: '/api/scenarios/north-america/analysis' }));
    expect(na.parties.map((p: { id: string }) => p.id)).toHaveLength(3);
  });
});
