/**
 * The Monte Carlo estimates against exact probabilities: with every parameter on a grid (the
 * sampler draws each grid point with equal probability), the exact probability of an event is its
 * share over all grid combinations, computed here by enumeration with the engine's own analysis.
 * Also: the result does not depend on how the samples are cut into chunks.
 */
import { describe, expect, it } from 'vitest';
import {
  applyUncertainty,
  domainWith,
  preferencesOf,
  type AppliedUncertainty,
  type Domain,
  type PreferenceModel,
} from '../../model/index.ts';
import { analyze } from '../analyze.ts';
import { randomDomain } from '../random-domain.ts';
import { defaultTolerance } from '../tolerance.ts';
import { mergeChunks, robustnessChunk, robustnessChunkPausing, type RobustnessInput } from './chunk.ts';
import { packageLayout } from './package-table.ts';
import {
  CHUNK_SAMPLES,
  chunkPlan,
  chunkRanges,
  finishRobustness,
  MAX_CHUNK_SAMPLES,
  robustnessInput,
  runRobustness,
} from './run.ts';
import { summarise } from './summary.ts';

/** Every grid combination of the applied parameters, as domains (all equally likely). */
function* gridDomains(model: PreferenceModel, applied: AppliedUncertainty): Generator<Domain> {
  const params = applied.parameters;
  const idx = params.map(() => 0);
  for (;;) {
    const prefs = model.parties.map((p) => ({
      weights: p.weights.slice(),
      values: p.values.map((r) => r.slice()),
      reservation: null as number | null,
    }));
    params.forEach((x, n) => {
      const v = x.lo + ((x.hi - x.lo) * idx[n]) / (x.points! - 1);
      if (x.ref.kind === 'weight') prefs[x.ref.party].weights[x.ref.issue] = v;
      else if (x.ref.kind === 'value') prefs[x.ref.party].values[x.ref.issue][x.ref.option] = v;
      else prefs[x.ref.party].reservation = v;
    });
    yield domainWith(model, prefs);
    let n = params.length - 1;
    while (n >= 0 && ++idx[n] === params[n].points!) idx[n--] = 0;
    if (n < 0) return;
  }
}

interface Exact {
  all: number;
  byParty: number[];
  deal: number;
  options: number[][];
  alone: number[];
}

/** Exact shares, written independently of summary.ts from the engine's linkage result. */
function exactShares(model: PreferenceModel, applied: AppliedUncertainty): Exact {
  const d0 = model.domain;
  const k = d0.parties.length;
  const tol = defaultTolerance(d0);
  const acc: Exact = {
    all: 0,
    byParty: new Array<number>(k).fill(0),
    deal: 0,
    options: d0.issues.map((i) => new Array<number>(i.options.length).fill(0)),
    alone: new Array<number>(d0.issues.length).fill(0),
  };
  let n = 0;
  for (const d of gridDomains(model, applied)) {
    n++;
    const res = analyze(d, { statusQuo: model.statusQuo });
    const link = res.linkage!;
    if (res.nash) {
      acc.deal++;
      res.nash.outcome.forEach((o, j) => acc.options[j][o]++);
    }
    const beats = link.gain.map((g) => link.linked !== null && g > tol);
    beats.forEach((b, p) => (acc.byParty[p] += b ? 1 : 0));
    if (beats.every(Boolean)) acc.all++;
    for (const id of link.noDealAlone) acc.alone[d0.issues.findIndex((i) => i.id === id)]++;
  }
  const div = (x: number) => x / n;
  return {
    all: div(acc.all),
    byParty: acc.byParty.map(div),
    deal: div(acc.deal),
    options: acc.options.map((r) => r.map(div)),
    alone: acc.alone.map(div),
  };
}

/** |estimate - p| within 4.5 standard errors (exactly equal when p is 0 or 1). */
function expectNear(estimate: number, p: number, n: number, what: string): void {
  const se = Math.sqrt((p * (1 - p)) / n);
  expect(Math.abs(estimate - p), `${what}: estimate ${estimate}, exact ${p}`).toBeLessThanOrEqual(4.5 * se + 1e-12);
}

const N = 3000;
// Seeds picked so that several events are neither certain nor impossible (see the last assertion).
const CASES = [
  { seed: 1, parties: 2, issues: 3 },
  { seed: 13, parties: 2, issues: 3 },
  { seed: 35, parties: 2, issues: 3 },
  { seed: 23, parties: 3, issues: 3 },
];

