/**
 * Redis as the job queue's store (BullMQ): parsing REDIS_URL / --queue into connection options,
 * naming the URL without its password, and a start-up check that fails fast with a clear problem
 * (`queue_unreachable`, naming the URL) instead of letting BullMQ retry a wrong host forever.
 */
import { Redis } from 'ioredis';
import { fail } from '../core/index.ts';
import { redactUrl, redisOptions } from './redis-url.ts';

export { redactUrl, redisOptions, type RedisConnection } from './redis-url.ts';

/** How long the start-up check waits for Redis to answer. */
export const CONNECT_TIMEOUT_MS = 3_000;

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
