/**
 * The queue executor: runs registered tasks on `commonground worker` processes anywhere, through
 * BullMQ on Redis. It is one more `Executor` (executor.ts), so the drivers that cut a study into
 * chunks and merge them (runAll, playTournamentOn, runTournamentOn) are the same code in both
 * modes: each chunk becomes one BullMQ job, its output comes back by index, and the merge puts it
 * in its place, so the result does not depend on how many workers ran it or in what order.
 *
 * Data crosses the queue as the V8 structured-clone serialisation (base64 in the job's JSON), so
 * typed arrays and doubles arrive bit for bit, exactly as the worker-thread pool carries them.
 *
 * Durability: a chunk job stays in Redis until a worker completes it; a worker that dies
 * (SIGKILL) loses its lock and the chunk is handed to another worker (BullMQ's stalled-job check).
 * Cancelling (the run's AbortSignal) removes the chunks still waiting and tells the workers, on a
 * Redis channel, to abort those they run.
 *
 * Per-chunk cost (bench/queue.bench.ts): the chunks a driver launches together are added in one
 * `addBulk` (one round trip for a window of 64, not 64); a completed job is removed at once
 * (`removeOnComplete: true`: no completed set to keep and trim); a small reply travels in the
 * job's completion event, a large one (a robustness chunk's records, ~190 KB) is written once
 * under a key of its own (`replyKey`) and read once, instead of twice into Redis (job hash and
 * event stream) and out again to every listener of the stream. A study's chunks (`forStudy`)
 * always store their reply, for an hour, so a study resumed after a restart finds them; the
 * checks for such earlier chunks are made only when the study is resumed.
 */
import { randomUUID } from 'node:crypto';
import { setMaxListeners } from 'node:events';
import { deserialize, serialize } from 'node:v8';
import { Queue, QueueEvents, Job, type JobsOptions } from 'bullmq';
import { Redis } from 'ioredis';
import { CgError, fail, problem, type Problem } from '../core/index.ts';
import type { Executor, RunOptions } from './executor.ts';
import { isTaskKind, TASKS } from './registry.ts';
import { checkRedis, redisOptions } from './redis.node.ts';
import { TaskAborted } from './task.ts';

import { CANCEL_CHANNEL, TASK_QUEUE } from './queue-names.ts';
export { CANCEL_CHANNEL, TASK_QUEUE };

/** What a chunk job carries: the task kind, its input, and the study it belongs to. */
export interface ChunkData {
  kind: string;
  /** base64 of v8.serialize(input). */
  input: string;
  study: string;
  /** Store the reply under `replyKey` whatever its size (a study's chunk: a resumed study reads it). */
  keep?: boolean;
}

/**
 * What a worker returns: the output (inline, or `stored` under `replyKey`), or the problems of bad
 * input (a CgError crosses as data).
 */
export type ChunkReply = { ok: true; output: string } | { ok: true; stored: true } | { ok: false; problems: Problem[] };

/** Replies longer than this (base64 characters) are stored under `replyKey` rather than sent in the event. */
export const INLINE_REPLY_MAX = 16 * 1024;
/** How long a stored reply is kept (a study resumed within this time reuses its finished chunks). */
export const REPLY_TTL_S = 3600;
/** Where a chunk's stored reply is. */
export const replyKey = (prefix: string, jobId: string): string => `${prefix}:${TASK_QUEUE}:reply:${jobId}`;

/** What a worker reports as job progress: one streamed item. */
export interface ChunkProgress {
  item: string;
  seq: number;
}

export const encode = (value: unknown): string => serialize(value).toString('base64');
/**
 * Node's deserializer makes typed arrays views into the one buffer it reads from, so the typed
 * arrays of one value would share an ArrayBuffer (and moving them to a worker thread, as the
 * joint-versus-unilateral sums are, would move it twice): each gets a buffer of its own.
 */
export const decode = (text: string): unknown => ownBuffers(deserialize(Buffer.from(text, 'base64')));

