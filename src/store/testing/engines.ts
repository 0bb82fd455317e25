/**
 * Test databases for the shared store conformance suite: a SQLite file in a temp folder, and a
 * PostgreSQL schema of its own per test file (vitest runs files in parallel processes).
 * PostgreSQL must be reachable: tests fail, never skip, when it is not.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';

export const PG_TEST_URL =
  process.env.CG_TEST_DATABASE_URL ?? 'postgres://commonground:commonground@127.0.0.1:5432/commonground_test';

export interface TestDb {
  url: string;
  cleanup(): Promise<void>;
}

export function sqliteTestDb(): TestDb {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'cg-store-'));
  return { url: path.join(dir, 'test.db'), cleanup: async () => rmSync(dir, { recursive: true, force: true }) };
}

export async function postgresTestDb(): Promise<TestDb> {
  const schema = `cg_test_${randomUUID().replace(/-/g, '').slice(0, 16)}`;
  const client = new pg.Client({ connectionString: PG_TEST_URL, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
  } catch (e) {
    throw new Error(
      `PostgreSQL is unreachable at ${PG_TEST_URL.replace(/\/\/[^@]*@/, '//***@')} (${(e as Error).message}). ` +
        'Start it with .ci/postgres-up (or set CG_TEST_DATABASE_URL); the store suite runs against both engines and does not skip.',
      { cause: e },
    );
  } finally {
    await client.end().catch(() => {});
  }
  const sep = PG_TEST_URL.includes('?') ? '&' : '?';
  return {
    url: `${PG_TEST_URL}${sep}schema=${schema}`,
    async cleanup() {
      const c = new pg.Client({ connectionString: PG_TEST_URL });
      await c.connect();
      try {
        await c.query(`drop schema if exists ${schema} cascade`);
      } finally {
        await c.end();
      }
    },
  };
}

export const ENGINES = [
  ['sqlite', async () => sqliteTestDb()],
  ['postgres', postgresTestDb],
] as const;
