/**
 * The exact frontier on non-linear (Genius hyper-rectangle) domains built by the seeded ANAC-2014
 * generator and read through the Genius importer: INCLUDES and EXCLUDES rectangles, nested weighted
 * ufuns, Genius' cap at 1, 2 and 3 parties. Small domains against the brute-force references
 * (frontier, bargaining solutions, linkage), large ones (10^20 outcomes) against invariants that
 * need no enumeration, and the node budget's partial answer against the brute force.
 */
import { describe, expect, it } from 'vitest';
import { createRng, isCgError } from '../core/index.ts';
import { anac2014Files, importGenius } from '../interop/index.ts';
import { type Domain, isFeasible, utilities } from '../model/index.ts';
import { analyze } from './analyze.ts';
import { FrontierBudgetError } from './branch-bound.ts';
import { computeFrontier } from './pareto.ts';
import { bruteForceFrontier, bruteForceLinkage, bruteForceSolutions } from './reference.ts';
import { expectNonDominated, expectReaches, expectSameFrontier, expectSamePoint } from './test-helpers.ts';

function generated(seed: number, over: Partial<Parameters<typeof anac2014Files>[1]> = {}): Domain {
  const rng = createRng(seed);
  return importGenius(
    anac2014Files(seed, {
      issues: 2 + rng.int(3),
      values: 3 + rng.int(5),
      rectangles: 2 + rng.int(12),
      profiles: seed % 4 === 3 ? 3 : 2,
      excludes: seed % 3 === 0 ? 0.3 : 0,
      nested: seed % 5 < 2 ? 0.4 : 0,
      maxUtility: seed % 2 === 0 ? 'sum' : 0.3 + rng.next() * 0.5,
      ...over,
    }),
  );
}

describe('non-linear frontier against brute force (generated ANAC-2014-style domains)', () => {
  it('200 small domains, every group by branch and bound: same frontier, no dominated point', () => {
    for (let s = 0; s < 200; s++) {
      const d = generated(s);
      const f = computeFrontier(d, { enumerationLimit: 0 });
      const brute = bruteForceFrontier(d);
      expectSameFrontier(f.points, brute, `seed ${s}`);
      expectNonDominated(f.points, `seed ${s}`);
      f.points.forEach((pt, i) => expectReaches(d, pt, `seed ${s} point ${i}`));
    }
  });

  it('bargaining solutions and linkage agree with the brute force on 80 domains with a status quo', () => {
    for (let s = 0; s < 80; s++) {
      const d = generated(500 + s);
      const rng = createRng(s);
      d.issues.forEach((issue) => (issue.statusQuo = rng.int(issue.options.length)));
      d.parties.forEach((p) => (p.reservation = rng.next() * 0.2));
      const r = analyze(d, { enumerationLimit: 0 });
      const sq = d.issues.map((i) => i.statusQuo!);
      const brute = bruteForceSolutions(d, utilities(d, sq));
      expectSamePoint(r.nash, brute.nash, `seed ${s} nash`);
      expectSamePoint(r.kalaiSmorodinsky, brute.kalaiSmorodinsky, `seed ${s} ks`);
      expectSamePoint(r.egalitarian, brute.egalitarian, `seed ${s} egalitarian`);
      expectSamePoint(r.utilitarian, brute.utilitarian, `seed ${s} utilitarian`);
      const bl = bruteForceLinkage(d, sq);
      expect(r.linkage!.noDealAlone).toEqual(bl.noDealAlone);
      expect(r.linkage!.perIssue.map((x) => x.chosen)).toEqual(bl.perIssue.map((x) => x.chosen));
      expectSamePoint(r.linkage!.linked, bl.linked, `seed ${s} linked`);
    }
  });

  it('the node budget stops with what is proven: proven points are Pareto-optimal, the rest lies below the bound', () => {
    let stopped = 0;
    for (let s = 0; s < 40; s++) {
      const d = generated(900 + s, { issues: 4, values: 6, rectangles: 14 });
      const brute = bruteForceFrontier(d);
      try {
        computeFrontier(d, { enumerationLimit: 0, maxNodes: 6 });
        continue; // solved within the budget
      } catch (e) {
        expect(e).toBeInstanceOf(FrontierBudgetError);
        stopped++;
        const { partial } = e as FrontierBudgetError;
        expect((e as FrontierBudgetError).code).toBe('analysis_too_large');
        for (let i = 0; i < partial.found.count; i++) {
          const v = Array.from(partial.found.vals.subarray(i * d.parties.length, (i + 1) * d.parties.length));
          const u = v.map((x, p) => Math.min(x + d.utilities[p].constant, 1));
          if (partial.proven[i])
            expect(
              brute.some((b) => b.utilities.every((x, p) => Math.abs(x - u[p]) < 1e-9)),
              `seed ${900 + s}: proven point ${u.join(', ')} is not on the frontier`,
            ).toBe(true);
        }
        // Every frontier point not found lies below the unexplored regions' bound.
        for (const b of brute) {
          const found = Array.from({ length: partial.found.count }, (_, i) =>
            Array.from(partial.found.vals.subarray(i * d.parties.length, (i + 1) * d.parties.length)).map((x, p) =>
              Math.min(x + d.utilities[p].constant, 1),
            ),
          ).some((v) => v.every((x, p) => Math.abs(x - b.utilities[p]) < 1e-9));
          if (!found) b.utilities.forEach((x, p) => expect(x).toBeLessThanOrEqual(partial.upper[p] + 1e-9));
        }
      }
    }
    expect(stopped).toBeGreaterThan(10);
  });
});

