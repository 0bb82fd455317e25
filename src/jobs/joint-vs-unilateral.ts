/**
 * The joint-versus-unilateral payoff over time: at each turn, the mean payoff of a player who
 * cooperated (joint action) and of one who defected (unilateral action), over one match of every
 * non-self pair (both roles of each pair on an asymmetric game, so each player's payoffs are its
 * own). Played as a chain of `cooperation.joint-vs-unilateral` steps on any executor: one step at
 * a time, each adding its matches to the sums in the same order as a single loop would, so the
 * series is bit-identical to `jointVsUnilateral` in one thread. Browser-safe.
 */
import type { Game } from '../cooperation/index.ts';
import { emptyJointSums, jointVsUnilateralStep, type JointStepInput, type JointSums } from './cooperation-tasks.ts';
import { type Executor } from './executor.ts';
import { TaskAborted } from './task.ts';

export interface JointVsUnilateral {
  turn: number;
  joint: number | null;
  unilateral: number | null;
}

export interface SeriesParams {
  strategies: string[];
  game: Game;
  turns: number;
  noise: number;
  misread: number;
  probEnd: number;
  seed: number;
}

/** Matches per step. */
const STEP = 20;

/** The matches of the series, in the order they are added up. */
export function seriesMatches(n: number, game: Game): [number, number][] {
  const asymmetric = (['R', 'S', 'T', 'P'] as const).some((k) => game.row[k] !== game.col[k]);
  const out: [number, number][] = [];
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++) {
      out.push([i, j]);
      if (asymmetric) out.push([j, i]);
    }
  return out;
}

function series(p: SeriesParams, sums: JointSums): JointVsUnilateral[] {
  return Array.from({ length: p.turns }, (_, t) => ({
    turn: t + 1,
    joint: sums.nJ[t] ? sums.joint[t] / sums.nJ[t] : null,
    unilateral: sums.nU[t] ? sums.unilateral[t] / sums.nU[t] : null,
  }));
}

/** The whole series in one loop in this thread: the reference the chained steps must equal. */
export function jointVsUnilateral(p: SeriesParams): JointVsUnilateral[] {
  const matches = seriesMatches(p.strategies.length, p.game);
  const sums = jointVsUnilateralStep.run({ ...p, matches, sums: emptyJointSums(p.turns) }, noContext) as JointSums;
  return series(p, sums);
}

const noContext = { signal: new AbortController().signal, progress: () => {} };

export async function jointVsUnilateralOn(
  executor: Executor,
  p: SeriesParams,
  opts: { signal?: AbortSignal; onProgress?: (done: number, total: number) => void } = {},
): Promise<JointVsUnilateral[]> {
  const matches = seriesMatches(p.strategies.length, p.game);
  let sums = emptyJointSums(p.turns);
  for (let k = 0; k < matches.length; k += STEP) {
    if (opts.signal?.aborted) throw new TaskAborted(opts.signal.reason);
    const input: JointStepInput = { ...p, matches: matches.slice(k, k + STEP), sums };
    sums = await executor.run('cooperation.joint-vs-unilateral', input, {
      signal: opts.signal,
      transfer: [sums.joint.buffer, sums.unilateral.buffer, sums.nJ.buffer, sums.nU.buffer],
    });
    opts.onProgress?.(Math.min(matches.length, k + STEP), matches.length);
  }
  return series(p, sums);
}
