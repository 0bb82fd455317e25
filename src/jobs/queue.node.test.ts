/**
 * The queue executor on a real Redis (redis-server started on a free port) with a queue worker in
 * this process: the drivers give the embedded results bit for bit, progress items stream in
 * order, bad input and unknown kinds are refused as problems, an unreachable Redis is a clear
 * error naming the URL, and cancelling a study removes its chunks. A large reply (a robustness
 * chunk's records) is stored once under a key of its own and deleted as it is read; a study's
 * chunks keep theirs, so a resumed study gets them without running them again.
 */
import { Queue, QueueEvents } from 'bullmq';
import { Redis } from 'ioredis';
import { robustnessChunk, robustnessInput } from '../analysis/index.ts';
import { applyUncertainty, compileScenario, preferencesOf, type Scenario } from '../model/index.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isCgError } from '../core/index.ts';
import { STRATEGIES } from '../cooperation/index.ts';
import { randomDomain, runTournament, type TournamentSpec } from '../negotiation/index.ts';
import { playTournament } from '../cooperation/index.ts';
import {
  inlineExecutor,
  openQueueExecutor,
  playTournamentOn,
  runTournamentOn,
  startQueueWorker,
  TASK_QUEUE,
  type QueueExecutorHandle,
  type QueueWorkerHandle,
} from './node.ts';
import { freePort, startRedis, type TestRedis } from './testing.ts';
import { INLINE_REPLY_MAX, replyKey } from './queue.node.ts';
import { PROJECT_ROOT } from '../core/node.ts';
import { readScenarioFile } from '../model/node.ts';

let redis: TestRedis;
let queue: QueueExecutorHandle;
let worker: QueueWorkerHandle;

beforeAll(async () => {
  redis = await startRedis();
  worker = await startQueueWorker(redis.url, { concurrency: 2 });
  queue = await openQueueExecutor(redis.url, { capacity: 8 });
}, 30_000);

afterAll(async () => {
  await queue?.close();
  await worker?.close();
  await redis?.stop();
});

/** A robustness input of North America (a chunk's records, ~190 KB, are far larger than an inline reply). */
let northAmerica: Scenario;
beforeAll(async () => {
  northAmerica = (await readScenarioFile(`${PROJECT_ROOT}/scenarios/north-america.yaml`)).scenario as Scenario;
});
function robustnessSample() {
  const scenario = northAmerica;
  const model = preferencesOf(compileScenario(scenario), scenario);
  return robustnessInput(model, applyUncertainty(model, scenario), { samples: 130, seed: 3 });
}

const spec = (): TournamentSpec => ({
  domains: [randomDomain(11, { issues: 3, options: 4 }), randomDomain(12, { issues: 2, options: 5 })],
  agents: ['boulware', 'conceder', 'linear', 'hardliner'],
  repetitions: 2,
  deadline: { rounds: 40 },
  seed: 5,
  selfPlay: true,
});

