/**
 * A tournament as a job, on the job pool (src/jobs): the pairs are played in chunks on worker
 * threads (`cooperation.tournament-chunk` tasks), so the server's thread stays free and a cancel
 * stops the run at once (the running chunks' workers are terminated). Alongside, the
 * joint-versus-unilateral payoff over time is computed in steps (`jointVsUnilateralOn`): at each
 * turn, the mean payoff of a player who cooperated (joint action) and of one who defected
 * (unilateral action), over one match of every non-self pair (both roles of each pair; on an
 * asymmetric game each player's payoffs are its own). Results are identical to playing it all in
 * one thread, for any number of workers; with `inlineExecutor` (`workers: 0`) it runs in the
 * server's thread, one pair per step.
 */
import {
  resolveStrategies,
  tournamentSpec,
  DEFAULT_GAME,
  type Game,
  type TournamentResult,
} from '../cooperation/index.ts';
import { jointVsUnilateralOn, playTournamentOn, type Executor, type JointVsUnilateral } from '../jobs/index.ts';
import type { JobContext } from './jobs.ts';

export interface TournamentParams {
  strategies: string[];
  turns: number;
  repetitions: number;
  noise: number;
  misread: number;
  probEnd: number;
  seed: number;
}

/** The stage game played, and how to name it (standard payoffs, or one issue of a stored game). */
export interface GameChoice {
  game: Game;
  label: string;
}

export const STANDARD_GAME: GameChoice = { game: DEFAULT_GAME, label: 'standard payoffs (R=3, S=0, T=5, P=1)' };

export type { JointVsUnilateral };

export interface TournamentJobResult {
  ranking: { rank: number; name: string; medianScore: number; cooperationRate: number; medianWins: number }[];
  players: string[];
  payoffMatrix: number[][];
  jointVsUnilateral: JointVsUnilateral[];
  game: { row: Game['row']; col: Game['col']; label: string };
  params: TournamentParams & { game?: unknown };
}

export async function runTournamentJob(
  tasks: Executor,
  p: TournamentParams & { game?: unknown },
  ctx: JobContext,
  choice: GameChoice = STANDARD_GAME,
): Promise<TournamentJobResult> {
  const strategies = resolveStrategies(p.strategies);
  const options = {
    turns: p.turns,
    repetitions: p.repetitions,
    noise: p.noise,
    misread: p.misread,
    probEnd: p.probEnd,
    game: choice.game,
    seed: p.seed,
  };
  // Bad options are a failed job before any task starts.
  tournamentSpec(strategies, options);
  // Either part failing stops the other.
  const stop = new AbortController();
  const onCancel = () => stop.abort(ctx.signal.reason);
  if (ctx.signal.aborted) onCancel();
  else ctx.signal.addEventListener('abort', onCancel, { once: true });
  const fraction = { pairs: 0, series: 0 };
  let pairs = '';
  // Tournament: 90% of the progress bar; joint-vs-unilateral series: the last 10%.
  const report = () =>
    ctx.progress(
      0.9 * fraction.pairs + 0.1 * fraction.series,
      fraction.pairs < 1 ? pairs : 'joint versus unilateral payoffs',
    );
  const guard = <T>(work: Promise<T>) =>
    work.catch((e: unknown) => {
      stop.abort('the other part of the tournament failed');
      throw e;
    });
  try {
    const [result, jointVsUnilateral]: [TournamentResult, JointVsUnilateral[]] = await Promise.all([
      guard(
        playTournamentOn(tasks, strategies, options, {
          signal: stop.signal,
          // In the server's thread, one pair per step so requests are answered between pairs.
          chunkPairs: tasks.capacity === 1 ? 1 : undefined,
          onProgress: (done, total) => {
            fraction.pairs = done / total;
            pairs = `${done} of ${total} pairs`;
            report();
          },
        }),
      ),
      guard(
        jointVsUnilateralOn(
          tasks,
          {
            strategies: p.strategies,
            game: choice.game,
            turns: p.turns,
            noise: p.noise,
            misread: p.misread,
            probEnd: p.probEnd,
            seed: p.seed,
          },
          {
            signal: stop.signal,
            onProgress: (done, total) => {
              fraction.series = done / total;
              report();
            },
          },
        ),
      ),
    ]);
    ctx.progress(1, 'done');
    return {
      ranking: result.summary.map((r) => ({
        rank: r.rank,
        name: r.name,
        medianScore: r.medianScore,
        cooperationRate: r.cooperationRate,
        medianWins: r.medianWins,
      })),
      players: result.players,
      payoffMatrix: result.payoffMatrix,
      jointVsUnilateral,
      game: { row: choice.game.row, col: choice.game.col, label: choice.label },
      params: p,
    };
  } finally {
    ctx.signal.removeEventListener('abort', onCancel);
  }
}
