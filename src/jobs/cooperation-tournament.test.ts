/**
 * Cooperation tournaments on the job pool give exactly the in-process result, whatever the number
 * of workers, the chunk size and the order in which chunks finish.
 */
import { describe, expect, it } from 'vitest';
import { playTournament, resolveStrategies, STRATEGIES, type TournamentResult } from '../cooperation/index.ts';
import { inlineExecutor, playTournamentOn, withCallingThread, type Executor } from './index.ts';
import { playTournamentParallel } from './node.ts';

/** Runs tasks inline but hands results back in reverse order of submission within each window. */
function shuffled(capacity: number): Executor {
  return {
    capacity,
    run: (kind, input, options) => {
      const p = inlineExecutor.run(kind, input, options);
      // Later submissions finish first: each waits less.
      return p.then((out) => new Promise((r) => setTimeout(() => r(out), 5 * (capacity - (order++ % capacity)))));
    },
  };
}
let order = 0;

const stripped = (r: TournamentResult) => JSON.parse(JSON.stringify(r));

describe('parallel cooperation tournaments', () => {
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
    expect(stripped(two)).toEqual(stripped(one));
    expect(progress.at(-1)).toBe((20 * 21) / 2);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
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

  it('chunks finishing out of order, of any size, on an asymmetric game, give the one-thread result', async () => {
    const ss = resolveStrategies(['Tit For Tat', 'Grudger', 'Random', 'GTFT', 'Defector', 'Alternator', 'Prober']);
    const game = { row: { R: 3, S: -0.5, T: 4.25, P: 0.1 }, col: { R: 2.5, S: 0, T: 5.5, P: 1 } };
    const opts = { turns: 40, repetitions: 3, noise: 0.1, seed: 11, game };
    const want = stripped(playTournament(ss, opts));
    for (const chunkPairs of [1, 3, 5, 100]) {
      const got = await playTournamentOn(shuffled(3), ss, opts, { chunkPairs });
      expect(stripped(got), `chunks of ${chunkPairs}`).toEqual(want);
    }
  });

  it('with the calling thread playing too, one chunk at a time, the rest going to the other executor', async () => {
    const ss = resolveStrategies(['Tit For Tat', 'Grudger', 'Random', 'GTFT', 'Defector', 'Alternator']);
    const opts = { turns: 30, repetitions: 2, noise: 0.05, seed: 8 };
    let elsewhere = 0;
    const others: Executor = {
      capacity: 2,
      run: (kind, input, options) => {
        elsewhere++;
        return shuffled(2).run(kind, input, options);
      },
    };
    const both = withCallingThread(others);
    expect(both.capacity).toBe(3);
    const got = await playTournamentOn(both, ss, opts, { chunkPairs: 1 });
    expect(stripped(got)).toEqual(stripped(playTournament(ss, opts)));
    // 21 pairs, one per chunk: the other executor took some, this thread the rest.
    expect(elsewhere).toBeGreaterThan(0);
    expect(elsewhere).toBeLessThan(21);
  });

  it('every built-in strategy crosses to a worker by id and plays as itself', async () => {
    // Workers resolve strategies from their ids: a strategy whose id named another would change results.
    const ss = [...STRATEGIES];
    expect(resolveStrategies(ss.map((s) => s.id)).map((s) => s.name)).toEqual(ss.map((s) => s.name));
    const opts = { turns: 30, repetitions: 2, noise: 0.02, seed: 5 };
    const par = await playTournamentParallel(ss, opts, { workers: 2 });
    expect(stripped(par)).toEqual(stripped(playTournament(ss, opts)));
  }, 120_000);

  it('bad options are an error before any chunk runs', async () => {
    const ss = resolveStrategies(['Tit For Tat', 'Defector']);
    await expect(playTournamentParallel(ss, { repetitions: 0 }, { workers: 2 })).rejects.toMatchObject({
      problems: [{ code: 'invalid_repetitions' }],
    });
  });
});
