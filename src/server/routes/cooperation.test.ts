/**
 * Cooperation lab over HTTP: tournaments as jobs give the library's results (standard payoffs, or
 * one issue of a stored game, with noise and misreads), games are stored and validated like
 * uploads, and bad input names the field.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { testApp, json, settle, type TestApp } from '../test-support.ts';
import { playTournament, resolveStrategies, parseCooperationScenario, scenarioGame } from '../../cooperation/index.ts';
import { seedIfFirstRun } from '../../store/index.ts';
import { tinyScenario } from '../fixtures.ts';
import { jointVsUnilateral } from '../../jobs/index.ts';
import { jobPoolStats } from '../../jobs/node.ts';

const root = resolve(import.meta.dirname, '../../..');
const gameText = readFileSync(join(root, 'scenarios/cooperation/joint-vs-unilateral.yaml'), 'utf8');
const tick = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Every strategy, long matches, many repetitions: minutes of work on two threads. */
async function startLongTournament(): Promise<string> {
  const res = await app.inject({
    method: 'POST',
    url: '/api/cooperation/tournaments',
    payload: { strategies: await names(), turns: 2000, repetitions: 50, noise: 0.01 },
  });
  expect(res.statusCode).toBe(202);
  return json(res).id;
}

/** Poll until the job runs and has made some progress (a first chunk came back from a worker). */
async function waitForProgress(id: string): Promise<{ status: string; progress: number }> {
  for (;;) {
    const j = json(await app.inject({ method: 'GET', url: `/api/jobs/${id}` }));
    if (j.status !== 'queued' && (j.status !== 'running' || j.progress > 0)) return j;
    await tick(20);
  }
}

let app: TestApp;
afterEach(async () => app?.closeAll());

async function names() {
  return (
    json(await app.inject({ method: 'GET', url: '/api/cooperation/strategies' })).strategies as { name: string }[]
  ).map((s) => s.name);
}

