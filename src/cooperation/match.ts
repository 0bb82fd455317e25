/**
 * A repeated game between two players, with Axelrod's semantics (axelrod/match.py):
 *
 * - Length: `turns` fixed turns, or a probabilistic end (`probEnd`, the chance that a given turn
 *   is the last; the continuation probability, the shadow of the future, is 1 - probEnd). The
 *   length is drawn once per match by inverse transform, n = ceil(ln(1-r) / ln(1-probEnd)), capped
 *   at `turns`, exactly as Axelrod's `sample_length` (we also floor it at 1 turn: Axelrod can
 *   return 0 turns when r is exactly 0). Players are told the length only when it is fixed.
 * - Noise (implementation error): after both players choose, each intended action is flipped with
 *   probability `noise`, and both players record the flipped action.
 * - Misperception (beyond Axelrod; the brief's compromised intelligence): player k then records
 *   the opponent's action flipped with probability `misread[k]`, in its own view only. Scores
 *   always use the true (executed) actions.
 *
 * Randomness: every stream is derived from the match seed with `deriveSeed(seed, ...)`: 'length',
 * 'noise', 'misread', and ('player', k) for each stochastic player, so a match is reproduced
 * exactly from its seed whatever else runs. Noise and misread flips use `FlipStream` (32-bit
 * draws against a 32-bit threshold); the length and the players use `createRng`.
 *
 * Browser-safe.
 */
import { CgError, problem, type Problem, createRng, deriveSeed, type Rng } from '../core/index.ts';
import { DEFAULT_GAME, type Game } from './game.ts';
import { C, emptyHistory, type History, type Player, type Strategy } from './player.ts';

export const DEFAULT_TURNS = 200;

/**
 * The longest match the engine plays. A match keeps every action in memory (about 10 bytes a
 * turn, more when printed), so a longer one would exhaust the heap minutes into the run instead
 * of failing at once. A probabilistic end with no `turns` cap is cut here: for probEnd >= 2e-6
 * that happens with probability below e^-20.
 */
export const MAX_TURNS = 10_000_000;

export interface MatchOptions {
  /** Fixed number of turns (default 200; with `probEnd` it is the cap, default none). */
  turns?: number;
  /** Probability that a given turn is the last (Axelrod's `prob_end`). */
  probEnd?: number;
  /** Probability that an intended action is flipped (both players see the flip). */
  noise?: number;
  /** Probability that a player misreads the opponent's action: one number for both, or per player. */
  misread?: number | readonly [number, number];
  /** Stage game (default R=3, S=0, T=5, P=1). */
  game?: Game;
  /** Seed for every random stream of the match (default 0). */
  seed?: number;
}

export interface MatchResult {
  players: [string, string];
  /** Number of turns played. */
  turns: number;
  /** Executed actions, 0 = C, 1 = D. */
  actions: [Uint8Array, Uint8Array];
  /** What each player recorded of the other's actions (equal to the true ones without misreads). */
  perceived: [Uint8Array, Uint8Array];
  /** Total payoffs over the match. */
  scores: [number, number];
  cooperations: [number, number];
}

/** Axelrod's `sample_length(prob_end, r)`, floored at one turn. */
export function sampleLength(probEnd: number, r: number): number {
  if (probEnd <= 0) return Infinity;
  if (probEnd >= 1) return 1;
  return Math.max(1, Math.ceil(Math.log(1 - r) / Math.log(1 - probEnd)));
}

export interface MatchParams {
  noise: number;
  misread1: number;
  misread2: number;
  /** What players are told about the length (Infinity when the end is probabilistic). */
  knownLength: number;
}

const NO_RNG: Rng = {
  seed: 0,
  next() {
    throw new Error('a deterministic strategy drew a random number');
  },
  int() {
    throw new Error('a deterministic strategy drew a random number');
  },
  chance() {
    throw new Error('a deterministic strategy drew a random number');
  },
};

/**
 * A fast Bernoulli stream for noise and misreads: xoshiro128** seeded through splitmix32, drawing
 * 32-bit integers compared with a 32-bit threshold (probabilities exact to 2^-32).
 */
export class FlipStream {
  private a: number;
  private b: number;
  private c: number;
  private d: number;
  constructor(seed: number) {
    let x = seed >>> 0;
    const sm = () => {
      x = (x + 0x9e3779b9) | 0;
      let t = x ^ (x >>> 16);
      t = Math.imul(t, 0x21f0aaad);
      t ^= t >>> 15;
      t = Math.imul(t, 0x735a2d97);
      return (t ^ (t >>> 15)) >>> 0;
    };
    this.a = sm();
    this.b = sm();
    this.c = sm();
    this.d = sm();
    if ((this.a | this.b | this.c | this.d) === 0) this.a = 1;
  }
  /** Uniform 32-bit unsigned integer. */
  u32(): number {
    const b = this.b;
    const x = Math.imul(b, 5);
    const r = Math.imul((x << 7) | (x >>> 25), 9) >>> 0;
    const t = b << 9;
    this.c ^= this.a;
    this.d ^= b;
    this.b ^= this.c;
    this.a ^= this.d;
    this.c ^= t;
    this.d = (this.d << 11) | (this.d >>> 21);
    return r;
  }
}

