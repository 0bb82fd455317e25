import { describe, expect, it } from 'vitest';
import { resolveStrategies, STRATEGIES } from './strategies/index.ts';
import { playTournament } from './tournament.ts';
import { playTournamentParallel } from './tournament.node.ts';

describe('parallel tournaments', () => {
  it('1 worker and 2 workers give identical results for a seeded noisy tournament with misreads', async () => {
    const ss = STRATEGIES.slice(0, 20);
    const opts = { turns: 60, repetitions: 4, noise: 0.05, misread: 0.02, seed: 42 };
    const one = await playTournamentParallel(ss, opts, { workers: 1 });
    const progress: number[] = [];
    const two = await playTournamentParallel(ss, opts, {
      workers: 2,
      chunkPairs: 7,
      onProgress: (d) => progress.push(d),
    });
    expect(two.scores).toEqual(one.scores);
    expect(two.payoffMatrix).toEqual(one.payoffMatrix);
    expect(two.rankedNames).toEqual(one.rankedNames);
    expect(two.cooperation).toEqual(one.cooperation);
    expect(progress.at(-1)).toBe((20 * 21) / 2);
    // And the same as the in-process engine.
    expect(playTournament(ss, opts).scores).toEqual(one.scores);
  }, 60_000);

  it('three workers with a probabilistic end match the in-process result', async () => {
    const ss = resolveStrategies(['Tit For Tat', 'Grudger', 'Random', 'GTFT', 'Defector']);
    const opts = { probEnd: 0.05, repetitions: 5, seed: 3 };
    const par = await playTournamentParallel(ss, opts, { workers: 3, chunkPairs: 2 });
    expect(par.matchLengths).toEqual(playTournament(ss, opts).matchLengths);
    expect(par.scores).toEqual(playTournament(ss, opts).scores);
  }, 60_000);
});
