/**
 * Parallel tournaments on worker threads (Node only). Tasks go out in small chunks to whichever
 * worker is free; summaries are put back in task order, so the ranking is identical to the
 * in-process run for any number of workers. The workers load TypeScript through tsx (registered
 * by a tiny bootstrap, since Node 20 does not apply `--import` hooks to a worker's entry module).
 */
import { moduleWorker } from '../core/node.ts';
import { type Worker } from 'node:worker_threads';
import {
  planTournament,
  runTournament,
  tournamentResult,
  validateTournament,
  type SessionSummary,
  type Task,
  type TournamentResult,
  type TournamentSpec,
} from './tournament.ts';

export interface ParallelOptions {
  /** Worker threads; 0 runs in this thread. Default 2. */
  workers?: number;
  /** Tasks per message (default: adaptive, 1 to 16). */
  chunk?: number;
  onProgress?: (done: number, total: number) => void;
}

function spawn(spec: TournamentSpec): Worker {
  return moduleWorker(new URL('./tournament-worker.node.ts', import.meta.url), { workerData: { spec } });
}

export async function runTournamentParallel(
  spec: TournamentSpec,
  opts: ParallelOptions = {},
): Promise<TournamentResult> {
  const workers = opts.workers ?? 2;
  if (workers <= 0) return runTournament(spec, opts.onProgress);
  validateTournament(spec);
  const tasks = planTournament(spec);
  const chunk = opts.chunk ?? Math.max(1, Math.min(16, Math.ceil(tasks.length / (workers * 8))));
  const queue: Task[][] = [];
  for (let i = 0; i < tasks.length; i += chunk) queue.push(tasks.slice(i, i + chunk));
  const results: SessionSummary[] = [];
  const pool = Array.from({ length: Math.min(workers, queue.length) }, () => spawn(spec));
  try {
    await Promise.all(
      pool.map(
        (w) =>
          new Promise<void>((resolve, reject) => {
            const next = () => {
              const c = queue.shift();
              if (c) w.postMessage({ tasks: c });
              else resolve();
            };
            w.on('message', (m: { ready?: boolean; summaries?: SessionSummary[]; error?: string }) => {
              if (m.error) return reject(new Error(`tournament worker failed: ${m.error}`));
              if (m.summaries) {
                results.push(...m.summaries);
                opts.onProgress?.(results.length, tasks.length);
              }
              next();
            });
            w.on('error', reject);
            w.on('exit', (code) => {
              if (code !== 0) reject(new Error(`tournament worker exited with code ${code}`));
            });
          }),
      ),
    );
  } finally {
    await Promise.all(pool.map((w) => w.terminate()));
  }
  return tournamentResult(spec, results);
}
