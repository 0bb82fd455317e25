import { describe, expect, it } from 'vitest';
import { createRng, deriveSeed } from '../../core/index.ts';
import {
  enumerateOutcomes,
  utilityOf,
  violates,
  type Domain,
  type Outcome,
  type PartyUtility,
} from '../../model/index.ts';
import { randomDomain } from '../random-domain.ts';
import { BidSearch, EPS, type SearchOptions } from './search.ts';

const TOL = 1e-9;

interface Row {
  o: Outcome;
  u: number;
}

/** Brute force: every own-feasible outcome with its utility. */
function rows(d: Domain, p: number): Row[] {
  const u = d.utilities[p];
  const out: Row[] = [];
  for (const o of enumerateOutcomes(d)) {
    if (u.redLines.some((l) => violates(l, o))) continue;
    out.push({ o, u: utilityOf(u, o) });
  }
  return out;
}

function objectiveOf(table: number[][], o: Outcome): number {
  return o.reduce((s, k, j) => s + table[j][k], 0);
}

const variants: { name: string; opts: Parameters<typeof randomDomain>[1]; search: SearchOptions[] }[] = [
  {
    name: 'additive',
    opts: { issues: [2, 6], options: [2, 5], conflict: 'independent' },
    search: [{}, { engine: 'branch-and-bound' }],
  },
  {
    name: 'clamped additive',
    opts: { issues: [2, 5], options: [2, 4], max: 0.6 },
    search: [{}, { engine: 'branch-and-bound' }],
  },
  {
    name: 'interactions + red lines (merged)',
    opts: { issues: [3, 6], options: [2, 4], interactions: 4, redLines: 2, conflict: 'independent' },
    search: [{}, { engine: 'branch-and-bound' }],
  },
  {
    name: 'interactions + red lines (residual, no merge)',
    opts: { issues: [3, 6], options: [2, 4], interactions: 5, redLines: 3, conflict: 'independent' },
    search: [{ mergeCap: 1 }],
  },
  {
    name: 'hyper-rectangles',
    opts: { issues: [3, 6], options: [2, 5], rectangles: 8, conflict: 'independent' },
    search: [{}, { mergeCap: 1 }],
  },
];

