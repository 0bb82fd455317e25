/**
 * Linkage of repeated games across issues (multimarket contact; Bernheim and Whinston 1990,
 * "Multimarket contact and collusive behavior", RAND Journal of Economics 21(1), 1-26).
 *
 * Grim trigger on one issue with stage payoffs (R, S, T, P) and continuation probability delta
 * (the chance the relationship goes on after each period): cooperating forever is worth
 * R / (1 - delta); the best deviation earns T once and P ever after, T + delta P / (1 - delta).
 * Cooperation is sustainable iff R/(1-delta) >= T + delta P/(1-delta), i.e.
 *     delta >= (T - R) / (T - P).
 * With several issues linked, so that a defection on any issue is punished on every issue, the
 * best deviation defects at once on every issue where defecting pays in the period (T_i > R_i;
 * the punishment is total anyway) and the incentive constraints pool:
 *     delta >= G / (G + sum_i (R_i - P_i)),  G = sum_i max(0, T_i - R_i),
 * which for Prisoner's Dilemma issues (T > R everywhere) is sum_i (T_i - R_i) / sum_i (T_i - P_i),
 * a weighted average of the issue thresholds: slack on an issue with a low threshold carries an
 * issue whose own threshold is too high (Bernheim and Whinston's "pooling of incentive
 * constraints"). An issue with no temptation (T <= R) adds its stake R - P to what a deviation
 * loses and nothing to what it gains. Linking identical issues changes nothing. Each party has its
 * own payoffs, so the pair cooperates only if both parties' constraints hold (the larger threshold).
 *
 * Assumptions: punishment is mutual unilateral action forever (a stage-game equilibrium, P >= S);
 * mutual joint action beats mutual unilateral action (R >= P) on every issue; per-period payoffs,
 * no discounting beyond the continuation probability.
 *
 * `playLinkedMatch` plays the issues together in the engine: each party runs one strategy per
 * issue; a linked strategy reads the opponent as having defected in a period if it defected on any
 * issue (so Grudger becomes linked grim trigger), an unlinked one reads each issue alone.
 * `simulateDeviation` checks the thresholds by simulation with a probabilistic end.
 *
 * Browser-safe.
 */
import { CgError, problem, createRng, deriveSeed } from '../core/index.ts';
import { ownPayoff, type Game } from './game.ts';
import {
  FlipStream,
  flipThreshold,
  lengthSettings,
  matchLength,
  matchOptionProblems,
  misreadPair,
  type MatchOptions,
} from './match.ts';
import { C, D, emptyHistory, type OwnPayoffs, type Player, type Strategy } from './player.ts';

export interface Issue {
  id: string;
  name?: string;
  game: Game;
}

/** Critical continuation probability for grim trigger: (T-R)/(T-P); 0 if T <= R, Infinity if T <= P < ... */
export function criticalDelta(p: OwnPayoffs): number {
  return pooledThreshold(p.T - p.R, p.T - p.P);
}

function pooledThreshold(gain: number, loss: number): number {
  if (gain <= 0) return 0; // no temptation: cooperation is self-enforcing
  if (loss <= 0) return Infinity; // punishment does not hurt: never sustainable
  return gain / loss;
}

/** Critical continuation probability for grim trigger punishing on every issue. */
export function linkedCriticalDelta(ps: readonly OwnPayoffs[]): number {
  let gain = 0; // what the best deviation gains in its period: only issues where defecting pays
  let stake = 0; // what mutual unilateral action loses per period afterwards, on every issue
  for (const p of ps) {
    gain += Math.max(0, p.T - p.R);
    stake += p.R - p.P;
  }
  return pooledThreshold(gain, gain + stake);
}

/** Joint in the first period, unilateral after: the deviator's play on an issue it does not defect on (punishment follows anyway). */
const JOIN_THEN_DEFECT: Strategy = {
  id: 'JoinThenDefect',
  name: 'Join Then Defect',
  description: 'C in the first period, D afterwards.',
  citation: '',
  stochastic: false,
  memoryDepth: Infinity,
  create: () => ({ next: (h) => (h.length === 0 ? C : D) }),
};

export interface IssueThreshold {
  id: string;
  name: string;
  /** Thresholds of the row and column party. */
  parties: [number, number];
  /** Both parties: the larger of the two. */
  pair: number;
}

export interface LinkageAnalysis {
  issues: IssueThreshold[];
  linked: { parties: [number, number]; pair: number };
  /** Issues whose own threshold is above the linked one: linkage helps them. */
  helped: string[];
}

