/**
 * Heavy request work off the event loop: analyses and large validations run on the job pool with
 * the same results as in the server's thread, models over the size limits are refused at once
 * (422 naming the limit and the value), a time budget stops a long analysis (its worker is
 * terminated), a client that goes away cancels its analysis, and one caller cannot run more than
 * its share of analyses at once (429 with Retry-After) while another caller still can.
 */
import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../core/node.ts';
import { DEFAULT_MODEL_LIMITS, analyseScenario, readScenario, scenarioProblems } from '../jobs/index.ts';
import { jobPoolStats } from '../jobs/node.ts';
import { syntheticScenario, tinyScenario } from './fixtures.ts';
import { json, testApp, type TestApp } from './test-support.ts';

let app: TestApp | null = null;
afterEach(async () => {
  await app?.closeAll();
  app = null;
});

const until = async (what: () => boolean, ms = 60_000) => {
  const end = Date.now() + ms;
  while (!what()) {
    if (Date.now() > end) throw new Error('condition not reached');
    await new Promise((r) => setTimeout(r, 20));
  }
};

const northAmericaYaml = readFileSync(path.join(PROJECT_ROOT, 'scenarios/north-america.yaml'), 'utf8');
const yaml = { 'content-type': 'application/yaml' };

describe('analysis on the job pool', () => {
  it('gives the same analysis as the server thread, for JSON and YAML bodies, posted or stored', async () => {
    app = await testApp({ workers: 1 });
    const synthetic = syntheticScenario(11, 2, 12, 5);
    const posted = await app.inject({ method: 'POST', url: '/api/analysis', payload: synthetic });
    expect(posted.statusCode).toBe(200);
    expect(json(posted)).toEqual(JSON.parse(JSON.stringify(analyseScenario(readScenario(synthetic)))));

    const fromYaml = await app.inject({
      method: 'POST',
      url: '/api/analysis?statusQuo=' + encodeURIComponent('joint_ops=joint'),
      headers: yaml,
      payload: northAmericaYaml,
    });
    const inThread = () => analyseScenario(readScenario({ yamlText: northAmericaYaml }), 'joint_ops=joint');
    let expected: unknown;
    try {
      expected = JSON.parse(JSON.stringify(inThread()));
    } catch (e) {
      // The status quo spec must name a real option; if it does not, both must fail alike.
      expect(fromYaml.statusCode).toBe(400);
      expect(json(fromYaml).errors).toEqual(JSON.parse(JSON.stringify((e as { problems: unknown }).problems)));
    }
    if (expected) expect(json(fromYaml)).toEqual(expected);

    await app.inject({ method: 'POST', url: '/api/scenarios', payload: tinyScenario() });
    const stored = await app.inject({ method: 'GET', url: '/api/scenarios/tiny/analysis' });
    expect(stored.statusCode).toBe(200);
    expect(json(stored)).toEqual(JSON.parse(JSON.stringify(analyseScenario(tinyScenario()))));
  });

  it('reports a bad document from the pool with the same 400 problems as the server thread', async () => {
    app = await testApp({ workers: 1 });
    const bad = { ...tinyScenario(), parties: [{ id: 'us' }] };
    const res = await app.inject({ method: 'POST', url: '/api/analysis', payload: bad });
    expect(res.statusCode).toBe(400);
    const expected = scenarioProblems(bad).map((p) => ({ ...p, path: ['body', ...p.path] }));
    expect(json(res).errors).toEqual(JSON.parse(JSON.stringify(expected)));
  });

  it('validates a large document on the pool with the same answer as a small one in the thread', async () => {
    app = await testApp({ workers: 1 });
    const big = syntheticScenario(3, 2, 150, 10); // over 64 KiB of JSON
    expect(JSON.stringify(big).length).toBeGreaterThan(64 * 1024);
    const ok = json(await app.inject({ method: 'POST', url: '/api/scenarios/validate', payload: big }));
    expect(ok).toEqual({ valid: true, problems: [], parties: 2, issues: 150 });
    const broken = { ...big, parties: big.parties.map((p, i) => (i === 0 ? { ...p, weights: {} } : p)) };
    const bad = json(await app.inject({ method: 'POST', url: '/api/scenarios/validate', payload: broken }));
    expect(bad.valid).toBe(false);
    expect(bad.problems).toEqual(JSON.parse(JSON.stringify(scenarioProblems(broken))));
  });
});

