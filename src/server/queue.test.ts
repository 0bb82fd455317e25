/**
 * The server in queue mode, with real processes: Redis (redis-server on a free port), PostgreSQL
 * (a schema of its own), two `commonground worker` processes and the compiled server. A
 * cooperation tournament started through the API is killed with its server (SIGKILL) mid-study;
 * a new server resumes it from the queue (no `interrupted`), and its result equals the embedded
 * mode's result for the same request. The health endpoint shows the queue and its workers.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../../e2e/support.ts';
import { PROJECT_ROOT } from '../core/node.ts';
import { spawnQueueWorker, startRedis, type SpawnedWorker, type TestRedis } from '../jobs/testing.ts';
import { postgresTestDb } from '../store/testing.ts';
import { json, settle, testApp } from './test-support.ts';

const CLI_BIN = path.join(PROJECT_ROOT, 'bin/commonground.mjs');
const tick = (ms: number) => new Promise((r) => setTimeout(r, ms));

let redis: TestRedis;
let db: { url: string; cleanup(): Promise<void> };
const workers: SpawnedWorker[] = [];

beforeAll(async () => {
  redis = await startRedis();
  db = await postgresTestDb();
}, 30_000);
afterAll(async () => {
  for (const w of workers) await w.kill();
  await redis?.stop();
  await db?.cleanup();
});

const request = {
  strategies: ['Tit For Tat', 'Grudger', 'Defector', 'Cooperator', 'Bully', 'Alternator', 'Tit For 2 Tats'],
  turns: 400,
  repetitions: 40,
  noise: 0.02,
  seed: 11,
};

describe('server in queue mode (REDIS_URL)', () => {
  it('a study survives its server being killed: the next server resumes it and the result equals the embedded one', async () => {
    const embedded = await testApp();
    let reference: unknown;
    try {
      const r = await embedded.inject({ method: 'POST', url: '/api/cooperation/tournaments', payload: request });
      expect(r.statusCode, r.body).toBe(202);
      const done = await settle(embedded, json(r).id, {}, 120_000);
      expect(done.status).toBe('succeeded');
      reference = done.result;
    } finally {
      await embedded.closeAll();
    }

    const env = { DATABASE_URL: db.url, REDIS_URL: redis.url, CG_QUEUE_LOCK_MS: '1500', CG_SKIP_WEB_BUILD: '1' };
    for (let i = 0; i < 2; i++)
      workers.push(
        await spawnQueueWorker(CLI_BIN, redis.url, { env: { CG_QUEUE_LOCK_MS: '1500' }, cwd: PROJECT_ROOT }),
      );
    const first = await startServer(env);
    const started = await fetch(`${first.url}/api/cooperation/tournaments`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(request),
    });
    expect(started.status).toBe(202);
    const id = ((await started.json()) as { id: string }).id;
    // Wait until the study is under way (some chunks done), then kill its server.
    let progress = 0;
    for (let i = 0; i < 2000 && progress === 0; i++) {
      const j = (await fetch(`${first.url}/api/jobs/${id}`).then((r) => r.json())) as { progress: number };
      progress = j.progress;
      if (progress === 0) await tick(20);
    }
    expect(progress).toBeGreaterThan(0);
    expect(progress).toBeLessThan(1);
    await first.stop('SIGKILL');

    const second = await startServer(env);
    try {
      const health = (await fetch(`${second.url}/api/health`).then((r) => r.json())) as {
        queue: { workers: number; waiting: number };
      };
      expect(health.queue.workers).toBe(2);
      let job: { status: string; result: unknown; error: unknown } = { status: 'running', result: null, error: null };
      for (let i = 0; i < 1200 && (job.status === 'running' || job.status === 'queued'); i++) {
        job = (await fetch(`${second.url}/api/jobs/${id}`).then((r) => r.json())) as typeof job;
        if (job.status === 'running' || job.status === 'queued') await tick(100);
      }
      expect(job.error).toBeNull();
      expect(job.status).toBe('succeeded');
      expect(JSON.stringify(job.result)).toBe(JSON.stringify(reference));
      expect(second.output()).not.toContain('interrupted');
    } finally {
      await second.stop();
    }
  }, 300_000);

  it('a server given REDIS_URL with a SQLite database, or an unreachable Redis, refuses to start with a clear error', async () => {
    await expect(startServer({ REDIS_URL: redis.url, CG_SKIP_WEB_BUILD: '1' })).rejects.toThrow(
      /queue_needs_shared_database|PostgreSQL/,
    );
    await expect(
      startServer({ REDIS_URL: 'redis://127.0.0.1:1', DATABASE_URL: db.url, CG_SKIP_WEB_BUILD: '1' }),
    ).rejects.toThrow(/127\.0\.0\.1:1/);
  }, 60_000);
});