describe('cooperation tournaments as jobs', () => {
  it('run to completion with the library’s ranking and scores, and a joint-vs-unilateral series', async () => {
    app = await testApp();
    const all = await names();
    const pick = ['Tit For Tat', 'Defector', 'Cooperator', 'Grudger'];
    expect(pick.every((n) => all.includes(n))).toBe(true);
    const res = await app.inject({
      method: 'POST',
      url: '/api/cooperation/tournaments',
      payload: { strategies: pick, turns: 50, repetitions: 2, seed: 3 },
    });
    expect(res.statusCode).toBe(202);
    const job = await settle(app, json(res).id);
    expect(job.status).toBe('succeeded');
    const want = playTournament(resolveStrategies(pick), { turns: 50, repetitions: 2, seed: 3, noise: 0 });
    expect(job.result.ranking.map((r: { name: string }) => r.name)).toEqual(want.rankedNames);
    expect(job.result.ranking.map((r: { medianScore: number }) => r.medianScore)).toEqual(
      want.summary.map((r) => r.medianScore),
    );
    expect(job.result.payoffMatrix).toEqual(want.payoffMatrix);
    expect(job.result.game).toMatchObject({ row: { R: 3, S: 0, T: 5, P: 1 }, col: { R: 3, S: 0, T: 5, P: 1 } });
    expect(job.result.jointVsUnilateral).toHaveLength(50);
    // Turn 1: Cooperator, TFT and Grudger cooperate; against Defector a cooperator gets S=0, a defector T=5 or P=1.
    const first = job.result.jointVsUnilateral[0];
    expect(first.unilateral).toBeGreaterThan(first.joint);
    // From turn 2 on: TFT, Grudger and Cooperator cooperate with each other (3 pairs, R=3 each
    // side) and Cooperator also with Defector (S=0): joint = 18/7. Defector gets P=1 against TFT
    // and Grudger and T=5 against Cooperator, TFT and Grudger P=1 against it: unilateral = 9/5.
    const later = job.result.jointVsUnilateral[10];
    expect(later.joint).toBeCloseTo(18 / 7, 12);
    expect(later.unilateral).toBeCloseTo(9 / 5, 12);
  });

  it('plays one issue of the stored joint-versus-unilateral game, with noise and misreads, as the library does', async () => {
    app = await testApp();
    await seedIfFirstRun(app.store, root);
    const games = json(await app.inject({ method: 'GET', url: '/api/cooperation/games' })).games;
    expect(games.map((g: { id: string }) => g.id)).toEqual(['joint-vs-unilateral']);
    expect(games[0].parties.map((p: { id: string }) => p.id)).toEqual(['us', 'mexico', 'canada']);
    const pick = ['Tit For Tat', 'Defector', 'Grudger', 'Random'];
    const body = {
      strategies: pick,
      turns: 40,
      repetitions: 3,
      seed: 9,
      noise: 0.05,
      misread: 0.1,
      game: { id: 'joint-vs-unilateral', issue: 'drug_trafficking', parties: ['us', 'mexico'] },
    };
    const job = await settle(
      app,
      json(await app.inject({ method: 'POST', url: '/api/cooperation/tournaments', payload: body })).id,
    );
    expect(job.status).toBe('succeeded');
    const game = scenarioGame(parseCooperationScenario(gameText), 'drug_trafficking', ['us', 'mexico']);
    const want = playTournament(resolveStrategies(pick), {
      turns: 40,
      repetitions: 3,
      seed: 9,
      noise: 0.05,
      misread: 0.1,
      game,
    });
    expect(job.result.ranking.map((r: { name: string; medianScore: number }) => [r.name, r.medianScore])).toEqual(
      want.summary.map((r) => [r.name, r.medianScore]),
    );
    expect(job.result.game).toMatchObject({
      row: game.row,
      col: game.col,
      label: expect.stringContaining('Drug trafficking'),
    });
    const bad = await app.inject({
      method: 'POST',
      url: '/api/cooperation/tournaments',
      payload: { ...body, game: { id: 'joint-vs-unilateral', issue: 'chess' } },
    });
    expect(bad.statusCode).toBe(400);
    expect(json(bad)).toMatchObject({ code: 'unknown_issue', errors: [{ path: ['body', 'game', 'issues'] }] });
    const party = await app.inject({
      method: 'POST',
      url: '/api/cooperation/tournaments',
      payload: { ...body, game: { id: 'joint-vs-unilateral', issue: 'drug_trafficking', parties: ['us', 'france'] } },
    });
    expect(json(party).code).toBe('unknown_party');
    const unknown = await app.inject({
      method: 'POST',
      url: '/api/cooperation/tournaments',
      payload: { ...body, game: { id: 'nope', issue: 'x' } },
    });
    expect(unknown.statusCode).toBe(404);
    expect(json(unknown).errors[0]).toMatchObject({ code: 'not_found', path: ['body', 'game', 'id'] });
  });

  it('give the same result on worker threads as in the server thread, the series bit for bit', async () => {
    const body = {
      strategies: ['Tit For Tat', 'Defector', 'Grudger', 'Random', 'GTFT', 'Alternator'],
      turns: 60,
      repetitions: 3,
      seed: 12,
      noise: 0.05,
      misread: 0.05,
      game: { id: 'joint-vs-unilateral', issue: 'drug_trafficking', parties: ['us', 'mexico'] },
    };
    const results = [];
    for (const workers of [0, 2]) {
      app = await testApp({ workers });
      await seedIfFirstRun(app.store, root);
      const res = await app.inject({ method: 'POST', url: '/api/cooperation/tournaments', payload: body });
      const job = await settle(app, json(res).id);
      expect(job.status).toBe('succeeded');
      expect(job.progress).toBe(1);
      results.push(job.result);
      await app.closeAll();
    }
    expect(results[1]).toEqual(results[0]);
    const game = scenarioGame(parseCooperationScenario(gameText), 'drug_trafficking', ['us', 'mexico']);
    const series = jointVsUnilateral({ ...body, probEnd: 0, game });
    expect(results[1].jointVsUnilateral).toEqual(JSON.parse(JSON.stringify(series)));
  });

  it('run on the worker pool, off the server thread, and a cancel stops their tasks at once', async () => {
    // (That the pool then serves the next task on a fresh worker is tested in src/jobs/pool.node.test.ts.)
    app = await testApp({ workers: 2 });
    const id = await startLongTournament();
    const running = await waitForProgress(id);
    expect(running.status).toBe('running');
    // The server answers while the tournament's chunks run on worker threads.
    expect(jobPoolStats()!.running).toBeGreaterThan(0);
    expect((await app.inject({ method: 'GET', url: '/api/health' })).statusCode).toBe(200);
    expect((await app.inject({ method: 'DELETE', url: `/api/jobs/${id}` })).statusCode).toBe(202);
    const done = await settle(app, id);
    expect(done.status).toBe('cancelled');
    expect(done.progress).toBeLessThan(0.9);
    // No task of the cancelled run is left running or queued (their workers were terminated).
    expect(jobPoolStats()).toMatchObject({ running: 0, queued: 0 });
  });

  it('are cancelled when the server closes, and the worker pool is destroyed', async () => {
    app = await testApp({ workers: 2 });
    const id = await startLongTournament();
    expect((await waitForProgress(id)).status).toBe('running');
    expect(jobPoolStats()).not.toBeNull();
    await app.close();
    const rec = await app.services.jobRepo.find(id);
    expect(rec!.status).toBe('cancelled');
    expect(rec!.message).toContain('shut down');
    expect(jobPoolStats()).toBeNull();
  });

  it('rejects unknown strategies and bad parameters with body paths', async () => {
    app = await testApp();
    const res = await app.inject({
      method: 'POST',
      url: '/api/cooperation/tournaments',
      payload: { strategies: ['Tit For Tat', 'Nobody Ever'] },
    });
    expect(res.statusCode).toBe(400);
    expect(json(res).errors[0]).toMatchObject({ code: 'unknown_strategy', path: ['body', 'strategies', 1] });
    for (const [field, value] of [
      ['noise', 2],
      ['misread', -1],
      ['probEnd', 1.5],
      ['turns', 0],
      ['repetitions', 51],
      ['seed', 'x'],
    ] as const) {
      const bad = await app.inject({
        method: 'POST',
        url: '/api/cooperation/tournaments',
        payload: { strategies: ['Tit For Tat', 'Defector'], [field]: value },
      });
      expect(bad.statusCode, field).toBe(400);
      expect(json(bad).errors[0].path).toEqual(['body', field]);
    }
    expect(
      (
        await app.inject({
          method: 'POST',
          url: '/api/cooperation/tournaments',
          payload: { strategies: ['Tit For Tat'] },
        })
      ).statusCode,
    ).toBe(400);
  });
});

