import { describe, expect, it } from 'vitest';
import { createRng } from '../core/index.ts';
import { enumerateOutcomes, isFeasible, utilities } from '../model/index.ts';
import { computeFrontier } from './pareto.ts';
import { randomDomain } from './random-domain.ts';

describe('Frontier queries', () => {
  it('covering / dominating / isParetoOptimal / nearest agree with direct scans over all outcomes', () => {
    for (let s = 0; s < 30; s++) {
      const d = randomDomain(700 + s, { parties: 2 + (s % 3), issues: 4, redLines: s % 3, interactions: s % 4 });
      const f = computeFrontier(d);
      const all = [...enumerateOutcomes(d)].filter((o) => isFeasible(d, o)).map((o) => utilities(d, o));
      for (const u of all) {
        expect(f.covering(u)).not.toBeNull();
        const strictlyBetter = all.some(
          (v) => v.every((x, p) => x >= u[p] - 1e-12) && v.some((x, p) => x > u[p] + 1e-12),
        );
        expect(f.isParetoOptimal(u)).toBe(!strictlyBetter);
        if (!strictlyBetter) expect(f.distance(u)).toBeLessThan(1e-9);
      }
      const rng = createRng(s);
      if (f.size === 0) continue;
      for (let t = 0; t < 20; t++) {
        const u = d.parties.map(() => rng.next() * 2);
        const near = f.nearest(u)!;
        const direct = Math.min(...f.points.map((pt) => Math.hypot(...pt.utilities.map((x, p) => x - u[p]))));
        expect(near.distance).toBeCloseTo(direct, 12);
        // A vector above every outcome is covered by nothing.
        expect(f.covering(d.parties.map(() => 1e6))).toBeNull();
      }
    }
  });

  it('an empty frontier answers without points', () => {
    const d = randomDomain(1, { parties: 2, issues: 1, minOptions: 1, maxOptions: 1 });
    d.utilities[0].redLines.push({ options: [{ issue: 0, option: 0 }] });
    const f = computeFrontier(d);
    expect(f.size).toBe(0);
    expect(f.nearest([0, 0])).toBeNull();
    expect(f.distance([0, 0])).toBe(Infinity);
  });
});
