/**
 * Robustness runs through the API in queue mode (REDIS_URL), with real services: Redis
 * (redis-server on a free port), PostgreSQL (a schema of its own) and `commonground worker`
 * processes (compiled CLI: npm run build). The run is a study on the queue, its chunks run on the
 * worker processes, partial estimates still stream as job items, and the result equals the
 * embedded mode's for the same request, also when a worker is SIGKILLed mid-chunk and when the
 * server orchestrating the study stops and another takes it over. A repeated request is served
 * from the cache; cancelling a run leaves none of its chunks on the queue.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../core/node.ts';
import { spawnQueueWorker, startRedis, type SpawnedWorker, type TestRedis } from '../jobs/testing.ts';
import { loadScenarioText } from '../model/index.ts';
import { postgresTestDb } from '../store/testing.ts';
import { json, settle, testApp, type TestApp } from './test-support.ts';

const CLI_BIN = path.join(PROJECT_ROOT, 'bin/commonground.mjs');
const northAmerica = loadScenarioText(
  readFileSync(path.join(PROJECT_ROOT, 'scenarios/north-america.yaml'), 'utf8'),
  'north-america.yaml',
).scenario;
const tick = (ms: number) => new Promise((r) => setTimeout(r, ms));
const LOCK_MS = 1500;

let redis: TestRedis;
let db: { url: string; cleanup(): Promise<void> };
const workers: SpawnedWorker[] = [];
const apps: TestApp[] = [];

async function startWorker(): Promise<SpawnedWorker> {
  const w = await spawnQueueWorker(CLI_BIN, redis.url, {
    env: { CG_QUEUE_LOCK_MS: String(LOCK_MS) },
    cwd: PROJECT_ROOT,
  });
  workers.push(w);
  return w;
}

/** A server in queue mode on the shared PostgreSQL database (North America stored once). */
async function queueApp(): Promise<TestApp> {
  const app = await testApp({ url: db.url, queue: { url: redis.url, lockMs: LOCK_MS } });
  apps.push(app);
  const has = await app.inject({ method: 'GET', url: '/api/scenarios/north-america' });
  if (has.statusCode === 404) {
    const r = await app.inject({ method: 'POST', url: '/api/scenarios', payload: northAmerica });
    expect(r.statusCode, r.body).toBe(201);
  }
  return app;
}

async function startRun(app: TestApp, payload: Record<string, unknown>): Promise<string> {
  const r = await app.inject({ method: 'POST', url: '/api/scenarios/north-america/robustness', payload });
  expect(r.statusCode, r.body).toBe(202);
  return json(r).id as string;
}

/** The embedded mode's document for this request (in-memory SQLite, no queue). */
const references = new Map<string, unknown>();
async function embedded(payload: Record<string, unknown>): Promise<unknown> {
  const key = JSON.stringify(payload);
  if (references.has(key)) return references.get(key);
  const app = await testApp();
  try {
    const r = await app.inject({ method: 'POST', url: '/api/scenarios', payload: northAmerica });
    expect(r.statusCode, r.body).toBe(201);
    const done = await settle(app, await startRun(app, payload), {}, 240_000);
    expect(done.status, JSON.stringify(done.error)).toBe('succeeded');
    references.set(key, done.result);
    return done.result;
  } finally {
    await app.closeAll();
  }
}

/** A chunk of job `id` a worker has started and not finished, by its log. */
function runningChunk(log: string, id: string): string | undefined {
  const ids = (word: string) =>
    [...log.matchAll(new RegExp(` ${word} robustness\\.chunk (${id}\\S*)`, 'g'))].map((m) => m[1]);
  const done = new Set(ids('done'));
  return ids('start').find((c) => !done.has(c));
}

async function jobOf(app: TestApp, id: string) {
  return json(await app.inject({ method: 'GET', url: `/api/jobs/${id}` }));
}

