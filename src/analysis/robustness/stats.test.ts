/** Sampling statistics: Wilson intervals and type-7 quantiles against values computed by hand. */
import { describe, expect, it } from 'vitest';
import { estimate, quantiles, quantileSorted, wilson } from './stats.ts';

describe('wilson', () => {
  it('matches published 95% intervals (Newcombe 1998, table I) and stays in [0, 1]', () => {
    // 81/263: 0.2553-0.3662; 15/148: 0.0624-0.1605; 0/20: 0-0.1611; 1/29: 0.0061-0.1718.
    const close = (a: [number, number], b: [number, number]) => {
      expect(a[0]).toBeCloseTo(b[0], 4);
      expect(a[1]).toBeCloseTo(b[1], 4);
    };
    close(wilson(81, 263), [0.2553, 0.3662]);
    close(wilson(15, 148), [0.0624, 0.1605]);
    close(wilson(0, 20), [0, 0.1611]);
    close(wilson(1, 29), [0.0061, 0.1718]);
    expect(wilson(20, 20)[1]).toBe(1);
    expect(wilson(0, 20)[0]).toBe(0);
    expect(estimate(3, 4)).toEqual({ probability: 0.75, ci: wilson(3, 4) });
  });
});

describe('quantiles', () => {
  it('interpolate between order statistics (type 7)', () => {
    const sorted = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    expect(quantileSorted(sorted, 0)).toBe(1);
    expect(quantileSorted(sorted, 1)).toBe(10);
    expect(quantileSorted(sorted, 0.5)).toBe(5.5);
    expect(quantileSorted(sorted, 0.05)).toBeCloseTo(1.45, 12);
    expect(quantileSorted(sorted, 0.25)).toBeCloseTo(3.25, 12);
    const q = quantiles([10, 1, 9, 2, 8, 3, 7, 4, 6, 5]);
    expect(q).toMatchObject({ q50: 5.5, mean: 5.5 });
    expect(q.q95).toBeCloseTo(9.55, 12);
    expect(quantiles([]).q50).toBeNaN();
  });
});