export function analyseLinkage(issues: readonly Issue[]): LinkageAnalysis {
  if (issues.length === 0) throw new CgError(problem('no_issues', { for: 'linkage' }, { path: ['issues'] }));
  const per = issues.map((i) => {
    const parties: [number, number] = [criticalDelta(i.game.row), criticalDelta(i.game.col)];
    return { id: i.id, name: i.name ?? i.id, parties, pair: Math.max(...parties) };
  });
  const linkedParties: [number, number] = [
    linkedCriticalDelta(issues.map((i) => i.game.row)),
    linkedCriticalDelta(issues.map((i) => i.game.col)),
  ];
  const pair = Math.max(...linkedParties);
  return {
    issues: per,
    linked: { parties: linkedParties, pair },
    helped: per.filter((p) => p.pair > pair).map((p) => p.id),
  };
}

/** One party in a linked match: a strategy per issue (or one for all), linked or not. */
export interface LinkedSide {
  strategies: Strategy | readonly Strategy[];
  /** Read a defection on any issue as a defection on every issue (default true). */
  linked?: boolean;
}

export interface LinkedMatchResult {
  turns: number;
  /** actions[party][issue]: 'CDD...' */
  actions: [string[], string[]];
  /** scores[party][issue] */
  scores: [number[], number[]];
  totals: [number, number];
}

/**
 * Play the issues together. Noise flips each intended issue action independently; a misread flips
 * a party's reading of one opponent issue action. A linked party's per-issue strategies all see
 * the same opponent history: D in a period if any issue was (perceived as) D.
 */
export function playLinkedMatch(
  issues: readonly Issue[],
  sides: readonly [LinkedSide, LinkedSide],
  options: MatchOptions = {},
): LinkedMatchResult {
  const problems = matchOptionProblems(options);
  if (issues.length === 0) problems.push(problem('no_issues', { for: 'match' }, { path: ['issues'] }));
  sides.forEach((s, k) => {
    if (Array.isArray(s.strategies) && s.strategies.length !== issues.length)
      problems.push(problem('strategy_count', { per: 'issue', count: issues.length }, { path: ['sides', k] }));
  });
  if (problems.length) throw new CgError(problems);
  const { turns, probEnd, knownLength } = lengthSettings(options);
  const seed = options.seed ?? 0;
  const L = matchLength(turns, probEnd, seed);
  const noise = options.noise ?? 0;
  const misread = misreadPair(options.misread);
  const noiseRng = new FlipStream(deriveSeed(seed, 'noise'));
  const misRng = new FlipStream(deriveSeed(seed, 'misread'));
  const noiseT = flipThreshold(noise);
  const misT = [flipThreshold(misread[0]), flipThreshold(misread[1])];
  const K = issues.length;
  const strat = (s: LinkedSide, i: number): Strategy =>
    Array.isArray(s.strategies) ? (s.strategies as Strategy[])[i] : (s.strategies as Strategy);
  // Per party, per issue: history and player.
  const hist = [0, 1].map(() => Array.from({ length: K }, () => emptyHistory(L)));
  const players: Player[][] = [0, 1].map((p) =>
    issues.map((issue, i) => {
      const s = strat(sides[p], i);
      return s.create({
        length: knownLength,
        game: p === 0 ? issue.game.row : issue.game.col,
        noise,
        rng: createRng(deriveSeed(seed, 'player', p, i)),
      });
    }),
  );
  const linked = sides.map((s) => s.linked ?? true);
  const actions = [0, 1].map(() => Array.from({ length: K }, () => new Uint8Array(L)));
  const scores: [number[], number[]] = [new Array(K).fill(0), new Array(K).fill(0)];
  const intended = [new Uint8Array(K), new Uint8Array(K)];
  const seen = [new Uint8Array(K), new Uint8Array(K)];
  for (let t = 0; t < L; t++) {
    for (let p = 0; p < 2; p++) for (let i = 0; i < K; i++) intended[p][i] = players[p][i].next(hist[p][i]);
    for (let p = 0; p < 2; p++) {
      for (let i = 0; i < K; i++) {
        let a = intended[p][i];
        if (noise > 0 && noiseRng.u32() < noiseT) a ^= 1;
        actions[p][i][t] = a;
      }
    }
    for (let p = 0; p < 2; p++) {
      const q = 1 - p;
      let anyD = 0;
      for (let i = 0; i < K; i++) {
        let o = actions[q][i][t];
        if (misread[p] > 0 && misRng.u32() < misT[p]) o ^= 1;
        seen[p][i] = o;
        anyD |= o;
      }
      for (let i = 0; i < K; i++) {
        const h = hist[p][i];
        const own = actions[p][i][t];
        const o = linked[p] ? anyD : seen[p][i];
        h.own[t] = own;
        h.intended[t] = intended[p][i];
        h.opp[t] = o;
        h.length = t + 1;
        h.ownDefections += own;
        h.oppDefections += o;
      }
    }
    issues.forEach((issue, i) => {
      const a = actions[0][i][t];
      const b = actions[1][i][t];
      scores[0][i] += ownPayoff(issue.game.row, a, b);
      scores[1][i] += ownPayoff(issue.game.col, b, a);
    });
  }
  const str = (arr: Uint8Array) => Array.from(arr, (x) => (x === C ? 'C' : 'D')).join('');
  return {
    turns: L,
    actions: [actions[0].map(str), actions[1].map(str)],
    scores,
    totals: [scores[0].reduce((a, b) => a + b, 0), scores[1].reduce((a, b) => a + b, 0)],
  };
}