describe('size limits, checked before any work', () => {
  it('refuses the probe case (3 parties x 200 issues x 4 options) with 422 naming the outcome-space limit and value', async () => {
    app = await testApp({ workers: 0 });
    const doc = syntheticScenario(5, 3, 200, 4);
    const res = await app.inject({ method: 'POST', url: '/api/analysis', payload: doc });
    expect(res.statusCode).toBe(422);
    const body = json(res);
    expect(body.code).toBe('model_too_large');
    // (3 - 1) x 200 x log10(4) = 240.8
    expect(body.errors[0].params).toEqual({
      limit: 'outcome_space',
      max: DEFAULT_MODEL_LIMITS.outcomeSpace,
      value: 240.9,
    });
    expect(body.errors[0].path).toEqual(['body', 'issues']);
    expect(body.detail).toContain('240.9');
    expect(body.detail).toContain('120');
    // The same as YAML (checked after parsing, before validation), and in Spanish.
    const es = await app.inject({
      method: 'POST',
      url: '/api/analysis',
      headers: { ...yaml, 'accept-language': 'es' },
      payload: JSON.stringify(doc),
    });
    expect(es.statusCode).toBe(422);
    expect(json(es).detail).toContain('el límite es 120');
  });

  it('names each limit: parties, issues, options of one issue', async () => {
    app = await testApp({
      workers: 0,
      limits: { modelLimits: { parties: 3, issues: 10, options: 6, outcomeSpace: 1000 } },
    });
    const cases: [object, object, unknown[]][] = [
      [syntheticScenario(1, 4, 2, 2), { limit: 'parties', max: 3, value: 4 }, ['body', 'parties']],
      [syntheticScenario(1, 2, 11, 2), { limit: 'issues', max: 10, value: 11 }, ['body', 'issues']],
      [
        syntheticScenario(1, 2, 3, 7),
        { limit: 'options', max: 6, value: 7, issue: 'i0' },
        ['body', 'issues', 0, 'options'],
      ],
    ];
    for (const [doc, params, where] of cases) {
      const res = await app.inject({ method: 'POST', url: '/api/analysis', payload: doc });
      expect(res.statusCode).toBe(422);
      expect(json(res).errors[0]).toMatchObject({ code: 'model_too_large', params, path: where });
    }
    // A stored scenario over the limits is refused the same way when analysed.
    await app.inject({ method: 'POST', url: '/api/scenarios', payload: syntheticScenario(1, 2, 11, 2) });
    const stored = await app.inject({ method: 'GET', url: '/api/scenarios/synthetic-2x11x2/analysis' });
    expect(stored.statusCode).toBe(422);
    expect(json(stored).errors[0]).toMatchObject({ params: { limit: 'issues', max: 10, value: 11 }, path: ['issues'] });
  });

  it('refuses a body over the body limit with 413 before reading it', async () => {
    app = await testApp({ workers: 0, bodyLimit: 4096 });
    const res = await app.inject({ method: 'POST', url: '/api/analysis', payload: syntheticScenario(1, 2, 20, 5) });
    expect(res.statusCode).toBe(413);
    expect(json(res).code).toBe('body_too_large');
  });
});

describe('time budget and cancellation', () => {
  it('stops an analysis over the time budget: 422 naming the budget, its worker terminated', async () => {
    app = await testApp({ workers: 1, limits: { timeBudgetMs: 300 } });
    const res = await app.inject({ method: 'POST', url: '/api/analysis', payload: syntheticScenario(9, 3, 60, 4) });
    expect(res.statusCode).toBe(422);
    expect(json(res).errors[0]).toMatchObject({
      code: 'time_budget_exceeded',
      params: { task: 'analysis', budgetMs: 300 },
    });
    expect(jobPoolStats()).toMatchObject({ running: 0, queued: 0 });
    // The server still answers.
    expect((await app.inject({ method: 'GET', url: '/api/health' })).statusCode).toBe(200);
  });

  it('cancels the analysis when the client disconnects: the task is aborted, nothing is cached', async () => {
    app = await testApp({ workers: 1, limits: { timeBudgetMs: 600_000 } });
    const doc = syntheticScenario(9, 3, 80, 4);
    expect((await app.inject({ method: 'POST', url: '/api/scenarios', payload: doc })).statusCode).toBe(201);
    await app.listen({ port: 0, host: '127.0.0.1' });
    const port = (app.server.address() as { port: number }).port;
    const req = request({ host: '127.0.0.1', port, path: `/api/scenarios/${doc.id}/analysis`, method: 'GET' });
    req.on('error', () => {});
    req.end();
    const key = 'ip:127.0.0.1';
    await until(() => app!.services.heavy.inFlight(key) === 1 && (jobPoolStats()?.running ?? 0) === 1);
    req.destroy();
    // Without the abort the slot would only be let go when the analysis finished, and cached it.
    await until(() => app!.services.heavy.inFlight(key) === 0);
    expect(app.services.analysisCache.size).toBe(0);
    expect(jobPoolStats()).toMatchObject({ running: 0, queued: 0 });
  });
});

describe('per-caller concurrency', () => {
  it('lets one caller run its share at once (429 with Retry-After beyond it) while another caller still runs', async () => {
    app = await testApp({ workers: 2, limits: { timeBudgetMs: 600_000 } });
    expect(app.services.heavy.options.perCaller).toBe(1);
    const doc = syntheticScenario(9, 2, 30, 5);
    const post = (ip: string) => app!.inject({ method: 'POST', url: '/api/analysis', payload: doc, remoteAddress: ip });
    const [a, b, c] = await Promise.all([post('10.0.0.1'), post('10.0.0.1'), post('10.0.0.2')]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 429]);
    const refused = a.statusCode === 429 ? a : b;
    expect(refused.headers['retry-after']).toBe('1');
    expect(json(refused).errors[0]).toMatchObject({
      code: 'too_many_requests',
      params: { caller: 'address 10.0.0.1', limit: 1, retryAfter: 1 },
    });
    expect(c.statusCode).toBe(200);
    expect(json(c)).toEqual(json(a.statusCode === 200 ? a : b));
  });

  it('counts the owner token and each delegation separately', async () => {
    const { callerKey } = await import('./heavy-work.ts');
    expect(callerKey({ kind: 'owner', via: 'token' }, '1.2.3.4').key).toBe('owner');
    expect(callerKey({ kind: 'owner', via: 'local' }, '1.2.3.4').key).toBe('ip:1.2.3.4');
    expect(callerKey({ kind: 'anonymous' }, '1.2.3.4').key).toBe('ip:1.2.3.4');
    const d = (id: string) =>
      callerKey({ kind: 'delegation', delegationId: id, scenarioId: 's', partyId: 'p', label: 'l' }, '1.2.3.4').key;
    expect(d('a')).toBe('delegation:a');
    expect(d('a')).not.toBe(d('b'));
  });
});
