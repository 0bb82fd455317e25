/**
 * Queue mode end to end, with real processes: `commonground worker` processes on a real Redis
 * (redis-server on a free port) run the chunks of CLI studies started with `--queue`. 2 and 3
 * workers print the embedded run's JSON bit for bit; a worker SIGKILLed mid-chunk has that chunk
 * retried by another and the result does not change; SIGTERM finishes and exits 0; an unreachable
 * Redis is a clear error naming the URL (exit 2, no hang). Runs the compiled CLI (npm run build).
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../core/node.ts';
import { freePort, spawnQueueWorker, startRedis, type SpawnedWorker, type TestRedis } from '../../jobs/testing.ts';
import { CLI_BIN, runCli } from '../testing.node.ts';

let redis: TestRedis;
const workers: SpawnedWorker[] = [];

/** Start `commonground worker` and wait until it says it is ready. */
async function startWorker(concurrency = 1, env: Record<string, string> = {}): Promise<SpawnedWorker> {
  const w = await spawnQueueWorker(CLI_BIN, redis.url, { concurrency, env, cwd: PROJECT_ROOT });
  workers.push(w);
  return w;
}

async function stopAll(): Promise<void> {
  for (const w of workers.splice(0)) await w.kill();
}

beforeAll(async () => {
  redis = await startRedis();
}, 30_000);
afterEach(stopAll);
afterAll(async () => {
  await stopAll();
  await redis?.stop();
});

const tournament = [
  'negotiate',
  'tournament',
  'random:21:issues=3:options=5',
  'random:22:issues=4:options=4',
  'random:23:issues=2:options=6',
  '--agents',
  'boulware,conceder,linear,hardliner',
  '--repetitions',
  '2',
  '--rounds',
  '80',
  '--seed',
  '7',
  '--json',
  '--no-progress',
];

function withoutWorkers(stdout: string): unknown {
  const doc = JSON.parse(stdout) as Record<string, unknown>;
  delete doc.workers;
  return doc;
}

describe('commonground worker with negotiate tournament --queue', () => {
  it('2 and 3 worker processes print the embedded JSON bit for bit (only `workers` says "queue")', async () => {
    const embedded = await runCli([...tournament, '--workers', '0']);
    expect(embedded.code, embedded.stderr).toBe(0);
    await startWorker(1);
    await startWorker(1);
    const two = await runCli([...tournament, '--queue', redis.url]);
    expect(two.code, two.stderr).toBe(0);
    expect(JSON.parse(two.stdout).workers).toBe('queue');
    expect(withoutWorkers(two.stdout)).toEqual(withoutWorkers(embedded.stdout));
    expect(JSON.stringify(withoutWorkers(two.stdout))).toBe(JSON.stringify(withoutWorkers(embedded.stdout)));
    // Both workers took chunks.
    for (const w of workers) expect(w.log()).toMatch(/done negotiation\.tournament-chunk/);
    await startWorker(2);
    const three = await runCli([...tournament, '--queue', redis.url]);
    expect(three.code, three.stderr).toBe(0);
    expect(JSON.stringify(withoutWorkers(three.stdout))).toBe(JSON.stringify(withoutWorkers(embedded.stdout)));
  }, 180_000);

  it('robustness --queue prints the same document as one thread, the chunks shared by 2 workers', async () => {
    const args = ['robustness', 'north-america', '--samples', '600', '--seed', '11', '--json', '--no-progress'];
    const embedded = await runCli([...args, '--workers', '1']);
    expect(embedded.code, embedded.stderr).toBe(0);
    await startWorker(1);
    await startWorker(1);
    const queued = await runCli([...args, '--queue', redis.url]);
    expect(queued.code, queued.stderr).toBe(0);
    expect(queued.stdout).toBe(embedded.stdout);
    for (const w of workers) expect(w.log()).toMatch(/done robustness\.chunk/);
  }, 180_000);

  it('cooperate tournament --queue prints the embedded JSON', async () => {
    const args = ['cooperate', 'tournament', '--turns', '60', '--repetitions', '4', '--noise', '0.05', '--seed', '3'];
    const embedded = await runCli([...args, '--json']);
    expect(embedded.code, embedded.stderr).toBe(0);
    await startWorker(2);
    const queued = await runCli([...args, '--json', '--queue', redis.url, '--no-progress']);
    expect(queued.code, queued.stderr).toBe(0);
    expect(queued.stdout).toBe(embedded.stdout);
  }, 180_000);

  it('a worker SIGKILLed mid-chunk: another worker retries that chunk and the result is identical', async () => {
    const heavy = [...tournament.slice(0, -6), '--rounds', '3000', '--seed', '7', '--json', '--no-progress'];
    const embedded = await runCli([...heavy, '--workers', '2']);
    expect(embedded.code, embedded.stderr).toBe(0);
    // Short locks so the dead worker's chunk is taken over within seconds.
    const env = { CG_QUEUE_LOCK_MS: '1500' };
    const victim = await startWorker(1, env);
    const survivor = await startWorker(1, env);
    const run = runCli([...heavy, '--queue', redis.url]);
    // Kill the victim while it runs a chunk (after it has started one and before that one is done).
    const started = await new Promise<string>((resolve) => {
      const poll = setInterval(() => {
        const m = / start negotiation\.tournament-chunk (\S+)/.exec(victim.log());
        if (m) {
          clearInterval(poll);
          resolve(m[1]);
        }
      }, 5);
    });
    victim.child.kill('SIGKILL');
    await victim.exited;
    expect(victim.log()).not.toContain(`done negotiation.tournament-chunk ${started}`);
    const queued = await run;
    expect(queued.code, queued.stderr).toBe(0);
    expect(JSON.stringify(withoutWorkers(queued.stdout))).toBe(JSON.stringify(withoutWorkers(embedded.stdout)));
    // The chunk the victim held was run again, to the end, by the survivor.
    expect(survivor.log()).toContain(`done negotiation.tournament-chunk ${started}`);
  }, 240_000);

  it('SIGTERM finishes the running chunks and exits 0', async () => {
    const w = await startWorker(1);
    w.child.kill('SIGTERM');
    expect(await w.exited).toBe(0);
    expect(w.log()).toMatch(/stopped after \d+ chunks/);
  }, 30_000);
});

describe('bad queue input', () => {
  it('an unreachable Redis: worker and --queue both exit 2 naming the URL', async () => {
    const url = `redis://127.0.0.1:${await freePort()}`;
    const w = await runCli(['worker', '--queue', url]);
    expect(w.code).toBe(2);
    expect(w.stderr).toContain('queue_unreachable');
    expect(w.stderr).toContain(url.replace('redis://', ''));
    const t = await runCli([...tournament, '--queue', url]);
    expect(t.code).toBe(2);
    expect(t.stderr).toContain(url.replace('redis://', ''));
  }, 60_000);

  it('no queue named, a non-Redis URL and a bad --concurrency are usage errors (exit 2)', async () => {
    const env = { REDIS_URL: '' };
    const none = await runCli(['worker'], { env });
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('queue_url_required');
    const http = await runCli(['worker', '--queue', 'http://localhost:6379']);
    expect(http.code).toBe(2);
    expect(http.stderr).toContain('invalid_queue_url');
    const conc = await runCli(['worker', '--queue', redis.url, '--concurrency', '0']);
    expect(conc.code).toBe(2);
    expect(conc.stderr).toContain('--concurrency');
  }, 60_000);
});