export interface DeviationCheck {
  delta: number;
  samples: number;
  /** Mean total payoff of the party when both keep grim trigger. */
  cooperate: number;
  /** Mean total payoff when it deviates: defects from the start on every issue where that pays (T > R; on all if none does), and on the others from the second period, when the punishment starts. */
  deviate: number;
  /** Standard error of the mean gain from cooperating (common random numbers). */
  standardError: number;
  /** Expected values: R/(1-delta) and T + delta P/(1-delta) (R now on issues not deviated on), summed over the issues. */
  expectedCooperate: number;
  expectedDeviate: number;
  /** Does the simulation say cooperating pays at least as much? */
  sustainable: boolean;
}

/**
 * Monte-Carlo check of grim trigger at continuation probability `delta` for party `party`:
 * both parties play (linked) Grudger, or the party makes the best deviation (`defector` from the
 * first period on every issue where defecting pays, T > R, or on all if none does; joint action
 * in the first period and unilateral after on the others) while the other keeps (linked) Grudger. Matches end with probability 1 - delta after
 * each period; each sample uses the same length for both runs (common random numbers).
 */
export function simulateDeviation(
  issues: readonly Issue[],
  delta: number,
  grim: Strategy,
  defector: Strategy,
  options: { samples?: number; seed?: number; party?: 0 | 1 } = {},
): DeviationCheck {
  if (!(delta > 0 && delta < 1))
    throw new CgError(
      problem('invalid_probability', { name: 'delta', value: String(delta), open: true }, { path: ['delta'] }),
    );
  const samples = options.samples ?? 2000;
  const party = options.party ?? 0;
  const seed = options.seed ?? 0;
  const probEnd = 1 - delta;
  let coop = 0;
  let dev = 0;
  let sumGain = 0;
  let sumGain2 = 0;
  const own = (i: Issue) => (party === 0 ? i.game.row : i.game.col);
  const tempting = issues.map((i) => own(i).T > own(i).R);
  const deviateOn = tempting.some(Boolean) ? tempting : tempting.map(() => true);
  const grimSide: LinkedSide = { strategies: grim, linked: true };
  const devSide: LinkedSide = { strategies: deviateOn.map((d) => (d ? defector : JOIN_THEN_DEFECT)), linked: true };
  for (let k = 0; k < samples; k++) {
    const s = deriveSeed(seed, 'deviation', k);
    const c = playLinkedMatch(issues, [grimSide, grimSide], { probEnd, seed: s }).totals[party];
    const d = playLinkedMatch(issues, party === 0 ? [devSide, grimSide] : [grimSide, devSide], { probEnd, seed: s })
      .totals[party];
    coop += c;
    dev += d;
    sumGain += c - d;
    sumGain2 += (c - d) ** 2;
  }
  const meanGain = sumGain / samples;
  const variance = Math.max(0, sumGain2 / samples - meanGain ** 2);
  const R = issues.reduce((a, i) => a + own(i).R, 0);
  const first = issues.reduce((a, i, k) => a + (deviateOn[k] ? own(i).T : own(i).R), 0);
  const P = issues.reduce((a, i) => a + own(i).P, 0);
  return {
    delta,
    samples,
    cooperate: coop / samples,
    deviate: dev / samples,
    standardError: Math.sqrt(variance / samples),
    expectedCooperate: R / (1 - delta),
    expectedDeviate: first + (delta * P) / (1 - delta),
    sustainable: meanGain >= 0,
  };
}
