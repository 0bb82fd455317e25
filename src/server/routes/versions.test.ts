import { afterEach, describe, expect, it } from 'vitest';
import { testApp, json } from '../test-support.ts';
import { tinyScenario } from '../fixtures.ts';

let app: Awaited<ReturnType<typeof testApp>>;
afterEach(async () => app?.closeAll());

async function setup() {
  app = await testApp({});
  await app.inject({ method: 'POST', url: '/api/scenarios', payload: tinyScenario() });
  const changed = tinyScenario();
  changed.name = 'Tiny, US cares more about drugs';
  changed.parties[0].weights.drugs.weight = 0.9;
  const put = await app.inject({
    method: 'PUT',
    url: '/api/scenarios/tiny',
    payload: { document: changed, version: 1 },
  });
  expect(put.statusCode).toBe(200);
  return changed;
}

describe('scenario history', () => {
  it('lists every saved version newest first and returns each whole', async () => {
    const changed = await setup();
    const list = json(await app.inject({ method: 'GET', url: '/api/scenarios/tiny/versions' }));
    expect(list.current).toBe(2);
    expect(list.versions.map((v: { version: number; name: string }) => [v.version, v.name])).toEqual([
      [2, changed.name],
      [1, tinyScenario().name],
    ]);
    const v1 = json(await app.inject({ method: 'GET', url: '/api/scenarios/tiny/versions/1' }));
    expect(v1.document).toEqual(tinyScenario());
    const missing = await app.inject({ method: 'GET', url: '/api/scenarios/tiny/versions/7' });
    expect(missing.statusCode).toBe(404);
    expect(json(missing)).toMatchObject({ code: 'not_found', errors: [{ path: ['version'] }] });
    expect((await app.inject({ method: 'GET', url: '/api/scenarios/tiny/versions/x' })).statusCode).toBe(400);
    expect((await app.inject({ method: 'GET', url: '/api/scenarios/nope/versions' })).statusCode).toBe(404);
  });

  it('restores an earlier version as a new version, keeping the one it replaced; a stale base is 409', async () => {
    await setup();
    const stale = await app.inject({
      method: 'POST',
      url: '/api/scenarios/tiny/versions/1/restore',
      payload: { version: 1 },
    });
    expect(stale.statusCode).toBe(409);
    const res = await app.inject({
      method: 'POST',
      url: '/api/scenarios/tiny/versions/1/restore',
      payload: { version: 2 },
    });
    expect(res.statusCode).toBe(200);
    expect(json(res)).toMatchObject({ version: 3, name: tinyScenario().name, document: tinyScenario() });
    const list = json(await app.inject({ method: 'GET', url: '/api/scenarios/tiny/versions' }));
    expect(list.versions.map((v: { version: number }) => v.version)).toEqual([3, 2, 1]);
    // The analysis follows the restored document.
    const analysis = json(await app.inject({ method: 'GET', url: '/api/scenarios/tiny/analysis' }));
    expect(analysis.domain.name).toBe(tinyScenario().name);
  });

  it('is the owner’s: a delegation gets 403 on history, restore and compare', async () => {
    await setup();
    const d = json(
      await app.inject({ method: 'POST', url: '/api/scenarios/tiny/delegations', payload: { partyId: 'us' } }),
    );
    const h = { authorization: `Bearer ${d.token}` };
    for (const [method, url] of [
      ['GET', '/api/scenarios/tiny/versions'],
      ['GET', '/api/scenarios/tiny/versions/1'],
      ['POST', '/api/scenarios/tiny/versions/1/restore'],
      ['GET', '/api/compare?a=tiny@1&b=tiny'],
    ] as const) {
      const r = await app.inject({ method, url, headers: h, ...(method === 'POST' ? { payload: {} } : {}) });
      expect(r.statusCode, `${method} ${url}`).toBe(403);
    }
  });
});

describe('GET /compare', () => {
  it('puts two versions side by side: each side’s packages match its own analysis, and the changed weight is named', async () => {
    await setup();
    const res = await app.inject({ method: 'GET', url: '/api/compare?a=tiny@1&b=tiny' });
    expect(res.statusCode).toBe(200);
    const c = json(res);
    expect([c.a.version, c.b.version]).toEqual([1, 2]);
    expect(c.changes).toEqual([{ kind: 'weight', party: 'us', issue: 'drugs', before: 0.6, after: 0.9 }]);
    // Side a is exactly the analysis of version 1 (posted), side b of the stored current one.
    const v1 = json(await app.inject({ method: 'POST', url: '/api/analysis', payload: tinyScenario() }));
    const now = json(await app.inject({ method: 'GET', url: '/api/scenarios/tiny/analysis' }));
    for (const [side, an] of [
      [c.a, v1],
      [c.b, now],
    ]) {
      const nash = side.packages.find((p: { key: string }) => p.key === 'nash');
      expect(nash.utilities).toEqual(an.nash.utilities);
      expect(nash.outcome).toEqual(an.nash.outcome);
      expect(side.parties.map((p: { id: string }) => p.id)).toEqual(['us', 'mx']);
    }
  });

  it('compares two different scenarios and names a bad reference by its query field', async () => {
    await setup();
    const other = tinyScenario('other');
    other.parties[1].reservation = 0.2;
    await app.inject({ method: 'POST', url: '/api/scenarios', payload: other });
    const c = json(await app.inject({ method: 'GET', url: '/api/compare?a=tiny@1&b=other' }));
    expect(c.b.scenarioId).toBe('other');
    expect(c.changes).toEqual([{ kind: 'reservation', party: 'mx', before: 0, after: 0.2 }]);
    const bad = await app.inject({ method: 'GET', url: '/api/compare?a=nope&b=tiny' });
    expect(bad.statusCode).toBe(404);
    expect(json(bad).errors[0].path).toEqual(['querystring', 'a']);
    const malformed = await app.inject({ method: 'GET', url: '/api/compare?a=tiny@0&b=tiny' });
    expect(malformed.statusCode).toBe(400);
    expect(json(malformed).errors[0].path).toEqual(['querystring', 'a']);
  });
});
