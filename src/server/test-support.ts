/** Helpers for the server's tests: an app on a fresh database (in-memory SQLite unless told otherwise). */
import type { FastifyInstance } from 'fastify';
import { buildApp, type AppOptions } from './app.ts';
import { openStore, type Store } from '../store/index.ts';

export type TestApp = FastifyInstance & { store: Store; closeAll(): Promise<void> };

export async function testApp(opts: Partial<AppOptions> & { url?: string } = {}): Promise<TestApp> {
  const { url, ...rest } = opts;
  const store = await openStore(url ?? ':memory:');
  const app = await buildApp({ store, logger: false, webRoot: null, workers: 0, ...rest });
  await app.ready();
  return Object.assign(app, {
    store,
    async closeAll() {
      await app.close();
      await store.close();
    },
  });
}

export function json(res: { body: string }): any {
  return JSON.parse(res.body);
}

const tick = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Poll a job through the API until it is no longer queued or running. */
export async function settle(
  app: FastifyInstance,
  id: string,
  headers: Record<string, string> = {},
  timeoutMs = 60_000,
): Promise<any> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    const j = json(await app.inject({ method: 'GET', url: `/api/jobs/${id}`, headers }));
    if (j.status !== 'queued' && j.status !== 'running') return j;
    await tick(10);
  }
  throw new Error(`job ${id} did not settle in ${timeoutMs} ms`);
}

/** A multipart/form-data body of files (field name `files`), for inject. */
export function multipart(files: { name: string; data: Buffer | Uint8Array }[]): {
  payload: Buffer;
  headers: Record<string, string>;
} {
  const boundary = '----cgtest' + Math.random().toString(16).slice(2);
  const chunks: Buffer[] = [];
  for (const f of files) {
    chunks.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="${f.name}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
      ),
    );
    chunks.push(Buffer.from(f.data));
    chunks.push(Buffer.from('\r\n'));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(chunks), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}
