/**
 * The branch and bound's incremental work (branch-bound.ts): a region rechecks only the terms on
 * the issues whose interval changed since its parent (or its previous trimming round) and keeps
 * the rest; its relaxation f is carried from the parent and adjusted, never rebuilt; trimming
 * drops classes by blocks. `selfCheck` redoes each from scratch (term status, f from the shares,
 * linked groups, trimming class by class) and throws on any difference; here it runs over small
 * seeded rectangle domains split down to single classes (jointLimit 1), whose frontier must also
 * match the brute force, and over the first regions of a 10^20 domain.
 */
import { describe, expect, it } from 'vitest';
import { anac2014Files, importGenius } from '../interop/index.ts';
import { branchAndBoundComponent, FrontierBudgetError } from './branch-bound.ts';
import { decompose } from './components.ts';
import { computeFrontier } from './pareto.ts';
import { bruteForceFrontier } from './reference.ts';
import { expectSameFrontier } from './test-helpers.ts';
import { defaultTolerance } from './tolerance.ts';

describe('branch and bound: incremental status, f and trimming equal a from-scratch evaluation', () => {
  it('small seeded rectangle domains, every region checked, frontier as the brute force', () => {
    for (let seed = 1; seed <= 12; seed++) {
      const d = importGenius(anac2014Files(seed, { issues: 4, values: 6, rectangles: 8 }));
      const tol = defaultTolerance(d);
      let regions = 0;
      for (const comp of decompose(d).components) {
        if (comp.issues.length < 2) continue;
        const out = branchAndBoundComponent(d, comp, tol, { jointLimit: 1, selfCheck: true });
        regions += out.nodes ?? 0;
      }
      expect(regions, `seed ${seed}`).toBeGreaterThan(1); // the search split regions
      const f = computeFrontier(d, { enumerationLimit: 0, jointLimit: 1 });
      expectSameFrontier(f.points, bruteForceFrontier(d), `seed ${seed}`);
    }
  });

  it('a linked group of 36 issues (issues 32 apart share a mask bit), against a coarser search', () => {
    const d = importGenius(anac2014Files(5, { issues: 36, values: 3, rectangles: 60 }));
    const comp = decompose(d).components.find((c) => c.issues.length === 36)!;
    const tol = defaultTolerance(d);
    const fine = branchAndBoundComponent(d, comp, tol, { jointLimit: 64, selfCheck: true });
    const coarse = branchAndBoundComponent(d, comp, tol, { jointLimit: 4096 });
    expect(fine.nodes).toBeGreaterThan(100);
    const points = (f: typeof fine) =>
      Array.from({ length: f.count }, (_, i) => [f.vals[2 * i], f.vals[2 * i + 1]]).sort((a, b) => b[0] - a[0]);
    const a = points(fine);
    const b = points(coarse);
    expect(a.length).toBe(b.length);
    a.forEach((p, i) => p.forEach((v, q) => expect(v).toBeCloseTo(b[i][q], 9)));
  });

  it('the first 400 regions of a 10^20 domain (200 rectangles per profile)', () => {
    const d = importGenius(anac2014Files(3, { issues: 10, values: 100, rectangles: 200 }));
    const comp = decompose(d).components.find((c) => c.issues.length === 10)!;
    try {
      branchAndBoundComponent(d, comp, defaultTolerance(d), { maxNodes: 400, selfCheck: true });
      expect.unreachable('400 regions do not settle this domain');
    } catch (e) {
      expect(e).toBeInstanceOf(FrontierBudgetError);
      expect((e as FrontierBudgetError).partial.nodes).toBeGreaterThan(300);
    }
  });
});
