import { afterEach, describe, expect, it } from 'vitest';
import { testApp, json } from '../test-support.ts';
import { playTournament } from '../../cooperation/tournament.ts';
import { resolveStrategies } from '../../cooperation/strategies/index.ts';

let app: Awaited<ReturnType<typeof testApp>>;
afterEach(async () => app?.closeAll());

async function settle(id: string) {
  for (let i = 0; i < 500; i++) {
    const j = json(await app.inject({ method: 'GET', url: `/api/jobs/${id}` }));
    if (j.status !== 'queued' && j.status !== 'running') return j;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error('job did not settle');
}

describe('cooperation tournaments as jobs', () => {
  it('runs to completion with the same ranking as the library, and a joint-vs-unilateral series', async () => {
    app = await testApp();
    const names = (json(await app.inject({ method: 'GET', url: '/api/cooperation/strategies' })).strategies as { name: string }[]).map((s) => s.name);
    const pick = ['Tit For Tat', 'Defector', 'Cooperator', 'Grudger'].filter((n) => names.includes(n));
    expect(pick.length).toBe(4);
    const res = await app.inject({ method: 'POST', url: '/api/cooperation/tournaments', payload: { strategies: pick, turns: 50, repetitions: 2, seed: 3 } });
    expect(res.statusCode).toBe(202);
    const job = await settle(json(res).id);
    expect(job.status).toBe('succeeded');
    const want = playTournament(resolveStrategies(pick), { turns: 50, repetitions: 2, seed: 3, noise: 0 });
    expect(job.result.ranking.map((r: { name: string }) => r.name)).toEqual(want.rankedNames);
    expect(job.result.jointVsUnilateral).toHaveLength(50);
    // Turn 1: Cooperator, TFT and Grudger cooperate; against Defector a cooperator gets S=0, a defector T=5 or P=1.
    const first = job.result.jointVsUnilateral[0];
    expect(first.joint).toBeGreaterThan(0);
    expect(first.unilateral).toBeGreaterThan(first.joint);
  });

  it('rejects unknown strategies and bad parameters with body paths', async () => {
    app = await testApp();
    const res = await app.inject({ method: 'POST', url: '/api/cooperation/tournaments', payload: { strategies: ['Tit For Tat', 'Nobody Ever'] } });
    expect(res.statusCode).toBe(400);
    expect(json(res).errors[0]).toMatchObject({ code: 'unknown_strategy', path: ['body', 'strategies', 1] });
    const bad = await app.inject({ method: 'POST', url: '/api/cooperation/tournaments', payload: { strategies: ['Tit For Tat', 'Defector'], noise: 2 } });
    expect(bad.statusCode).toBe(400);
    expect(json(bad).errors[0].path).toEqual(['body', 'noise']);
  });
});
