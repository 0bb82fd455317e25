/**
 * The parallel branch and bound on real worker threads (the pool, started from the sources):
 * the same frontier as the brute force and as the sequential search on random hyper-rectangle
 * domains (2 and 3 parties) split into many regions, so that threads give regions to each other
 * (a search that dropped a given region fails here); the same analysis on a 10^20 domain; and a
 * budget counted over every thread, whose error proves only what is true.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { analyze, bruteForceFrontier, computeFrontier, FrontierBudgetError, type Point } from '../analysis/index.ts';
import { anac2014Files, importGenius } from '../interop/index.ts';
import { isFeasible, utilities } from '../model/index.ts';
import { analyzeParallel, openJobPool, solveFrontierGroups } from './node.ts';

const pool = openJobPool({ threads: 2 });
afterAll(() => pool.close());

const fmt = (ps: readonly Point[]) => ps.map((p) => p.utilities.map((x) => x.toFixed(9)).join('/')).sort();

describe('the parallel branch and bound (2 pool threads)', () => {
  it('random rectangle domains, split into many regions: the frontier is the brute force and the sequential search', async () => {
    let handedOut = 0;
    for (let seed = 1; seed <= 24; seed++) {
      const d = importGenius(
        anac2014Files(seed, { issues: 3 + (seed % 2), values: 5 + (seed % 4), rectangles: 6 + seed }),
      );
      // Every group through the branch and bound, regions split down to single classes.
      const opts = { enumerationLimit: 0, jointLimit: 1 };
      const solved = await solveFrontierGroups(d, opts, pool.executor, {
        splitPerThread: 4,
        onSplit: ({ regions }) => (handedOut += regions),
      });
      expect(solved.size, `seed ${seed}`).toBeGreaterThan(0);
      const parallel = computeFrontier(d, { ...opts, solved });
      const what = `seed ${seed}`;
      expect(fmt(parallel.points), what).toEqual(fmt(bruteForceFrontier(d)));
      expect(fmt(parallel.points), what).toEqual(fmt(computeFrontier(d, opts).points));
      for (const pt of parallel.points) {
        expect(isFeasible(d, pt.outcome), what).toBe(true);
        expect(utilities(d, pt.outcome), what).toEqual(pt.utilities);
      }
    }
    // The threads did get regions to share (the first phase did not finish the searches itself).
    expect(handedOut).toBeGreaterThan(24 * 2);
  });

  it('3 parties (a third profile from another seed): the brute force and the sequential search', async () => {
    for (let seed = 1; seed <= 8; seed++) {
      const dims = { issues: 3, values: 6 + (seed % 3), rectangles: 8 + seed };
      const files = anac2014Files(seed, dims);
      const third = anac2014Files(seed + 100, dims)[1];
      const d = importGenius([...files, { name: 'profile-3.xml', text: third.text }]);
      expect(d.parties).toHaveLength(3);
      const opts = { enumerationLimit: 0, jointLimit: 1 };
      const solved = await solveFrontierGroups(d, opts, pool.executor, { splitPerThread: 4 });
      const parallel = computeFrontier(d, { ...opts, solved });
      expect(fmt(parallel.points), `seed ${seed}`).toEqual(fmt(bruteForceFrontier(d)));
      expect(fmt(parallel.points), `seed ${seed}`).toEqual(fmt(computeFrontier(d, opts).points));
    }
  });

  it('a 10^20 rectangle domain: analyzeParallel gives analyze’s frontier and bargaining points', async () => {
    const d = importGenius(anac2014Files(11, { issues: 10, values: 100, rectangles: 120 }));
    const seq = analyze(d);
    const par = await analyzeParallel(d, {}, { workers: 2 });
    expect(fmt(par.frontier.points)).toEqual(fmt(seq.frontier.points));
    const bb = par.frontier.info.groups.find((g) => g.method === 'branch-and-bound');
    expect(bb?.nodes).toBeGreaterThan(0);
    expect(seq.nash).not.toBeNull();
    for (const key of ['nash', 'kalaiSmorodinsky', 'egalitarian', 'utilitarian'] as const)
      expect(par[key]?.utilities, key).toEqual(seq[key]?.utilities);
  });

  it('the region budget counts every thread; the error proves only points of the exact frontier', async () => {
    const d = importGenius(anac2014Files(7, { issues: 10, values: 100, rectangles: 150 }));
    const exact = computeFrontier(d).points;
    const maxNodes = 400;
    const err = await solveFrontierGroups(d, { maxNodes }, pool.executor).then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(FrontierBudgetError);
    const { partial } = err as FrontierBudgetError;
    expect(partial.stoppedBy).toBe('regions');
    // Each thread may pass the limit by the children of one split and the root of one region.
    expect(partial.nodes).toBeGreaterThanOrEqual(maxNodes - 2);
    expect(partial.nodes).toBeLessThanOrEqual(maxNodes + 2 * 3);
    const { found, proven, upper } = partial;
    const k = 2;
    const tol = 1e-9;
    const foundPts = Array.from({ length: found.count }, (_, i) => [found.vals[i * k], found.vals[i * k + 1]]);
    foundPts.forEach((u, i) => {
      if (!proven[i]) return;
      // A proven point: no exact frontier point dominates it.
      expect(
        exact.some((q) => q.utilities.every((x, p) => x >= u[p] - tol) && q.utilities.some((x, p) => x > u[p] + tol)),
      ).toBe(false);
    });
    expect(found.count).toBeGreaterThan(0);
    // Every exact point no found point covers lies in a region left open: under the bounds still open.
    for (const q of exact) {
      const covered = foundPts.some((u) => u.every((x, p) => x >= q.utilities[p] - tol));
      if (!covered) q.utilities.forEach((x, p) => expect(x).toBeLessThanOrEqual(upper[p] + tol));
    }
  });
});