describe('Monte Carlo against exact enumeration over a discretised uncertainty', () => {
  for (const c of CASES) {
    it(`random domain ${c.seed} (${c.parties} parties, ${c.issues} issues)`, () => {
      const domain = randomDomain(c.seed, {
        parties: c.parties,
        issues: c.issues,
        minOptions: 2,
        maxOptions: 3,
        statusQuo: true,
        interactions: 1,
        redLines: 1,
        opposition: 0.6,
      });
      const model = preferencesOf(domain);
      const applied = applyUncertainty(model, undefined, {
        weights: { spread: '±80%', distribution: 'grid', points: 3 },
        values: { spread: '±0.3', distribution: 'grid', points: 2 },
      });
      const combos = applied.parameters.reduce((a, x) => a * x.points!, 1);
      expect(combos).toBeGreaterThan(20);
      expect(combos).toBeLessThanOrEqual(19683);
      const exact = exactShares(model, applied);
      const input = robustnessInput(model, applied, { samples: N, seed: 100 + c.seed });
      const r = finishRobustness(input, [robustnessChunk(input, 0, N)], { sensitivity: false });
      const mc = r.monteCarlo;
      const lk = mc.linkageBeatsDelinked!;
      expectNear(lk.probability, exact.all, N, 'linking beats for every party');
      domain.parties.forEach((party, p) =>
        expectNear(lk.byParty[party.id].probability, exact.byParty[p], N, `beats for ${party.id}`),
      );
      expectNear(mc.dealShare.probability, exact.deal, N, 'a Nash package exists');
      domain.issues.forEach((issue, j) => {
        issue.options.forEach((o, x) =>
          expectNear(mc.optionFrequencies[issue.id][o], exact.options[j][x], N, `option ${issue.id}=${o}`),
        );
        expectNear(mc.noDealAloneShare![issue.id], exact.alone[j], N, `no deal alone on ${issue.id}`);
      });
      // The test has teeth only if the events are not all certain.
      const uncertain = [exact.all, exact.deal, ...exact.byParty, ...exact.alone, ...exact.options.flat()].filter(
        (p) => p > 0.02 && p < 0.98,
      );
      expect(uncertain.length).toBeGreaterThan(2);
    });
  }
});

describe('chunks', () => {
  const domain = randomDomain(5, {
    parties: 3,
    issues: 4,
    minOptions: 2,
    maxOptions: 4,
    statusQuo: true,
    interactions: 2,
  });
  const model = preferencesOf(domain);
  const applied = applyUncertainty(model);
  const input: RobustnessInput = robustnessInput(model, applied, { samples: 90, seed: 4 });

  it('give the same merged samples and summary however the samples are cut and in whatever order they finish', () => {
    const whole = mergeChunks(input, [robustnessChunk(input, 0, 90)]);
    for (const size of [1, 7, 45]) {
      const parts = chunkRanges(90, size).map(([a, b]) => robustnessChunk(input, a, b));
      const merged = mergeChunks(input, parts.reverse());
      expect(merged).toEqual(whole);
    }
    const run = runRobustness(input, { sensitivity: false });
    expect(run.monteCarlo).toEqual(summarise(input, whole, run.nominal.nash?.outcome ?? null));
    expect(input.tables).toBe(true);
    expect(whole.values.length).toBe(90 * packageLayout(domain)!.width * 3);
  });

  it('are planned big first and small last (guided), covering every sample once, within the size bounds', () => {
    for (const [samples, threads, most] of [
      [10_000, 2, MAX_CHUNK_SAMPLES],
      [10_000, 1, MAX_CHUNK_SAMPLES],
      [1_000, 4, 100],
      [90, 3, MAX_CHUNK_SAMPLES],
      [100_000, 8, MAX_CHUNK_SAMPLES],
    ]) {
      const plan = chunkPlan(samples, threads, most);
      expect(plan[0][0]).toBe(0);
      expect(plan.at(-1)![1]).toBe(samples);
      plan.forEach(([a, b], i) => {
        if (i > 0) expect(a).toBe(plan[i - 1][1]);
        expect(b - a).toBeGreaterThan(0);
        expect(b - a).toBeLessThanOrEqual(Math.max(CHUNK_SAMPLES, most));
        // Only the last chunk may be under the smallest size, and sizes never grow.
        if (i < plan.length - 1) expect(b - a).toBeGreaterThanOrEqual(Math.min(CHUNK_SAMPLES, samples));
        if (i > 0) expect(b - a).toBeLessThanOrEqual(plan[i - 1][1] - plan[i - 1][0]);
      });
    }
    // 10,000 samples on 2 threads: 2,500 first (half the 5,000 per thread), far fewer than 125-sample chunks.
    const na = chunkPlan(10_000, 2);
    expect(na[0]).toEqual([0, 2500]);
    expect(na.length).toBeLessThan(25);
    // The run in one thread reports progress at least every CHUNK_SAMPLES samples, in order, to the end.
    const seen: number[] = [];
    runRobustness(input, { sensitivity: false }, (done) => seen.push(done));
    expect(seen.at(-1)).toBe(90);
    const big = robustnessInput(model, applied, { samples: 700, seed: 4 });
    const steps: number[] = [];
    runRobustness(big, { sensitivity: false }, (done) => steps.push(done));
    expect(steps.at(-1)).toBe(700);
    steps.forEach((d, i) => expect(d - (i > 0 ? steps[i - 1] : 0)).toBeGreaterThan(0));
    steps.forEach((d, i) => expect(d - (i > 0 ? steps[i - 1] : 0)).toBeLessThanOrEqual(CHUNK_SAMPLES));
  });

  it('pausing between progress steps (so the calling thread can feed the pool) gives the same records', async () => {
    const big = robustnessInput(model, applied, { samples: 400, seed: 7 });
    let pauses = 0;
    const progress: number[] = [];
    const paused = await robustnessChunkPausing(
      big,
      30,
      400,
      async () => {
        pauses++;
      },
      (d) => progress.push(d),
    );
    expect(paused).toEqual(robustnessChunk(big, 30, 400));
    // 370 samples: steps of 125 end at 125, 250 and 370; a pause after each step but the last.
    expect(pauses).toBe(2);
    expect(progress).toEqual([125, 250]);
  });

  it('refuse to merge chunks that leave out or repeat samples', () => {
    const a = robustnessChunk(input, 0, 40);
    const b = robustnessChunk(input, 40, 90);
    expect(() => mergeChunks(input, [a])).toThrow(/end at sample 40, not 90/);
    expect(() => mergeChunks(input, [a, a, b])).toThrow(/exactly once/);
  });
});
