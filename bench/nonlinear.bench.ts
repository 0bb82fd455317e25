/**
 * Exact frontier on non-linear (Genius hyper-rectangle) domains: seeded 2-party ANAC-2014-style
 * domains (src/interop/genius/generate.ts: integer issues, INCLUDES rectangles of random extent
 * and utility 1..100, up to 4 issues each) of 10^10 ... 10^50 outcomes, and the target domain
 * (10 issues x 100 values = 10^20, a few hundred rectangles per profile: <= 1 s in-process,
 * <= 10 s whole process).
 *
 * In-process: each case in a fresh process (bench/nonlinear-case.mjs), generator + Genius import
 * untimed, analyze() (frontier, the four bargaining solutions) timed, on the compiled library in
 * dist/ as users run it (without a build: on the sources through tsx, about 8 % slower, and the
 * report says so); "cold" is the first call,
 * "cpu" its CPU time (user + system, a steadier figure than wall time on a loaded machine).
 * The 10^20 cases run again on one pool thread per core (`analyzeParallel`, `--workers`; on
 * machines with 2 or more): the pool is held for the whole measurement, so "cold" includes the
 * threads' start and the warm runs do not.
 * Whole process: the domain's files written to a temporary folder, then `commonground analyze
 * <folder> --json` (bin/commonground.mjs -> compiled dist/; run `npm run build` first) timed from
 * spawn to exit, with one thread and (10^20) one per core. Searches stopped by the bench's node
 * budget say so with what they proved.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_MAX_SECONDS } from '../src/analysis/index.ts';
import { anac2014Files } from '../src/interop/index.ts';
import { type BenchContext, fmtMs } from './lib.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.dirname(here);
/**
 * Region budget of the bench's searches (the CLI's default is DEFAULT_MAX_NODES); the time budget
 * is the default (DEFAULT_MAX_SECONDS of wall time), so a search too large stops as it would for a user.
 */
const BENCH_MAX_NODES = 20_000;

interface Case {
  name: string;
  issues: number;
  values: number;
  rectangles: number;
  seed: number;
  whole?: boolean;
}

const cases: Case[] = [
  // The issue's target: 10^20, a few hundred rectangles per profile, three seeds.
  ...[100, 200, 300].flatMap((r) =>
    [1, 2, 3].map((seed) => ({
      name: `10^20 (10 issues x 100 values), ${r} rectangles/profile, seed ${seed}`,
      issues: 10,
      values: 100,
      rectangles: r,
      seed,
      whole: r === 300 || (r === 200 && seed === 1),
    })),
  ),
  // Sizes 10^10 .. 10^50 with 200 rectangles per profile, 100 values per issue.
  ...[5, 15, 20, 25].map((n) => ({
    name: `10^${2 * n} (${n} issues x 100 values), 200 rectangles/profile, seed 1`,
    issues: n,
    values: 100,
    rectangles: 200,
    seed: 1,
  })),
  // ANAC 2014's own shapes: n issues x 10 values (10^10 .. 10^50), 20 x n/10 rectangles/profile.
  ...[10, 20, 30, 40, 50].map((n) => ({
    name: `10^${n} (${n} issues x 10 values), ${2 * n} rectangles/profile, seed 1`,
    issues: n,
    values: 10,
    rectangles: 2 * n,
    seed: 1,
  })),
];

/** bash `times` figures such as 0m1.272s -> 1.272 (seconds). */
function seconds(s: string): number {
  const m = /^(\d+)m([\d.]+)s$/.exec(s);
  return m ? Number(m[1]) * 60 + Number(m[2]) : NaN;
}

