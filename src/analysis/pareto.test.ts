import { describe, expect, it } from 'vitest';
import { createRng, isCgError } from '../core/index.ts';
import { type Domain, isFeasible, utilities } from '../model/index.ts';
import { computeFrontier, paretoFrontier } from './pareto.ts';
import { randomDomain, syntheticDomain } from './random-domain.ts';
import { bruteForceFrontier } from './reference.ts';
import { expectNonDominated, expectReaches, expectSameFrontier, specFor } from './test-helpers.ts';

describe('Pareto frontier against brute force', () => {
  it('300 random domains (merge of enumerated issue groups)', () => {
    for (let s = 0; s < 300; s++) {
      const d = randomDomain(s, specFor(s));
      const f = paretoFrontier(d);
      expectSameFrontier(f, bruteForceFrontier(d), `seed ${s}`);
      expectNonDominated(f, `seed ${s}`);
      f.forEach((pt, i) => expectReaches(d, pt, `seed ${s} point ${i}`));
    }
  });

  it('150 random domains with every issue group solved by branch and bound', () => {
    for (let s = 0; s < 150; s++) {
      const d = randomDomain(1000 + s, { ...specFor(s), rectangles: 1 + (s % 4) });
      const f = computeFrontier(d, { enumerationLimit: 0 });
      expect(f.info.groups.every((g) => g.method === 'branch-and-bound')).toBe(true);
      expectSameFrontier(f.points, bruteForceFrontier(d), `seed ${1000 + s}`);
      expectNonDominated(f.points, `seed ${1000 + s}`);
      f.points.forEach((pt, i) => expectReaches(d, pt, `seed ${1000 + s} point ${i}`));
    }
  });

  it('150 random domains mixing enumerated single issues and branch-and-bound groups', () => {
    for (let s = 0; s < 150; s++) {
      const d = randomDomain(1500 + s, {
        ...specFor(s),
        issues: 4 + (s % 2),
        interactions: 2 + (s % 3),
        redLines: 1 + (s % 3),
      });
      const f = computeFrontier(d, { enumerationLimit: 4 });
      expectSameFrontier(f.points, bruteForceFrontier(d), `seed ${1500 + s}`);
      expectNonDominated(f.points, `seed ${1500 + s}`);
      f.points.forEach((pt, i) => expectReaches(d, pt, `seed ${1500 + s} point ${i}`));
    }
  });

  it('is sorted in frontier order (first party descending, then the next) and free of covered points', () => {
    for (let s = 0; s < 40; s++) {
      const d = randomDomain(2000 + s, specFor(s));
      const f = paretoFrontier(d);
      for (let i = 1; i < f.length; i++) {
        const a = f[i - 1].utilities;
        const b = f[i].utilities;
        const p = a.findIndex((x, q) => x !== b[q]);
        expect(p >= 0 && a[p] > b[p]).toBe(true);
      }
    }
  });

  it('counts feasible outcomes exactly (red lines)', () => {
    for (let s = 0; s < 60; s++) {
      const d = randomDomain(3000 + s, { parties: 2, issues: 4, redLines: s % 6, interactions: s % 3 });
      let n = 0n;
      for (const o of enumerateAll(d)) if (isFeasible(d, o)) n++;
      expect(computeFrontier(d).info.feasibleOutcomes).toBe(n);
    }
  });

  it('has no point when every outcome breaks a red line', () => {
    const d = randomDomain(5, { parties: 3, issues: 3, minOptions: 2, maxOptions: 2 });
    d.utilities[1].redLines.push({ options: [{ issue: 1, option: 0 }] }, { options: [{ issue: 1, option: 1 }] });
    expect(paretoFrontier(d)).toEqual([]);
    expect(computeFrontier(d).info.feasibleOutcomes).toBe(0n);
  });

  it('an indifferent party does not change the frontier of the others', () => {
    const d = randomDomain(9, { parties: 3, issues: 5, indifferentParty: true });
    const f = paretoFrontier(d);
    expectSameFrontier(f, bruteForceFrontier(d), 'indifferent');
    expect(f.every((p) => p.utilities[0] === 0)).toBe(true);
  });

  it('large synthetic domains (10^12 and 10^30 outcomes): random outcomes are covered, no point is improved by a one-issue change', () => {
    for (const [k, n] of [
      [2, 30],
      [3, 12],
    ] as const) {
      const d = syntheticDomain(42, k, n, 10);
      const front = computeFrontier(d);
      expect(front.size).toBeGreaterThan(10);
      const rng = createRng(7);
      for (let t = 0; t < 500; t++) {
        const o = d.issues.map((i) => rng.int(i.options.length));
        expect(front.covering(utilities(d, o)), `sample ${t}`).not.toBeNull();
      }
      for (const pt of front.points.slice(0, 200)) {
        expectReaches(d, pt, 'synthetic');
        for (let j = 0; j < n; j++) {
          for (let o = 0; o < 10; o++) {
            const alt = pt.outcome.slice();
            alt[j] = o;
            const u = utilities(d, alt);
            const dominates =
              u.every((v, p) => v >= pt.utilities[p] - 1e-12) && u.some((v, p) => v > pt.utilities[p] + 1e-12);
            expect(dominates).toBe(false);
          }
        }
      }
      // Frontier points do not cover each other.
      const pts = front.points;
      for (let i = 0; i < Math.min(pts.length, 300); i++) expect(front.dominating(pts[i].utilities)).toBeNull();
    }
  });

  it('stops an issue group beyond its node budget with a clear error saying what is proven', () => {
    // Interactions chain all 12 issues into one group of 10^12 joint options; a tiny node budget.
    const d = syntheticDomain(1, 2, 12, 10);
    for (let j = 0; j + 1 < 12; j++)
      d.utilities[0].interactions.push({ a: { issue: j, option: 1 }, b: { issue: j + 1, option: 2 }, value: 0.01 });
    expect(computeFrontier(d).size).toBeGreaterThan(0); // solvable with the default budget
    try {
      computeFrontier(d, { maxNodes: 3 });
      expect.unreachable();
    } catch (e) {
      expect(isCgError(e)).toBe(true);
      expect((e as { code: string }).code).toBe('analysis_too_large');
      expect((e as Error).message).toContain('1000000000000 joint options');
      expect((e as Error).message).toMatch(/proven Pareto-optimal/);
    }
  });

  it('refuses a frontier past the size limit', () => {
    const d = syntheticDomain(3, 3, 10, 10);
    expect(() => computeFrontier(d, { limits: { maxFrontier: 50 } })).toThrow(/grew past 50 points/);
  });

  it('rejects a malformed domain with problems naming the place', () => {
    const d = randomDomain(1, { parties: 2, issues: 2 });
    d.utilities[1].table[1] = [0.5];
    try {
      paretoFrontier(d);
      expect.unreachable();
    } catch (e) {
      expect(isCgError(e)).toBe(true);
      expect((e as { problems: { path: unknown[] }[] }).problems[0].path).toEqual(['utilities', 1, 'table', 1]);
    }
  });
});

function* enumerateAll(d: Domain): Generator<number[]> {
  const sizes = d.issues.map((i) => i.options.length);
  const o = sizes.map(() => 0);
  for (;;) {
    yield o.slice();
    let j = sizes.length - 1;
    while (j >= 0 && ++o[j] === sizes[j]) o[j--] = 0;
    if (j < 0) return;
  }
}