beforeAll(async () => {
  redis = await startRedis();
  db = await postgresTestDb();
  await startWorker();
  await startWorker();
}, 60_000);
afterAll(async () => {
  for (const a of apps) await a.closeAll().catch(() => {});
  for (const w of workers) await w.kill();
  await redis?.stop();
  await db?.cleanup();
});

describe('robustness runs through the API in queue mode', () => {
  it('run their chunks on the worker processes, stream partial estimates, equal the embedded result and are cached', async () => {
    const payload = { samples: 1000, seed: 3 };
    const reference = await embedded(payload);
    const app = await queueApp();
    const done = await settle(app, await startRun(app, payload), {}, 240_000);
    expect(done.status, JSON.stringify(done.error)).toBe('succeeded');
    expect(JSON.stringify(done.result)).toBe(JSON.stringify(reference));
    // 8 chunks of 125 samples: a partial estimate at each new tenth, the last one the whole run.
    const items = done.items as { samples: number; of: number }[];
    expect(items.length).toBeGreaterThanOrEqual(8);
    expect(items.at(-1)!.samples).toBe(1000);
    // The chunks ran on the worker processes, both of them.
    for (const w of workers) expect(w.log()).toMatch(/done robustness\.chunk/);
    const again = await settle(app, await startRun(app, payload), {}, 60_000);
    expect(again.message).toMatch(/^cached result/);
    expect(JSON.stringify(again.result)).toBe(JSON.stringify(reference));
  }, 400_000);

  it('lose nothing when a worker is SIGKILLed mid-chunk and the orchestrating server stops: the result is identical', async () => {
    const payload = { samples: 4000, seed: 5 };
    const reference = await embedded(payload);
    const first = await queueApp();
    const id = await startRun(first, payload);
    // Kill a worker while it runs one of this run's chunks.
    const victim = workers[0];
    let held: string | undefined;
    for (let i = 0; i < 6000 && !held; i++) {
      held = runningChunk(victim.log(), id);
      if (!held) await tick(5);
    }
    expect(held).toBeDefined();
    victim.child.kill('SIGKILL');
    await victim.exited;
    workers.splice(workers.indexOf(victim), 1);
    // Mid-study: stop the server (it hands the study back to the queue) and start another.
    expect((await jobOf(first, id)).progress).toBeLessThan(0.95);
    await first.closeAll();
    apps.splice(apps.indexOf(first), 1);
    const second = await queueApp();
    await startWorker();
    const done = await settle(second, id, {}, 300_000);
    expect(done.status, JSON.stringify(done.error)).toBe('succeeded');
    expect(JSON.stringify(done.result)).toBe(JSON.stringify(reference));
    // The chunk the victim held was run to the end by another worker.
    expect(workers.some((w) => w.log().includes(`done robustness.chunk ${held}`))).toBe(true);
  }, 600_000);

  it('are cancelled with their chunks when the client cancels, whichever server runs them', async () => {
    // Two servers: either may take the study; the one asked shows its progress and cancels it.
    for (const a of apps.splice(0)) await a.closeAll();
    const app = await queueApp();
    await queueApp();
    const id = await startRun(app, { samples: 20_000, seed: 8 });
    let progress = 0;
    for (let i = 0; i < 6000 && progress === 0; i++) {
      progress = (await jobOf(app, id)).progress as number;
      if (progress === 0) await tick(20);
    }
    const r = await app.inject({ method: 'DELETE', url: `/api/jobs/${id}` });
    expect(r.statusCode, r.body).toBe(202);
    const done = await settle(app, id, {}, 60_000);
    expect(done.status).toBe('cancelled');
    // Its waiting chunks are removed and the running ones aborted: the queue drains at once.
    let queue = { waiting: -1, active: -1 };
    for (let i = 0; i < 100 && (queue.waiting !== 0 || queue.active !== 0); i++) {
      queue = json(await app.inject({ method: 'GET', url: '/api/health' })).queue;
      if (queue.waiting !== 0 || queue.active !== 0) await tick(100);
    }
    expect(queue).toMatchObject({ waiting: 0, active: 0 });
  }, 300_000);
});
