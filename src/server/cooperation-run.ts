/**
 * A tournament as a job: pairs are played in chunks with a yield between chunks, so the server
 * keeps answering (and the job can be cancelled) while it runs. Also computes the
 * joint-versus-unilateral payoff over time: at each turn, the mean payoff of a player who
 * cooperated (joint action) and of one who defected (unilateral action), over the first
 * repetition of every non-self match.
 */
import { deriveSeed } from '../core/random.ts';
import { resolveStrategies } from '../cooperation/strategies/index.ts';
import { emptyRaw, playPairs, summariseTournament, tournamentPairs, tournamentSpec, type TournamentResult } from '../cooperation/tournament.ts';
import { MatchEngine, playMatch } from '../cooperation/match.ts';
import { DEFAULT_GAME, scoreTurn } from '../cooperation/game.ts';
import { checkCancelled, type JobContext } from './jobs.ts';

export interface TournamentParams {
  strategies: string[];
  turns: number;
  repetitions: number;
  noise: number;
  seed: number;
}

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
  params: TournamentParams;
}

const tick = () => new Promise<void>((r) => setImmediate(r));

export async function runTournamentJob(p: TournamentParams, ctx: JobContext): Promise<TournamentJobResult> {
  const strategies = resolveStrategies(p.strategies);
  const options = { turns: p.turns, repetitions: p.repetitions, noise: p.noise, seed: p.seed };
  const spec = tournamentSpec(strategies, options);
  const pairs = tournamentPairs(strategies.length, spec.edges);
  const raw = emptyRaw(pairs.length * spec.repetitions);
  const engine = new MatchEngine();
  const chunk = Math.max(1, Math.ceil(pairs.length / 50));
  // Tournament: 90% of the progress bar; joint-vs-unilateral series: the last 10%.
  for (let start = 0; start < pairs.length; start += chunk) {
    checkCancelled(ctx.signal);
    const idx = pairs.slice(start, start + chunk).map((_, k) => start + k);
    playPairs(spec, strategies, idx, raw, start * spec.repetitions, engine);
    ctx.progress((0.9 * Math.min(pairs.length, start + chunk)) / pairs.length, `${Math.min(pairs.length, start + chunk)} of ${pairs.length} pairs`);
    await tick();
  }
  const result: TournamentResult = summariseTournament(spec, strategies.map((s) => s.name), raw);

  const sums = { joint: new Float64Array(p.turns), unilateral: new Float64Array(p.turns), nJ: new Float64Array(p.turns), nU: new Float64Array(p.turns) };
  const nonSelf = pairs.filter(([i, j]) => i !== j);
  for (let k = 0; k < nonSelf.length; k++) {
    if (k % 20 === 0) {
      checkCancelled(ctx.signal);
      ctx.progress(0.9 + (0.1 * k) / nonSelf.length, 'joint versus unilateral payoffs');
      await tick();
    }
    const [i, j] = nonSelf[k];
    const m = playMatch(strategies[i], strategies[j], { turns: p.turns, noise: p.noise, seed: deriveSeed(p.seed, 'joint-vs-unilateral', i, j) });
    for (let t = 0; t < m.turns; t++) {
      const a = m.actions[0][t];
      const b = m.actions[1][t];
      const [pa, pb] = scoreTurn(DEFAULT_GAME, a, b);
      for (const [act, pay] of [[a, pa], [b, pb]] as const) {
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
    ranking: result.summary.map((r) => ({ rank: r.rank, name: r.name, medianScore: r.medianScore, cooperationRate: r.cooperationRate, medianWins: r.medianWins })),
    players: result.players,
    payoffMatrix: result.payoffMatrix,
    jointVsUnilateral,
    params: p,
  };
}
