/**
 * Start-up of whole processes, as a user meets it: `commonground --help`, `analyze north-america
 * --json`, `analyze <Genius 7issues folder> --json`, and `npm start` to the first served page.
 *
 * Before and after side by side in one run: "before" is the last commit that ran TypeScript
 * through tsx and loaded every command eagerly (BEFORE_REF, or CG_BENCH_BEFORE), checked out
 * into a temporary git worktree that shares this clone's node_modules and web/dist; "after" is
 * this checkout's compiled dist/ (run `npm run build` first). Each case runs a warm-up and then
 * RUNS timed runs; the median and the 90th percentile are reported, with `node -e 0` as the floor.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { BenchContext } from './lib.ts';

const ROOT = resolve(import.meta.dirname, '..');
/** The last commit before the compiled package (tsx at run time, every command loaded eagerly). */
const BEFORE_REF = process.env.CG_BENCH_BEFORE ?? 'cddb32f538455ab8d7a9b44e875afd3139a690e8';
const RUNS = Number(process.env.CG_BENCH_RUNS ?? 15);
const GENIUS_7ISSUES = join(ROOT, 'test/fixtures/genius-domains/7issues');

interface Stats {
  median: number;
  p90: number;
}

function stats(samples: number[]): Stats {
  const s = [...samples].sort((a, b) => a - b);
  return { median: s[Math.floor((s.length - 1) / 2)], p90: s[Math.min(s.length - 1, Math.ceil(s.length * 0.9) - 1)] };
}

/** Wall time of a whole process, in ms; throws when it fails. */
function runOnce(cmd: string, args: string[], cwd: string): number {
  const t0 = performance.now();
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const ms = performance.now() - t0;
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}: ${r.stderr.slice(0, 500)}`);
  return ms;
}

function measure(cmd: string, args: string[], cwd: string): Stats {
  runOnce(cmd, args, cwd);
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) samples.push(runOnce(cmd, args, cwd));
  return stats(samples);
}

async function freePort(): Promise<number> {
  const srv = createServer();
  await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r));
  const port = (srv.address() as { port: number }).port;
  await new Promise<void>((r) => srv.close(() => r()));
  return port;
}

/** From spawning `cmd` to the first 200 answer for `/` (the web app's page). */
async function firstPage(cmd: string, args: string[], cwd: string, env: Record<string, string>): Promise<number> {
  const port = await freePort();
  const t0 = performance.now();
  const child = spawn(cmd, args, {
    cwd,
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn' },
    stdio: 'ignore',
    detached: true,
  });
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`${cmd} ${args.join(' ')} exited ${child.exitCode}`);
      if (performance.now() - t0 > 60_000) throw new Error('no page within 60 s');
      try {
        const res = await fetch(`http://127.0.0.1:${port}/`, { headers: { accept: 'text/html' } });
        await res.text();
        if (res.status === 200) return performance.now() - t0;
      } catch {
        // not listening yet
      }
      await new Promise((r) => setTimeout(r, 5));
    }
  } finally {
    // npm start runs the server as its child: stop the whole group.
    try {
      process.kill(-child.pid!, 'SIGTERM');
    } catch {
      // already gone
    }
    await new Promise((r) => (child.exitCode !== null ? r(null) : child.once('exit', r)));
  }
}

async function measureStart(cmd: string, args: string[], cwd: string, db: string): Promise<Stats> {
  const env = { DATABASE_URL: `sqlite:${db}` };
  await firstPage(cmd, args, cwd, env); // first run seeds the database; later runs are what is timed
  const samples: number[] = [];
  for (let i = 0; i < Math.min(RUNS, 10); i++) samples.push(await firstPage(cmd, args, cwd, env));
  return stats(samples);
}

/** The "before" checkout: a worktree at BEFORE_REF sharing this clone's node_modules and web build. */
function beforeCheckout(dir: string): string {
  const wt = join(dir, 'before');
  execFileSync('git', ['worktree', 'add', '--detach', '-q', wt, BEFORE_REF], { cwd: ROOT });
  symlinkSync(join(ROOT, 'node_modules'), join(wt, 'node_modules'));
  // Its server builds web/dist when that is missing or older than the sources: give it this one,
  // copied after checkout so that it is newer than every source file.
  cpSync(join(ROOT, 'web/dist'), join(wt, 'web/dist'), { recursive: true });
  return wt;
}

export default async function (ctx: BenchContext): Promise<void> {
  if (!existsSync(join(ROOT, 'dist/bundle/main.js'))) throw new Error('dist/ is missing: run `npm run build` first');
  const dir = mkdtempSync(join(tmpdir(), 'cg-startup-'));
  let before: string | null = null;
  try {
    before = beforeCheckout(dir);
    const floor = measure(process.execPath, ['-e', '0'], ROOT);
    ctx.report({ area: 'startup', name: 'node -e 0 (floor)', ms: floor.median, extra: { p90: floor.p90.toFixed(0) } });
    const cases: { name: string; target: string; args: string[] }[] = [
      { name: 'commonground --help', target: '150 ms', args: ['--help'] },
      {
        name: 'commonground analyze north-america --json',
        target: '350 ms',
        args: ['analyze', 'north-america', '--json'],
      },
      {
        name: 'commonground analyze <Genius 7issues folder> --json',
        target: '400 ms',
        args: ['analyze', GENIUS_7ISSUES, '--json'],
      },
    ];
    for (const c of cases) {
      if (ctx.filter && !c.name.includes(ctx.filter)) continue;
      const b = measure(process.execPath, [join(before, 'bin/commonground.mjs'), ...c.args], before);
      const a = measure(process.execPath, [join(ROOT, 'bin/commonground.mjs'), ...c.args], ROOT);
      ctx.report({
        area: 'startup',
        name: c.name,
        ms: a.median,
        extra: {
          'p90 ms': a.p90.toFixed(0),
          'before (median / p90 ms)': `${b.median.toFixed(0)} / ${b.p90.toFixed(0)}`,
          target: c.target,
        },
      });
    }
    if (!ctx.filter || 'npm start'.includes(ctx.filter)) {
      const b = await measureStart('npm', ['start'], before, join(dir, 'before.db'));
      const a = await measureStart('npm', ['start'], ROOT, join(dir, 'after.db'));
      const direct = await measureStart(process.execPath, ['dist/bundle/server.js'], ROOT, join(dir, 'direct.db'));
      ctx.report({
        area: 'startup',
        name: 'npm start -> first served page (seeded database)',
        ms: a.median,
        extra: {
          'p90 ms': a.p90.toFixed(0),
          'before (median / p90 ms)': `${b.median.toFixed(0)} / ${b.p90.toFixed(0)}`,
          'node dist/bundle/server.js (median)': direct.median.toFixed(0),
          target: '1500 ms',
        },
      });
    }
  } finally {
    if (before) spawnSync('git', ['worktree', 'remove', '--force', before], { cwd: ROOT });
    rmSync(dir, { recursive: true, force: true });
  }
}
