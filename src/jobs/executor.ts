/**
 * Executors run registered tasks somewhere: `inlineExecutor` in the calling thread (tests, one
 * worker, `workers: 0`), the worker-thread pool (pool.node.ts), later remote workers. Callers
 * (the tournament drivers, the server's jobs) only see this interface. Browser-safe.
 */
import { runHandler, type TaskInput, type TaskKind, type TaskOutput, type TaskProgress } from './registry.ts';
import { TaskAborted } from './task.ts';

export interface RunOptions<P> {
  /** Abort the task: a queued task is dropped, a running one stopped (its worker terminated). */
  signal?: AbortSignal;
  /** Receives the task's progress items, in order, all before the output. */
  onProgress?: (item: P) => void;
  /** Buffers of the input to move to the worker instead of copying (the caller must not use them after). */
  transfer?: ArrayBuffer[];
}

export interface Executor {
  /** How many tasks are worth keeping in flight at once (1 in the calling thread). */
  readonly capacity: number;
  run<K extends TaskKind>(kind: K, input: TaskInput<K>, options?: RunOptions<TaskProgress<K>>): Promise<TaskOutput<K>>;
}

const never = new AbortController().signal;
const yieldToLoop = () =>
  new Promise<void>((resolve) => (typeof setImmediate === 'function' ? setImmediate(resolve) : setTimeout(resolve, 0)));

/**
 * Runs each task in the calling thread, after letting the event loop turn (so a server answers
 * requests between chunks). Inputs and outputs are structured-cloned as a worker would get them,
 * so a task that only works in-process (shared objects, functions in the input) fails here too.
 */
export const inlineExecutor: Executor = {
  capacity: 1,
  async run(kind, input, options = {}) {
    await yieldToLoop();
    const signal = options.signal ?? never;
    if (signal.aborted) throw new TaskAborted(signal.reason);
    const copy = structuredClone(input, { transfer: options.transfer });
    const output = await runHandler(kind, copy, {
      signal,
      progress: (item) => options.onProgress?.(structuredClone(item) as never),
    });
    return structuredClone(output) as never;
  },
};

/**
 * Runs one task at a time in the calling thread and the others on `others` (a pool), so the
 * caller's thread plays too: for commands that own their process, where nothing else needs the
 * thread and the pool's start-up time is not lost. Never for a server (it would block requests).
 */
export function withCallingThread(others: Executor): Executor {
  let busy = false;
  return {
    capacity: others.capacity + 1,
    async run(kind, input, options) {
      if (busy) return others.run(kind, input, options);
      busy = true;
      try {
        return await inlineExecutor.run(kind, input, options);
      } finally {
        busy = false;
      }
    },
  };
}

/**
 * Run `inputs` as tasks of one kind, keeping at most `window` in flight (default: the executor's
 * capacity), handing each output to `onResult` with its index as it arrives (in any order). The
 * first failure aborts the tasks still running and rejects; so does `signal` (with TaskAborted).
 */
export async function runAll<K extends TaskKind>(
  executor: Executor,
  kind: K,
  inputs: readonly TaskInput<K>[],
  opts: {
    signal?: AbortSignal;
    window?: number;
    transfer?: (input: TaskInput<K>) => ArrayBuffer[];
    onResult: (index: number, output: TaskOutput<K>) => void;
    /** Each task's progress items, with the task's index, as they come. */
    onProgress?: (index: number, item: TaskProgress<K>) => void;
  },
): Promise<void> {
  const window = Math.max(1, Math.floor(opts.window ?? executor.capacity));
  const inner = new AbortController();
  const outer = opts.signal;
  const onAbort = () => inner.abort(outer?.reason);
  if (outer?.aborted) throw new TaskAborted(outer.reason);
  outer?.addEventListener('abort', onAbort, { once: true });
  try {
    await new Promise<void>((resolve, reject) => {
      let next = 0;
      let running = 0;
      let failed = false;
      const fail = (e: unknown) => {
        if (failed) return;
        failed = true;
        inner.abort('a sibling task failed');
        reject(outer?.aborted ? new TaskAborted(outer.reason) : e);
      };
      const launch = () => {
        while (!failed && running < window && next < inputs.length) {
          const i = next++;
          running++;
          const input = inputs[i];
          const onProgress = opts.onProgress;
          const progress = onProgress ? (item: TaskProgress<K>) => !failed && onProgress(i, item) : undefined;
          executor
            .run(kind, input, { signal: inner.signal, transfer: opts.transfer?.(input), onProgress: progress })
            .then((output) => {
              if (failed) return;
              running--;
              try {
                opts.onResult(i, output);
              } catch (e) {
                return fail(e);
              }
              if (running === 0 && next >= inputs.length) resolve();
              else launch();
            }, fail);
        }
        if (!failed && running === 0 && next >= inputs.length) resolve();
      };
      launch();
    });
  } finally {
    outer?.removeEventListener('abort', onAbort);
  }
}
