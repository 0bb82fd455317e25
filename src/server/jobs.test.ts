import { afterEach, describe, expect, it } from 'vitest';
import { testApp, json } from './test-support.ts';
import { checkCancelled } from './jobs.ts';
import { openStore, appDb, JobRepo } from '../store/index.ts';
import { CgError, problem } from '../core/index.ts';

let app: Awaited<ReturnType<typeof testApp>>;
afterEach(async () => app?.closeAll());

const tick = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function waitFor<T>(fn: () => Promise<T>, ok: (v: T) => boolean, tries = 200): Promise<T> {
  for (let i = 0; i < tries; i++) {
    const v = await fn();
    if (ok(v)) return v;
    await tick(10);
  }
  throw new Error('condition not reached');
}

describe('jobs', () => {
  it('runs a job, streams items and progress, and stores the result', async () => {
    app = await testApp();
    const started = await app.services.jobs.start('negotiation', null, { rounds: 3 }, async (ctx) => {
      for (let i = 0; i < 3; i++) {
        ctx.emit({ round: i });
        ctx.progress((i + 1) / 3, `round ${i + 1}`);
        await tick(5);
      }
      return { agreement: true };
    });
    expect(['queued', 'running']).toContain(started.status);
    const done = await waitFor(
      () => app.services.jobs.get(started.id),
      (j) => j!.status === 'succeeded',
    );
    expect(done).toMatchObject({
      progress: 1,
      result: { agreement: true },
      itemCount: 3,
      message: 'round 3',
      principal: 'owner',
    });
    expect(done!.items).toEqual([{ round: 0 }, { round: 1 }, { round: 2 }]);
    expect((await app.services.jobs.get(started.id, 2))!.items).toEqual([{ round: 2 }]);
    const list = json(await app.inject({ method: 'GET', url: '/api/jobs?kind=negotiation' }));
    expect(list.jobs.map((j: { id: string }) => j.id)).toEqual([started.id]);
    expect(list.jobs[0]).not.toHaveProperty('principal');
    // SSE of a finished job: a done event with the result.
    const sse = await app.inject({ method: 'GET', url: `/api/jobs/${started.id}/events` });
    expect(sse.headers['content-type']).toContain('text/event-stream');
    expect(sse.body).toContain('event: done');
    expect(sse.body).toContain('"agreement":true');
  });

  it('records a CgError as failed with its problems, and hides other errors', async () => {
    app = await testApp();
    const a = await app.services.jobs.start('cooperation', null, {}, async () => {
      throw new CgError(
        problem('unknown_strategy', { name: 'tft2', closest: ['Tit For Tat'] }, { path: ['players', 0] }),
      );
    });
    const b = await app.services.jobs.start('cooperation', null, {}, async () => {
      throw new Error('secret internal detail');
    });
    const ja = await waitFor(
      () => app.services.jobs.get(a.id),
      (j) => j!.status === 'failed',
    );
    expect(ja!.error).toEqual([
      {
        code: 'unknown_strategy',
        params: { name: 'tft2', closest: ['Tit For Tat'] },
        path: ['players', 0],
        message: 'unknown strategy "tft2"; closest: "Tit For Tat" (GET /api/cooperation/strategies lists them all)',
        received: 'tft2',
      },
    ]);
    const jb = await waitFor(
      () => app.services.jobs.get(b.id),
      (j) => j!.status === 'failed',
    );
    expect(JSON.stringify(jb)).not.toContain('secret internal detail');
    expect(jb!.error![0].code).toBe('job_failed');
  });

  it('cancels a running job between steps', async () => {
    app = await testApp();
    let steps = 0;
    const j = await app.services.jobs.start('cooperation', null, {}, async (ctx) => {
      for (;;) {
        checkCancelled(ctx.signal);
        steps++;
        await tick(5);
      }
    });
    await waitFor(
      () => app.services.jobs.get(j.id),
      (r) => r!.status === 'running',
    );
    const res = await app.inject({ method: 'DELETE', url: `/api/jobs/${j.id}` });
    expect(res.statusCode).toBe(202);
    expect(json(res)).toEqual({ id: j.id, cancelling: true });
    const rec = await waitFor(
      () => app.services.jobs.get(j.id),
      (r) => r!.status === 'cancelled',
    );
    expect(rec!.error![0].code).toBe('cancelled');
    const at = steps;
    await tick(30);
    expect(steps).toBe(at);
  });

  it('queues beyond the concurrency limit and cancels queued jobs at once', async () => {
    app = await testApp({ jobConcurrency: 1 });
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const first = await app.services.jobs.start('cooperation', null, {}, async () => gate);
    const second = await app.services.jobs.start('cooperation', null, {}, async () => 'never');
    await waitFor(
      () => app.services.jobs.get(first.id),
      (r) => r!.status === 'running',
    );
    expect((await app.services.jobs.get(second.id))!.status).toBe('queued');
    app.services.jobs.cancel(second.id);
    await waitFor(
      () => app.services.jobs.get(second.id),
      (r) => r!.status === 'cancelled',
    );
    release();
    await waitFor(
      () => app.services.jobs.get(first.id),
      (r) => r!.status === 'succeeded',
    );
  });

  it('404s unknown jobs and 400s bad query values', async () => {
    app = await testApp();
    const nf = await app.inject({ method: 'GET', url: '/api/jobs/unknown' });
    expect(nf.statusCode).toBe(404);
    expect(json(nf)).toMatchObject({ code: 'not_found', errors: [{ path: ['id'] }] });
    const bad = await app.inject({ method: 'GET', url: '/api/jobs?limit=0' });
    expect(bad.statusCode).toBe(400);
    expect(json(bad).errors[0].path).toEqual(['querystring', 'limit']);
    const kind = await app.inject({ method: 'GET', url: '/api/jobs?kind=chess' });
    expect(kind.statusCode).toBe(400);
    const since = await app.inject({ method: 'GET', url: '/api/jobs/x?since=-1' });
    expect(since.statusCode).toBe(400);
    expect(json(since).errors[0].path).toEqual(['querystring', 'since']);
    expect((await app.inject({ method: 'DELETE', url: '/api/jobs/unknown' })).statusCode).toBe(404);
    expect((await app.inject({ method: 'GET', url: '/api/jobs/unknown/events' })).statusCode).toBe(404);
  });

  it('marks jobs left running by a previous process as failed (interrupted)', async () => {
    const store = await openStore(':memory:');
    const repo = new JobRepo(appDb(store.db));
    await repo.insert({ id: 'j1', kind: 'negotiation', scenarioId: null, params: {} });
    await repo.started('j1');
    await repo.insert({ id: 'j2', kind: 'negotiation', scenarioId: null, params: {} });
    await repo.finish('j2', 'succeeded', { result: 1 });
    expect(await repo.failInterrupted()).toBe(1);
    expect((await repo.find('j1'))!).toMatchObject({ status: 'failed', error: [{ code: 'interrupted' }] });
    expect((await repo.find('j2'))!.status).toBe('succeeded');
    await store.close();
  });

  it('on close, cancels running jobs and records them', async () => {
    app = await testApp();
    const j = await app.services.jobs.start('cooperation', null, {}, async (ctx) => {
      for (;;) {
        checkCancelled(ctx.signal);
        await tick(5);
      }
    });
    await waitFor(
      () => app.services.jobs.get(j.id),
      (r) => r!.status === 'running',
    );
    await app.close();
    const rec = await app.services.jobRepo.find(j.id);
    expect(rec!.status).toBe('cancelled');
    expect(rec!.message).toContain('shut down');
  });
});
