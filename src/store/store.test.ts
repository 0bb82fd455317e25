/**
 * Store conformance suite: the same tests on SQLite and PostgreSQL.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CgError } from '../core/index.ts';
import { auditFramework, frameworkProgress } from '../framework/index.ts';
import { readFrameworkFile } from '../framework/node.ts';
import type { Framework } from '../framework/index.ts';
import { syntheticFramework, rejectionOf, tinyFramework } from '../framework/testing.ts';
import { parseIndicatorsCsv } from '../interop/index.ts';
import { migrate } from './connect.ts';
import type { Database } from './schema.ts';
import { openStore, type Store } from './store.ts';
import { ENGINES, type TestDb } from './testing/engines.ts';
import { PROJECT_ROOT as root } from '../core/node.ts';
import { fixture } from '../core/testing.ts';

const csvText = readFileSync(fixture('data/indicators.csv'), 'utf8');
const TABLES: (keyof Database)[] = [
  'frameworks',
  'areas',
  'objectives',
  'results',
  'indicators',
  'indicator_targets',
  'indicator_actuals',
  'actions',
  'action_actors',
  'budgets',
  'disbursements',
  'linkages',
];

async function dump(store: Store): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const t of TABLES) {
    const rows = await store.db.selectFrom(t).selectAll().execute();
    out[t] = rows.map((r) => JSON.stringify(r)).sort();
  }
  return out;
}

describe.each(ENGINES)('store on %s', (_name, make) => {
  let tdb: TestDb;
  let store: Store;
  let bicentennial: Framework;
  let northAmerican: Framework;

  // A setup failure (PostgreSQL down) fails every test with its message instead of skipping them.
  let setupError: unknown;
  beforeEach(() => {
    if (setupError) throw setupError;
  });
  beforeAll(async () => {
    try {
      tdb = await make();
      store = await openStore(tdb.url);
    } catch (e) {
      setupError = e;
      return;
    }
    bicentennial = await readFrameworkFile(path.join(root, 'scenarios/frameworks/bicentennial.yaml'));
    northAmerican = await readFrameworkFile(path.join(root, 'scenarios/frameworks/north-american.yaml'));
  });
  afterAll(async () => {
    await store?.close();
    await tdb?.cleanup();
  });

  it('runs migrations on open, idempotently', async () => {
    const again = await openStore(tdb.url);
    expect(await migrate(again.db, again.dialect)).toEqual([]);
    await again.close();
    const applied = await store.db
      .selectFrom('kysely_migration' as never)
      .select('name' as never)
      .execute();
    expect(applied).toEqual([
      { name: '0001_framework' },
      { name: '0002_app' },
      { name: '0003_mediation' },
      { name: '0004_scenario_versions' },
      { name: '0005_framework_translations' },
    ]);
  });

  it('stores and loads both framework files without loss, their Spanish translations included', async () => {
    expect(northAmerican.translations?.es).toBeTruthy();
    for (const fw of [bicentennial, northAmerican]) {
      const r = await store.frameworks.save(fw);
      expect(r).toMatchObject({ version: 1, created: true });
      const back = await store.frameworks.get(fw.id);
      expect(back.framework).toEqual(fw);
      // the Spanish texts too (the files carry them): a stored framework is shown in Spanish from them
      expect(fw.translations?.es).toBeDefined();
      expect(back.framework.translations).toEqual(fw.translations);
      expect(back.version).toBe(1);
    }
    expect((await store.frameworks.list()).map((f) => [f.id, f.version])).toEqual([
      ['bicentennial', 1],
      ['north-american', 1],
    ]);
  });

  it('audits stored frameworks exactly as in memory', async () => {
    expect(await store.frameworks.audit('north-american')).toEqual(auditFramework(northAmerican));
    expect(await store.frameworks.audit('bicentennial')).toEqual(auditFramework(bicentennial));
  });

  it('computes progress in SQL exactly as the in-memory reference, on random frameworks (seeded)', async () => {
    expect(await store.frameworks.progress('north-american')).toEqual(frameworkProgress(northAmerican));
    for (const seed of [1, 2, 3, 4, 5, 6]) {
      const fw = syntheticFramework({ seed, indicators: 40, actualsPerIndicator: 6, mode: 'varied', actions: 12 });
      await store.frameworks.save(fw);
      const fromDb = await store.frameworks.progress(fw.id);
      const ref = frameworkProgress(fw);
      expect(fromDb.indicators).toEqual(ref.indicators);
      expect(fromDb.jointShare).toEqual(ref.jointShare);
      expect(fromDb.budget.byCurrency.map((l) => l.currency)).toEqual(ref.budget.byCurrency.map((l) => l.currency));
      fromDb.budget.byCurrency.forEach((l, i) => {
        const r = ref.budget.byCurrency[i];
        expect(l.committed).toBeCloseTo(r.committed, 6);
        expect(l.disbursed === null).toBe(r.disbursed === null);
        if (r.disbursed !== null) expect(l.disbursed!).toBeCloseTo(r.disbursed, 6);
      });
      // Every status occurs somewhere across the seeds; here at least two differ per framework.
      expect(new Set(fromDb.indicators.map((i) => i.status)).size).toBeGreaterThan(1);
      await store.frameworks.remove(fw.id);
    }
  });

  it('refuses to overwrite by accident and checks versions (409), and reports unknown ids (404)', async () => {
    const e1 = await rejectionOf(store.frameworks.save(northAmerican));
    expect(e1).toMatchObject({ code: 'already_exists', status: 409 });
    const renamed = { ...northAmerican, name: 'Renamed' };
    expect(await store.frameworks.save(renamed, { mode: 'upsert', expectedVersion: 1 })).toMatchObject({
      version: 2,
      created: false,
    });
    const e2 = await rejectionOf(store.frameworks.save(northAmerican, { mode: 'upsert', expectedVersion: 1 }));
    expect(e2).toMatchObject({ code: 'version_conflict', status: 409 });
    expect((await store.frameworks.get('north-american')).framework.name).toBe('Renamed');
    await store.frameworks.save(northAmerican, { mode: 'upsert', expectedVersion: 2 });
    expect(await rejectionOf(store.frameworks.get('nope'))).toMatchObject({ code: 'not_found', status: 404 });
    expect(await rejectionOf(store.frameworks.progress('nope'))).toMatchObject({ status: 404 });
  });

  it('imports indicators.csv onto the mapped indicators, reruns idempotently', async () => {
    const obs = parseIndicatorsCsv(csvText, 'indicators.csv');
    const before = await store.frameworks.get('north-american');
    // Clear the actuals first so the import has to write them.
    await store.frameworks.update('north-american', (fw) => {
      for (const a of fw.areas)
        for (const o of a.objectives) for (const r of o.results) for (const i of r.indicators) i.actuals = [];
    });
    const r1 = await store.frameworks.importObservations(obs, {
      frameworkId: 'north-american',
      file: 'indicators.csv',
    });
    expect(r1.attached).toBe(55);
    expect(r1.unmatched).toBe(obs.length - 55);
    const after = await store.frameworks.get('north-american');
    expect(after.framework).toEqual(before.framework);
    const r2 = await store.frameworks.importObservations(obs, { frameworkId: 'north-american' });
    expect(r2.frameworks[0].version).toBe(r1.frameworks[0].version + 1);
    expect((await store.frameworks.get('north-american')).framework).toEqual(before.framework);
  });

  it('writes nothing from a file with a bad row', async () => {
    const snapshot = await dump(store);
    const lines = csvText.split('\n');
    // Break one mapped row's unit: the import must fail as a whole.
    const i = lines.findIndex((l) => l.startsWith('us_od_deaths_total,') && l.includes(',2023,'));
    lines[i] = lines[i].replace(',deaths,', ',people,');
    const obs = parseIndicatorsCsv(lines.join('\n'), 'bad.csv');
    const e = await rejectionOf(
      store.frameworks.importObservations(obs, { frameworkId: 'north-american', file: 'bad.csv' }),
    );
    expect(e.problems[0]).toMatchObject({ code: 'unit_mismatch', line: i + 1, path: ['unit'], file: 'bad.csv' });
    expect(await dump(store)).toEqual(snapshot);
  });

  it('rolls back a save that fails half-way, leaving the previous version intact', async () => {
    const big = syntheticFramework({ seed: 9, indicators: 300, actualsPerIndicator: 40 });
    await store.frameworks.save(big);
    const snapshot = await dump(store);
    const changed = syntheticFramework({ seed: 10, indicators: 300, actualsPerIndicator: 40 });
    changed.id = big.id;
    let written = 0;
    await expect(
      store.frameworks.save(changed, {
        mode: 'upsert',
        onProgress: (p) => {
          written = p.done;
          throw new Error('simulated crash after the first batch of actuals');
        },
      }),
    ).rejects.toThrow('simulated crash');
    // The old rows were deleted and new ones written inside the transaction before it failed.
    expect(written).toBeGreaterThan(0);
    expect(await dump(store)).toEqual(snapshot);
    await store.frameworks.remove(big.id);
  });

  it('does not lose updates between concurrent writers', async () => {
    await store.frameworks.save(tinyFramework({ id: 'race' }));
    // Two writers read version 1; the second to commit gets a conflict, not a silent overwrite.
    const a = await store.frameworks.get('race');
    const b = await store.frameworks.get('race');
    a.framework.notes = ['writer A'];
    b.framework.notes = ['writer B'];
    const results = await Promise.allSettled([
      store.frameworks.save(a.framework, { mode: 'upsert', expectedVersion: a.version }),
      store.frameworks.save(b.framework, { mode: 'upsert', expectedVersion: b.version }),
    ]);
    const ok = results.filter((r) => r.status === 'fulfilled');
    const failed = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(ok).toHaveLength(1);
    expect(failed[0].reason).toMatchObject({ code: 'version_conflict', status: 409 });
    const winner = results[0].status === 'fulfilled' ? 'writer A' : 'writer B';
    expect((await store.frameworks.get('race')).framework.notes).toEqual([winner]);

    // Eight writers each append their note with read-modify-write and retry on conflict:
    // every note must survive.
    const other = await openStore(tdb.url); // a second handle (second pool on PostgreSQL)
    try {
      const writers = Array.from({ length: 8 }, (_, w) => async () => {
        const repo = (w % 2 ? other : store).frameworks;
        for (let attempt = 0; ; attempt++) {
          try {
            await repo.update('race', (fw) => {
              fw.notes.push(`note ${w}`);
            });
            return attempt;
          } catch (e) {
            if (!(e instanceof CgError && e.status === 409) || attempt > 50) throw e;
          }
        }
      });
      await Promise.all(writers.map((w) => w()));
    } finally {
      await other.close();
    }
    const notes = (await store.frameworks.get('race')).framework.notes;
    expect(notes.slice(1).sort()).toEqual(Array.from({ length: 8 }, (_, w) => `note ${w}`).sort());
  });

  it('two writers creating the same new id at once: both replace (upsert) or one is told it exists (create), never a raw database error', async () => {
    const other = await openStore(tdb.url); // a second handle (second pool on PostgreSQL)
    try {
      for (let k = 0; k < 6; k++) {
        const fw = tinyFramework({ id: `new-upsert-${k}` });
        const both = await Promise.allSettled([
          store.frameworks.save(fw, { mode: 'upsert' }),
          other.frameworks.save(fw, { mode: 'upsert' }),
        ]);
        expect(both.map((r) => (r.status === 'fulfilled' ? r.value.version : String(r.reason))).sort()).toEqual([1, 2]);
        expect((await store.frameworks.get(fw.id)).version).toBe(2);

        const fw2 = tinyFramework({ id: `new-create-${k}` });
        const race = await Promise.allSettled([store.frameworks.save(fw2), other.frameworks.save(fw2)]);
        const lost = race.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
        expect(lost).toHaveLength(1);
        expect(lost[0].reason).toBeInstanceOf(CgError);
        expect(lost[0].reason).toMatchObject({ code: 'already_exists', status: 409 });
        expect((await store.frameworks.get(fw2.id)).version).toBe(1);
      }
      expect(await store.integrityCheck()).toEqual([]);
    } finally {
      await other.close();
    }
  });

  it('an indicator import racing a replace of the same framework waits for it, never failing on indicators the replace deleted', async () => {
    const obs = parseIndicatorsCsv(csvText, 'indicators.csv');
    const other = await openStore(tdb.url);
    const fw = { ...northAmerican, id: 'import-race' };
    await store.frameworks.save(fw);
    try {
      for (let k = 0; k < 8; k++) {
        const r = await Promise.allSettled([
          store.frameworks.importObservations(obs, { frameworkId: fw.id }),
          other.frameworks.save(fw, { mode: 'upsert' }),
          store.frameworks.importObservations(obs),
        ]);
        expect(
          r.filter((x) => x.status === 'rejected').map((x) => String((x as PromiseRejectedResult).reason)),
        ).toEqual([]);
      }
    } finally {
      await other.close();
    }
    // Every import attached the file's values; the framework holds them once, as loaded.
    expect((await store.frameworks.get(fw.id)).framework).toEqual(fw);
    expect(await store.integrityCheck()).toEqual([]);
    await store.frameworks.remove(fw.id);
  });

  it('reads a framework and its progress from one committed state while another writer replaces it (never torn between versions)', async () => {
    const A = { ...northAmerican, id: 'torn' };
    const B: Framework = structuredClone(A);
    B.name = 'Smaller';
    B.areas = B.areas.slice(0, 3);
    const kept = new Set(B.areas.flatMap((a) => a.objectives.map((o) => o.id)));
    B.actions = B.actions.filter((a) => kept.has(a.objective));
    B.linkages = [];
    delete B.translations; // they name the areas cut above: a save would be refused (unknown_translation)
    const progress = { [A.name]: frameworkProgress(A), [B.name]: frameworkProgress(B) };
    await store.frameworks.save(A);
    const other = await openStore(tdb.url);
    let done = false;
    const seen: string[] = [];
    try {
      // done however the writer ends: a refused save must fail the test, not spin the reader forever
      const writer = (async () => {
        for (let k = 0; k < 16; k++) await other.frameworks.save(k % 2 ? A : B, { mode: 'upsert' });
      })().finally(() => (done = true));
      while (!done) {
        const { framework } = await store.frameworks.get(A.id);
        expect(framework).toEqual(framework.name === B.name ? B : A);
        const p = await store.frameworks.progress(A.id);
        expect(p.indicators.map((i) => i.id)).toEqual(progress[p.framework.name].indicators.map((i) => i.id));
        expect(p.jointShare).toEqual(progress[p.framework.name].jointShare);
        seen.push(framework.name);
      }
      await writer;
    } finally {
      await other.close();
    }
    expect(seen.length).toBeGreaterThan(0);
    await store.frameworks.remove(A.id);
  });

  it('adds actuals by indicator id: insert or replace by period, checked ids and versions', async () => {
    await store.frameworks.save(tinyFramework({ id: 'acts' }));
    const src = { title: 'S' };
    const r = await store.frameworks.addActuals(
      'acts',
      [
        {
          indicatorId: 'i1',
          actual: { period: '2023', value: 90, source: src, quality: 'official', qualifier: 'exact' },
        },
        {
          indicatorId: 'i1',
          actual: { period: '2024', value: 80, source: src, quality: 'official', qualifier: 'rounded' },
        },
      ],
      { expectedVersion: 1 },
    );
    expect(r.version).toBe(2);
    const acts = (await store.frameworks.get('acts')).framework.areas[0].objectives[0].results[0].indicators[0].actuals;
    expect(acts.map((a) => [a.period, a.value, a.quality])).toEqual([
      ['2023', 90, 'official'],
      ['2024', 80, 'official'],
    ]);
    expect(
      await rejectionOf(store.frameworks.addActuals('acts', [{ indicatorId: 'nope', actual: acts[0] }])),
    ).toMatchObject({ code: 'unknown_indicator', status: 404 });
    expect(
      await rejectionOf(
        store.frameworks.addActuals('acts', [
          { indicatorId: 'i1', actual: acts[0] },
          { indicatorId: 'i1', actual: acts[0] },
        ]),
      ),
    ).toMatchObject({ code: 'duplicate_actual' });
    expect(
      await rejectionOf(
        store.frameworks.addActuals('acts', [{ indicatorId: 'i1', actual: acts[0] }], { expectedVersion: 1 }),
      ),
    ).toMatchObject({ code: 'version_conflict', status: 409 });
    expect((await store.frameworks.get('acts')).version).toBe(2);
    await store.frameworks.remove('acts');
  });

  it('deletes a framework with all its rows and stays consistent', async () => {
    await store.frameworks.remove('race');
    await expect(store.frameworks.get('race')).rejects.toMatchObject({ status: 404 });
    expect(await store.integrityCheck()).toEqual([]);
    const orphans = await store.db
      .selectFrom('action_actors')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('framework_id', '=', 'race')
      .executeTakeFirstOrThrow();
    expect(Number(orphans.n)).toBe(0);
  });
});
