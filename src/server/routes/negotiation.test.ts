/**
 * Negotiation runs over HTTP: results equal the negotiation library's own output for the same
 * request, actions stream as job items while a session runs (on a worker thread), a running
 * session can be cancelled, bad input is a 400 naming the field, and private preferences stay
 * private (runs on stored scenarios are the owner's; runs are visible only to who started them).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { testApp, json, settle, type TestApp } from '../test-support.ts';
import { tinyScenario } from '../fixtures.ts';
import { compileScenario, loadScenarioText } from '../../model/index.ts';
import {
  compareLinkage,
  delinkedJson,
  referenceFor,
  runDelinked,
  runSession,
  sessionJson,
  comparisonJson,
  STRATEGIES,
} from '../../negotiation/index.ts';
import type { Scenario } from '../../model/index.ts';

const root = resolve(import.meta.dirname, '../../..');
const northAmerica = loadScenarioText(
  readFileSync(join(root, 'scenarios/north-america.yaml'), 'utf8'),
  'north-america.yaml',
).scenario;
const roundTrip = (x: unknown) => JSON.parse(JSON.stringify(x));
const tick = (ms: number) => new Promise((r) => setTimeout(r, ms));

let app: TestApp;
afterEach(async () => app?.closeAll());

async function withScenarios(opts: Parameters<typeof testApp>[0] = {}) {
  app = await testApp(opts);
  const owner = opts.auth?.adminTokens ? { authorization: `Bearer ${opts.auth.adminTokens[0]}` } : {};
  for (const s of [tinyScenario(), northAmerica])
    expect((await app.inject({ method: 'POST', url: '/api/scenarios', headers: owner, payload: s })).statusCode).toBe(
      201,
    );
  return owner;
}

async function start(
  payload: Record<string, unknown>,
  headers: Record<string, string> = {},
  url = '/api/negotiation/sessions',
) {
  const res = await app.inject({ method: 'POST', url, headers, payload });
  expect(res.statusCode, res.body).toBe(202);
  expect(res.headers.location).toBe(`/api/jobs/${json(res).id}`);
  return json(res);
}

describe('negotiation strategies', () => {
  it('lists every strategy of the library with its parameters and citation', async () => {
    app = await testApp();
    const r = json(await app.inject({ method: 'GET', url: '/api/negotiation/strategies' }));
    expect(r.strategies.map((s: { id: string }) => s.id)).toEqual(STRATEGIES.map((s) => s.id));
    expect(
      r.strategies.every((s: { citation: string; params: object }) => s.citation.length > 0 && 'ac' in s.params),
    ).toBe(true);
  });
});

describe('negotiation sessions', () => {
  it('a linked session on a stored scenario gives the library’s result, and its actions are the streamed items', async () => {
    await withScenarios();
    const job = await start({ scenarioId: 'tiny', agents: ['boulware', 'nice-tft'], rounds: 40, seed: 3 });
    expect(job).toMatchObject({
      kind: 'negotiation',
      scenarioId: 'tiny',
      params: { agents: ['boulware', 'nice-tft'], mode: 'linked', rounds: 40, seed: 3 },
    });
    const done = await settle(app, job.id);
    expect(done.status).toBe('succeeded');
    const domain = compileScenario(tinyScenario());
    const r = runSession(domain, {
      agents: ['boulware', 'nice-tft'],
      deadline: { rounds: 40 },
      seed: 3,
      mediatorIssues: 2,
    });
    const want = roundTrip(sessionJson(domain, r, referenceFor(domain), 'all'));
    expect(done.result).toEqual({ ...want, offerCount: r.offers.length });
    expect(done.items).toEqual(want.offers);
    expect(done.itemCount).toBe(r.offers.length);
    expect(done.progress).toBe(1);
    // Polling from an index returns the rest.
    const tail = json(await app.inject({ method: 'GET', url: `/api/jobs/${job.id}?since=${r.offers.length - 2}` }));
    expect(tail.items).toEqual(want.offers.slice(-2));
  });

  it('a delinked three-party session (stacked protocol by default) gives the library’s result, issue by issue', async () => {
    await withScenarios();
    const agents = ['conceder', 'linear', 'boulware'];
    const job = await start({ scenarioId: 'north-america', agents, mode: 'delinked', rounds: 30, seed: 2 });
    const done = await settle(app, job.id);
    expect(done.status).toBe('succeeded');
    const domain = compileScenario(northAmerica);
    const r = runDelinked(domain, {
      agents,
      deadline: { rounds: 30 },
      seed: 2,
      order: 'sequential',
      mediatorIssues: 2,
    });
    const want = roundTrip(delinkedJson(domain, r, referenceFor(domain), 'all'));
    expect(done.result).toMatchObject(want);
    expect(done.items).toEqual(want.offers);
    expect(new Set(done.items.map((o: { issue: string }) => o.issue))).toEqual(
      new Set(domain.issues.filter((_, j) => r.sessions[j].result.offers.length > 0).map((i) => i.id)),
    );
  });

  it('runs a posted document with a status-quo override and the mediated protocol', async () => {
    app = await testApp();
    const job = await start({
      scenario: tinyScenario(),
      statusQuo: 'ops=joint',
      agents: ['conceder', 'conceder'],
      protocol: 'mediated',
      rounds: 20,
    });
    expect(job.scenarioId).toBeNull();
    // The posted document is not kept with the run.
    expect(job.params.scenario).toEqual({ posted: true, name: tinyScenario().name });
    const done = await settle(app, job.id);
    expect(done.status).toBe('succeeded');
    expect(
      done.items.every((o: { kind: string; party: string }) => o.kind === 'proposal' && o.party === 'mediator'),
    ).toBe(true);
    expect(done.items[0].outcome).toBeDefined();
    expect(done.result.protocol).toBe('mediated');
  });

  it('streams actions from a worker thread while the session runs, and cancels a running session at once', async () => {
    await withScenarios({ workers: 1 });
    // Three very Boulware agents on North America for 2,000 rounds: 6,000 actions, well over a second.
    const job = await start({
      scenarioId: 'north-america',
      agents: ['hardheaded', 'hardheaded', 'hardheaded'],
      rounds: 2000,
    });
    let seen: { status: string; itemCount: number; progress: number } | undefined;
    for (let i = 0; i < 2000; i++) {
      const j = json(await app.inject({ method: 'GET', url: `/api/jobs/${job.id}?since=1000000` }));
      if (j.status === 'running' && j.itemCount > 0) {
        seen = j;
        break;
      }
      expect(j.status, 'the session must still be running when its first actions arrive').not.toBe('succeeded');
      await tick(5);
    }
    expect(seen, 'actions arrived while the session was running').toBeDefined();
    expect(seen!.progress).toBeGreaterThan(0);
    expect((await app.inject({ method: 'DELETE', url: `/api/jobs/${job.id}` })).statusCode).toBe(202);
    const cancelled = await settle(app, job.id);
    expect(cancelled.status).toBe('cancelled');
    expect(cancelled.itemCount).toBeLessThan(6000);
    // The pool replaces the terminated worker; the next run gives the same result as in-process.
    const next = await settle(
      app,
      (await start({ scenarioId: 'tiny', agents: ['hardheaded', 'conceder'], rounds: 50, seed: 4 })).id,
    );
    const domain = compileScenario(tinyScenario());
    const want = roundTrip(
      sessionJson(
        domain,
        runSession(domain, { agents: ['hardheaded', 'conceder'], deadline: { rounds: 50 }, seed: 4 }),
        referenceFor(domain),
        'all',
      ),
    );
    expect(next.result).toMatchObject(want);
    expect(next.items).toEqual(want.offers);
  });

  it('sends the same events over server-sent events as by polling', async () => {
    await withScenarios();
    const job = await start({ scenarioId: 'tiny', agents: ['linear', 'linear'], rounds: 20 });
    const done = await settle(app, job.id);
    const sse = await app.inject({ method: 'GET', url: `/api/jobs/${job.id}/events` });
    expect(sse.headers['content-type']).toContain('text/event-stream');
    const events = sse.body
      .trim()
      .split('\n\n')
      .map((e) => ({ event: /^event: (.*)$/m.exec(e)![1], data: JSON.parse(/^data: (.*)$/m.exec(e)![1]) }));
    expect(events.filter((e) => e.event === 'item').map((e) => e.data.item)).toEqual(done.items);
    const last = events[events.length - 1];
    expect(last.event).toBe('done');
    expect(last.data.result).toEqual(done.result);
    expect(last.data).not.toHaveProperty('principal');
  });

  it('refuses bad requests with the path of the bad field, before starting anything', async () => {
    await withScenarios();
    const cases: [Record<string, unknown>, number, string, (string | number)[]][] = [
      [{ agents: ['linear', 'linear'] }, 400, 'one_scenario', ['body', 'scenarioId']],
      [
        { scenarioId: 'tiny', scenario: tinyScenario(), agents: ['linear', 'linear'] },
        400,
        'one_scenario',
        ['body', 'scenarioId'],
      ],
      [{ scenarioId: 'tiny', agents: ['linear', 'nobody'] }, 400, 'unknown_strategy', ['body', 'agents', 1]],
      [{ scenarioId: 'tiny', agents: ['linear', 'linear', 'linear'] }, 400, 'agent_count', ['body', 'agents']],
      [
        { scenarioId: 'north-america', agents: ['linear', 'linear', 'linear'], protocol: 'alternating' },
        400,
        'bad_protocol',
        ['body', 'protocol'],
      ],
      [
        { scenarioId: 'tiny', agents: ['linear', 'linear'], statusQuo: 'ops=never' },
        400,
        'unknown_option',
        ['body', 'statusQuo', 'ops'],
      ],
      [{ scenarioId: 'tiny', agents: ['linear', 'linear'], rounds: 0 }, 400, 'too_small', ['body', 'rounds']],
      [{ scenarioId: 'tiny', agents: ['linear', 'linear'], mode: 'sideways' }, 400, 'invalid_value', ['body', 'mode']],
      [{ scenarioId: 'nope', agents: ['linear', 'linear'] }, 404, 'not_found', ['body', 'scenarioId']],
      [{ scenario: { id: 'x' }, agents: ['linear', 'linear'] }, 400, '', ['body', 'scenario']],
    ];
    for (const [payload, status, code, path] of cases) {
      const res = await app.inject({ method: 'POST', url: '/api/negotiation/sessions', payload });
      expect(res.statusCode, JSON.stringify(payload).slice(0, 80)).toBe(status);
      const body = json(res);
      if (code) expect(body.code).toBe(code);
      expect(body.errors[0].path.slice(0, path.length)).toEqual(path);
      expect(res.body).not.toMatch(/at .*\.(ts|js):\d+/);
    }
    // Delinked needs a status quo on every issue.
    const noSq = tinyScenario();
    for (const i of noSq.issues) delete (i as { statusQuo?: string }).statusQuo;
    const res = await app.inject({
      method: 'POST',
      url: '/api/negotiation/sessions',
      payload: { scenario: noSq, agents: ['linear', 'linear'], mode: 'delinked' },
    });
    expect(res.statusCode).toBe(400);
    expect(json(res)).toMatchObject({ code: 'no_status_quo', errors: [{ path: ['body', 'statusQuo'] }] });
    expect(json(await app.inject({ method: 'GET', url: '/api/jobs' })).jobs).toEqual([]);
  });
});

describe('linked versus delinked comparisons', () => {
  it('give the library’s comparison, in process and on a worker thread', async () => {
    for (const workers of [0, 1]) {
      await withScenarios({ workers });
      const agents = ['boulware', 'conceder', 'hardheaded'];
      const job = await start(
        { scenarioId: 'tiny', agents, repetitions: 2, rounds: 30, seed: 5 },
        {},
        '/api/negotiation/comparisons',
      );
      expect(job.kind).toBe('negotiation-comparison');
      const done = await settle(app, job.id);
      expect(done.status).toBe('succeeded');
      const domain = compileScenario(tinyScenario());
      const c = compareLinkage({
        domains: [domain],
        agents,
        repetitions: 2,
        deadline: { rounds: 30 },
        seed: 5,
        order: 'sequential',
        mediatorIssues: 2,
        selfPlay: true,
      });
      const want = roundTrip(comparisonJson(c));
      expect(done.result).toMatchObject(want);
      expect(done.result.sessions).toBe(agents.length ** 2 * 2);
      expect(done.progress).toBe(1);
      await app.closeAll();
    }
  });

  it('refuses comparisons that are too large or lack distinct agents without self-play', async () => {
    await withScenarios();
    const big = await app.inject({
      method: 'POST',
      url: '/api/negotiation/comparisons',
      payload: {
        scenarioId: 'north-america',
        agents: ['boulware', 'linear', 'conceder', 'hardheaded', 'nice-tft', 'random', 'hardliner', 'naive-tft'],
        repetitions: 5,
      },
    });
    expect(big.statusCode).toBe(400);
    expect(json(big)).toMatchObject({ code: 'too_many_sessions', errors: [{ path: ['body', 'agents'] }] });
    const few = await app.inject({
      method: 'POST',
      url: '/api/negotiation/comparisons',
      payload: { scenarioId: 'north-america', agents: ['boulware', 'linear'], selfPlay: false },
    });
    expect(few.statusCode).toBe(400);
    expect(json(few).code).toBe('agent_count');
    const reps = await app.inject({
      method: 'POST',
      url: '/api/negotiation/comparisons',
      payload: { scenarioId: 'tiny', agents: ['boulware'], repetitions: 11 },
    });
    expect(json(reps).errors[0].path).toEqual(['body', 'repetitions']);
  });
});

describe('negotiation privacy', () => {
  it('a delegation runs only on documents it posts; runs are private to who started them', async () => {
    const owner = await withScenarios({ auth: { adminTokens: ['admin-token-0123456789'] } });
    const d = json(
      await app.inject({
        method: 'POST',
        url: '/api/scenarios/tiny/delegations',
        headers: owner,
        payload: { partyId: 'us' },
      }),
    );
    const us = { authorization: `Bearer ${d.token}` };
    const stored = await app.inject({
      method: 'POST',
      url: '/api/negotiation/sessions',
      headers: us,
      payload: { scenarioId: 'tiny', agents: ['linear', 'linear'] },
    });
    expect(stored.statusCode).toBe(403);
    const other = await app.inject({
      method: 'POST',
      url: '/api/negotiation/sessions',
      headers: us,
      payload: { scenarioId: 'north-america', agents: ['linear', 'linear', 'linear'] },
    });
    expect(other.statusCode).toBe(404);
    expect(json(other).errors[0].path).toEqual(['body', 'scenarioId']);
    expect(
      (
        await app.inject({
          method: 'POST',
          url: '/api/negotiation/comparisons',
          headers: us,
          payload: { scenarioId: 'tiny', agents: ['linear'] },
        })
      ).statusCode,
    ).toBe(403);
    expect(
      (
        await app.inject({
          method: 'POST',
          url: '/api/negotiation/sessions',
          payload: { scenario: tinyScenario(), agents: ['linear', 'linear'] },
        })
      ).statusCode,
    ).toBe(401);

    // Its own guess of the other side, posted with the request, is fine.
    const mine: Scenario = tinyScenario();
    mine.parties[1].weights.ops.weight = 0.9;
    const job = await start({ scenario: mine, agents: ['linear', 'conceder'], rounds: 20 }, us);
    const done = await settle(app, job.id, us);
    expect(done.status).toBe('succeeded');
    // The owner does not see the delegation's run (nor its posted preferences), and vice versa.
    expect((await app.inject({ method: 'GET', url: `/api/jobs/${job.id}`, headers: owner })).statusCode).toBe(404);
    expect(json(await app.inject({ method: 'GET', url: '/api/jobs', headers: owner })).jobs).toEqual([]);
    expect(
      json(await app.inject({ method: 'GET', url: '/api/jobs', headers: us })).jobs.map((j: { id: string }) => j.id),
    ).toEqual([job.id]);
    const row = await app.services.jobRepo.find(job.id);
    expect(JSON.stringify(row!.params)).not.toContain('0.9');
  });
});
