/**
 * Tournaments on the job pool, for callers that own their process (the CLI, benchmarks): each
 * call leases the pool for its run and lets go after, so a command's worker threads end with it.
 * A cooperation tournament on k threads uses this one plus k - 1 pool threads (this thread plays
 * chunks too, as `--workers` has always counted it); a negotiation tournament on k workers uses k
 * pool threads. With one thread (cooperation) or none (negotiation) the run stays in this thread,
 * exactly as `playTournament` / `runTournament` play it. Same seed, same result for any number
 * of workers.
 */
import { availableParallelism } from 'node:os';
import {
  analyze,
  branchAndBoundPlan,
  type AnalysisResult,
  type AnalyzeOptions,
  type RobustnessInput,
  type RobustnessResult,
  type RobustnessSettings,
} from '../analysis/index.ts';
import type { Domain } from '../model/index.ts';
import { playTournament, type ProgressCallback, type Strategy } from '../cooperation/index.ts';
import type { TournamentOptions, TournamentResult } from '../cooperation/index.ts';
import {
  runTournament,
  type TournamentResult as NegotiationResult,
  type TournamentSpec,
} from '../negotiation/index.ts';
import { playTournamentOn } from './cooperation-tournament.ts';
import { inlineExecutor, withCallingThread } from './executor.ts';
import { runTournamentOn } from './negotiation-tournament.ts';
import { solveFrontierGroups } from './parallel-frontier.ts';
import { openJobPool } from './pool.node.ts';
import { runRobustnessOn } from './robustness.ts';

export interface ParallelOptions {
  /** Threads in all, this one included (1 = play in this thread only). */
  workers?: number;
  onProgress?: ProgressCallback;
  /** Pairs per chunk handed to a worker (default: about 16 chunks per worker). */
  chunkPairs?: number;
  signal?: AbortSignal;
}

/** A cooperation tournament on `workers` threads: this one and `workers - 1` of the pool. */
export async function playTournamentParallel(
  strategies: readonly Strategy[],
  options: TournamentOptions = {},
  parallel: ParallelOptions = {},
): Promise<TournamentResult> {
  const workers = Math.max(1, Math.floor(parallel.workers ?? 1));
  if (workers === 1) return playTournament(strategies, options, parallel.onProgress);
  const pool = openJobPool({ threads: workers - 1 });
  try {
    return await playTournamentOn(withCallingThread(pool.executor), strategies, options, parallel);
  } finally {
    await pool.close();
  }
}

export interface NegotiationParallelOptions {
  /** Worker threads; 0 runs in this thread. Default 2. */
  workers?: number;
  /** Sessions per chunk (default: adaptive, 1 to 16). */
  chunk?: number;
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
}

/** A negotiation tournament on `workers` worker threads of the pool (0: in this thread). */
export async function runTournamentParallel(
  spec: TournamentSpec,
  opts: NegotiationParallelOptions = {},
): Promise<NegotiationResult> {
  const workers = Math.floor(opts.workers ?? 2);
  if (workers <= 0) return runTournament(spec, opts.onProgress);
  const pool = openJobPool({ threads: workers });
  try {
    return await runTournamentOn(pool.executor, spec, opts);
  } finally {
    await pool.close();
  }
}

export interface RobustnessParallelOptions {
  /** Threads in all, this one included (1 = this thread only). */
  workers?: number;
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
}

/**
 * A robustness run on `workers` threads: this one and `workers - 1` of the pool take chunks of
 * samples (and the exact sensitivity) as they free up. The same result as `runRobustness` for any
 * number of workers.
 */
export async function runRobustnessParallel(
  input: RobustnessInput,
  settings: RobustnessSettings = {},
  opts: RobustnessParallelOptions = {},
): Promise<RobustnessResult> {
  const workers = Math.max(1, Math.floor(opts.workers ?? 1));
  if (workers === 1) return runRobustnessOn(inlineExecutor, input, settings, opts);
  const pool = openJobPool({ threads: workers - 1 });
  try {
    return await runRobustnessOn(withCallingThread(pool.executor), input, settings, opts);
  } finally {
    await pool.close();
  }
}

/**
 * `analyze` with its large non-linear groups (branch and bound) searched on `workers` threads of
 * the pool (default: one per core; this thread waits, as the searching threads block while they
 * wait for work). The same frontier, bargaining points and linkage as `analyze`; a domain without
 * such a group, or one worker, is analysed in this thread.
 */
export async function analyzeParallel(
  domain: Domain,
  opts: AnalyzeOptions = {},
  parallel: { workers?: number } = {},
): Promise<AnalysisResult> {
  const workers = Math.max(1, Math.floor(parallel.workers ?? availableParallelism()));
  if (workers === 1 || opts.solved) return analyze(domain, opts);
  const plan = branchAndBoundPlan(domain, opts);
  if (plan.jobs.length === 0) return analyze(domain, opts);
  const pool = openJobPool({ threads: workers });
  try {
    const solved = await solveFrontierGroups(domain, opts, pool.executor, { plan });
    return analyze(domain, { ...opts, solved });
  } finally {
    await pool.close();
  }
}