/** Threshold such that `u32() < threshold` has probability p (to 2^-32). */
export function flipThreshold(p: number): number {
  return p <= 0 ? 0 : p >= 1 ? 4294967296 : Math.floor(p * 4294967296);
}

/**
 * Runs matches on reusable typed-array buffers (one engine per thread). After `run`, the fields
 * `score1..coop2` hold the totals and `a1`/`a2` the executed actions of the last match.
 */
export class MatchEngine {
  a1 = new Uint8Array(0);
  a2 = new Uint8Array(0);
  private i1 = new Uint8Array(0);
  private i2 = new Uint8Array(0);
  o1 = new Uint8Array(0);
  o2 = new Uint8Array(0);
  readonly h1: History = emptyHistory();
  readonly h2: History = emptyHistory();
  score1 = 0;
  score2 = 0;
  coop1 = 0;
  coop2 = 0;
  /** Running totals after each turn, filled when `prefix` is requested (for prefix reuse). */
  cum1 = new Float64Array(0);
  cum2 = new Float64Array(0);
  ccum1 = new Int32Array(0);
  ccum2 = new Int32Array(0);

  private ensure(n: number, prefix: boolean): void {
    if (this.a1.length < n) {
      const cap = Math.max(n, this.a1.length * 2, 16);
      this.a1 = new Uint8Array(cap);
      this.a2 = new Uint8Array(cap);
      this.i1 = new Uint8Array(cap);
      this.i2 = new Uint8Array(cap);
      this.o1 = new Uint8Array(cap);
      this.o2 = new Uint8Array(cap);
    }
    if (prefix && this.cum1.length < n) {
      const cap = Math.max(n, this.cum1.length * 2, 16);
      this.cum1 = new Float64Array(cap);
      this.cum2 = new Float64Array(cap);
      this.ccum1 = new Int32Array(cap);
      this.ccum2 = new Int32Array(cap);
    }
  }

  /** Play `length` turns of `s1` against `s2`. */
  run(s1: Strategy, s2: Strategy, game: Game, length: number, params: MatchParams, seed: number, prefix = false): void {
    this.ensure(length, prefix);
    const { noise, misread1, misread2, knownLength } = params;
    const noiseRng = noise > 0 ? new FlipStream(deriveSeed(seed, 'noise')) : null;
    const misRng = misread1 > 0 || misread2 > 0 ? new FlipStream(deriveSeed(seed, 'misread')) : null;
    const noiseT = flipThreshold(noise);
    const mis1T = flipThreshold(misread1);
    const mis2T = flipThreshold(misread2);
    const p1: Player = s1.create({
      length: knownLength,
      game: game.row,
      noise,
      rng: s1.stochastic ? createRng(deriveSeed(seed, 'player', 0)) : NO_RNG,
    });
    const p2: Player = s2.create({
      length: knownLength,
      game: game.col,
      noise,
      rng: s2.stochastic ? createRng(deriveSeed(seed, 'player', 1)) : NO_RNG,
    });
    const { a1, a2, i1, i2 } = this;
    const o1 = misread1 > 0 ? this.o1 : a2; // what player 1 records of player 2
    const o2 = misread2 > 0 ? this.o2 : a1;
    const h1 = this.h1;
    const h2 = this.h2;
    h1.own = a1;
    h1.opp = o1;
    h1.intended = i1;
    h1.length = 0;
    h1.ownDefections = 0;
    h1.oppDefections = 0;
    h2.own = a2;
    h2.opp = o2;
    h2.intended = i2;
    h2.length = 0;
    h2.ownDefections = 0;
    h2.oppDefections = 0;
    const r = game.row;
    const c = game.col;
    const t1 = [r.R, r.S, r.T, r.P];
    const t2 = [c.R, c.S, c.T, c.P];
    let sc1 = 0;
    let sc2 = 0;
    let d1 = 0;
    let d2 = 0;
    const { cum1, cum2, ccum1, ccum2 } = this;
    for (let t = 0; t < length; t++) {
      let x1: number = p1.next(h1);
      let x2: number = p2.next(h2);
      i1[t] = x1;
      i2[t] = x2;
      if (noiseRng !== null) {
        if (noiseRng.u32() < noiseT) x1 ^= 1;
        if (noiseRng.u32() < noiseT) x2 ^= 1;
      }
      a1[t] = x1;
      a2[t] = x2;
      let y1 = x2; // player 1's reading of player 2
      let y2 = x1;
      if (misRng !== null) {
        if (misread1 > 0 && misRng.u32() < mis1T) y1 ^= 1;
        if (misread2 > 0 && misRng.u32() < mis2T) y2 ^= 1;
        if (misread1 > 0) o1[t] = y1;
        if (misread2 > 0) o2[t] = y2;
      }
      sc1 += t1[x1 * 2 + x2];
      sc2 += t2[x2 * 2 + x1];
      d1 += x1;
      d2 += x2;
      h1.length = h2.length = t + 1;
      h1.ownDefections = d1;
      h2.ownDefections = d2;
      h1.oppDefections += y1;
      h2.oppDefections += y2;
      if (prefix) {
        cum1[t] = sc1;
        cum2[t] = sc2;
        ccum1[t] = t + 1 - d1;
        ccum2[t] = t + 1 - d2;
      }
    }
    this.score1 = sc1;
    this.score2 = sc2;
    this.coop1 = length - d1;
    this.coop2 = length - d2;
  }
}