describe('cooperation games', () => {
  it('stores a YAML game (problems with lines), reads and deletes it; delegations read but do not write', async () => {
    app = await testApp({ auth: { adminTokens: ['admin-token-0123456789'] } });
    const owner = { authorization: 'Bearer admin-token-0123456789' };
    const yaml = { 'content-type': 'application/yaml' };
    const created = await app.inject({
      method: 'POST',
      url: '/api/cooperation/games?id=jvu',
      headers: { ...owner, ...yaml },
      payload: gameText,
    });
    expect(created.statusCode).toBe(201);
    expect(json(created).document).toEqual(parseCooperationScenario(gameText));
    const bad = gameText.replace('us: { R: 6, S: 0, T: 14, P: 2 }', 'us: { R: 6, S: 0, T: 14 }');
    const refused = await app.inject({
      method: 'POST',
      url: '/api/cooperation/games',
      headers: { ...owner, ...yaml },
      payload: bad,
    });
    expect(refused.statusCode).toBe(400);
    const line = bad.split('\n').findIndex((l) => l.includes('us: { R: 6, S: 0, T: 14 }')) + 1;
    expect(json(refused).errors[0]).toMatchObject({
      line,
      path: expect.arrayContaining(['body', 'issues', 0, 'payoffs', 'us']),
    });
    expect(
      (
        await app.inject({
          method: 'POST',
          url: '/api/cooperation/games?id=jvu',
          headers: { ...owner, ...yaml },
          payload: gameText,
        })
      ).statusCode,
    ).toBe(409);
    expect(
      (
        await app.inject({
          method: 'POST',
          url: '/api/cooperation/games?id=Bad%20Id',
          headers: { ...owner, ...yaml },
          payload: gameText,
        })
      ).statusCode,
    ).toBe(400);

    await app.inject({ method: 'POST', url: '/api/scenarios', headers: owner, payload: tinyScenario() });
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
      json(await app.inject({ method: 'GET', url: '/api/cooperation/games/jvu', headers: us })).issues,
    ).toHaveLength(4);
    expect((await app.inject({ method: 'DELETE', url: '/api/cooperation/games/jvu', headers: us })).statusCode).toBe(
      403,
    );
    // A delegation may run a tournament (nothing private in it); the run is its own.
    const run = await app.inject({
      method: 'POST',
      url: '/api/cooperation/tournaments',
      headers: us,
      payload: { strategies: ['Tit For Tat', 'Defector'], turns: 10, repetitions: 1 },
    });
    expect(run.statusCode).toBe(202);
    expect((await app.inject({ method: 'GET', url: `/api/jobs/${json(run).id}`, headers: owner })).statusCode).toBe(
      404,
    );
    expect((await app.inject({ method: 'GET', url: '/api/cooperation/games' })).statusCode).toBe(401);

    expect((await app.inject({ method: 'DELETE', url: '/api/cooperation/games/jvu', headers: owner })).statusCode).toBe(
      204,
    );
    expect((await app.inject({ method: 'GET', url: '/api/cooperation/games/jvu', headers: owner })).statusCode).toBe(
      404,
    );
    expect((await app.inject({ method: 'DELETE', url: '/api/cooperation/games/jvu', headers: owner })).statusCode).toBe(
      404,
    );
  });
});