export default async function (ctx: BenchContext): Promise<void> {
  const cli = path.join(ROOT, 'bin/commonground.mjs');
  const built = existsSync(path.join(ROOT, 'dist/bundle/main.js'));
  const compiled = existsSync(path.join(ROOT, 'dist/analysis/index.js'));
  if (!built) console.log('  (dist/ is missing: whole-process cases skipped; run `npm run build` first)');
  if (!compiled) console.log('  (dist/ is missing: in-process cases run the sources through tsx, about 8 % slower)');
  const caseArgs = compiled ? ['--expose-gc'] : ['--import', 'tsx', '--expose-gc'];
  const cores = os.availableParallelism();
  for (const c of cases) {
    if (ctx.filter && !c.name.includes(ctx.filter)) continue;
    const threads = c.issues === 10 && c.values === 100 && cores > 1 ? [1, cores] : [1];
    for (const workers of threads) inProcess(ctx, c, workers, caseArgs, compiled);
    if (c.whole && built) for (const workers of threads) wholeProcess(ctx, c, workers, cli);
  }
}

/** One case in a fresh process (bench/nonlinear-case.mjs) on `workers` threads. */
function inProcess(ctx: BenchContext, c: Case, workers: number, caseArgs: string[], compiled: boolean): void {
  const spec = `${c.issues}:${c.values}:${c.rectangles}:${c.seed}:${BENCH_MAX_NODES}`;
  const r = spawnSync(
    process.execPath,
    [...caseArgs, path.join(here, 'nonlinear-case.mjs'), spec, compiled ? 'dist' : 'src', String(workers)],
    { encoding: 'utf8', maxBuffer: 1 << 24 },
  );
  if (r.status !== 0) {
    console.log(`  ${c.name} | FAILED: ${(r.stderr || r.stdout).trim().split('\n').slice(-3).join(' ')}`);
    return;
  }
  const out = JSON.parse(r.stdout.trim().split('\n').pop()!) as Record<string, number | string>;
  const extra: Record<string, string | number> = {
    cold: fmtMs(Number(out.coldMs)),
    cpu: fmtMs(Number(out.coldCpuMs)),
    code: String(out.code),
    runs: out.runs,
    nodes: out.nodes,
  };
  if (out.status === 'exact') Object.assign(extra, { frontier: out.frontier, nash: out.nash });
  else
    Object.assign(extra, {
      stopped: `${out.stoppedBy === 'time' ? 'time budget' : 'region budget'} (${BENCH_MAX_NODES} regions or the default ${DEFAULT_MAX_SECONDS} s) after ${out.seconds} s`,
      found: out.found,
      proven: out.proven,
      upper: out.upper,
    });
  ctx.report({
    area: 'nonlinear',
    name: `in-process${workers > 1 ? `, ${workers} threads,` : ''} ${c.name}`,
    ms: Number(out.ms),
    peakMiB: Number(out.peakMiB),
    extra,
  });
}

/** `commonground analyze <folder> --json --workers <workers>`, spawn to exit. */
function wholeProcess(ctx: BenchContext, c: Case, workers: number, cli: string): void {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'cg-nonlinear-'));
  try {
    for (const f of anac2014Files(c.seed, { issues: c.issues, values: c.values, rectangles: c.rectangles }))
      writeFileSync(path.join(dir, f.name), f.text);
    const outFile = `${dir}.out.json`;
    // bash's `times` prints the CPU time of its children (the CLI process) on its last line.
    const t0 = performance.now();
    const p = spawnSync(
      'bash',
      [
        '-c',
        '"$0" "$1" analyze "$2" --json --workers "$4" > "$3"; rc=$?; times >&2; exit $rc',
        process.execPath,
        cli,
        dir,
        outFile,
        String(workers),
      ],
      { encoding: 'utf8', maxBuffer: 1 << 26 },
    );
    const ms = performance.now() - t0;
    if (p.status !== 0) {
      console.log(`  whole process ${c.name} | FAILED (exit ${p.status}): ${p.stderr.trim().split('\n')[0]}`);
      return;
    }
    const json = JSON.parse(readFileSync(outFile, 'utf8')) as { paretoSize: number };
    rmSync(outFile, { force: true });
    const [user, sys] = (p.stderr.trim().split('\n').pop() ?? '').split(/\s+/).map(seconds);
    ctx.report({
      area: 'nonlinear',
      name: `whole process \`analyze --json${workers > 1 ? ` --workers ${workers}` : ''}\` ${c.name}`,
      ms,
      extra: { cpu: fmtMs((user + sys) * 1000), frontier: json.paretoSize, runs: 1 },
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
