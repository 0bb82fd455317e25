/**
 * Round-robin tournaments with Axelrod's rules (axelrod/tournament.py, result_set.py):
 *
 * - Every pair plays `repetitions` matches; every player also plays a copy of itself. Self-play
 *   is played (it is in the payoff matrix) but left out of scores, wins, normalised scores and the
 *   cooperating rating. A spatial tournament (`edges`) plays only the listed pairs, without
 *   self-play.
 * - normalised score of player i in repetition r = mean over its opponents of (score / turns);
 *   ranking = players sorted by the median over repetitions of that, highest first, ties in
 *   input order (a stable sort, as Python's). When every match of a row has the same length the
 *   mean is computed as (integer total) / (turns x opponents) so equal totals tie exactly.
 * - cooperating rating = cooperations / turns over all non-self matches; payoff matrix =
 *   mean over repetitions of the per-turn payoff of row against column.
 * - A deterministic pair (no noise, no misreads, no stochastic player) is played once and reused
 *   for every repetition (Axelrod's deterministic cache); with a probabilistic end the longest
 *   sampled length is played once and each repetition takes its prefix.
 *
 * - Asymmetric stage games (different payoffs for the two sides, e.g. two parties of a scenario):
 *   beyond Axelrod, each pairing is played once in each role per repetition and the two matches
 *   count as one (scores, turns and cooperations add up), so no strategy gains from its place in
 *   the list.
 *
 * Match seeds are `deriveSeed(seed, 'match', i, j, repetition)` (plus 'swap' for the second role),
 * so the result is the same for any split of the work (the job pool, src/jobs, plays chunks of pairs on worker threads).
 *
 * Browser-safe.
 */
import { CgError, problem, deriveSeed } from '../core/index.ts';
import { DEFAULT_GAME, type Game } from './game.ts';
import {
  lengthSettings,
  matchLength,
  MatchEngine,
  matchOptionProblems,
  misreadPair,
  type MatchOptions,
} from './match.ts';
import type { Strategy } from './player.ts';
import { resolveStrategies } from './strategies/index.ts';

export const DEFAULT_REPETITIONS = 10;

export interface TournamentOptions extends MatchOptions {
  /** Matches per pair (default 10). */
  repetitions?: number;
  /** Spatial tournament: only these pairs of player indices play (no self-play). */
  edges?: readonly (readonly [number, number])[];
}

/** Everything a worker needs to play part of a tournament (plain data, structured-cloneable). */
export interface TournamentSpec {
  /** Strategy ids (resolvable with `resolveStrategy`). */
  strategies: string[];
  game: Game;
  turns: number;
  probEnd: number;
  noise: number;
  misread: [number, number];
  repetitions: number;
  seed: number;
  edges: [number, number][] | null;
}

/** Raw match outcomes, unit u = pairIndex * repetitions + repetition. */
export interface RawResults {
  score1: Float64Array;
  score2: Float64Array;
  length: Int32Array;
  coop1: Int32Array;
  coop2: Int32Array;
}

export interface RankedPlayer {
  rank: number;
  name: string;
  /** Index in the input list. */
  index: number;
  /** Median over repetitions of the normalised score (payoff per turn, averaged over opponents). */
  medianScore: number;
  /** Cooperations / turns over all non-self matches. */
  cooperationRate: number;
  /** Median over repetitions of the number of matches won. */
  medianWins: number;
  /** Score per repetition (total payoff, self-play excluded); equal for every repetition when deterministic. */
  meanScore: number;
}

export interface TournamentResult {
  players: string[];
  turns: number;
  probEnd: number;
  noise: number;
  misread: [number, number];
  repetitions: number;
  seed: number;
  /** scores[i][r]: total payoff of player i in repetition r, self-play excluded. */
  scores: number[][];
  normalisedScores: number[][];
  wins: number[][];
  /** Player indices, best first. */
  ranking: number[];
  rankedNames: string[];
  /** payoffMatrix[i][j]: mean per-turn payoff of i against j (self-play on the diagonal). */
  payoffMatrix: number[][];
  /** cooperation[i][j]: cooperations of i against j over all repetitions. */
  cooperation: number[][];
  cooperatingRating: number[];
  /** matchLengths[r][i][j] */
  matchLengths: number[][][];
  summary: RankedPlayer[];
}

