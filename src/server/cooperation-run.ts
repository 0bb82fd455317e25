/**
 * A tournament as a job: pairs are played in chunks with a yield between chunks, so the server
 * keeps answering (and the job can be cancelled) while it runs. Also computes the
 * joint-versus-unilateral payoff over time: at each turn, the mean payoff of a player who
 * cooperated (joint action) and of one who defected (unilateral action), over the first
 * repetition of every non-self match (both roles of each pair; on an asymmetric game each
 * player's payoffs are its own).
 */
import { deriveSeed } from '../core/index.ts';
import {
  resolveStrategies,
  emptyRaw,
  playPairs,
  summariseTournament,
  tournamentPairs,
  tournamentSpec,
  type TournamentResult,
  MatchEngine,
  playMatch,
  DEFAULT_GAME,
  scoreTurn,
  type Game,
} from '../cooperation/index.ts';
import { checkCancelled, type JobContext } from './jobs.ts';

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

export interface JointVsUnilateral {
  turn: number;
  joint: number | null;
  unilateral: number | null;
}

export interface TournamentJobResult {
  ranking: { rank: number; name: string; medianScore: number; cooperationRate: number; medianWins: number }[];
  players: string[];
  payoffMatrix: number[][];
  jointVsUnilateral: JointVsUnilateral[];
  game: { row: Game['row']; col: Game['col']; label: string };
  params: TournamentParams & { game?: unknown };
}

const tick = () => new Promise<void>((r) => setImmediate(r));

export async function runTournamentJob(
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
  const spec = tournamentSpec(strategies, options);
  const pairs = tournamentPairs(strategies.length, spec.edges);
  const raw = emptyRaw(pairs.length * spec.repetitions);
  const engine = new MatchEngine();
  // One pair per step: the server thread answers other requests between pairs (a pair of 2,000-turn
  // matches with 50 repetitions and noise takes up to about 15 ms on the reference machine).
  const chunk = 1;
  // Tournament: 90% of the progress bar; joint-vs-unilateral series: the last 10%.
  for (let start = 0; start < pairs.length; start += chunk) {
    checkCancelled(ctx.signal);
    const idx = pairs.slice(start, start + chunk).map((_, k) => start + k);
    playPairs(spec, strategies, idx, raw, start * spec.repetitions, engine);
    ctx.progress(
      (0.9 * Math.min(pairs.length, start + chunk)) / pairs.length,
      `${Math.min(pairs.length, start + chunk)} of ${pairs.length} pairs`,
    );
    await tick();
  }
  const result: TournamentResult = summariseTournament(
    spec,
    strategies.map((s) => s.name),
    raw,
  );

  const sums = {
    joint: new Float64Array(p.turns),
    unilateral: new Float64Array(p.turns),
    nJ: new Float64Array(p.turns),
    nU: new Float64Array(p.turns),
  };
  const g = choice.game;
  const asymmetric = (['R', 'S', 'T', 'P'] as const).some((k) => g.row[k] !== g.col[k]);
  const nonSelf = pairs
    .filter(([i, j]) => i !== j)
    .flatMap(([i, j]) =>
      asymmetric
        ? [
            [i, j],
            [j, i],
          ]
        : [[i, j]],
    );
  for (let k = 0; k < nonSelf.length; k++) {
    if (k % 20 === 0) {
      checkCancelled(ctx.signal);
      ctx.progress(0.9 + (0.1 * k) / nonSelf.length, 'joint versus unilateral payoffs');
      await tick();
    }
    const [i, j] = nonSelf[k];
    const m = playMatch(strategies[i], strategies[j], {
      turns: p.turns,
      noise: p.noise,
      misread: p.misread,
      probEnd: p.probEnd,
      game: choice.game,
      seed: deriveSeed(p.seed, 'joint-vs-unilateral', i, j),
    });
    for (let t = 0; t < m.turns && t < p.turns; t++) {
      const a = m.actions[0][t];
      const b = m.actions[1][t];
      const [pa, pb] = scoreTurn(choice.game, a, b);
      for (const [act, pay] of [
        [a, pa],
        [b, pb],
      ] as const) {
        if (act === 0) {
          sums.joint[t] += pay;
          sums.nJ[t]++;
        } else {
          sums.unilateral[t] += pay;
          sums.nU[t]++;
        }
      }
    }
  }
  const jointVsUnilateral = Array.from({ length: p.turns }, (_, t) => ({
    turn: t + 1,
    joint: sums.nJ[t] ? sums.joint[t] / sums.nJ[t] : null,
    unilateral: sums.nU[t] ? sums.unilateral[t] / sums.nU[t] : null,
  }));
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
}
