/**
 * Negotiation tournaments on the job pool give exactly the in-process result (same summaries,
 * same ranking) whatever the number of workers, the chunk size and the order chunks finish in.
 */
import { describe, expect, it } from 'vitest';
import { randomDomain, runTournament, type TournamentSpec } from '../negotiation/index.ts';
import { inlineExecutor, runTournamentOn, type Executor } from './index.ts';
import { runTournamentParallel } from './node.ts';

const spec: TournamentSpec = {
  domains: [
    randomDomain(41, { issues: 4, options: 4 }),
    randomDomain(42, { issues: 3, options: 5, conflict: 'independent' }),
    randomDomain(43, { parties: 3, issues: 3, options: 3 }),
  ],
  agents: ['boulware', 'conceder', 'hardliner', 'random'],
  repetitions: 2,
  deadline: { rounds: 30 },
  seed: 9,
};

/** Inline, but the first task of every window finishes last. */
function reversing(capacity: number): Executor {
  let n = 0;
  return {
    capacity,
    run: (kind, input, options) =>
      inlineExecutor
        .run(kind, input, options)
        .then((out) => new Promise((r) => setTimeout(() => r(out), 3 * (capacity - (n++ % capacity))))),
  };
}

describe('parallel negotiation tournaments', () => {
  it('are identical in this thread, with 1 worker and with 2 workers', async () => {
    const here = runTournament(spec);
    const progress: number[] = [];
    const one = await runTournamentParallel(spec, { workers: 1 });
    const two = await runTournamentParallel(spec, { workers: 2, chunk: 3, onProgress: (d) => progress.push(d) });
    expect(one).toEqual(here);
    expect(two).toEqual(here);
    expect(progress.at(-1)).toBe(here.sessions);
  }, 60_000);

  it('give the one-thread result in delinked mode with chunks finishing out of order', async () => {
    const delinked: TournamentSpec = {
      ...spec,
      domains: [randomDomain(45, { issues: 3, options: 3, statusQuo: true }), randomDomain(46, { statusQuo: true })],
      mode: 'delinked',
    };
    const want = runTournament(delinked);
    for (const chunk of [1, 4, 7]) expect(await runTournamentOn(reversing(3), delinked, { chunk })).toEqual(want);
  });

  it('refuse bad specs before any session runs', async () => {
    await expect(
      runTournamentParallel(
        { ...spec, domains: [randomDomain(44, { statusQuo: false })], mode: 'delinked' },
        { workers: 2 },
      ),
    ).rejects.toThrow(/status quo on every issue/);
  });
});
