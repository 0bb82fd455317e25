/** Helpers for the server's tests: an app on a fresh in-memory database. */
import type { FastifyInstance } from 'fastify';
import { buildApp, type AppOptions } from './app.ts';
import { openDatabase } from './db.ts';

export async function testApp(opts: Partial<AppOptions> = {}): Promise<FastifyInstance & { closeAll(): Promise<void> }> {
  const { db, close } = await openDatabase(':memory:');
  const app = await buildApp({ db, logger: false, webRoot: null, ...opts });
  await app.ready();
  return Object.assign(app, {
    async closeAll() {
      await app.close();
      await close();
    },
  });
}

export function json(res: { body: string }): any {
  return JSON.parse(res.body);
}
