/**
 * Framework tracker on a real database: load a synthetic framework with 10,000 indicators and
 * 1,000,000 actuals, then time audit and progress, on SQLite (temp file) and PostgreSQL
 * (CG_BENCH_DATABASE_URL, else CG_TEST_DATABASE_URL, else the local test database; a schema of
 * its own, dropped afterwards).
 *
 * Each phase runs in its own process (this file with `--worker`), so each peak-memory figure
 * (maxRSS) belongs to that phase alone: `load` includes generating the framework in memory and
 * validating it; `audit` and `progress` start from the stored data.
 *
 * Sizes: CG_BENCH_INDICATORS (default 10000) and CG_BENCH_ACTUALS_PER_INDICATOR (default 100).
 * `npm run bench -- framework`; filter one engine with `npm run bench -- sqlite`.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { auditFramework, frameworkProgress } from '../src/framework/index.ts';
import { syntheticFramework } from '../src/framework/testing.ts';
import { openStore } from '../src/store/index.ts';
import { fmtMs, peakRssMiB, time, type BenchContext } from './lib.ts';

const here = fileURLToPath(import.meta.url);
const INDICATORS = Number(process.env.CG_BENCH_INDICATORS ?? 10_000);
const PER = Number(process.env.CG_BENCH_ACTUALS_PER_INDICATOR ?? 100);
const ACTUALS = INDICATORS * PER;
const ID = `synthetic-20250601`;

interface WorkerResult {
  ms: number;
  runs: number;
  peakMiB: number;
  rows?: number;
  detail?: Record<string, string | number>;
}

async function worker(phase: string, url: string): Promise<WorkerResult> {
  if (phase === 'load') {
    const fw = syntheticFramework({ seed: 20250601, indicators: INDICATORS, actualsPerIndicator: PER });
    const store = await openStore(url);
    try {
      const t0 = performance.now();
      const r = await store.frameworks.save(fw, { mode: 'upsert' });
      const ms = performance.now() - t0;
      const rows = Object.values(r.counts).reduce((a, b) => a + b, 0);
      return { ms, runs: 1, peakMiB: peakRssMiB(), rows, detail: { actuals: r.counts.actuals } };
    } finally {
      await store.close();
    }
  }
  if (phase === 'memory') {
    // Reference: the same audit and progress on the framework held in memory (no database).
    const fw = syntheticFramework({ seed: 20250601, indicators: INDICATORS, actualsPerIndicator: PER });
    const a = await time(() => auditFramework(fw), { runs: 3, budgetMs: 10_000 });
    const p = await time(() => frameworkProgress(fw), { runs: 3, budgetMs: 20_000 });
    return {
      ms: p.medianMs,
      runs: p.runs,
      peakMiB: peakRssMiB(),
      detail: { audit_ms: a.medianMs, progress_ms: p.medianMs },
    };
  }
  const store = await openStore(url);
  try {
    const detail: Record<string, string | number> = {};
    if (phase === 'audit') {
      const t = await time(() => store.frameworks.audit(ID), { runs: 3, warmup: 1, budgetMs: 60_000 });
      detail.passed = String(t.result.passed);
      return { ms: t.medianMs, runs: t.runs, peakMiB: peakRssMiB(), detail };
    }
    const t = await time(() => store.frameworks.progress(ID), { runs: 3, warmup: 1, budgetMs: 60_000 });
    detail.indicators = t.result.indicators.length;
    detail.statuses = Object.entries(t.result.summary)
      .filter(([, n]) => n > 0)
      .map(([k, n]) => `${k}=${n}`)
      .join(',');
    return { ms: t.medianMs, runs: t.runs, peakMiB: peakRssMiB(), detail };
  } finally {
    await store.close();
  }
}

function runWorker(phase: string, url: string): WorkerResult {
  const r = spawnSync(process.execPath, ['--import', 'tsx', here, '--worker', phase, url], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    env: process.env,
  });
  const line = (r.stdout ?? '').split('\n').find((l) => l.startsWith('RESULT '));
  if (r.status !== 0 || !line)
    throw new Error(`${phase} worker failed (exit ${r.status}): ${(r.stderr ?? '').slice(-2000)}`);
  return JSON.parse(line.slice(7)) as WorkerResult;
}

export default async function bench(ctx: BenchContext): Promise<void> {
  const pgBase =
    process.env.CG_BENCH_DATABASE_URL ??
    process.env.CG_TEST_DATABASE_URL ??
    'postgres://commonground:commonground@127.0.0.1:5432/commonground_test';
  const schema = `cg_bench_${process.pid}`;
  const dir = mkdtempSync(path.join(os.tmpdir(), 'cg-bench-'));
  const engines: [string, string][] = [
    ['sqlite', path.join(dir, 'bench.db')],
    ['postgres', `${pgBase}${pgBase.includes('?') ? '&' : '?'}schema=${schema}`],
  ];
  console.log(
    `  synthetic framework: ${INDICATORS.toLocaleString('en-US')} indicators, ${ACTUALS.toLocaleString('en-US')} actuals (seed 20250601); one process per phase`,
  );
  try {
    if (!ctx.filter || 'memory'.includes(ctx.filter)) {
      const m = runWorker('memory', '');
      ctx.report({
        area: 'framework',
        name: 'in memory (reference): audit / progress',
        ms: m.ms,
        peakMiB: m.peakMiB,
        extra: { audit: fmtMs(Number(m.detail!.audit_ms)), progress: fmtMs(Number(m.detail!.progress_ms)) },
      });
    }
    for (const [engine, url] of engines) {
      if (ctx.filter && !engine.includes(ctx.filter) && !'framework'.includes(ctx.filter)) continue;
      try {
        const load = runWorker('load', url);
        ctx.report({
          area: 'framework',
          name: `${engine}: load`,
          ms: load.ms,
          peakMiB: load.peakMiB,
          extra: {
            rows: load.rows!,
            'rows/s': Math.round((load.rows! / load.ms) * 1000),
            'actuals/s': Math.round((ACTUALS / load.ms) * 1000),
          },
        });
        for (const phase of ['audit', 'progress']) {
          const r = runWorker(phase, url);
          ctx.report({
            area: 'framework',
            name: `${engine}: ${phase}`,
            ms: r.ms,
            peakMiB: r.peakMiB,
            extra: {
              runs: r.runs,
              ...(phase === 'progress' ? { 'actuals/s': Math.round((ACTUALS / r.ms) * 1000) } : {}),
              ...r.detail,
            },
          });
        }
      } catch (e) {
        ctx.report({
          area: 'framework',
          name: `${engine}: FAILED`,
          extra: { error: (e as Error).message.split('\n')[0] },
        });
        process.exitCode = 1;
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
    const pg = await import('pg');
    const c = new pg.default.Client({ connectionString: pgBase });
    try {
      await c.connect();
      await c.query(`drop schema if exists ${schema} cascade`);
    } catch {
      // PostgreSQL unreachable: nothing to drop (the failure was reported above).
    } finally {
      await c.end().catch(() => {});
    }
  }
}

if (process.argv[2] === '--worker') {
  const r = await worker(process.argv[3], process.argv[4]);
  process.stdout.write(`RESULT ${JSON.stringify(r)}\n`);
}
