/**
 * The Moran process (Axelrod's `MoranProcess`, birth-death mode on a complete graph;
 * axelrod/moran.py): each step every pair of individuals plays a match, an individual's fitness
 * is the sum of its per-turn match payoffs, one individual is chosen to reproduce with probability
 * proportional to fitness, its offspring (mutated with probability `mutationRate` into another
 * type of the initial population, chosen uniformly) replaces an individual chosen uniformly at
 * random (possibly the parent itself). Without mutation the process stops when one type has
 * fixated.
 *
 * `fixationProbability` estimates by repeated runs the chance that `k` mutants take over a
 * population of residents; `exactFixationProbability` is the closed form for two types whose
 * per-turn payoffs are fixed (deterministic matches), used to check the simulation:
 * rho_k = (1 + sum_{j<k} prod_{m<=j} g_m/f_m) / (1 + sum_{j<N} prod_{m<=j} g_m/f_m), with
 * f_m = ((m-1) a + (N-m) b) and g_m = (m c + (N-m-1) d) the fitnesses of a mutant and a resident
 * when there are m mutants (Nowak 2006, Evolutionary Dynamics, ch. 6).
 *
 * Fitness must be non-negative (use a game with non-negative payoffs); a population whose total
 * fitness is 0 reproduces uniformly. Seeds: step s, pair (i, j) plays with
 * `deriveSeed(seed, 'moran', s, i, j)`; selection draws come from `deriveSeed(seed, 'moran-rng')`.
 *
 * Browser-safe.
 */
import { CgError, problem, createRng, deriveSeed, type Rng } from '../core/index.ts';
import { DEFAULT_GAME } from './game.ts';
import {
  lengthSettings,
  matchLength,
  MatchEngine,
  matchOptionProblems,
  misreadPair,
  type MatchOptions,
} from './match.ts';
import type { Strategy } from './player.ts';

export interface MoranOptions extends MatchOptions {
  /** Probability that an offspring mutates into another initial type (default 0). */
  mutationRate?: number;
  /** Stop after this many steps even without fixation (default 100,000). */
  maxSteps?: number;
  /** Keep the population counts after every step (default true). */
  recordPopulations?: boolean;
}

export interface MoranResult {
  /** Display name of the type that fixated, or null if the run stopped first. */
  winner: string | null;
  steps: number;
  /** Counts by display name after each step (index 0 = initial population), if recorded. */
  populations: Record<string, number>[];
}

/** Index chosen with probability proportional to weight (uniformly if all weights are 0). */
export function fitnessProportionate(weights: ArrayLike<number>, rng: Rng): number {
  let total = 0;
  for (let i = 0; i < weights.length; i++) total += weights[i];
  if (total <= 0) return rng.int(weights.length);
  const r = rng.next() * total;
  let acc = 0;
  for (let i = 0; i < weights.length; i++) {
    acc += weights[i];
    if (acc >= r && weights[i] > 0) return i;
  }
  return weights.length - 1;
}

class Matches {
  private readonly engine = new MatchEngine();
  /** Deterministic results by strategy object (no key strings: a step looks up every pair). */
  private readonly cache = new Map<Strategy, Map<Strategy, [number, number]>>();
  private readonly params;
  private readonly turns: number;
  private readonly probEnd: number;
  constructor(private readonly opts: MoranOptions) {
    const { turns, probEnd, knownLength } = lengthSettings(opts);
    const [m1, m2] = misreadPair(opts.misread);
    this.turns = turns;
    this.probEnd = probEnd;
    this.params = { noise: opts.noise ?? 0, misread1: m1, misread2: m2, knownLength };
  }
  /** Per-turn payoffs of a match between two individuals (the seed is derived only for a match actually played). */
  play(a: Strategy, b: Strategy, seedOf: () => number): [number, number] {
    const deterministic =
      this.params.noise === 0 &&
      this.params.misread1 === 0 &&
      this.params.misread2 === 0 &&
      !a.stochastic &&
      !b.stochastic &&
      this.probEnd === 0;
    let row: Map<Strategy, [number, number]> | undefined;
    if (deterministic) {
      row = this.cache.get(a);
      if (!row) this.cache.set(a, (row = new Map()));
      const hit = row.get(b);
      if (hit) return hit;
    }
    const seed = seedOf();
    const L = matchLength(this.turns, this.probEnd, seed);
    this.engine.run(a, b, this.opts.game ?? DEFAULT_GAME, L, this.params, seed);
    const out: [number, number] = [this.engine.score1 / L, this.engine.score2 / L];
    if (out[0] < 0 || out[1] < 0) {
      throw new CgError(problem('negative_fitness', {}, { path: ['game'] }));
    }
    if (row) row.set(b, out);
    return out;
  }
}

function checkOptions(o: MoranOptions, n: number): void {
  const problems = matchOptionProblems(o);
  if (o.mutationRate !== undefined && !(o.mutationRate >= 0 && o.mutationRate <= 1))
    problems.push(
      problem(
        'invalid_probability',
        { name: 'mutationRate', value: String(o.mutationRate) },
        { path: ['mutationRate'] },
      ),
    );
  if (n < 2) problems.push(problem('too_few_players', { for: 'moran', given: n }, { path: ['population'] }));
  if (problems.length) throw new CgError(problems);
}

