/**
 * Does a heavy analysis stall the server? The real server (`npm start`'s entry point, SQLite, 2
 * workers) in its own process; while POST /api/analysis runs a large allowed model (synthetic, 3
 * parties), this process measures, one request at a time, `GET /api/health` and the cached
 * `GET /api/scenarios/north-america/analysis` until the analysis answers. Targets: health
 * p99 <= 50 ms, cached analysis <= 100 ms.
 *
 * CG_STALL_SERVER=<path to dist/server/start.js> measures another build (e.g. main before the
 * change, built in a scratch folder), for the before/after table in bench/RESULTS.md.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import type { BenchContext } from './lib.ts';
import { serverEntry, syntheticScenario } from '../src/server/testing.ts';
import { PROJECT_ROOT } from '../src/core/node.ts';

interface Server {
  url: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

async function start(entry: string): Promise<Server> {
  const dir = mkdtempSync(join(os.tmpdir(), 'cg-stall-'));
  const child = spawn(process.execPath, [entry], {
    cwd: PROJECT_ROOT,
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      DATABASE_URL: `sqlite:${join(dir, 'stall.db')}`,
      LOG_LEVEL: 'warn',
      LOG_FORMAT: 'json',
      CG_WORKERS: '2',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${out}`)), 120_000);
    child.stdout!.on('data', () => {
      const m = /running at (http:\/\/[^/\s]+)\//.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    });
    child.on('exit', (code) => reject(new Error(`server exited (${code}):\n${out}`)));
  });
  return {
    url,
    child,
    stop: () =>
      new Promise<void>((resolve) => {
        child.removeAllListeners('exit');
        child.once('exit', () => {
          rmSync(dir, { recursive: true, force: true });
          resolve();
        });
        child.kill('SIGKILL');
      }),
  };
}

const quantile = (xs: number[], q: number) => {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)];
};

async function timed(url: string): Promise<{ ms: number; status: number }> {
  const t0 = performance.now();
  const r = await fetch(url);
  await r.arrayBuffer();
  return { ms: performance.now() - t0, status: r.status };
}

export default async function (ctx: BenchContext): Promise<void> {
  const entry = process.env.CG_STALL_SERVER ?? serverEntry();
  const label = process.env.CG_STALL_LABEL ?? 'this build';
  const cases: [number, number, number][] = [[3, 60, 4]];
  for (const [k, n, m] of cases) {
    const name = `health and cached GET analysis during POST analysis ${k}x${n}x${m} (${label})`;
    if (ctx.filter && !name.includes(ctx.filter)) continue;
    const server = await start(entry);
    try {
      const health = `${server.url}/api/health`;
      const cached = `${server.url}/api/scenarios/north-america/analysis`;
      for (let i = 0; i < 20; i++) {
        await timed(health);
        await timed(cached);
      }
      const body = JSON.stringify(syntheticScenario(9, k, n, m));
      const t0 = performance.now();
      let heavyStatus = 0;
      let heavyMs = 0;
      const heavy = fetch(`${server.url}/api/analysis`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      }).then(async (r) => {
        await r.arrayBuffer();
        heavyStatus = r.status;
        heavyMs = performance.now() - t0;
      });
      let done = false;
      void heavy.finally(() => (done = true));
      const h: number[] = [];
      const c: number[] = [];
      let errors = 0;
      // Sample until the analysis answers (at most 5 minutes).
      while (!done && performance.now() - t0 < 300_000) {
        const a = await timed(health);
        h.push(a.ms);
        const b = await timed(cached);
        c.push(b.ms);
        if (a.status !== 200 || b.status !== 200) errors++;
      }
      await heavy;
      ctx.report({
        area: 'api-stall',
        name,
        extra: {
          'analysis status': heavyStatus,
          'analysis s': (heavyMs / 1000).toFixed(1),
          'health n': h.length,
          'health p50 ms': quantile(h, 0.5).toFixed(1),
          'health p99 ms': quantile(h, 0.99).toFixed(1),
          'health max ms': Math.max(...h).toFixed(1),
          'cached p50 ms': quantile(c, 0.5).toFixed(1),
          'cached p99 ms': quantile(c, 0.99).toFixed(1),
          'cached max ms': Math.max(...c).toFixed(1),
          errors,
          load: os
            .loadavg()
            .map((l) => l.toFixed(1))
            .join('/'),
        },
      });
    } finally {
      await server.stop();
    }
  }
}
