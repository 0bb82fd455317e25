/**
 * A cooperation tournament on any executor: the pairs are cut into chunks
 * (`cooperation.tournament-chunk` tasks) and each chunk's raw outcomes are put back at its pairs'
 * places, so the result is identical to `playTournament` in one thread for any number of workers
 * and any order in which chunks finish. Browser-safe.
 */
import {
  emptyRaw,
  summariseTournament,
  tournamentPairs,
  tournamentSpec,
  unpackInto,
  type ProgressCallback,
  type Strategy,
  type TournamentOptions,
  type TournamentResult,
} from '../cooperation/index.ts';
import { runAll, type Executor } from './executor.ts';
import type { TournamentChunkInput } from './cooperation-tasks.ts';

export interface ChunkedTournamentOptions {
  /** Called with (pairs done, pairs in all) as chunks finish. */
  onProgress?: ProgressCallback;
  /** Pairs per chunk (default: about 16 chunks per task the executor runs at once). */
  chunkPairs?: number;
  signal?: AbortSignal;
}

export async function playTournamentOn(
  executor: Executor,
  strategies: readonly Strategy[],
  options: TournamentOptions = {},
  opts: ChunkedTournamentOptions = {},
): Promise<TournamentResult> {
  const spec = tournamentSpec(strategies, options);
  const total = tournamentPairs(strategies.length, spec.edges).length;
  const R = spec.repetitions;
  const raw = emptyRaw(total * R);
  const chunk = Math.max(1, Math.floor(opts.chunkPairs ?? Math.ceil(total / (executor.capacity * 16))));
  const inputs: TournamentChunkInput[] = [];
  for (let start = 0; start < total; start += chunk)
    inputs.push({ spec, start, count: Math.min(chunk, total - start) });
  let done = 0;
  await runAll(executor, 'cooperation.tournament-chunk', inputs, {
    signal: opts.signal,
    onResult: (i, data) => {
      const { start, count } = inputs[i];
      unpackInto(
        raw,
        Array.from({ length: count }, (_, k) => start + k),
        R,
        data,
      );
      done += count;
      opts.onProgress?.(done, total);
    },
  });
  return summariseTournament(
    spec,
    strategies.map((s) => s.name),
    raw,
  );
}
