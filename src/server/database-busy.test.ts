/**
 * The server on a SQLite file whose write lock another process holds: a write waits its turn up to
 * the stated limit, then answers 503 `database_busy` (problem details, never "database is
 * locked"), while reads keep being answered.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tinyFramework } from '../framework/testing.ts';
import { openStore } from '../store/index.ts';
import { holdSqliteLock } from '../store/testing.ts';
import { buildApp } from './app.ts';

const dir = mkdtempSync(path.join(os.tmpdir(), 'cg-busy-server-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a locked SQLite database', () => {
  it('answers a write 503 database_busy past the wait, and reads meanwhile; the write goes through once the lock is free', async () => {
    const db = path.join(dir, 'server.db');
    const store = await openStore(db, { busyTimeoutMs: 300 });
    const app = await buildApp({ store, logger: false, webRoot: null, workers: 0 });
    const lock = await holdSqliteLock(db);
    try {
      const res = await app.inject({ method: 'POST', url: '/api/frameworks', payload: tinyFramework({ id: 'busy' }) });
      expect(res.statusCode).toBe(503);
      const body = JSON.parse(res.body);
      expect(body.code).toBe('database_busy');
      expect(body.errors[0].params).toMatchObject({ database: db });
      expect(body.errors[0].params.waitedMs).toBeGreaterThanOrEqual(300);
      expect(res.body).not.toMatch(/database is locked/);
      expect((await app.inject({ method: 'GET', url: '/api/frameworks' })).statusCode).toBe(200);
    } finally {
      await lock.release();
    }
    try {
      const again = await app.inject({
        method: 'POST',
        url: '/api/frameworks',
        payload: tinyFramework({ id: 'busy' }),
      });
      expect(again.statusCode).toBe(201);
    } finally {
      await app.close();
      await store.close();
    }
  }, 120_000);
});