export function tournamentPairs(n: number, edges: readonly (readonly [number, number])[] | null): [number, number][] {
  if (edges) return edges.map(([i, j]) => [i, j] as [number, number]);
  const pairs: [number, number][] = [];
  for (let i = 0; i < n; i++) for (let j = i; j < n; j++) pairs.push([i, j]);
  return pairs;
}

/** Validate options and build the plain spec. */
export function tournamentSpec(strategies: readonly Strategy[], options: TournamentOptions = {}): TournamentSpec {
  const problems = matchOptionProblems(options);
  const repetitions = options.repetitions ?? DEFAULT_REPETITIONS;
  if (!(Number.isInteger(repetitions) && repetitions >= 1))
    problems.push(problem('invalid_repetitions', { value: String(repetitions) }, { path: ['repetitions'] }));
  if (strategies.length < 2 && !options.edges)
    problems.push(
      problem('too_few_players', { for: 'tournament', given: strategies.length }, { path: ['strategies'] }),
    );
  const n = strategies.length;
  options.edges?.forEach(([i, j], k) => {
    if (!(Number.isInteger(i) && Number.isInteger(j) && i >= 0 && j >= 0 && i < n && j < n))
      problems.push(problem('invalid_edge', { from: i, to: j, players: n }, { path: ['edges', k] }));
  });
  if (problems.length) throw new CgError(problems);
  const { turns, probEnd } = lengthSettings(options);
  return {
    strategies: strategies.map((s) => s.id),
    game: options.game ?? DEFAULT_GAME,
    turns,
    probEnd,
    noise: options.noise ?? 0,
    misread: misreadPair(options.misread),
    repetitions,
    seed: options.seed ?? 0,
    edges: options.edges ? options.edges.map(([i, j]) => [i, j]) : null,
  };
}

export function emptyRaw(units: number): RawResults {
  return {
    score1: new Float64Array(units),
    score2: new Float64Array(units),
    length: new Int32Array(units),
    coop1: new Int32Array(units),
    coop2: new Int32Array(units),
  };
}

/** Raw results in one transferable array: score1, score2, length, coop1, coop2 blocks. */
export function packRaw(raw: RawResults): Float64Array<ArrayBuffer> {
  const units = raw.score1.length;
  const data = new Float64Array(units * 5);
  data.set(raw.score1, 0);
  data.set(raw.score2, units);
  data.set(raw.length, units * 2);
  data.set(raw.coop1, units * 3);
  data.set(raw.coop2, units * 4);
  return data;
}

/** Copy a packed chunk (the listed pairs, `repetitions` units each) into the whole tournament's results. */
export function unpackInto(
  raw: RawResults,
  pairIndices: readonly number[],
  repetitions: number,
  data: Float64Array,
): void {
  const units = pairIndices.length * repetitions;
  pairIndices.forEach((p, k) => {
    for (let r = 0; r < repetitions; r++) {
      const src = k * repetitions + r;
      const dst = p * repetitions + r;
      raw.score1[dst] = data[src];
      raw.score2[dst] = data[units + src];
      raw.length[dst] = data[2 * units + src];
      raw.coop1[dst] = data[3 * units + src];
      raw.coop2[dst] = data[4 * units + src];
    }
  });
}

/**
 * Play the given pairs (indices into `tournamentPairs`), writing unit results at
 * `offset + k * repetitions + r` for the k-th listed pair.
 */
