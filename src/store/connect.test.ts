import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { CgError } from '../core/index.ts';
import { DEFAULT_SQLITE_PATH, parseTarget, resolveDbUrl } from './connect.ts';
import { openStore } from './store.ts';
import { MIGRATIONS } from './migrations/index.ts';
import { postgresTestDb, type TestDb } from './testing/engines.ts';

describe('resolveDbUrl', () => {
  it('takes --db, then DATABASE_URL, then the embedded SQLite file', () => {
    expect(resolveDbUrl('x.db', { DATABASE_URL: 'postgres://a/b' })).toBe('x.db');
    expect(resolveDbUrl(undefined, { DATABASE_URL: 'postgres://a/b' })).toBe('postgres://a/b');
    expect(resolveDbUrl(undefined, { DATABASE_URL: '' })).toBe(DEFAULT_SQLITE_PATH);
    expect(resolveDbUrl(undefined, {})).toBe('./data/commonground.db');
  });
  it('keeps an empty --db empty, so it is refused instead of silently using the default database', () => {
    expect(resolveDbUrl('', { DATABASE_URL: 'postgres://a/b' })).toBe('');
    expect(() => parseTarget(resolveDbUrl('', {}))).toThrow(/empty database path/);
  });
});

describe('opening a SQLite file that cannot be used', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'cg-connect-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const problemOf = async (url: string) => {
    try {
      const s = await openStore(url);
      await s.close();
    } catch (e) {
      expect(e).toBeInstanceOf(CgError);
      return (e as CgError).problems[0];
    }
    throw new Error(`${url} opened`);
  };

  it('names the folder it cannot create (a file in the way) instead of a bare ENOTDIR', async () => {
    writeFileSync(path.join(dir, 'plain'), 'x');
    const p = await problemOf(path.join(dir, 'plain', 'sub', 'x.db'));
    expect(p).toMatchObject({ code: 'database_unavailable' });
    expect(p.message).toContain(`cannot create the folder ${path.join(dir, 'plain', 'sub')}`);
  });

  it('says when the path is a folder, and when the file is not a database (left as it was)', async () => {
    expect((await problemOf(dir)).message).toContain('is a folder; give a file path');
    const other = path.join(dir, 'notes.db');
    writeFileSync(other, 'not a database');
    expect((await problemOf(other)).message).toContain('file is not a database');
    expect(readFileSync(other, 'utf8')).toBe('not a database');
  });

  it('refuses a database written by a newer version, naming the unknown migration, and changes nothing', async () => {
    const file = path.join(dir, 'newer.db');
    await (await openStore(file)).close();
    const raw = new Database(file);
    raw.prepare("insert into kysely_migration (name, timestamp) values ('9999_future', '2100-01-01')").run();
    raw.close();
    const p = await problemOf(file);
    expect(p.code).toBe('migration_failed');
    expect(p.message).toMatch(/has migration 9999_future, which this version of Common Ground does not know/);
    const check = new Database(file, { readonly: true });
    expect(check.prepare('select count(*) as n from kysely_migration').get()).toEqual({ n: MIGRATIONS.length + 1 });
    check.close();
  });
});

describe('parseTarget', () => {
  it('reads PostgreSQL URLs with an optional schema', () => {
    expect(parseTarget('postgres://u:p@h:5432/db?schema=cg_x')).toEqual({
      dialect: 'postgres',
      location: 'postgres://u:p@h:5432/db',
      schema: 'cg_x',
    });
    expect(parseTarget('postgresql://h/db')).toMatchObject({ dialect: 'postgres', schema: undefined });
    expect(() => parseTarget('postgres://h/db?schema=Bad-Name')).toThrow(CgError);
  });
  it('reads anything else as a SQLite path', () => {
    expect(parseTarget('data/x.db')).toEqual({ dialect: 'sqlite', location: path.resolve('data/x.db') });
    expect(parseTarget('sqlite:///tmp/y.db')).toEqual({ dialect: 'sqlite', location: '/tmp/y.db' });
    expect(parseTarget(':memory:')).toEqual({ dialect: 'sqlite', location: ':memory:' });
  });
});

describe('opening a new PostgreSQL schema from several processes at once', () => {
  const dbs: TestDb[] = [];
  afterAll(async () => {
    for (const d of dbs) await d.cleanup();
  });
  it('every opener gets a migrated store (no "duplicate key" on creating the schema)', async () => {
    for (let round = 0; round < 5; round++) {
      const tdb = await postgresTestDb();
      dbs.push(tdb);
      const opened = await Promise.allSettled([0, 1, 2, 3].map(() => openStore(tdb.url)));
      const failures = opened
        .filter((r): r is PromiseRejectedResult => r.status === 'rejected')
        .map((r) => String(r.reason));
      for (const r of opened) if (r.status === 'fulfilled') await r.value.close();
      expect(failures).toEqual([]);
      const s = await openStore(tdb.url);
      try {
        expect(await s.frameworks.list()).toEqual([]);
      } finally {
        await s.close();
      }
    }
  });
});