function counts(pop: readonly Strategy[]): Record<string, number> {
  const c: Record<string, number> = {};
  for (const s of pop) c[s.name] = (c[s.name] ?? 0) + 1;
  return c;
}

/** Run one Moran process from the given population (one entry per individual). */
export function moranProcess(
  population: readonly Strategy[],
  options: MoranOptions = {},
  matches = new Matches(options),
): MoranResult {
  checkOptions(options, population.length);
  const seed = options.seed ?? 0;
  const rng = createRng(deriveSeed(seed, 'moran-rng'));
  const mutation = options.mutationRate ?? 0;
  const maxSteps = options.maxSteps ?? 100_000;
  const record = options.recordPopulations ?? true;
  const types: Strategy[] = [];
  for (const s of population) if (!types.some((t) => t.name === s.name)) types.push(s);
  types.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const pop = [...population];
  const N = pop.length;
  const fitness = new Float64Array(N);
  const populations: Record<string, number>[] = record ? [counts(pop)] : [];
  const fixated = () => mutation === 0 && pop.every((s) => s.name === pop[0].name);
  let steps = 0;
  while (!fixated() && steps < maxSteps) {
    fitness.fill(0);
    for (let i = 0; i < N; i++) {
      for (let j = i + 1; j < N; j++) {
        const [fi, fj] = matches.play(pop[i], pop[j], () => deriveSeed(seed, 'moran', steps, i, j));
        fitness[i] += fi;
        fitness[j] += fj;
      }
    }
    const parent = fitnessProportionate(fitness, rng);
    const dead = rng.int(N);
    let child = pop[parent];
    if (mutation > 0 && rng.next() < mutation) {
      const others = types.filter((t) => t.name !== child.name);
      if (others.length) child = others[rng.int(others.length)];
    }
    pop[dead] = child;
    steps++;
    if (record) populations.push(counts(pop));
  }
  return { winner: fixated() ? pop[0].name : null, steps, populations };
}

export interface FixationOptions extends MoranOptions {
  /** Population size N (default 10). */
  populationSize?: number;
  /** Initial number of mutants (default 1). */
  initialMutants?: number;
  /** Number of independent runs (default 1000). */
  trials?: number;
}

export interface FixationEstimate {
  mutant: string;
  resident: string;
  populationSize: number;
  initialMutants: number;
  trials: number;
  fixations: number;
  estimate: number;
  /** Binomial standard error of the estimate. */
  standardError: number;
  /** Neutral benchmark k / N. */
  neutral: number;
}

/** Estimate the probability that `initialMutants` mutants fixate among residents. */
export function fixationProbability(
  mutant: Strategy,
  resident: Strategy,
  options: FixationOptions = {},
): FixationEstimate {
  const N = options.populationSize ?? 10;
  const k = options.initialMutants ?? 1;
  const trials = options.trials ?? 1000;
  const problems = [];
  if (!(Number.isInteger(N) && N >= 2))
    problems.push(problem('invalid_population', { value: String(N) }, { path: ['populationSize'] }));
  if (!(Number.isInteger(k) && k >= 1 && k < N))
    problems.push(problem('invalid_mutants', { population: N, value: String(k) }, { path: ['initialMutants'] }));
  if (!(Number.isInteger(trials) && trials >= 1))
    problems.push(problem('invalid_trials', { value: String(trials) }, { path: ['trials'] }));
  if (mutant.name === resident.name) problems.push(problem('same_type', {}, { path: ['mutant'] }));
  if (problems.length) throw new CgError(problems);
  const population = [...Array.from({ length: k }, () => mutant), ...Array.from({ length: N - k }, () => resident)];
  const base = { ...options, mutationRate: 0, recordPopulations: false };
  const matches = new Matches(base);
  let fixations = 0;
  const seed = options.seed ?? 0;
  for (let t = 0; t < trials; t++) {
    const r = moranProcess(population, { ...base, seed: deriveSeed(seed, 'trial', t) }, matches);
    if (r.winner === mutant.name) fixations++;
  }
  const p = fixations / trials;
  return {
    mutant: mutant.name,
    resident: resident.name,
    populationSize: N,
    initialMutants: k,
    trials,
    fixations,
    estimate: p,
    standardError: Math.sqrt((p * (1 - p)) / trials),
    neutral: k / N,
  };
}

/**
 * Exact fixation probability of k mutants in a population of N for fixed per-turn payoffs:
 * a = mutant v mutant, b = mutant v resident, c = resident v mutant, d = resident v resident.
 */
export function exactFixationProbability(a: number, b: number, c: number, d: number, N: number, k = 1): number {
  let sum = 1;
  let prod = 1;
  let partial = 1;
  for (let j = 1; j < N; j++) {
    const f = (j - 1) * a + (N - j) * b;
    const g = j * c + (N - j - 1) * d;
    prod *= f === 0 && g === 0 ? 1 : g / f;
    sum += prod;
    if (j < k) partial += prod;
  }
  return partial / sum;
}
