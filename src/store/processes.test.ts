/**
 * Real processes against one database: a large import killed with SIGKILL half-way leaves no
 * partial rows and can be rerun; writers in separate processes lose no updates. Both engines.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { syntheticFramework, tinyFramework } from '../framework/testing.ts';
import { stringifyIndicatorsCsv } from '../interop/index.ts';
import { openStore, type Store } from './store.ts';
import { ENGINES, type TestDb } from './testing/engines.ts';
import { holdSqliteLock } from './testing/lock-holder.ts';
import { PROJECT_ROOT as root } from '../core/node.ts';

const cli = path.join(root, 'bin/commonground.mjs');

const SERIES = 2000;
const MONTHS = 100;

function bigCsv(file: string): number {
  const rows = [];
  for (let s = 0; s < SERIES; s++) {
    for (let m = 0; m < MONTHS; m++) {
      rows.push({
        indicatorId: `series_${s}`,
        indicatorName: `Series ${s}`,
        unit: 'units',
        country: 'US',
        year: `${2000 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`,
        value: s + m / 100,
        sourceTitle: 'synthetic, with "quotes", commas',
        sourceUrl: 'https://example.org/s',
        note: '',
      });
    }
  }
  writeFileSync(file, stringifyIndicatorsCsv(rows));
  return rows.reduce((t, r) => t + r.value, 0);
}

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/**
 * Run a node script; when `killOn` matches stderr, SIGKILL the process. `onStderr` sees stderr as
 * it grows (to start other processes at a given point).
 */
function run(
  args: string[],
  killOn?: RegExp,
  env: Record<string, string> = {},
  onStderr?: (stderr: string) => void,
): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      cwd: root,
      env: { ...process.env, DATABASE_URL: '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '',
      stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => {
      stderr += d;
      onStderr?.(stderr);
      if (killOn && killOn.test(stderr) && child.exitCode === null && !child.killed) child.kill('SIGKILL');
    });
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}

