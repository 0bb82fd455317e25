/**
 * Redis as the job queue's store (BullMQ): parsing REDIS_URL / --queue into connection options,
 * naming the URL without its password, and a start-up check that fails fast with a clear problem
 * (`queue_unreachable`, naming the URL) instead of letting BullMQ retry a wrong host forever.
 */
import { Redis } from 'ioredis';
import { fail } from '../core/index.ts';

/** How long the start-up check waits for Redis to answer. */
export const CONNECT_TIMEOUT_MS = 3_000;

/** The URL as it may be shown: without its password. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return url;
  }
}

/** Where Redis is, as ioredis and BullMQ take it. */
export interface RedisConnection {
  host: string;
  port: number;
  username?: string;
  password?: string;
  db?: number;
  tls?: Record<string, never>;
}

/** Connection options for ioredis / BullMQ from a redis:// or rediss:// URL (invalid_queue_url otherwise). */
export function redisOptions(
  url: string,
  where: { path: string[]; file?: string } = { path: ['REDIS_URL'] },
): RedisConnection {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    fail('invalid_queue_url', { url }, { ...where, received: url });
  }
  if (u.protocol !== 'redis:' && u.protocol !== 'rediss:')
    fail('invalid_queue_url', { url: redactUrl(url) }, { ...where, received: redactUrl(url) });
  const db = u.pathname.replace(/^\//, '');
  if (db !== '' && !/^\d+$/.test(db)) fail('invalid_queue_url', { url: redactUrl(url) }, { ...where });
  const opts: RedisConnection = {
    host: u.hostname || '127.0.0.1',
    port: u.port ? Number(u.port) : 6379,
    ...(u.username ? { username: decodeURIComponent(u.username) } : {}),
    ...(u.password ? { password: decodeURIComponent(u.password) } : {}),
    ...(db ? { db: Number(db) } : {}),
    ...(u.protocol === 'rediss:' ? { tls: {} } : {}),
  };
  return opts;
}

/**
 * Connect once and PING, giving up after `timeoutMs`: an unreachable Redis is a `queue_unreachable`
 * problem naming the URL, never a hang. Resolves when Redis answers (the connection is closed).
 */
export async function checkRedis(
  url: string,
  { timeoutMs = CONNECT_TIMEOUT_MS, path = ['REDIS_URL'] }: { timeoutMs?: number; path?: string[] } = {},
): Promise<void> {
  const opts = redisOptions(url, { path });
  const client = new Redis({
    ...opts,
    lazyConnect: true,
    connectTimeout: timeoutMs,
    maxRetriesPerRequest: 0,
    enableOfflineQueue: false,
    retryStrategy: () => null,
  });
  let lastError = '';
  client.on('error', (e: Error) => (lastError = e.message || String(e)));
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      (async () => {
        await client.connect();
        await client.ping();
      })(),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
      }),
    ]);
  } catch (e) {
    const reason = lastError || (e instanceof Error ? e.message : String(e)) || 'no answer';
    fail('queue_unreachable', { url: redactUrl(url), reason }, { path });
  } finally {
    if (timer) clearTimeout(timer);
    client.disconnect();
  }
}
