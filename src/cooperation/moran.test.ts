import { describe, expect, it } from 'vitest';
import { createRng } from '../core/index.ts';
import { playMatch } from './match.ts';
import { exactFixationProbability, fitnessProportionate, fixationProbability, moranProcess } from './moran.ts';
import { resolveStrategy } from './strategies/index.ts';

const S = (n: string) => resolveStrategy(n);

function perTurn(a: string, b: string, turns: number): [number, number] {
  const m = playMatch(S(a), S(b), { turns });
  return [m.scores[0] / turns, m.scores[1] / turns];
}

describe('Moran process', () => {
  it('fitness-proportionate selection picks in proportion to weight', () => {
    const rng = createRng(3);
    const hits = [0, 0, 0];
    for (let k = 0; k < 30_000; k++) hits[fitnessProportionate([1, 0, 3], rng)]++;
    expect(hits[1]).toBe(0);
    expect(hits[0] / 30_000).toBeCloseTo(0.25, 1);
    expect(hits[2] / 30_000).toBeCloseTo(0.75, 1);
  });

  it('ends with one type, populations sum to N at every step, and a seed replays it', () => {
    const pop = [S('Cooperator'), S('Defector'), S('Tit For Tat'), S('Grudger')];
    const a = moranProcess(pop, { turns: 20, seed: 5 });
    const b = moranProcess(pop, { turns: 20, seed: 5 });
    expect(a.winner).not.toBeNull();
    expect(Object.values(a.populations.at(-1)!)).toEqual([4]);
    for (const p of a.populations) expect(Object.values(p).reduce((x, y) => x + y, 0)).toBe(4);
    expect(b).toEqual(a);
    expect(a.steps).toBe(a.populations.length - 1);
  });

  it('with mutation it never fixates and runs to maxSteps', () => {
    const r = moranProcess([S('Cooperator'), S('Defector'), S('Defector')], {
      turns: 5,
      mutationRate: 0.2,
      maxSteps: 200,
      seed: 1,
    });
    expect(r.winner).toBeNull();
    expect(r.steps).toBe(200);
    const seen = new Set(r.populations.flatMap((p) => Object.keys(p).filter((k) => p[k] > 0)));
    expect(seen.has('Cooperator')).toBe(true);
  });

  it.each([
    ['Tit For Tat', 'Defector', 6, 1],
    ['Defector', 'Tit For Tat', 6, 1],
    ['Defector', 'Cooperator', 5, 2],
    ['Win-Stay Lose-Shift', 'Alternator', 8, 1],
  ])('simulated fixation of %s among %s (N=%i, k=%i) agrees with the closed form', (mutant, resident, N, k) => {
    const turns = 10;
    const [a] = perTurn(mutant, mutant, turns);
    const [b, c] = perTurn(mutant, resident, turns);
    const [d] = perTurn(resident, resident, turns);
    const exact = exactFixationProbability(a, b, c, d, N, k);
    const est = fixationProbability(S(mutant), S(resident), {
      turns,
      populationSize: N,
      initialMutants: k,
      trials: 3000,
      seed: 11,
    });
    const se = Math.sqrt((exact * (1 - exact)) / 3000);
    expect(Math.abs(est.estimate - exact)).toBeLessThanOrEqual(4 * se + 1e-9);
  });

  it('closed form: neutral types fixate with probability k/N', () => {
    expect(exactFixationProbability(2, 2, 2, 2, 10, 3)).toBeCloseTo(0.3, 12);
  });

  it('rejects negative payoffs', () => {
    expect(() =>
      fixationProbability(S('Cooperator'), S('Defector'), {
        game: { row: { R: 0, S: -1, T: 1, P: -10 }, col: { R: 0, S: -1, T: 1, P: -10 } },
        trials: 1,
        turns: 3,
      }),
    ).toThrow(/non-negative/);
  });
});