export function playPairs(
  spec: TournamentSpec,
  strategies: readonly Strategy[],
  pairIndices: readonly number[],
  out: RawResults,
  offset = 0,
  engine = new MatchEngine(),
  onPair?: () => void,
): void {
  const pairs = tournamentPairs(strategies.length, spec.edges);
  const reps = spec.repetitions;
  const [m1, m2] = spec.misread;
  const params = {
    noise: spec.noise,
    misread1: m1,
    misread2: m2,
    knownLength: spec.probEnd > 0 ? Infinity : spec.turns,
  };
  const lengths = new Int32Array(reps);
  const g = spec.game;
  const asymmetric = g.row.R !== g.col.R || g.row.S !== g.col.S || g.row.T !== g.col.T || g.row.P !== g.col.P;
  pairIndices.forEach((p, k) => {
    const [i, j] = pairs[p];
    const base = offset + k * reps;
    /** Play `first` (row) v `second` (column) for every repetition; `swap`: player i is the column. */
    const orientation = (first: Strategy, second: Strategy, swap: boolean) => {
      const seedOf = (r: number) =>
        swap ? deriveSeed(spec.seed, 'match', i, j, r, 'swap') : deriveSeed(spec.seed, 'match', i, j, r);
      const add = (u: number, L: number, sFirst: number, sSecond: number, cFirst: number, cSecond: number) => {
        out.length[u] += L;
        out.score1[u] += swap ? sSecond : sFirst;
        out.score2[u] += swap ? sFirst : sSecond;
        out.coop1[u] += swap ? cSecond : cFirst;
        out.coop2[u] += swap ? cFirst : cSecond;
      };
      const deterministic = spec.noise === 0 && m1 === 0 && m2 === 0 && !first.stochastic && !second.stochastic;
      if (deterministic) {
        let max = 0;
        for (let r = 0; r < reps; r++) {
          lengths[r] = matchLength(spec.turns, spec.probEnd, seedOf(r));
          if (lengths[r] > max) max = lengths[r];
        }
        const varying = spec.probEnd > 0;
        engine.run(first, second, g, max, params, seedOf(0), varying);
        for (let r = 0; r < reps; r++) {
          const L = lengths[r];
          if (varying)
            add(base + r, L, engine.cum1[L - 1], engine.cum2[L - 1], engine.ccum1[L - 1], engine.ccum2[L - 1]);
          else add(base + r, L, engine.score1, engine.score2, engine.coop1, engine.coop2);
        }
      } else {
        for (let r = 0; r < reps; r++) {
          const seed = seedOf(r);
          const L = matchLength(spec.turns, spec.probEnd, seed);
          engine.run(first, second, g, L, params, seed);
          add(base + r, L, engine.score1, engine.score2, engine.coop1, engine.coop2);
        }
      }
    };
    orientation(strategies[i], strategies[j], false);
    if (asymmetric) orientation(strategies[j], strategies[i], true);
    onPair?.();
  });
}

