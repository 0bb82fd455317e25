/** Drawing preference sets: reproducible per (seed, index), inside the ranges, distributions as stated. */
import { describe, expect, it } from 'vitest';
import { createRng } from '../../core/index.ts';
import { applyUncertainty, preferencesOf, utilityOf } from '../../model/index.ts';
import { randomDomain } from '../random-domain.ts';
import { gamma, Sampler } from './sample.ts';

const domain = randomDomain(7, { parties: 3, issues: 4, minOptions: 3, maxOptions: 4, statusQuo: true });
const model = preferencesOf(domain);

describe('Sampler', () => {
  it('gives sample i the same numbers whatever was drawn before, and different samples different numbers', () => {
    const applied = applyUncertainty(model);
    const a = new Sampler(model, applied);
    const b = new Sampler(model, applied);
    const forward = [0, 1, 2, 3].map((i) => a.preferences(5, i));
    const backward = [3, 2, 1, 0].map((i) => b.preferences(5, i)).reverse();
    expect(backward).toEqual(forward);
    expect(forward[0]).not.toEqual(forward[1]);
    expect(a.preferences(6, 0)).not.toEqual(forward[0]);
  });

  it('draws every parameter inside its range, grid parameters on grid points only, and hits every grid point', () => {
    const applied = applyUncertainty(model, undefined, {
      weights: { spread: '±40%', distribution: 'grid', points: 3 },
      values: { spread: '±0.1' },
    });
    const sampler = new Sampler(model, applied);
    const seen = applied.parameters.map(() => new Set<number>());
    for (let i = 0; i < 400; i++) {
      const prefs = sampler.preferences(1, i);
      applied.parameters.forEach((x, n) => {
        const v =
          x.ref.kind === 'weight'
            ? prefs[x.ref.party].weights[x.ref.issue]
            : x.ref.kind === 'value'
              ? prefs[x.ref.party].values[x.ref.issue][x.ref.option]
              : prefs[x.ref.party].reservation!;
        expect(v).toBeGreaterThanOrEqual(x.lo);
        expect(v).toBeLessThanOrEqual(x.hi);
        if (x.distribution === 'grid') {
          const step = (x.hi - x.lo) / (x.points! - 1);
          expect(Math.abs((v - x.lo) / step - Math.round((v - x.lo) / step))).toBeLessThan(1e-9);
          seen[n].add(Math.round((v - x.lo) / step));
        }
      });
    }
    applied.parameters.forEach((x, n) => {
      if (x.distribution === 'grid') expect(seen[n].size).toBe(3);
    });
    expect(applied.parameters.some((x) => x.distribution === 'grid')).toBe(true);
    expect(applied.parameters.some((x) => x.distribution === 'uniform')).toBe(true);
  });

  it('keeps the party total of table weights, and recomputes a status-quo reservation from the drawn preferences', () => {
    const withSq = { ...domain, meta: { reservations: { p1: 'status_quo' } } };
    const m = preferencesOf(withSq);
    const sampler = new Sampler(m, applyUncertainty(m));
    const total = (ws: number[]) => ws.reduce((a, b) => a + b, 0);
    for (let i = 0; i < 20; i++) {
      const d = sampler.domain(3, i);
      for (let p = 0; p < 3; p++) {
        const w = d.utilities[p].table.map((row) => Math.max(...row.map((v) => v)));
        // Values' best option stays at 1 under the default (extremes are not drawn), so row maxima are the weights.
        expect(total(w)).toBeCloseTo(total(m.parties[p].weights), 12);
      }
      const sq = domain.issues.map((i) => i.statusQuo!);
      expect(d.parties[1].reservation).toBeCloseTo(utilityOf(d.utilities[1], sq), 15);
      expect(d.parties[0].reservation).toBe(domain.parties[0].reservation);
    }
  });
});

describe('Dirichlet weights', () => {
  it('Gamma(a) draws have mean a and variance a (a = 0.3, 2.5)', () => {
    const rng = createRng(11);
    for (const a of [0.3, 2.5]) {
      const n = 40000;
      let s = 0;
      let s2 = 0;
      for (let i = 0; i < n; i++) {
        const x = gamma(rng, a);
        s += x;
        s2 += x * x;
      }
      const mean = s / n;
      const variance = s2 / n - mean * mean;
      expect(Math.abs(mean - a)).toBeLessThan(5 * Math.sqrt(a / n));
      expect(Math.abs(variance - a) / a).toBeLessThan(0.06);
    }
  });

  it('draws weight shares around the shares as written, with variance share (1 - share) / (c + 1); zeros stay 0', () => {
    const d = randomDomain(3, { parties: 2, issues: 4, minOptions: 2, maxOptions: 2 });
    d.utilities[0].table[3] = [0, 0];
    const m = preferencesOf(d);
    const c = 20;
    const applied = applyUncertainty(m, undefined, {
      weights: { distribution: 'dirichlet', concentration: c },
      values: { spread: 0 },
    });
    expect(applied.dirichlet.map((x) => x.party)).toEqual([0, 1]);
    const sampler = new Sampler(m, applied);
    const w0 = m.parties[0].weights;
    const total = w0.reduce((a, b) => a + b, 0);
    const n = 6000;
    const sums = new Array<number>(4).fill(0);
    const sq = new Array<number>(4).fill(0);
    for (let i = 0; i < n; i++) {
      const w = sampler.preferences(9, i)[0].weights;
      expect(w[3]).toBe(0);
      expect(w.reduce((a, b) => a + b, 0)).toBeCloseTo(total, 12);
      w.forEach((x, j) => {
        sums[j] += x / total;
        sq[j] += (x / total) ** 2;
      });
    }
    for (let j = 0; j < 3; j++) {
      const share = w0[j] / total;
      const mean = sums[j] / n;
      const variance = sq[j] / n - mean * mean;
      const expected = (share * (1 - share)) / (c + 1);
      expect(Math.abs(mean - share)).toBeLessThan(5 * Math.sqrt(expected / n));
      expect(Math.abs(variance - expected) / expected).toBeLessThan(0.1);
    }
  });
});