/** Actuals of the `bulk` framework. */
async function actualCount(store: Store): Promise<number> {
  const r = await store.db
    .selectFrom('indicator_actuals as a')
    .innerJoin('indicators as i', 'i.key', 'a.indicator_key')
    .where('i.framework_id', '=', 'bulk')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

describe.each(ENGINES)('processes on %s', (_name, make) => {
  let tdb: TestDb;
  let store: Store;
  let setupError: unknown;
  let csv: string;
  let csvDir: string | undefined;
  let csvSum: number;
  beforeEach(() => {
    if (setupError) throw setupError;
  });
  beforeAll(async () => {
    try {
      tdb = await make();
      store = await openStore(tdb.url);
      const fw = syntheticFramework({ seed: 5, indicators: SERIES, actualsPerIndicator: 0 });
      fw.id = 'bulk';
      await store.frameworks.save(fw);
      await store.frameworks.save(tinyFramework({ id: 'shared' }));
      const fw2 = syntheticFramework({ seed: 5, indicators: SERIES, actualsPerIndicator: 0 });
      fw2.id = 'bulk2';
      await store.frameworks.save(fw2);
      csvDir = mkdtempSync(path.join(os.tmpdir(), 'cg-csv-'));
      csv = path.join(csvDir, 'big.csv');
      csvSum = bigCsv(csv);
    } catch (e) {
      setupError = e;
    }
  });
  afterAll(async () => {
    await store?.close();
    await tdb?.cleanup();
    if (csvDir) rmSync(csvDir, { recursive: true, force: true });
  });

  it('survives SIGKILL in the middle of a large import: no partial rows, intact, and the import reruns', async () => {
    // bin/commonground.mjs registers tsx in-process, so the PID we kill is the one importing.
    const args = [cli, 'framework', 'import-indicators', csv, '--framework', 'bulk', '--db', tdb.url, '--progress'];
    const killed = await run(args, /progress \d+\/\d+/);
    expect(killed.signal).toBe('SIGKILL');
    expect(killed.stderr).toMatch(/progress \d+\/200000/);
    expect(killed.stderr).not.toMatch(/progress 200000\/200000/);

    // Reopen (a new process would; here a new handle): nothing of the killed import is visible.
    const fresh = await openStore(tdb.url);
    try {
      expect(await fresh.integrityCheck()).toEqual([]);
      expect(await actualCount(fresh)).toBe(0);
      expect((await fresh.frameworks.get('bulk', { actuals: false })).version).toBe(1);
    } finally {
      await fresh.close();
    }

    const again = await run(args);
    expect(again.stderr).toMatch(/progress 200000\/200000/);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('200000 values attached');
    expect(await actualCount(store)).toBe(SERIES * MONTHS);
    const sum = await store.db
      .selectFrom('indicator_actuals as a')
      .innerJoin('indicators as i', 'i.key', 'a.indicator_key')
      .where('i.framework_id', '=', 'bulk')
      .select((eb) => eb.fn.sum<number>('a.value').as('s'))
      .executeTakeFirstOrThrow();
    expect(Number(sum.s)).toBeCloseTo(csvSum, 3);
    expect(await store.integrityCheck()).toEqual([]);
  }, 180_000);

  it('queues small writes from other processes behind a large import: every one succeeds, none "database is locked"', async () => {
    const files = [0, 1, 2].map((i) => {
      const f = path.join(csvDir!, `small-${i}.json`);
      writeFileSync(f, JSON.stringify(tinyFramework({ id: `small-${i}` })));
      return f;
    });
    // The import holds the write lock for its whole transaction; the loads start once it is under way.
    let small: Promise<Run[]> | null = null;
    const startSmall = () =>
      Promise.all(
        files.map((f) => run([cli, 'framework', 'load', f, '--db', tdb.url], undefined, { CG_DB_WAIT_MS: '600000' })),
      );
    const big = await run(
      [cli, 'framework', 'import-indicators', csv, '--framework', 'bulk2', '--db', tdb.url, '--progress'],
      undefined,
      { CG_DB_WAIT_MS: '600000' },
      (stderr) => {
        if (!small && /progress \d+\/200000/.test(stderr)) small = startSmall();
      },
    );
    expect(big.code).toBe(0);
    expect(big.stdout).toContain('200000 values attached');
    expect(small).not.toBeNull();
    for (const r of await small!) {
      expect(r.stderr).not.toMatch(/locked/i);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/^loaded small-\d/);
    }
    for (let i = 0; i < 3; i++) expect((await store.frameworks.get(`small-${i}`)).version).toBe(1);
    expect(await store.integrityCheck()).toEqual([]);
  }, 300_000);

  it('loses no update when writers in separate processes race on one framework', async () => {
    const child = path.join(root, 'src/store/testing/writer-child.ts');
    const N = 10;
    const [a, b] = await Promise.all([
      run(['--import', 'tsx', child, tdb.url, 'shared', 'A', String(N)]),
      run(['--import', 'tsx', child, tdb.url, 'shared', 'B', String(N)]),
    ]);
    expect(a.stderr).toBe('');
    expect(b.stderr).toBe('');
    expect(a.code).toBe(0);
    expect(b.code).toBe(0);
    const { framework, version } = await store.frameworks.get('shared');
    const expected = ['A', 'B'].flatMap((t) => Array.from({ length: N }, (_, i) => `${t}-${i}`));
    expect([...framework.notes].sort()).toEqual(expected.sort());
    expect(version).toBe(1 + 2 * N);
  }, 180_000);
});

describe('SQLite writers past the wait limit', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'cg-busy-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('a CLI writer waits CG_DB_WAIT_MS, then exits 2 with database_busy (nothing written), and succeeds once the lock is free', async () => {
    const db = path.join(dir, 'cli.db');
    const first = await openStore(db);
    await first.close();
    const file = path.join(dir, 'fw.json');
    writeFileSync(file, JSON.stringify(tinyFramework({ id: 'waits' })));
    const lock = await holdSqliteLock(db);
    let refused: Run;
    try {
      refused = await run([cli, 'framework', 'load', file, '--db', db], undefined, { CG_DB_WAIT_MS: '400' });
    } finally {
      await lock.release();
    }
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/^error \[database_busy\] .*stayed locked by another writer .* for \d[\d,]* ms/);
    expect(refused.stderr).not.toMatch(/database is locked/);
    const check = await openStore(db);
    try {
      expect((await check.frameworks.list()).map((f) => f.id)).not.toContain('waits');
    } finally {
      await check.close();
    }
    const ok = await run([cli, 'framework', 'load', file, '--db', db], undefined, { CG_DB_WAIT_MS: '400' });
    expect(ok.stderr).toBe('');
    expect(ok.code).toBe(0);
  }, 120_000);
});