function median(xs: number[]): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Turn raw outcomes into Axelrod's result set. */
export function summariseTournament(spec: TournamentSpec, names: readonly string[], raw: RawResults): TournamentResult {
  const n = names.length;
  const R = spec.repetitions;
  const pairs = tournamentPairs(n, spec.edges);
  const zeros = () => Array.from({ length: n }, () => new Array<number>(n).fill(0));
  const scores = Array.from({ length: n }, () => new Array<number>(R).fill(0));
  const wins = Array.from({ length: n }, () => new Array<number>(R).fill(0));
  const normSum = Array.from({ length: n }, () => new Array<number>(R).fill(0));
  const opponents = Array.from({ length: n }, () => new Array<number>(R).fill(0));
  const rowLength = Array.from({ length: n }, () => new Array<number>(R).fill(-1)); // common length, or -2 if mixed
  const payoffSum = zeros();
  const payoffCount = zeros();
  const cooperation = zeros();
  const coopNonSelf = new Array<number>(n).fill(0);
  const turnsNonSelf = new Array<number>(n).fill(0);
  const matchLengths = Array.from({ length: R }, () => zeros());
  const note = (i: number, r: number, score: number, len: number) => {
    scores[i][r] += score;
    normSum[i][r] += score / len;
    opponents[i][r] += 1;
    const cur = rowLength[i][r];
    rowLength[i][r] = cur === -1 ? len : cur === len ? cur : -2;
  };
  pairs.forEach(([i, j], p) => {
    for (let r = 0; r < R; r++) {
      const u = p * R + r;
      const s1 = raw.score1[u];
      const s2 = raw.score2[u];
      const L = raw.length[u];
      matchLengths[r][i][j] = L;
      matchLengths[r][j][i] = L;
      if (i === j) {
        payoffSum[i][i] += (s1 + s2) / 2 / L;
        payoffCount[i][i] += 1;
        cooperation[i][i] += (raw.coop1[u] + raw.coop2[u]) / 2;
        continue;
      }
      payoffSum[i][j] += s1 / L;
      payoffSum[j][i] += s2 / L;
      payoffCount[i][j] += 1;
      payoffCount[j][i] += 1;
      cooperation[i][j] += raw.coop1[u];
      cooperation[j][i] += raw.coop2[u];
      coopNonSelf[i] += raw.coop1[u];
      coopNonSelf[j] += raw.coop2[u];
      turnsNonSelf[i] += L;
      turnsNonSelf[j] += L;
      note(i, r, s1, L);
      note(j, r, s2, L);
      if (s1 > s2) wins[i][r] += 1;
      else if (s2 > s1) wins[j][r] += 1;
    }
  });
  const normalisedScores = scores.map((row, i) =>
    row.map((total, r) => {
      const k = opponents[i][r];
      if (k === 0) return 0;
      const L = rowLength[i][r];
      return L > 0 ? total / (L * k) : normSum[i][r] / k;
    }),
  );
  for (let i = 0; i < n; i++) cooperation[i][i] = Math.floor(cooperation[i][i]);
  const payoffMatrix = payoffSum.map((row, i) => row.map((s, j) => (payoffCount[i][j] ? s / payoffCount[i][j] : 0)));
  const cooperatingRating = coopNonSelf.map((c, i) => c / Math.max(1, turnsNonSelf[i]));
  const medians = normalisedScores.map(median);
  const ranking = names.map((_, i) => i).sort((a, b) => medians[b] - medians[a]);
  const summary: RankedPlayer[] = ranking.map((i, rank) => ({
    rank,
    name: names[i],
    index: i,
    medianScore: medians[i],
    cooperationRate: cooperatingRating[i],
    medianWins: median(wins[i]),
    meanScore: scores[i].reduce((a, b) => a + b, 0) / R,
  }));
  return {
    players: [...names],
    turns: spec.turns,
    probEnd: spec.probEnd,
    noise: spec.noise,
    misread: spec.misread,
    repetitions: R,
    seed: spec.seed,
    scores,
    normalisedScores,
    wins,
    ranking,
    rankedNames: ranking.map((i) => names[i]),
    payoffMatrix,
    cooperation,
    cooperatingRating,
    matchLengths,
    summary,
  };
}

export interface ProgressCallback {
  (done: number, total: number): void;
}

/** Play a whole tournament in this thread. `onProgress` counts pairs. */
export function playTournament(
  strategies: readonly Strategy[],
  options: TournamentOptions = {},
  onProgress?: ProgressCallback,
): TournamentResult {
  const spec = tournamentSpec(strategies, options);
  const pairs = tournamentPairs(strategies.length, spec.edges);
  const raw = emptyRaw(pairs.length * spec.repetitions);
  let done = 0;
  playPairs(
    spec,
    strategies,
    pairs.map((_, p) => p),
    raw,
    0,
    new MatchEngine(),
    onProgress ? () => onProgress(++done, pairs.length) : undefined,
  );
  return summariseTournament(
    spec,
    strategies.map((s) => s.name),
    raw,
  );
}

/** Re-create the strategies of a spec (in a worker). */
export function specStrategies(spec: TournamentSpec): Strategy[] {
  return resolveStrategies(spec.strategies);
}
