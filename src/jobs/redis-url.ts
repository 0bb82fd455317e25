/**
 * REDIS_URL / --queue as connection options, and the URL as it may be shown (without its password).
 * No ioredis here: the server and the CLI parse the URL at start-up without loading the queue code.
 */
import { fail } from '../core/index.ts';

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