function ownBuffers(v: unknown): unknown {
  if (ArrayBuffer.isView(v))
    return v instanceof DataView ? new DataView(v.buffer.slice(0)) : (v as Float64Array).slice();
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) v[i] = ownBuffers(v[i]);
    return v;
  }
  if (v && typeof v === 'object' && !(v instanceof Map) && !(v instanceof Set) && !(v instanceof Date)) {
    const o = v as Record<string, unknown>;
    for (const k of Object.keys(o)) o[k] = ownBuffers(o[k]);
  }
  return v;
}

export interface QueueExecutorOptions {
  /** Chunks kept in flight at once (default 64: enough to keep many workers busy). */
  capacity?: number;
  /** Redis key prefix (tests use their own; default `bull`). */
  prefix?: string;
  /** Where the URL came from, for problems about it (default REDIS_URL; the CLI says --queue). */
  urlPath?: string[];
}

export interface QueueStats {
  /** Chunks waiting for a worker (waiting + prioritized + delayed). */
  waiting: number;
  active: number;
  /** Worker processes connected to the queue. */
  workers: number;
}

export interface QueueExecutorHandle {
  readonly executor: Executor;
  /**
   * An executor for one study whose chunk ids are derived from `studyId` (see below). `resumed`
   * (default true): the study may have run before, so look for chunks it already finished.
   */
  forStudy(studyId: string, opts?: { resumed?: boolean }): Executor;
  stats(): Promise<QueueStats>;
  close(): Promise<void>;
}

interface Waiter {
  kind: string;
  resolve: (v: unknown) => void;
  reject: (e: unknown) => void;
  onProgress?: (item: unknown) => void;
  /** Progress items already delivered (BullMQ may deliver an event twice after a reconnect). */
  seen: number;
  /** The job, once it is on the queue (to add again if it vanishes unanswered). */
  job?: { name: string; data: ChunkData; opts: JobsOptions };
  /** A study's chunk: its stored reply is kept for a resumed study (read, not deleted). */
  keep: boolean;
  /** Sweeps in a row that found the job gone without a reply. */
  missing: number;
}

/** Retries of a chunk whose worker died (its lock expired) before the chunk fails. */
export const MAX_STALLED = 3;

/**
 * Connect to the queue at `url` (checked first: an unreachable Redis is a `queue_unreachable`
 * problem naming the URL) and return an executor that runs tasks there.
 */
