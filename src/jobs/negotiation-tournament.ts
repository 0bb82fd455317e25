/**
 * A negotiation tournament on any executor: the planned sessions are cut into chunks of one
 * domain each (`negotiation.tournament-chunk` tasks, which carry only that domain); summaries are
 * put back in task order, so the ranking is identical to `runTournament` in one thread for any
 * number of workers and any order in which chunks finish. Browser-safe.
 */
import {
  planTournament,
  tournamentResult,
  validateTournament,
  type SessionSummary,
  type TournamentResult,
  type TournamentSpec,
} from '../negotiation/index.ts';
import { runAll, type Executor } from './executor.ts';
import type { NegotiationChunkInput } from './negotiation-tasks.ts';

export interface ChunkedNegotiationOptions {
  /** Sessions per chunk (default: adaptive, 1 to 16). */
  chunk?: number;
  /** Called with (sessions done, sessions in all) as chunks finish. */
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
}

export async function runTournamentOn(
  executor: Executor,
  spec: TournamentSpec,
  opts: ChunkedNegotiationOptions = {},
): Promise<TournamentResult> {
  validateTournament(spec);
  const tasks = planTournament(spec);
  const size = Math.max(1, Math.floor(opts.chunk ?? Math.min(16, Math.ceil(tasks.length / (executor.capacity * 8)))));
  const run = globalThis.crypto.randomUUID();
  const inputs: NegotiationChunkInput[] = [];
  for (let i = 0; i < tasks.length;) {
    const domain = tasks[i].domain;
    let j = i;
    while (j < tasks.length && j - i < size && tasks[j].domain === domain) j++;
    inputs.push({ run, spec: { ...spec, domains: [spec.domains[domain]] }, domain, tasks: tasks.slice(i, j) });
    i = j;
  }
  const summaries: SessionSummary[] = [];
  await runAll(executor, 'negotiation.tournament-chunk', inputs, {
    signal: opts.signal,
    onResult: (_, part) => {
      summaries.push(...part);
      opts.onProgress?.(summaries.length, tasks.length);
    },
  });
  return tournamentResult(spec, summaries);
}