describe('BidSearch against brute force on random domains', () => {
  for (const v of variants) {
    it(`${v.name}: max, min, atLeast, atMost, nearest, bestInRange`, () => {
      let checked = 0;
      for (let s = 0; s < 25; s++) {
        const seed = deriveSeed(404, v.name, s);
        const d = randomDomain(seed, v.opts);
        const sizes = d.issues.map((i) => i.options.length);
        const all = rows(d, 0);
        const rng = createRng(seed);
        for (const so of v.search) {
          const search = new BidSearch(d.utilities[0], sizes, so);
          if (all.length === 0) {
            expect(search.empty).toBe(true);
            continue;
          }
          const us = all.map((r) => r.u);
          const umax = Math.max(...us);
          const umin = Math.min(...us);
          expect(search.max()!.utility).toBeCloseTo(umax, 9);
          expect(search.min()!.utility).toBeCloseTo(umin, 9);
          for (let q = 0; q < 12; q++) {
            const target = umin - 0.05 + rng.next() * (umax - umin + 0.1);
            const above = us.filter((u) => u >= target - EPS);
            const below = us.filter((u) => u <= target + EPS);
            const got = search.atLeast(target);
            if (above.length === 0) expect(got).toBeNull();
            else expect(got!.utility).toBeCloseTo(Math.min(...above), 9);
            const got2 = search.atMost(target);
            if (below.length === 0) expect(got2).toBeNull();
            else expect(got2!.utility).toBeCloseTo(Math.max(...below), 9);
            const near = search.nearest(target)!;
            const bestDist = Math.min(...us.map((u) => Math.abs(u - target)));
            expect(Math.abs(near.utility - target)).toBeCloseTo(bestDist, 9);
            // Band query with a random additive objective.
            const table = sizes.map((k) => Array.from({ length: k }, () => rng.next()));
            const lo = target;
            const hi = target + rng.next() * 0.2;
            const inBand = all.filter((r) => r.u >= lo - EPS && r.u <= hi + EPS);
            const band = search.bestInRange(lo, hi, table);
            if (inBand.length === 0) expect(band).toBeNull();
            else {
              const bestObj = Math.max(...inBand.map((r) => objectiveOf(table, r.o)));
              expect(band!.utility).toBeGreaterThanOrEqual(lo - TOL);
              expect(band!.utility).toBeLessThanOrEqual(hi + TOL);
              expect(objectiveOf(table, band!.outcome)).toBeCloseTo(bestObj, 9);
              // Tie on the objective goes to the higher own utility.
              const tied = inBand.filter((r) => objectiveOf(table, r.o) >= bestObj - 1e-12);
              expect(band!.utility).toBeCloseTo(Math.max(...tied.map((r) => r.u)), 9);
              // Never an outcome violating the party's own red lines.
              expect(d.utilities[0].redLines.some((l) => violates(l, band!.outcome))).toBe(false);
            }
            checked++;
          }
          expect(search.lastExact).toBe(true);
        }
      }
      expect(checked).toBeGreaterThan(100);
    });
  }

  it('uses meet-in-the-middle for additive profiles, branch and bound for small spaces with residual terms, the ladder beyond', () => {
    const add = randomDomain(1, { issues: 6, options: 5 });
    expect(
      new BidSearch(
        add.utilities[0],
        add.issues.map((i) => i.options.length),
      ).engine!.name,
    ).toBe('meet-in-the-middle');
    const rect = randomDomain(2, { issues: 6, options: 6, rectangles: 30 });
    const s = new BidSearch(
      rect.utilities[0],
      rect.issues.map((i) => i.options.length),
      { mergeCap: 36 },
    );
    expect(s.decomposition.residual.length).toBeGreaterThan(0);
    expect(s.engine!.name).toBe('branch-and-bound');
    const big = randomDomain(2, { issues: 8, options: 6, rectangles: 30 });
    expect(
      new BidSearch(
        big.utilities[0],
        big.issues.map((i) => i.options.length),
      ).engine!.name,
    ).toBe('ladder');
  });

  it('the ladder (large non-decomposable spaces) stays within 1% of the utility range of the exact answers', () => {
    for (const seed of [5, 6]) {
      const d = randomDomain(seed, { issues: 7, options: 6, rectangles: 30, conflict: 'independent', redLines: 2 });
      const u = d.utilities[0];
      const search = new BidSearch(
        u,
        d.issues.map((i) => i.options.length),
      );
      expect(search.engine!.name).toBe('ladder');
      const all = rows(d, 0)
        .map((r) => r.u)
        .sort((a, b) => a - b);
      const lo = all[0];
      const hi = all[all.length - 1];
      const range = hi - lo;
      expect(search.max()!.utility).toBeCloseTo(hi, 9);
      expect(search.min()!.utility).toBeCloseTo(lo, 9);
      for (let q = 0; q <= 40; q++) {
        const t = lo + (range * q) / 40;
        let exact = Infinity;
        for (const x of all) exact = Math.min(exact, Math.abs(x - t));
        const near = search.nearest(t)!;
        expect(Math.abs(near.utility - t)).toBeLessThanOrEqual(exact + 0.01 * range);
        expect(u.redLines.some((l) => violates(l, near.outcome))).toBe(false);
        const up = search.atLeast(t);
        if (up) expect(up.utility).toBeGreaterThanOrEqual(t - EPS);
        const down = search.atMost(t);
        if (down) expect(down.utility).toBeLessThanOrEqual(t + EPS);
      }
      expect(search.lastExact).toBe(false);
    }
  });

  it('finds bids on a 5^12 (244 million outcome) additive space without enumerating it', () => {
    const d = randomDomain(7, { issues: 12, options: 5, conflict: 'independent' });
    const u = d.utilities[0];
    const search = new BidSearch(
      u,
      d.issues.map((i) => i.options.length),
    );
    // The index lists two halves of 5^6 = 15,625 combinations, not 244 million outcomes.
    const best = search.max()!;
    const exactMax = u.table.reduce((s, row) => s + Math.max(...row), 0);
    expect(best.utility).toBeCloseTo(exactMax, 12);
    const near = search.nearest(exactMax / 2)!;
    expect(Math.abs(near.utility - exactMax / 2)).toBeLessThan(1e-3);
  });

  it('reports an empty space when the own red lines forbid every outcome', () => {
    const u: PartyUtility = {
      table: [
        [0, 1],
        [0, 1],
      ],
      constant: 0,
      interactions: [],
      redLines: [{ options: [{ issue: 0, option: 0 }] }, { options: [{ issue: 0, option: 1 }] }],
    };
    const s = new BidSearch(u, [2, 2]);
    expect(s.empty).toBe(true);
    expect(s.max()).toBeNull();
    expect(s.nearest(0.5)).toBeNull();
  });

  it('marks an answer inexact when branch and bound runs out of nodes', () => {
    const d = randomDomain(3, { issues: 8, options: 6, rectangles: 40, conflict: 'independent' });
    const s = new BidSearch(
      d.utilities[0],
      d.issues.map((i) => i.options.length),
      { mergeCap: 1, nodeBudget: 50 },
    );
    const r = s.atLeast(0.3);
    expect(s.lastExact).toBe(false);
    if (r) expect(r.utility).toBeGreaterThanOrEqual(0.3 - EPS);
  });
});