describe('queue executor', () => {
  it('runs a negotiation tournament in chunks on the queue with the same result as one thread, bit for bit', async () => {
    const s = spec();
    const local = runTournament(s);
    const progress: number[] = [];
    const remote = await runTournamentOn(queue.executor, s, { chunk: 3, onProgress: (d) => progress.push(d) });
    expect(JSON.stringify(remote)).toBe(JSON.stringify(local));
    expect(progress.at(-1)).toBe(local.sessions);
  }, 60_000);

  it('plays a cooperation tournament on the queue with the raw outcomes of one thread (Float64Array chunks)', async () => {
    const strategies = STRATEGIES.slice(0, 6);
    const options = { turns: 50, repetitions: 3, noise: 0.05, seed: 9 };
    const local = playTournament(strategies, options);
    const remote = await playTournamentOn(queue.executor, strategies, options, { chunkPairs: 4 });
    expect(JSON.stringify(remote)).toBe(JSON.stringify(local));
  }, 60_000);

  it('streams a session’s progress items in order, as the inline executor does', async () => {
    const input = {
      domain: randomDomain(3, { issues: 3, options: 3 }),
      params: {
        agents: ['boulware', 'conceder'],
        mode: 'linked',
        order: 'sequential',
        rounds: 60,
        seed: 2,
        mediatorIssues: 2,
      },
    } as never;
    const a: unknown[] = [];
    const b: unknown[] = [];
    const outA = await inlineExecutor.run('negotiation.session', input, { onProgress: (x) => a.push(x) });
    const outB = await queue.executor.run('negotiation.session', input, { onProgress: (x) => b.push(x) });
    expect(outB).toEqual(outA);
    expect(b.length).toBeGreaterThan(0);
    expect(b).toEqual(a);
  }, 60_000);

  it('carries the joint-versus-unilateral sums (four typed arrays, moved to a worker thread) like the inline executor', async () => {
    const { emptyJointSums } = await import('./index.ts');
    const input = {
      strategies: ['Tit For Tat', 'Defector', 'Grudger'],
      game: (await import('../cooperation/index.ts')).DEFAULT_GAME,
      turns: 20,
      noise: 0.01,
      misread: 0,
      probEnd: 0,
      seed: 4,
      matches: [
        [0, 1],
        [1, 2],
      ] as [number, number][],
      sums: emptyJointSums(20),
    };
    const a = await inlineExecutor.run('cooperation.joint-vs-unilateral', structuredClone(input));
    const b = await queue.executor.run('cooperation.joint-vs-unilateral', structuredClone(input));
    expect(b).toEqual(a);
  }, 30_000);

  it('a large reply is stored once and read once: a robustness chunk equals the inline one and leaves no key behind', async () => {
    const input = robustnessSample();
    const local = robustnessChunk(input, 0, 125);
    const remote = await queue.executor.run('robustness.chunk', { input, start: 0, end: 125 });
    expect(remote).toEqual(local);
    expect(JSON.stringify(remote)).toBe(JSON.stringify(local));
    const client = new Redis(redis.url);
    try {
      // Big enough to be stored rather than sent in the completion event.
      expect(Buffer.from((await import('node:v8')).serialize(local)).toString('base64').length).toBeGreaterThan(
        INLINE_REPLY_MAX,
      );
      expect(await client.keys(replyKey('bull', '*'))).toEqual([]);
    } finally {
      client.disconnect();
    }
  }, 60_000);

  it('a study keeps its chunks’ replies: run again as resumed, it gets them without a worker running them', async () => {
    const input = robustnessSample();
    const first = queue.forStudy('study-r', { resumed: false });
    const a = await first.run('robustness.chunk', { input, start: 0, end: 125 });
    const b = await first.run('cooperation.tournament-chunk', {
      spec: (await import('../cooperation/index.ts')).tournamentSpec(STRATEGIES.slice(0, 3), {
        turns: 20,
        repetitions: 2,
      }),
      start: 0,
      count: 3,
    });
    const ran = worker.completed;
    const again = queue.forStudy('study-r');
    expect(await again.run('robustness.chunk', { input, start: 0, end: 125 })).toEqual(a);
    expect(
      await again.run('cooperation.tournament-chunk', {
        spec: (await import('../cooperation/index.ts')).tournamentSpec(STRATEGIES.slice(0, 3), {
          turns: 20,
          repetitions: 2,
        }),
        start: 0,
        count: 3,
      }),
    ).toEqual(b);
    expect(worker.completed).toBe(ran);
    // A chunk it had not run before is run.
    await again.run('robustness.chunk', { input, start: 125, end: 130 });
    expect(worker.completed).toBe(ran + 1);
  }, 60_000);

  it('refuses a task of an unknown kind before it is queued', async () => {
    await expect(queue.executor.run('analysis.nothing' as never, {} as never)).rejects.toMatchObject({
      problems: [{ code: 'unknown_task_kind' }],
    });
  });

  it('a worker refuses a job of an unknown kind put on the queue by someone else (failed as data, not retried)', async () => {
    const conn = { host: '127.0.0.1', port: redis.port };
    const q = new Queue(TASK_QUEUE, { connection: conn });
    const events = new QueueEvents(TASK_QUEUE, { connection: conn });
    await events.waitUntilReady();
    try {
      const job = await q.add('analysis.nothing', { kind: 'analysis.nothing', input: '', study: 'x' });
      const reply = (await job.waitUntilFinished(events, 20_000)) as { ok: boolean; problems: { code: string }[] };
      expect(reply.ok).toBe(false);
      expect(reply.problems[0].code).toBe('unknown_task_kind');
    } finally {
      await events.close();
      await q.close();
    }
  }, 30_000);

  it('bad input fails on the worker as problems that reach the caller as a CgError', async () => {
    const bad = { ...spec(), agents: ['no-such-agent', 'linear'] };
    const err = await queue.executor
      .run('negotiation.tournament-chunk', {
        run: 'r',
        spec: { ...bad, domains: [bad.domains[0]] },
        domain: 0,
        tasks: [{ index: 0, domain: 0, agents: [0, 1], repetition: 0, seed: 1 }],
      } as never)
      .catch((e: unknown) => e);
    expect(isCgError(err)).toBe(true);
  }, 30_000);

  it('cancelling a study rejects with TaskAborted and leaves none of its chunks waiting', async () => {
    const big: TournamentSpec = { ...spec(), repetitions: 30, deadline: { rounds: 400 } };
    const controller = new AbortController();
    const run = runTournamentOn(queue.executor, big, { chunk: 1, signal: controller.signal });
    await new Promise((r) => setTimeout(r, 300));
    controller.abort('user');
    await expect(run).rejects.toMatchObject({ name: 'TaskAborted' });
    await new Promise((r) => setTimeout(r, 500));
    const stats = await queue.stats();
    expect(stats.waiting).toBe(0);
  }, 60_000);

  it('counts connected worker processes and the queue depth for the health endpoint', async () => {
    const stats = await queue.stats();
    expect(stats.workers).toBe(1);
    expect(stats.waiting).toBeGreaterThanOrEqual(0);
  });
});

describe('unreachable or malformed queue URLs', () => {
  it('an unreachable Redis is a queue_unreachable problem naming the URL, without a hang', async () => {
    const port = await freePort();
    const url = `redis://127.0.0.1:${port}`;
    const err = await openQueueExecutor(url).catch((e: unknown) => e);
    expect(isCgError(err)).toBe(true);
    const p = (err as { problems: { code: string; message: string }[] }).problems[0];
    expect(p.code).toBe('queue_unreachable');
    expect(p.message).toContain(`127.0.0.1:${port}`);
  }, 15_000);

  it('a URL that is not redis:// is invalid_queue_url, and a password is never shown', async () => {
    await expect(openQueueExecutor('http://localhost:6379')).rejects.toMatchObject({
      problems: [{ code: 'invalid_queue_url' }],
    });
    const port = await freePort();
    const err = (await startQueueWorker(`redis://user:s3cret@127.0.0.1:${port}`).catch((e: unknown) => e)) as {
      problems: { message: string }[];
    };
    expect(err.problems[0].message).not.toContain('s3cret');
    expect(err.problems[0].message).toContain('***');
  }, 15_000);
});
