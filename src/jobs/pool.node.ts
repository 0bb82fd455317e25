/**
 * The job pool: one piscina pool of worker threads per process, shared by every parallel run
 * (CLI tournaments, the server's sessions, comparisons and tournaments). It is created on the
 * first task and destroyed when the last user lets go of it (`openJobPool` leases): the CLI holds
 * it for one run, the server from start to shutdown.
 *
 * Size: the first lease's `threads`, else CG_WORKERS, else `os.availableParallelism()`. Aborting a
 * task drops it from the queue or, once it runs, terminates its worker (piscina starts another on
 * demand). Worker threads that stay idle for a minute exit.
 */
import { availableParallelism } from 'node:os';
import { MessageChannel } from 'node:worker_threads';
import type { Piscina } from 'piscina';
import { CgError, fail } from '../core/index.ts';
import type { Executor, RunOptions } from './executor.ts';
import { TaskAborted } from './task.ts';
import type { PortMessage, WorkerReply, WorkerTask } from './worker.ts';

/** Most threads a pool may have: each worker loads the engines (tens of MB). */
export const MAX_WORKERS = 64;

/**
 * The worker entry: compiled JavaScript next to this module in dist/, or, when this module runs
 * from the TypeScript sources, a bootstrap that registers tsx in the worker first.
 */
export function workerEntry(): URL {
  return import.meta.url.endsWith('.ts')
    ? new URL('./worker-tsx.mjs', import.meta.url)
    : new URL('./worker.js', import.meta.url);
}

/** CG_WORKERS as a thread count (undefined when unset); anything but a whole number 0..64 is an error naming it. */
export function workersFromEnv(env: Record<string, string | undefined> = process.env): number | undefined {
  const raw = env.CG_WORKERS;
  if (raw === undefined || raw.trim() === '') return undefined;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0 || n > MAX_WORKERS) {
    fail('invalid_workers', { max: MAX_WORKERS }, { path: ['CG_WORKERS'], file: 'environment', received: raw });
  }
  return n;
}

interface Shared {
  threads: number;
  leases: number;
  /** Loaded with the first task (commands that never run one do not load piscina). */
  piscina: Promise<Piscina> | null;
  /** Tasks handed to piscina and not settled yet. */
  inFlight: number;
  /** The pool once loaded (for the stats). */
  loaded: Piscina | null;
}

let shared: Shared | null = null;

function piscinaOf(s: Shared): Promise<Piscina> {
  s.piscina ??= import('piscina').then(
    ({ Piscina }) =>
      new Piscina({
        filename: workerEntry().href,
        minThreads: 0,
        maxThreads: s.threads,
        idleTimeout: 60_000,
      }),
  );
  return s.piscina;
}

export interface JobPoolLease {
  /** Runs tasks on the pool, `capacity` at a time for callers that window their tasks. */
  readonly executor: Executor;
  /** Let go of the pool; the last lease destroys it (its workers are terminated). */
  close(): Promise<void>;
}

/**
 * Take a lease on the process's pool (creating its settings on the first lease; the threads
 * themselves start with the first task). `threads` sizes a new pool and is the lease's capacity.
 */
export function openJobPool(opts: { threads?: number } = {}): JobPoolLease {
  if (opts.threads !== undefined && !(Number.isInteger(opts.threads) && opts.threads >= 1))
    throw new RangeError(`a job pool needs a whole number of threads >= 1, not ${opts.threads}`);
  const threads = Math.min(MAX_WORKERS, opts.threads ?? workersFromEnv() ?? availableParallelism());
  const s = (shared ??= { threads: Math.max(1, threads), leases: 0, piscina: null, inFlight: 0, loaded: null });
  s.leases++;
  let open = true;
  const executor: Executor = {
    capacity: Math.max(1, opts.threads ?? s.threads),
    run(kind, input, options) {
      if (!open) return Promise.reject(new Error('this job pool lease is closed'));
      return runOnPool(s, kind, input, (options ?? {}) as RunOptions<unknown>) as never;
    },
  };
  return {
    executor,
    async close() {
      if (!open) return;
      open = false;
      if (--s.leases > 0) return;
      if (shared === s) shared = null;
      const p = s.piscina;
      s.piscina = null;
      s.loaded = null;
      await (await p)?.destroy();
    },
  };
}

async function runOnPool(s: Shared, kind: string, input: unknown, options: RunOptions<unknown>): Promise<unknown> {
  const signal = options.signal;
  if (signal?.aborted) throw new TaskAborted(signal.reason);
  const piscina = (s.loaded = await piscinaOf(s));
  if (signal?.aborted) throw new TaskAborted(signal.reason);
  const listen = options.onProgress;
  const channel = listen ? new MessageChannel() : null;
  // Progress and the result travel on different ports: wait for the worker's `end` after the result.
  // Once the caller aborts, items still in the port (sent before the worker was stopped) are
  // dropped: the caller hears nothing after the abort.
  const drained = new Promise<void>((resolve) => {
    if (!channel) return resolve();
    channel.port1.on('message', (m: PortMessage) => {
      if ('end' in m) resolve();
      else if (!signal?.aborted) listen!(m.item);
    });
    channel.port1.once('close', () => resolve());
  });
  const task: WorkerTask = { kind, input, port: channel?.port2 };
  s.inFlight++;
  try {
    const reply = (await piscina.run(task, {
      signal,
      transferList: [...(options.transfer ?? []), ...(channel ? [channel.port2] : [])],
    })) as WorkerReply;
    await drained;
    if (!reply.ok) throw new CgError(reply.problems, { status: reply.status });
    return reply.output;
  } catch (e) {
    if (signal?.aborted) throw new TaskAborted(signal.reason);
    throw e;
  } finally {
    s.inFlight--;
    channel?.port1.close();
  }
}

/** The pool as it is now (null when no pool exists): for tests and health checks. */
export function jobPoolStats(): { threads: number; maxThreads: number; running: number; queued: number } | null {
  if (!shared) return null;
  const p = shared.loaded;
  return {
    threads: p ? p.threads.length : 0,
    maxThreads: shared.threads,
    running: shared.inFlight - (p ? p.queueSize : 0),
    queued: p ? p.queueSize : 0,
  };
}
