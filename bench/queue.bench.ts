/**
 * Queue mode (BullMQ on Redis): a real redis-server on a free port and 1, 2, 4 `commonground
 * worker` processes (compiled CLI: run `npm run build` first).
 * - a 6-strategy round robin on the 15 bilateral Genius domains (every ordered pair, self-play
 *   included, 1 repetition, 100 rounds: 540 sessions): embedded one-thread time, then the queue
 *   with k workers; throughput and efficiency = speed-up / k against the embedded thread;
 * - the robustness study of North America (default uncertainty, seed 1, sampling and merge; the
 *   exact sensitivity, a single task, left out): embedded in one thread, then the queue with 1, 2,
 *   4 worker processes; throughput (samples/s), efficiency against the embedded thread, and the
 *   per-sample cost. 100,000 samples (the size); CG_BENCH_QUEUE_SAMPLES sets fewer for a
 *   quick run. The queue's document must equal the embedded one (the bench throws otherwise);
 * - queue overhead per chunk: 400 empty chunks (a cooperation chunk of 0 pairs) one at a time
 *   (round-trip latency) and 64 in flight on 4 workers (what a chunk costs the queue at load).
 */
import { readdirSync } from 'node:fs';
import { Redis } from 'ioredis';
import path from 'node:path';
import { PROJECT_ROOT } from '../src/core/node.ts';
import { fixture } from '../src/core/testing.ts';
import { STRATEGIES, tournamentSpec } from '../src/cooperation/index.ts';
import { readGeniusFolder } from '../src/interop/node.ts';
import { inlineExecutor, openQueueExecutor, robustnessPartsOn, runAll, runTournamentOn } from '../src/jobs/node.ts';
import { finishRobustness, robustnessInput, robustnessJson } from '../src/analysis/index.ts';
import { applyUncertainty, compileScenario, preferencesOf, type Scenario } from '../src/model/index.ts';
import { readScenarioFile } from '../src/model/node.ts';
import { spawnQueueWorker, startRedis, type SpawnedWorker } from '../src/jobs/testing.ts';
import type { Domain } from '../src/model/index.ts';
import { runTournament, type TournamentSpec } from '../src/negotiation/index.ts';
import { type BenchContext, fmtMs } from './lib.ts';

const ROUND_ROBIN = ['boulware', 'conceder', 'hardliner', 'random', 'nice-tft', 'hardheaded'];
const BIN = path.join(PROJECT_ROOT, 'bin/commonground.mjs');
const SAMPLES = Number(process.env.CG_BENCH_QUEUE_SAMPLES ?? 100_000);

/** Commands Redis has run so far (INFO commandstats, every command's calls summed). */
async function redisCalls(port: number): Promise<number> {
  const client = new Redis({ host: '127.0.0.1', port });
  try {
    const info = await client.info('commandstats');
    return [...info.matchAll(/calls=(\d+)/g)].reduce((sum, m) => sum + Number(m[1]), 0);
  } finally {
    client.disconnect();
  }
}