describe('non-linear frontier on large generated domains (10 issues x 100 values, 10^20 outcomes)', () => {
  for (const [seed, excludes, profiles] of [
    [1, 0, 2],
    [2, 0.3, 2],
    [3, 0, 3],
  ] as const) {
    it(`seed ${seed}, ${profiles} profiles, ${excludes ? 'with' : 'without'} EXCLUDES: no dominated point, each reached; sampled outcomes covered; no one-issue change improves a point`, () => {
      const d = importGenius(
        anac2014Files(seed, {
          issues: 10,
          values: 100,
          rectangles: profiles === 3 ? 40 : 120,
          excludes,
          profiles,
          nested: 0.2,
        }),
      );
      // The default 20 s time budget is wall time: on a machine shared by many test runs these
      // searches (several seconds of CPU) could hit it, so the test gives them ample time.
      const f = computeFrontier(d, { maxSeconds: 600 });
      expect(f.info.groups.some((g) => g.method === 'branch-and-bound')).toBe(true);
      expect(f.size).toBeGreaterThan(1);
      expectNonDominated(f.points, `seed ${seed}`, f.tolerance);
      f.points.forEach((pt, i) => expectReaches(d, pt, `point ${i}`));
      const rng = createRng(seed);
      for (let t = 0; t < 3000; t++) {
        const o = d.issues.map((i) => rng.int(i.options.length));
        expect(f.covering(utilities(d, o)), `outcome ${o.join(',')}`).not.toBeNull();
      }
      // Local optimality: a single-issue change never dominates a frontier point.
      for (const pt of f.points.slice(0, 20)) {
        for (let j = 0; j < d.issues.length; j++)
          for (let o = 0; o < d.issues[j].options.length; o++) {
            const out = pt.outcome.slice();
            out[j] = o;
            if (!isFeasible(d, out)) continue;
            const u = utilities(d, out);
            const dominates =
              u.every((x, p) => x >= pt.utilities[p] - f.tolerance) &&
              u.some((x, p) => x > pt.utilities[p] + f.tolerance);
            expect(dominates).toBe(false);
          }
      }
    });
  }
});

describe('budget errors are catalogue problems', () => {
  it('carry the group, the budget and what is proven', () => {
    const d = importGenius(anac2014Files(7, { issues: 10, values: 100, rectangles: 150 }));
    try {
      computeFrontier(d, { maxNodes: 5 });
      expect.unreachable();
    } catch (e) {
      expect(isCgError(e)).toBe(true);
      const p = (e as FrontierBudgetError).problems[0];
      expect(p.code).toBe('analysis_too_large');
      expect(p.params).toMatchObject({ maxNodes: 5, jointOptions: '1' + '0'.repeat(20) });
      expect(p.message).toMatch(/proven Pareto-optimal/);
    }
  });
});
