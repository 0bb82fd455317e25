/**
 * Robustness benchmarks (`npm run bench -- robustness`):
 *
 * - North America, 10,000 samples (default uncertainty): the engine in process (sampling and
 *   every sample's exact analysis, then the merge, summary and most robust package; exact
 *   sensitivity excluded, measured on its own) on 1 thread, on 2 threads with a pool started in
 *   the run (cold, as the CLI) and with a pool started and warmed before timing (as the server's
 *   long-lived pool); and the compiled CLI as a user runs it, whole process (`robustness
 *   north-america --samples 10000 --workers k --json`, sensitivity included; run `npm run build`
 *   first). Targets: <= 5 s with 2 workers, >= 1.8x from 1 to 2 workers. Each line gives the CPU
 *   time (all threads), the CPU per sample and the 1-minute load average, since wall times on a
 *   shared machine say little.
 * - Exact sensitivity of every weight of North America (36 weights). Target <= 2 s.
 * - Energy (Genius, 390,625 outcomes), 1,000 samples. Target <= 5 s.
 *
 * Wall times, and the CPU time of the whole process (all threads, from process.cpuUsage): on a
 * machine shared with other work the wall time of 2 threads depends on what else runs, the CPU
 * time much less.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { fmtMs, machine, peakRssMiB, type BenchContext } from './lib.ts';
import {
  finishRobustness,
  referenceChunk,
  robustnessChunk,
  robustnessInput,
  sensitivity,
  type RobustnessInput,
} from '../src/analysis/index.ts';
import {
  inlineExecutor,
  openJobPool,
  robustnessPartsOn,
  withCallingThread,
  type JobPoolLease,
} from '../src/jobs/node.ts';
import { applyUncertainty, preferencesOf, withStatusQuo, type Domain, type Scenario } from '../src/model/index.ts';
import { readScenarioFile } from '../src/model/node.ts';
import { readGeniusFolder } from '../src/interop/node.ts';

const ROOT = resolve(import.meta.dirname, '..');
const GENIUS = join(ROOT, 'test/fixtures/genius-domains');

interface Measured {
  wallMs: number;
  cpuMs: number;
}

async function measure<T>(fn: () => Promise<T> | T): Promise<Measured & { result: T }> {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const result = await fn();
  const c = process.cpuUsage(c0);
  return { wallMs: performance.now() - t0, cpuMs: (c.user + c.system) / 1000, result };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor((s.length - 1) / 2)];
}

function prepare(domain: Domain, scenario: Scenario | undefined, samples: number): RobustnessInput {
  const model = preferencesOf(domain, scenario);
  return robustnessInput(model, applyUncertainty(model, scenario), { samples, seed: 1 });
}

/** A pool of `workers - 1` threads, leased and warmed by a small run before any timing (as the server's long-lived pool). */
async function warmPool(input: RobustnessInput, workers: number): Promise<JobPoolLease> {
  const pool = openJobPool({ threads: workers - 1 });
  await robustnessPartsOn(withCallingThread(pool.executor), input, { sensitivity: false });
  return pool;
}

/** Every chunk of `input` on this thread and `workers - 1` pool threads, as the CLI runs them (cold: a pool per run). */
async function chunksOn(input: RobustnessInput, workers: number, warm: JobPoolLease | null) {
  if (workers === 1) return (await robustnessPartsOn(inlineExecutor, input, { sensitivity: false })).chunks;
  if (warm) return (await robustnessPartsOn(withCallingThread(warm.executor), input, { sensitivity: false })).chunks;
  const pool = openJobPool({ threads: workers - 1 });
  try {
    return (await robustnessPartsOn(withCallingThread(pool.executor), input, { sensitivity: false })).chunks;
  } finally {
    await pool.close();
  }
}

