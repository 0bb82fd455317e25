/**
 * Robustness runs on worker threads (Node only): this thread and `workers - 1` worker threads take
 * chunks of samples from one queue; the chunks are merged in sample order, so the result is the
 * same for any number of workers. Until the shared worker pool (src/jobs) takes over, this is how
 * `commonground robustness --workers k` runs; a pool needs only `robustnessChunk(input, start,
 * end)`, whose input and result are plain data.
 */
import type { Worker } from 'node:worker_threads';
import { moduleWorker } from '../../core/node.ts';
import { robustnessChunk, type ChunkResult, type RobustnessInput } from './chunk.ts';
import { chunkRanges, finishRobustness, type RobustnessResult, type RobustnessSettings } from './run.ts';
import { sensitivity, type SensitivityResult } from './sensitivity.ts';
import type { ChunkRequest } from './worker.node.ts';

export interface ParallelRobustnessOptions {
  /** Threads in all, this one included (1 = this thread only). */
  workers?: number;
  onProgress?: (done: number, total: number) => void;
  /** Work for this thread before it joins the queue, while the worker threads start (they take ~0.3 s to load). */
  meanwhile?: () => void;
}

/** Run every chunk of `input` on `workers` threads; chunks come back in any order. */
export async function runChunksParallel(
  input: RobustnessInput,
  opts: ParallelRobustnessOptions = {},
): Promise<ChunkResult[]> {
  const ranges = chunkRanges(input.samples);
  const workers = Math.max(1, Math.min(Math.floor(opts.workers ?? 1), ranges.length));
  const results: ChunkResult[] = [];
  let done = 0;
  const complete = (c: ChunkResult) => {
    results.push(c);
    done += c.end - c.start;
    opts.onProgress?.(done, input.samples);
  };
  if (workers === 1) {
    opts.meanwhile?.();
    for (const [start, end] of ranges) complete(robustnessChunk(input, start, end));
    return results;
  }
  let next = 0;
  const pool: Worker[] = [];
  try {
    await new Promise<void>((resolve, reject) => {
      let failed = false;
      const fail = (e: unknown) => {
        if (!failed) reject(e instanceof Error ? e : new Error(String(e)));
        failed = true;
      };
      const finished = () => results.length === ranges.length;
      const feed = (w: Worker) => {
        if (next < ranges.length) {
          const [start, end] = ranges[next++];
          w.postMessage({ start, end } satisfies ChunkRequest);
        }
      };
      for (let i = 1; i < workers; i++) {
        const w = moduleWorker(new URL('./worker.node.ts', import.meta.url), { workerData: input, execArgv: [] });
        pool.push(w);
        w.on('message', (reply: ChunkResult | 'ready' | { error: string }) => {
          if (reply === 'ready') return feed(w);
          if ('error' in reply) return fail(new Error(`robustness worker: ${reply.error}`));
          complete(reply);
          if (finished()) return resolve();
          feed(w);
        });
        w.on('error', fail);
        w.on('exit', (code) => {
          if (code !== 0 && !finished()) fail(new Error(`robustness worker exited with code ${code}`));
        });
      }
      // This thread works through the queue too, yielding between chunks so worker replies land.
      let first = true;
      const own = () => {
        if (first) {
          first = false;
          try {
            opts.meanwhile?.();
          } catch (e) {
            return fail(e);
          }
        }
        if (failed) return;
        if (next >= ranges.length) {
          if (finished()) resolve();
          return;
        }
        const [start, end] = ranges[next++];
        try {
          complete(robustnessChunk(input, start, end));
        } catch (e) {
          return fail(e);
        }
        if (finished()) return resolve();
        setImmediate(own);
      };
      setImmediate(own);
    });
  } finally {
    await Promise.all(pool.map((w) => w.terminate()));
  }
  return results;
}

/** A whole run on worker threads: the same result as `runRobustness` for any number of workers. */
export async function runRobustnessParallel(
  input: RobustnessInput,
  settings: RobustnessSettings = {},
  opts: ParallelRobustnessOptions = {},
): Promise<RobustnessResult> {
  // The exact sensitivity needs no samples: this thread computes it while the workers start.
  let sens: SensitivityResult | null | undefined;
  const wanted = settings.sensitivity ?? true;
  const chunks = await runChunksParallel(input, {
    ...opts,
    meanwhile: () => {
      opts.meanwhile?.();
      if (wanted) sens = sensitivity(input.model, { values: typeof wanted === 'object' ? wanted.values : true });
    },
  });
  return finishRobustness(input, chunks, settings, sens);
}