export default async function (ctx: BenchContext): Promise<void> {
  const want = (name: string) => !ctx.filter || name.includes(ctx.filter);
  const anchors = fixture('genius-domains');
  const bilateral: Domain[] = [];
  for (const e of readdirSync(anchors, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    if (!e.isDirectory() || e.name.startsWith('_')) continue;
    const d = await readGeniusFolder(path.join(anchors, e.name));
    if (d.parties.length === 2) bilateral.push(d);
  }
  const spec: TournamentSpec = {
    domains: bilateral,
    agents: ROUND_ROBIN,
    repetitions: 1,
    deadline: { rounds: 100 },
    seed: 1,
  };
  const redis = await startRedis();
  const workers: SpawnedWorker[] = [];
  const queue = await openQueueExecutor(redis.url);
  try {
    const rr = `round robin ${ROUND_ROBIN.length} strategies x ${bilateral.length} bilateral domains, 100 rounds`;
    if (want('round robin')) {
      const t0 = performance.now();
      const local = runTournament(spec);
      const embeddedMs = performance.now() - t0;
      ctx.report({
        area: 'queue',
        name: `${rr}: embedded, this thread`,
        ms: embeddedMs,
        extra: { sessions: local.sessions, 'sessions/s': Math.round((local.sessions / embeddedMs) * 1000) },
      });
      for (const k of [1, 2, 4]) {
        while (workers.length < k) workers.push(await spawnQueueWorker(BIN, redis.url, { env: {}, cwd: PROJECT_ROOT }));
        // One warm-up run (workers load the engines and build the domains' references).
        await runTournamentOn(queue.executor, spec);
        const t1 = performance.now();
        const r = await runTournamentOn(queue.executor, spec);
        const ms = performance.now() - t1;
        if (JSON.stringify(r.ranking) !== JSON.stringify(local.ranking)) throw new Error('queue result differs');
        ctx.report({
          area: 'queue',
          name: `${rr}: ${k} worker process${k > 1 ? 'es' : ''}`,
          ms,
          extra: {
            'sessions/s': Math.round((r.sessions / ms) * 1000),
            efficiency: `${Math.round((embeddedMs / ms / k) * 100)}%`,
          },
        });
      }
    }
    if (want('robustness')) {
      const { scenario } = await readScenarioFile(path.join(PROJECT_ROOT, 'scenarios/north-america.yaml'));
      const model = preferencesOf(compileScenario(scenario as Scenario), scenario as Scenario);
      const settings = { samples: SAMPLES, seed: 1, sensitivity: false };
      const input = robustnessInput(model, applyUncertainty(model, scenario as Scenario), settings);
      const doc = async (ex: typeof inlineExecutor) => {
        const parts = await robustnessPartsOn(ex, input, settings);
        return JSON.stringify(robustnessJson(finishRobustness(input, parts.chunks, settings, parts.sensitivity)));
      };
      const name = `robustness North America, ${SAMPLES.toLocaleString('en')} samples`;
      const t0 = performance.now();
      const reference = await doc(inlineExecutor);
      const embeddedMs = performance.now() - t0;
      const chunks = Math.ceil(SAMPLES / 125);
      ctx.report({
        area: 'queue',
        name: `${name}: embedded, this thread`,
        ms: embeddedMs,
        extra: {
          'samples/s': Math.round((SAMPLES / embeddedMs) * 1000),
          'per sample': fmtMs(embeddedMs / SAMPLES),
          chunks,
        },
      });
      for (const k of [1, 2, 4]) {
        while (workers.length < k) workers.push(await spawnQueueWorker(BIN, redis.url, { env: {}, cwd: PROJECT_ROOT }));
        // Warm-up: every worker loads the engine and compiles its hot code on a few chunks.
        const warm = robustnessInput(model, applyUncertainty(model, scenario as Scenario), {
          samples: 125 * 4 * k,
          seed: 2,
        });
        await robustnessPartsOn(queue.executor, warm, { sensitivity: false });
        const t1 = performance.now();
        const got = await doc(queue.executor);
        const ms = performance.now() - t1;
        if (got !== reference)
          throw new Error(`the queue's robustness document differs from the embedded one (${k} workers)`);
        ctx.report({
          area: 'queue',
          name: `${name}: ${k} worker process${k > 1 ? 'es' : ''}`,
          ms,
          extra: {
            'samples/s': Math.round((SAMPLES / ms) * 1000),
            efficiency: `${Math.round((embeddedMs / ms / k) * 100)}%`,
          },
        });
      }
    }
    if (want('overhead')) {
      while (workers.length < 4) workers.push(await spawnQueueWorker(BIN, redis.url, { env: {}, cwd: PROJECT_ROOT }));
      const empty = { spec: tournamentSpec(STRATEGIES.slice(0, 2), { turns: 1, repetitions: 1 }), start: 0, count: 0 };
      const inputs = Array.from({ length: 400 }, () => empty);
      for (const window of [1, 64]) {
        await runAll(queue.executor, 'cooperation.tournament-chunk', inputs.slice(0, 50), {
          window,
          onResult: () => {},
        });
        const calls0 = await redisCalls(redis.port);
        const t = performance.now();
        await runAll(queue.executor, 'cooperation.tournament-chunk', inputs, { window, onResult: () => {} });
        const per = (performance.now() - t) / inputs.length;
        // Commands Redis ran per chunk (scripts' inner commands included; the sweep and the workers'
        // lock renewals too): the queue's work per chunk, independent of the machine's load.
        const calls = ((await redisCalls(redis.port)) - calls0) / inputs.length;
        ctx.report({
          area: 'queue',
          name: `queue overhead per empty chunk, ${window === 1 ? 'one at a time (round trip)' : '64 in flight on 4 workers'}`,
          ms: per,
          extra: { chunks: inputs.length, 'per chunk': fmtMs(per), 'Redis commands per chunk': calls.toFixed(1) },
        });
      }
    }
  } finally {
    await queue.close();
    for (const w of workers) await w.kill();
    await redis.stop();
  }
}