export function misreadPair(m: MatchOptions['misread']): [number, number] {
  if (m === undefined) return [0, 0];
  return typeof m === 'number' ? [m, m] : [m[0], m[1]];
}

function checkProbability(p: number, path: string, problems: Problem[]): void {
  if (typeof p !== 'number' || !(p >= 0 && p <= 1))
    problems.push(problem('invalid_probability', { name: path, value: String(p) }, { path: [path] }));
}

/** Validate match options shared by matches and tournaments. */
export function matchOptionProblems(o: MatchOptions): Problem[] {
  const problems: Problem[] = [];
  if (o.turns !== undefined && !(Number.isInteger(o.turns) && o.turns >= 1) && o.turns !== Infinity) {
    problems.push(problem('invalid_turns', { problem: 'whole', value: String(o.turns) }, { path: ['turns'] }));
  } else if (o.turns !== undefined && Number.isFinite(o.turns) && o.turns > MAX_TURNS) {
    problems.push(
      problem('invalid_turns', { problem: 'max', value: String(o.turns), max: MAX_TURNS }, { path: ['turns'] }),
    );
  }
  if (o.probEnd !== undefined) {
    checkProbability(o.probEnd, 'probEnd', problems);
    if (o.probEnd === 0 && (o.turns === undefined || o.turns === Infinity)) {
      problems.push(problem('invalid_probability', { name: 'probEnd', never: true }, { path: ['probEnd'] }));
    }
  } else if (o.turns === Infinity) {
    problems.push(problem('invalid_turns', { problem: 'unbounded' }, { path: ['turns'] }));
  }
  if (o.noise !== undefined) checkProbability(o.noise, 'noise', problems);
  const [m1, m2] = misreadPair(o.misread);
  checkProbability(m1, 'misread', problems);
  checkProbability(m2, 'misread', problems);
  if (o.seed !== undefined && !Number.isInteger(o.seed))
    problems.push(problem('invalid_seed', { value: String(o.seed) }, { path: ['seed'] }));
  return problems;
}

/** Resolved length settings: the cap and what players are told. */
export function lengthSettings(o: MatchOptions): { turns: number; probEnd: number; knownLength: number } {
  const probEnd = o.probEnd ?? 0;
  const turns = o.turns ?? (probEnd > 0 ? Infinity : DEFAULT_TURNS);
  return { turns, probEnd, knownLength: probEnd > 0 ? Infinity : turns };
}

/** The number of turns a match with this seed lasts (never more than `MAX_TURNS`). */
export function matchLength(turns: number, probEnd: number, seed: number): number {
  if (probEnd <= 0) return Math.min(turns, MAX_TURNS);
  return Math.min(turns, MAX_TURNS, sampleLength(probEnd, createRng(deriveSeed(seed, 'length')).next()));
}

/** Play one match. */
export function playMatch(s1: Strategy, s2: Strategy, options: MatchOptions = {}): MatchResult {
  const problems = matchOptionProblems(options);
  if (problems.length) throw new CgError(problems);
  const { turns, probEnd, knownLength } = lengthSettings(options);
  const seed = options.seed ?? 0;
  const length = matchLength(turns, probEnd, seed);
  const [m1, m2] = misreadPair(options.misread);
  const engine = new MatchEngine();
  engine.run(
    s1,
    s2,
    options.game ?? DEFAULT_GAME,
    length,
    { noise: options.noise ?? 0, misread1: m1, misread2: m2, knownLength },
    seed,
  );
  const cut = (a: Uint8Array) => a.slice(0, length);
  return {
    players: [s1.name, s2.name],
    turns: length,
    actions: [cut(engine.a1), cut(engine.a2)],
    perceived: [m1 > 0 ? cut(engine.o1) : cut(engine.a2), m2 > 0 ? cut(engine.o2) : cut(engine.a1)],
    scores: [engine.score1, engine.score2],
    cooperations: [engine.coop1, engine.coop2],
  };
}

/** 'CDDC...' from action codes. */
export function actionString(actions: ArrayLike<number>, length = actions.length): string {
  let s = '';
  for (let i = 0; i < length; i++) s += actions[i] === C ? 'C' : 'D';
  return s;
}
