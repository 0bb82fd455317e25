import { describe, expect, it } from 'vitest';
import { type Domain, statusQuoOutcome, utilities } from '../model/index.ts';
import { analyze } from './analyze.ts';
import { bargainingSolutions } from './bargaining.ts';
import { computeFrontier } from './pareto.ts';
import { randomDomain } from './random-domain.ts';
import { bruteForceSolutions } from './reference.ts';
import { expectReaches, expectSamePoint, specFor } from './test-helpers.ts';

const NAMES = ['nash', 'kalaiSmorodinsky', 'egalitarian', 'utilitarian'] as const;

describe('bargaining solutions against brute force', () => {
  it('400 random domains; disagreement = reservations or status-quo utilities', () => {
    let nonNull = 0;
    for (let s = 0; s < 400; s++) {
      const d = randomDomain(5000 + s, specFor(s));
      const sq = statusQuoOutcome(d);
      const dis = sq ? utilities(d, sq) : d.parties.map((p) => p.reservation);
      const r = analyze(d);
      expect(r.disagreement).toEqual(dis);
      const b = bruteForceSolutions(d, dis);
      for (const name of NAMES) {
        expectSamePoint(r[name], b[name], `seed ${5000 + s} ${name}`);
        if (r[name]) {
          nonNull++;
          expectReaches(d, r[name]!, `seed ${5000 + s} ${name}`);
          expect(r[name]!.utilities.every((u, p) => u >= dis[p] - 1e-12)).toBe(true);
        }
      }
      if (b.ideal) expect(r.ideal!.every((v, p) => Math.abs(v - b.ideal![p]) < 1e-9)).toBe(true);
      else expect(r.ideal).toBeNull();
    }
    expect(nonNull).toBeGreaterThan(800); // most cases have solutions: the comparison is not vacuous
  });

  it('Nash needs a strict gain for every party; the others accept zero gains', () => {
    // Two parties, one issue; option 0 is the status quo, option 1 helps only party 0.
    const d: Domain = {
      id: 't',
      name: 't',
      parties: [
        { id: 'a', name: 'A', reservation: 0 },
        { id: 'b', name: 'B', reservation: 0 },
      ],
      issues: [{ id: 'x', name: 'X', options: ['sq', 'one'], statusQuo: 0 }],
      utilities: [
        { table: [[0, 1]], constant: 0, interactions: [], redLines: [] },
        { table: [[0, 0]], constant: 0, interactions: [], redLines: [] },
      ],
    };
    const r = analyze(d);
    expect(r.nash).toBeNull();
    expect(r.utilitarian!.outcome).toEqual([1]);
    expect(r.egalitarian!.outcome).toEqual([1]); // min gain ties at 0; the larger sum wins
    expect(r.kalaiSmorodinsky!.outcome).toEqual([1]); // B cannot gain (ratio 1); A's ratio 1 beats 0
  });

  it('ties: larger sum first, then first in frontier order (better for the first party)', () => {
    // Utilities (1,4), (4,1), (2,2), (2,3), (3,2): Nash products 4, 4, 4, 6, 6; sums 5, 5, 4, 5, 5.
    const vals = [
      [1, 4],
      [4, 1],
      [2, 2],
      [2, 3],
      [3, 2],
    ];
    const d: Domain = {
      id: 't',
      name: 't',
      parties: [
        { id: 'a', name: 'A', reservation: 0 },
        { id: 'b', name: 'B', reservation: 0 },
      ],
      issues: [{ id: 'x', name: 'X', options: vals.map((_, i) => `o${i}`) }],
      utilities: [0, 1].map((p) => ({ table: [vals.map((v) => v[p])], constant: 0, interactions: [], redLines: [] })),
    };
    const r = analyze(d);
    expect(r.nash!.utilities).toEqual([3, 2]); // (2,3) and (3,2) tie on product 6 and sum 5: first in frontier order
    expect(r.utilitarian!.utilities).toEqual([4, 1]); // sum 5 four ways: first in frontier order
    expect(r.egalitarian!.utilities).toEqual([3, 2]); // min 2: (2,2) (2,3) (3,2); sum 5 twice
    expect(r.pareto.map((p) => p.utilities)).toEqual([
      [4, 1],
      [3, 2],
      [2, 3],
      [1, 4],
    ]);
  });

  it('every solution is null when nothing is acceptable', () => {
    const d = randomDomain(3, { parties: 3, issues: 3 });
    d.parties.forEach((p) => (p.reservation = 10));
    const r = analyze(d);
    for (const name of NAMES) expect(r[name]).toBeNull();
    expect(r.ideal).toBeNull();
  });

  it('accepts a plain point list as frontier', () => {
    const d = randomDomain(77, { parties: 3, issues: 4 });
    const f = computeFrontier(d);
    const a = bargainingSolutions(d, f, [0, 0, 0]);
    const b = bargainingSolutions(d, f.points, [0, 0, 0]);
    for (const name of NAMES) expect(b[name]).toEqual(a[name]);
  });
});
