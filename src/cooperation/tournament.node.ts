/**
 * Tournaments on worker threads (Node only). The pairs are split into chunks handed out on
 * demand; every match seed comes from `deriveSeed(seed, 'match', i, j, repetition)`, so the
 * result is identical for any number of workers and any scheduling. Workers load the TypeScript
 * sources through tsx's ESM register API.
 */
import { moduleWorker } from '../core/node.ts';
import { type Worker } from 'node:worker_threads';
import type { Strategy } from './player.ts';
import type { ChunkReply, ChunkRequest } from './tournament-worker.node.ts';
import { MatchEngine } from './match.ts';
import {
  emptyRaw,
  packRaw,
  playPairs,
  playTournament,
  unpackInto,
  summariseTournament,
  tournamentPairs,
  tournamentSpec,
  type ProgressCallback,
  type TournamentOptions,
  type TournamentResult,
} from './tournament.ts';

export interface ParallelOptions {
  /** Threads in all, this one included (1 = play in this thread only). */
  workers?: number;
  onProgress?: ProgressCallback;
  /** Pairs per chunk handed to a worker (default: about 8 chunks per worker). */
  chunkPairs?: number;
}

/**
 * Play a tournament on `workers` threads: this thread plus `workers - 1` worker threads, all
 * taking chunks of pairs from one queue (this thread starts at once, so the workers' start-up
 * time is not lost).
 */
export async function playTournamentParallel(
  strategies: readonly Strategy[],
  options: TournamentOptions = {},
  parallel: ParallelOptions = {},
): Promise<TournamentResult> {
  const workers = Math.max(1, Math.floor(parallel.workers ?? 1));
  if (workers === 1) return playTournament(strategies, options, parallel.onProgress);
  const spec = tournamentSpec(strategies, options);
  const pairs = tournamentPairs(strategies.length, spec.edges);
  const R = spec.repetitions;
  const total = pairs.length;
  const raw = emptyRaw(total * R);
  const chunk = Math.max(1, parallel.chunkPairs ?? Math.ceil(total / (workers * 16)));
  const chunks: ChunkRequest[] = [];
  for (let start = 0, id = 0; start < total; start += chunk, id++) {
    chunks.push({ id, pairs: Array.from({ length: Math.min(chunk, total - start) }, (_, k) => start + k) });
  }
  let next = 0;
  let finished = 0;
  let donePairs = 0;
  const complete = (req: ChunkRequest) => {
    donePairs += req.pairs.length;
    finished++;
    parallel.onProgress?.(donePairs, total);
  };
  const pool: Worker[] = [];
  try {
    await new Promise<void>((resolve, reject) => {
      let failed = false;
      const fail = (e: unknown) => {
        failed = true;
        reject(e);
      };
      const feed = (w: Worker) => {
        if (next < chunks.length) w.postMessage(chunks[next++]);
      };
      for (let k = 1; k < Math.min(workers, chunks.length); k++) {
        const w = moduleWorker(new URL('./tournament-worker.node.ts', import.meta.url), {
          workerData: spec,
          execArgv: [],
        });
        pool.push(w);
        w.on('message', (reply: ChunkReply | 'ready') => {
          if (reply !== 'ready') {
            const req = chunks[reply.id];
            unpackInto(raw, req.pairs, R, reply.data);
            complete(req);
            if (finished === chunks.length) return resolve();
          }
          feed(w);
        });
        w.on('error', fail);
        w.on('exit', (code) => {
          if (code !== 0 && finished < chunks.length) fail(new Error(`tournament worker exited with code ${code}`));
        });
      }
      // This thread works through the queue too, yielding between chunks so worker replies land.
      const engine = new MatchEngine();
      const own = () => {
        if (failed) return;
        if (next >= chunks.length) {
          if (finished === chunks.length) resolve();
          return;
        }
        const req = chunks[next++];
        const part = emptyRaw(req.pairs.length * R);
        try {
          playPairs(spec, strategies, req.pairs, part, 0, engine);
        } catch (e) {
          return fail(e);
        }
        unpackInto(raw, req.pairs, R, packRaw(part));
        complete(req);
        if (finished === chunks.length) return resolve();
        setImmediate(own);
      };
      setImmediate(own);
    });
  } finally {
    await Promise.all(pool.map((w) => w.terminate()));
  }
  return summariseTournament(
    spec,
    strategies.map((s) => s.name),
    raw,
  );
}