export async function openQueueExecutor(url: string, opts: QueueExecutorOptions = {}): Promise<QueueExecutorHandle> {
  const path = opts.urlPath ?? ['REDIS_URL'];
  await checkRedis(url, { path });
  const connection = redisOptions(url, { path });
  const prefix = opts.prefix ?? 'bull';
  const queue = new Queue(TASK_QUEUE, { connection, prefix });
  const events = new QueueEvents(TASK_QUEUE, { connection, prefix });
  const publisher = new Redis({ ...connection, maxRetriesPerRequest: null });
  const waiters = new Map<string, Waiter>();
  let closed = false;
  const noop = () => {};
  queue.on('error', noop);
  events.on('error', noop);
  publisher.on('error', noop);
  await Promise.all([queue.waitUntilReady(), events.waitUntilReady()]);

  const failed = (w: Waiter, reason: string) =>
    w.reject(new CgError(problem('queue_task_failed', { kind: w.kind, reason })));
  const settle = (id: string, reply: ChunkReply | undefined, failedReason?: string) => {
    const w = waiters.get(id);
    if (!w) return;
    waiters.delete(id);
    if (failedReason !== undefined) failed(w, failedReason);
    else if (!reply) failed(w, 'no result');
    else if (!reply.ok) w.reject(new CgError(reply.problems));
    else if ('stored' in reply) {
      // One read of the stored reply; a chunk of no study is deleted as it is read.
      const key = replyKey(prefix, id);
      (w.keep ? publisher.get(key) : publisher.getdel(key)).then(
        (text) => (text === null ? failed(w, 'its stored reply has expired') : w.resolve(decode(text))),
        (e: unknown) => failed(w, e instanceof Error ? e.message : String(e)),
      );
    } else w.resolve(decode(reply.output));
  };
  const parse = (v: unknown): ChunkReply | undefined =>
    (typeof v === 'string' ? (JSON.parse(v) as ChunkReply) : (v as ChunkReply)) ?? undefined;
  events.on('completed', ({ jobId, returnvalue }) => settle(jobId, parse(returnvalue)));
  events.on('failed', ({ jobId, failedReason }) => settle(jobId, undefined, failedReason));
  events.on('progress', ({ jobId, data }) => {
    const w = waiters.get(jobId);
    if (!w?.onProgress || typeof data !== 'object' || data === null) return;
    const p = data as unknown as ChunkProgress;
    if (p.seq < w.seen) return;
    w.seen = p.seq + 1;
    w.onProgress(decode(p.item));
  });

  /**
   * Settle a chunk that has already finished: failed (its reason), or completed and removed with its
   * reply stored. `sweeping`: a job gone without a stored reply (its inline reply was in an event
   * missed across a reconnect) is added again after two sweeps in a row find it so; it computes
   * the same output.
   */
  const settleIfFinished = async (id: string, sweeping = false) => {
    const state = await queue.getJobState(id);
    if (state === 'failed') {
      const job = await Job.fromId(queue, id);
      if (job) settle(id, undefined, job.failedReason);
      return;
    }
    if (state !== 'completed' && state !== 'unknown') return;
    if ((await publisher.exists(replyKey(prefix, id))) === 1) return settle(id, { ok: true, stored: true });
    const w = waiters.get(id);
    if (!sweeping || state !== 'unknown' || !w?.job) return;
    if (++w.missing < 2) return;
    w.missing = 0;
    await queue.add(w.job.name, w.job.data, w.job.opts);
  };
  // Events are a stream read from "now": a reply missed across a Redis reconnect is found by
  // asking for the job's state now and then.
  const sweep = setInterval(() => {
    for (const [id, w] of waiters) if (w.job) void settleIfFinished(id, true).catch(noop);
  }, 2_000);
  sweep.unref();

  // The chunks asked for in one turn of the event loop (a driver's window) go in one addBulk.
  let batch: { name: string; data: ChunkData; opts: JobsOptions; done: (e?: unknown) => void }[] = [];
  const flush = () => {
    const jobs = batch;
    batch = [];
    queue.addBulk(jobs.map(({ name, data, opts }) => ({ name, data, opts }))).then(
      () => jobs.forEach((j) => j.done()),
      (e: unknown) => jobs.forEach((j) => j.done(e ?? new Error('addBulk failed'))),
    );
  };
  const enqueue = (name: string, data: ChunkData, opts: JobsOptions) =>
    new Promise<void>((resolve, reject) => {
      batch.push({ name, data, opts, done: (e) => (e === undefined ? resolve() : reject(e)) });
      if (batch.length === 1) setImmediate(flush);
    });

  const study = randomUUID();

  async function run(
    kind: string,
    input: unknown,
    options: RunOptions<unknown>,
    chunkId?: string,
    resumed = true,
  ): Promise<unknown> {
    if (closed) throw new Error('this queue executor is closed');
    if (!isTaskKind(kind))
      fail('unknown_task_kind', { kind, known: Object.keys(TASKS) }, { path: ['kind'], received: kind });
    const signal = options.signal;
    if (signal?.aborted) throw new TaskAborted(signal.reason);
    const id = chunkId ?? randomUUID();
    if (waiters.has(id)) throw new Error(`chunk ${id} is already awaited`);
    const keep = chunkId !== undefined;
    const done = new Promise<unknown>((resolve, reject) =>
      waiters.set(id, { kind, resolve, reject, onProgress: options.onProgress, seen: 0, keep, missing: 0 }),
    );
    // It may be rejected (abort) before it is awaited below.
    done.catch(noop);
    if (signal) setMaxListeners(0, signal);
    const onAbort = () => {
      const w = waiters.get(id);
      if (!w) return;
      waiters.delete(id);
      w.reject(new TaskAborted(signal!.reason));
      // A study handed back (its server shuts down) leaves its chunks running for the next server.
      if (signal!.reason !== 'handback') void cancelChunk(id);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    try {
      const data: ChunkData = { kind, input: encode(input), study, ...(keep ? { keep } : {}) };
      const jobOpts: JobsOptions = {
        jobId: id,
        // A crash is retried (bad input comes back as data, never retried); results do not depend on the attempt.
        attempts: 3,
        removeOnComplete: true,
        removeOnFail: { age: 24 * 3600 },
      };
      if (keep && resumed) {
        // A chunk a resumed study finished before (same id): its stored reply counts.
        if ((await publisher.exists(replyKey(prefix, id))) === 1) settle(id, { ok: true, stored: true });
        // One that failed before (a crash, not bad input) is queued again.
        else if ((await queue.getJobState(id)) === 'failed') await queue.remove(id);
      }
      if (waiters.has(id)) {
        await enqueue(kind, data, jobOpts);
        const w = waiters.get(id);
        if (w) w.job = { name: kind, data, opts: jobOpts };
        // Aborted while the add was in flight: the cancel may have missed the job, so cancel again.
        if (signal?.aborted) {
          onAbort();
          if (signal.reason !== 'handback') void cancelChunk(id);
        }
        // Still running from before the restart (the add was a duplicate), or finished meanwhile.
        if (keep && resumed) await settleIfFinished(id);
      }
      return await done;
    } catch (e) {
      waiters.delete(id);
      throw e;
    } finally {
      signal?.removeEventListener('abort', onAbort);
    }
  }

  /** Remove a waiting chunk; a running one is aborted by its worker (told on the cancel channel). */
  async function cancelChunk(id: string): Promise<void> {
    try {
      const job = await Job.fromId(queue, id);
      if (job && (await job.isActive())) await publisher.publish(CANCEL_CHANNEL, id);
      else await queue.remove(id);
    } catch {
      await publisher.publish(CANCEL_CHANNEL, id).catch(noop);
    }
  }

  const executor: Executor = {
    capacity: Math.max(1, Math.floor(opts.capacity ?? 64)),
    run: (kind, input, options) => run(kind, input, (options ?? {}) as RunOptions<unknown>) as never,
  };

  return {
    executor,
    forStudy(studyId: string, { resumed = true }: { resumed?: boolean } = {}): Executor {
      // Chunk ids `<study>.<kind>.<n>`: the drivers launch a kind's chunks in a fixed order, so a
      // study run again (the server restarted) finds the chunks already done, or still running, by id.
      const seq = new Map<string, number>();
      return {
        capacity: executor.capacity,
        run: (kind, input, options) => {
          const n = seq.get(kind) ?? 0;
          seq.set(kind, n + 1);
          return run(kind, input, (options ?? {}) as RunOptions<unknown>, `${studyId}.${kind}.${n}`, resumed) as never;
        },
      };
    },
    stats: () => queueStats(queue),
    async close() {
      if (closed) return;
      closed = true;
      clearInterval(sweep);
      for (const [id, w] of waiters) {
        waiters.delete(id);
        w.reject(new TaskAborted('the queue executor closed'));
      }
      await Promise.allSettled([events.close(), queue.close()]);
      publisher.disconnect();
    },
  };
}

/** Queue depth and connected workers, for the health endpoint. */
export async function queueStats(queue: Queue): Promise<QueueStats> {
  const counts = await queue.getJobCounts('waiting', 'prioritized', 'delayed', 'active');
  const workers = await queue.getWorkers();
  return {
    waiting: (counts.waiting ?? 0) + (counts.prioritized ?? 0) + (counts.delayed ?? 0),
    active: counts.active ?? 0,
    // Each worker process names its connections `cg-worker:<host>:<pid>` (several connections per process).
    workers: new Set(workers.map((w) => (w as Record<string, string>).rawname ?? w.id)).size,
  };
}

/** Run `fn` on a queue executor opened for it, closed after (for commands that own their process). */
export async function withQueueExecutor<T>(
  url: string,
  fn: (executor: Executor) => Promise<T>,
  opts: QueueExecutorOptions = {},
): Promise<T> {
  const q = await openQueueExecutor(url, opts);
  try {
    return await fn(q.executor);
  } finally {
    await q.close();
  }
}
