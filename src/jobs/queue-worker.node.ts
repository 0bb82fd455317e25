/**
 * A queue worker (`commonground worker`): takes chunk jobs from the BullMQ queue and runs each on
 * this process's worker-thread pool (the same registered handlers as the embedded mode), k at a
 * time. The handlers run off the main thread, so the worker keeps renewing its locks while a
 * long chunk computes; a worker killed outright loses its locks and its chunks go to another.
 *
 * A job of a kind no handler is registered under is refused (it fails with `unknown_task_kind`);
 * bad input comes back as problems, not retried. `close()` is the graceful shutdown: no new
 * chunks, the running ones finish (or, with `{ handBack: true }`, are aborted and left for
 * another worker), then the pool and connections close.
 */
import { hostname } from 'node:os';
import { WaitingError, Worker, type Job } from 'bullmq';
import { Redis } from 'ioredis';
import { isCgError, problem } from '../core/index.ts';
import { openJobPool } from './pool.node.ts';
import {
  CANCEL_CHANNEL,
  decode,
  encode,
  INLINE_REPLY_MAX,
  MAX_STALLED,
  REPLY_TTL_S,
  replyKey,
  TASK_QUEUE,
  type ChunkData,
  type ChunkProgress,
  type ChunkReply,
} from './queue.node.ts';
import { checkRedis, redisOptions } from './redis.node.ts';
import { isTaskKind, TASKS } from './registry.ts';

export interface QueueWorkerOptions {
  /** Chunks run at once (worker threads of this process). Default 1. */
  concurrency?: number;
  /** How long a chunk's lock lasts without renewal: a dead worker's chunk is retried after about this long. Default 30 s. */
  lockMs?: number;
  prefix?: string;
  /** Told about each chunk as it starts and ends (the CLI logs them). */
  onEvent?: (e: { type: 'start' | 'done' | 'failed'; id: string; kind: string; ms?: number; reason?: string }) => void;
}

export interface QueueWorkerHandle {
  /** Stop taking chunks; finish the running ones (or hand them back), then close. */
  close(opts?: { handBack?: boolean }): Promise<void>;
  /** Chunks completed so far. */
  readonly completed: number;
}

/** Start a worker on the queue at `url` (an unreachable Redis is a `queue_unreachable` problem). */
export async function startQueueWorker(url: string, opts: QueueWorkerOptions = {}): Promise<QueueWorkerHandle> {
  await checkRedis(url);
  const connection = redisOptions(url);
  const concurrency = Math.max(1, Math.floor(opts.concurrency ?? 1));
  const lockDuration = opts.lockMs ?? 30_000;
  const pool = openJobPool({ threads: concurrency });
  const running = new Map<string, AbortController>();
  const prefix = opts.prefix ?? 'bull';
  // Large replies are written here (see replyKey).
  const store = new Redis({ ...connection, maxRetriesPerRequest: null });
  store.on('error', () => {});
  let completed = 0;
  let handingBack = false;

  const processor = async (job: Job<ChunkData>, token?: string, signal?: AbortSignal): Promise<ChunkReply> => {
    const { kind } = job.data;
    if (!isTaskKind(kind))
      return {
        ok: false,
        problems: [
          problem('unknown_task_kind', { kind, known: Object.keys(TASKS) }, { path: ['kind'], received: kind }),
        ],
      };
    const controller = new AbortController();
    const abort = () => controller.abort(signal?.reason ?? 'cancelled');
    signal?.addEventListener('abort', abort, { once: true });
    running.set(job.id!, controller);
    const started = Date.now();
    opts.onEvent?.({ type: 'start', id: job.id!, kind });
    let seq = 0;
    let sent: Promise<unknown> = Promise.resolve();
    try {
      const output = await pool.executor.run(kind, decode(job.data.input) as never, {
        signal: controller.signal,
        onProgress: (item) => {
          const p: ChunkProgress = { item: encode(item), seq: seq++ };
          // In order: each update waits for the one before.
          sent = sent.then(() => job.updateProgress(p as never)).catch(() => {});
        },
      });
      await sent;
      const text = encode(output);
      let reply: ChunkReply = { ok: true, output: text };
      if (job.data.keep || text.length > INLINE_REPLY_MAX) {
        // Written once here and read once by the caller, not copied into the job and the event stream.
        await store.set(replyKey(prefix, job.id!), text, 'EX', REPLY_TTL_S);
        reply = { ok: true, stored: true };
      }
      completed++;
      opts.onEvent?.({ type: 'done', id: job.id!, kind, ms: Date.now() - started });
      return reply;
    } catch (e) {
      if (isCgError(e)) return { ok: false, problems: e.problems };
      if (handingBack && controller.signal.aborted) {
        // Graceful shutdown with hand-back: the chunk goes back to the queue for another worker.
        await job.moveToWait(token);
        throw new WaitingError();
      }
      opts.onEvent?.({ type: 'failed', id: job.id!, kind, reason: e instanceof Error ? e.message : String(e) });
      throw controller.signal.aborted ? new Error(`cancelled (${String(controller.signal.reason)})`) : e;
    } finally {
      running.delete(job.id!);
      signal?.removeEventListener('abort', abort);
    }
  };

  const worker = new Worker<ChunkData, ChunkReply>(TASK_QUEUE, processor, {
    connection,
    prefix,
    concurrency,
    lockDuration,
    stalledInterval: Math.max(500, Math.floor(lockDuration / 2)),
    maxStalledCount: MAX_STALLED,
    name: `${hostname()}:${process.pid}`,
    removeOnComplete: { count: 0 },
    removeOnFail: { age: 24 * 3600 },
  });
  worker.on('error', () => {});
  // Callers cancel running chunks on a channel: abort the ones this process runs.
  const subscriber = new Redis({ ...connection, maxRetriesPerRequest: null });
  subscriber.on('error', () => {});
  await subscriber.subscribe(CANCEL_CHANNEL);
  subscriber.on('message', (_channel: string, id: string) => {
    if (running.has(id)) worker.cancelJob(id, 'cancelled by the caller');
  });
  await worker.waitUntilReady();

  let closing: Promise<void> | null = null;
  return {
    get completed() {
      return completed;
    },
    close({ handBack = false } = {}) {
      if (handBack && !handingBack) {
        handingBack = true;
        worker.cancelAllJobs('the worker is shutting down');
      }
      closing ??= (async () => {
        await worker.close();
        subscriber.disconnect();
        store.disconnect();
        await pool.close();
      })();
      return closing;
    },
  };
}