/** Median of `runs` runs of the whole engine (chunks on `workers` threads, then finishing). */
async function engineRuns(input: RobustnessInput, workers: number, runs: number, warm: JobPoolLease | null = null) {
  const walls: number[] = [];
  const cpus: number[] = [];
  const finishes: number[] = [];
  let last: ReturnType<typeof finishRobustness> | null = null;
  for (let i = 0; i < runs; i++) {
    const r = await measure(async () => {
      const chunks = await chunksOn(input, workers, warm);
      const t = performance.now();
      const res = finishRobustness(input, chunks, { sensitivity: false });
      finishes.push(performance.now() - t);
      return res;
    });
    walls.push(r.wallMs);
    cpus.push(r.cpuMs);
    last = r.result;
  }
  return { wall: median(walls), min: Math.min(...walls), cpu: median(cpus), finish: median(finishes), result: last! };
}

const load = () => loadavg()[0].toFixed(1);

/** The compiled CLI in a process of its own: wall time and the CPU time of the process (all threads). */
function cli(args: string[]): Measured {
  const cmd = [process.execPath, join(ROOT, 'bin/commonground.mjs'), ...args].map((a) => `'${a}'`).join(' ');
  // bash's `time` reports the child's user and system CPU (every thread) on stderr.
  const r = spawnSync('bash', ['-c', `TIMEFORMAT='%R %U %S'; time ${cmd} > /dev/null`], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (r.status !== 0) throw new Error(`robustness CLI exited ${r.status}: ${r.stderr.slice(0, 400)}`);
  const [real, user, sys] = r.stderr.trim().split('\n').at(-1)!.split(' ').map(Number);
  return { wallMs: real * 1000, cpuMs: (user + sys) * 1000 };
}

export default async function (ctx: BenchContext): Promise<void> {
  const want = (name: string) => ctx.filter === null || name.includes(ctx.filter);
  console.log(`  (${machine()})`);
  const na = await readScenarioFile(join(ROOT, 'scenarios/north-america.yaml'));

  if (want('north-america')) {
    const N = 10_000;
    const input = prepare(na.domain, na.scenario, N);
    await engineRuns(prepare(na.domain, na.scenario, 500), 1, 1); // warm-up (JIT)
    const perSample = (cpu: number) => `${(cpu / N).toFixed(3)} ms`;
    const one = await engineRuns(input, 1, 2);
    const two = await engineRuns(input, 2, 2);
    const warm = await warmPool(prepare(na.domain, na.scenario, 2000), 2);
    const twoWarm = await engineRuns(input, 2, 2, warm).finally(() => warm.close());
    for (const [name, r] of [
      ['1 thread', one],
      ['2 threads, cold pool (started in the run, as the CLI)', two],
      ['2 threads, warm pool (started and warmed before timing, as the server)', twoWarm],
    ] as const) {
      ctx.report({
        area: 'robustness',
        name: `north-america 10,000 samples, engine, ${name}`,
        ms: r.wall,
        extra: {
          min: fmtMs(r.min),
          cpu: fmtMs(r.cpu),
          'per sample (cpu)': perSample(r.cpu),
          'finish (merge, summary, most robust)': fmtMs(r.finish),
          ...(r !== one ? { 'speed-up': `${(one.wall / r.wall).toFixed(2)}x` } : {}),
          load: load(),
        },
      });
    }
    // Before and after under the same load: the full analysis of each sample (referenceChunk, the
    // engine before the per-sample path) against the per-sample path, same 2,000 samples, one thread.
    const few = prepare(na.domain, na.scenario, 2000);
    referenceChunk(few, 0, 200);
    const full = await measure(() => referenceChunk(few, 0, 2000));
    const fast = await measure(() => robustnessChunk(few, 0, 2000));
    ctx.report({
      area: 'robustness',
      name: 'north-america per-sample CPU, 2,000 samples in one thread: full analyze() vs the per-sample path',
      extra: {
        'full analyze (before)': `${(full.cpuMs / 2000).toFixed(3)} ms`,
        'per-sample path (after)': `${(fast.cpuMs / 2000).toFixed(3)} ms`,
        ratio: `${(full.cpuMs / fast.cpuMs).toFixed(2)}x`,
        load: load(),
      },
    });
    const gains = one.result.monteCarlo.linkageBeatsDelinked!;
    ctx.report({
      area: 'robustness',
      name: 'north-america 10,000 samples: findings',
      extra: {
        'linking beats for all': `${(gains.probability * 100).toFixed(1)}%`,
        'nominal package share': `${(one.result.monteCarlo.nominalPackageShare!.probability * 100).toFixed(1)}%`,
        'most robust share': `${(one.result.mostRobust.share.probability * 100).toFixed(1)}%`,
        'b&b nodes': one.result.mostRobust.nodes,
      },
    });
    if (existsSync(join(ROOT, 'dist/cli/main.js'))) {
      const args = ['robustness', 'north-america', '--samples', String(N), '--json'];
      cli([...args.slice(0, 2), '--samples', '200', '--json']); // warm the file cache
      const runs = (workers: number) => {
        const xs = [cli([...args, '--workers', String(workers)]), cli([...args, '--workers', String(workers)])];
        return { wall: median(xs.map((x) => x.wallMs)), cpu: median(xs.map((x) => x.cpuMs)) };
      };
      const c1 = runs(1);
      const c2 = runs(2);
      for (const [workers, c] of [
        [1, c1],
        [2, c2],
      ] as const)
        ctx.report({
          area: 'robustness',
          name: `CLI robustness north-america --samples 10000 --json --workers ${workers} (whole process, with sensitivity)`,
          ms: c.wall,
          extra: {
            cpu: fmtMs(c.cpu),
            'per sample (cpu)': perSample(c.cpu),
            ...(workers === 2 ? { 'speed-up': `${(c1.wall / c2.wall).toFixed(2)}x` } : {}),
            load: load(),
          },
        });
    } else console.log('  (dist/ missing: run npm run build for the CLI figures)');
  }

  if (want('sensitivity')) {
    const model = preferencesOf(na.domain, na.scenario);
    const cold = await measure(() => sensitivity(model, { values: false }));
    const warm: number[] = [];
    for (let i = 0; i < 5; i++) warm.push((await measure(() => sensitivity(model, { values: false }))).wallMs);
    const all = await measure(() => sensitivity(model));
    ctx.report({
      area: 'robustness',
      name: 'north-america exact sensitivity of every weight (36)',
      ms: median(warm),
      extra: {
        'first call': fmtMs(cold.wallMs),
        'exact Nash computations': cold.result.evaluations,
        'with the 87 option values': fmtMs(all.wallMs),
      },
    });
  }

  if (want('energy')) {
    const energy = await readGeniusFolder(join(GENIUS, 'Energy'));
    const input = prepare(energy, undefined, 1_000);
    await engineRuns(prepare(energy, undefined, 100), 1, 1);
    const one = await engineRuns(input, 1, 3);
    const two = await engineRuns(input, 2, 3);
    for (const [workers, r] of [
      [1, one],
      [2, two],
    ] as const)
      ctx.report({
        area: 'robustness',
        name: `Energy (390,625 outcomes) 1,000 samples, ${workers} thread${workers > 1 ? 's' : ''}`,
        ms: r.wall,
        extra: {
          cpu: fmtMs(r.cpu),
          finish: fmtMs(r.finish),
          'most robust share': r.result.mostRobust.share.probability.toFixed(3),
        },
      });
    const sq = energy.issues.map((i) => `${i.id}=${i.options[0]}`).join(';');
    const withSq = withStatusQuo(energy, sq).domain;
    const linked = await engineRuns(prepare(withSq, undefined, 1_000), 1, 3);
    ctx.report({
      area: 'robustness',
      name: 'Energy 1,000 samples with a status quo (every issue at 0 kW: linkage analysis too), 1 thread',
      ms: linked.wall,
      extra: {
        cpu: fmtMs(linked.cpu),
        'linking beats for all': linked.result.monteCarlo.linkageBeatsDelinked!.probability.toFixed(3),
      },
    });
  }
  ctx.report({ area: 'robustness', name: 'peak memory', peakMiB: peakRssMiB() });
}
