import { describe, expect, it } from 'vitest';
import { CgError } from '../core/index.ts';
import {
  budgetReport,
  indicatorProgress,
  jointShare,
  latestPlaceableIndex,
  trajectoryAt,
  type IndicatorProgressInput,
} from './progress.ts';

const base = (over: Partial<IndicatorProgressInput>): IndicatorProgressInput => ({
  id: 'i',
  name: 'I',
  unit: 'deaths',
  higherIsBetter: false,
  baseline: { period: '2020', value: 100 },
  targets: [{ period: '2030', value: 50 }],
  actualCount: 1,
  unplaceableCount: 0,
  ...over,
});
const latest = (period: string, value: number) => ({
  period,
  value,
  quality: 'official' as const,
  qualifier: 'exact' as const,
});

describe('indicatorProgress', () => {
  // Baseline 100 at 2020-12-31, target 50 at 2030-12-31 (3652 days later).
  // At 2025-12-31 (1826 days): expected = 100 - 50 * 1826/3652 = 75.
  it('compares the latest actual with the straight trajectory (lower is better)', () => {
    const on = indicatorProgress(base({ latest: latest('2025', 74) }));
    expect(on.status).toBe('on_track');
    expect(on.expected).toBeCloseTo(75, 10);
    expect(on.position).toBeCloseTo(26 / 50, 10);
    expect(indicatorProgress(base({ latest: latest('2025', 75) })).status).toBe('on_track');
    expect(indicatorProgress(base({ latest: latest('2025', 76) })).status).toBe('off_track');
    expect(indicatorProgress(base({ latest: latest('2025', 50) })).status).toBe('achieved');
    expect(indicatorProgress(base({ latest: latest('2031', 51) })).status).toBe('off_track');
  });
  it('respects higher-is-better', () => {
    const up = {
      higherIsBetter: true,
      baseline: { period: '2020', value: 10 },
      targets: [{ period: '2030', value: 20 }],
    };
    expect(indicatorProgress(base({ ...up, latest: latest('2025', 16) })).status).toBe('on_track');
    expect(indicatorProgress(base({ ...up, latest: latest('2025', 14) })).status).toBe('off_track');
    expect(indicatorProgress(base({ ...up, latest: latest('2024', 21) })).status).toBe('achieved');
  });
  it('follows intermediate targets piecewise', () => {
    // Baseline FY2020 (2020-09-30) = 0, FY2022 (2022-09-30) = 100, FY2024 = 100.
    const r = indicatorProgress(
      base({
        higherIsBetter: true,
        baseline: { period: 'FY2020', value: 0 },
        targets: [
          { period: 'FY2024', value: 100 },
          { period: 'FY2022', value: 100 },
        ],
        latest: latest('FY2021', 49),
      }),
    );
    // FY2021 ends 2021-09-30: 365 of 730 days into the first segment -> 50.
    expect(r.expected).toBeCloseTo(50, 10);
    expect(r.status).toBe('off_track');
    expect(r.target).toEqual({ period: 'FY2024', value: 100 });
  });
  it('reports missing data as missing, never as zero', () => {
    expect(indicatorProgress(base({ actualCount: 0 }))).toMatchObject({
      status: 'no_data',
      latest: null,
      reason: 'no actuals recorded',
    });
    expect(indicatorProgress(base({ actualCount: 2, unplaceableCount: 2 })).reason).toMatch(/aggregate or unspecified/);
    expect(indicatorProgress(base({ baseline: undefined, latest: latest('2025', 1) }))).toMatchObject({
      status: 'no_data',
      reason: 'no baseline; latest actual 2025',
    });
    expect(indicatorProgress(base({ targets: [], latest: latest('2025', 1) })).reason).toBe(
      'no dated target after the baseline period',
    );
    expect(indicatorProgress(base({ targets: [{ period: '2019', value: 1 }], latest: latest('2025', 1) })).status).toBe(
      'no_data',
    );
  });
  it('is not started until an actual is dated after the baseline', () => {
    expect(indicatorProgress(base({ latest: latest('2020', 10) })).status).toBe('not_started');
    expect(indicatorProgress(base({ latest: latest('2019', 10) })).status).toBe('not_started');
  });
});

describe('latestPlaceableIndex', () => {
  it('skips aggregates and unspecified periods and orders by end date', () => {
    expect(latestPlaceableIndex([{ period: '2014-2018' }, { period: 'unspecified' }])).toBe(-1);
    // FY2023 ends 2023-09-30, after 2022 (2022-12-31); the 2014-2024 aggregate is skipped.
    expect(latestPlaceableIndex([{ period: 'FY2023' }, { period: '2022' }, { period: '2014-2024' }])).toBe(0);
    // Same end date (2023-09-30): the month starts later than the fiscal year, so it is the latest.
    expect(latestPlaceableIndex([{ period: 'FY2023' }, { period: '2023-09' }])).toBe(1);
    expect(latestPlaceableIndex([{ period: '2023-09' }, { period: 'FY2023' }])).toBe(0);
  });
  it('is a max by (end, start, order) — checked against sorting', () => {
    const labels = [
      '2020',
      'FY2021',
      '2021-09',
      '2021-09-30',
      '2021',
      'FY2022',
      '2022-12',
      '2022-12-31',
      '2019-2022',
      'unspecified',
    ];
    for (let k = 0; k < labels.length; k++) {
      const list = labels
        .slice(k)
        .concat(labels.slice(0, k))
        .map((period) => ({ period }));
      const i = latestPlaceableIndex(list);
      // 2022, 2022-12 and 2022-12-31 all end on 2022-12-31; the day starts last.
      expect(list[i].period).toBe('2022-12-31');
    }
  });
});

describe('trajectoryAt', () => {
  it('interpolates and clamps', () => {
    const pts = [
      { x: 0, y: 0 },
      { x: 10, y: 100 },
      { x: 20, y: 100 },
    ];
    expect(trajectoryAt(pts, -5)).toBe(0);
    expect(trajectoryAt(pts, 5)).toBe(50);
    expect(trajectoryAt(pts, 15)).toBe(100);
    expect(trajectoryAt(pts, 99)).toBe(100);
  });
});

describe('budgetReport', () => {
  const totals = [
    { currency: 'USD', committed: 200, committedProposed: 200, indicative: 50, disbursed: 50, disbursementCount: 2 },
    { currency: 'MXN', committed: 1000, committedProposed: 0, indicative: 0, disbursed: 0, disbursementCount: 0 },
  ];
  it('keeps currencies apart and treats no disbursement record as missing', () => {
    const r = budgetReport(totals);
    expect(r.byCurrency.map((l) => l.currency)).toEqual(['MXN', 'USD']);
    expect(r.byCurrency[0]).toMatchObject({ disbursed: null, execution: null });
    expect(r.byCurrency[1]).toMatchObject({ disbursed: 50, execution: 0.25 });
    expect(r.converted).toBeUndefined();
  });
  it('converts only with a stated rate', () => {
    expect(() => budgetReport(totals, { currency: 'USD', rates: [] })).toThrow(CgError);
    const rate = { from: 'USD', to: 'MXN', rate: 20, date: '2024-01-01', source: { title: 't' } };
    const r = budgetReport(totals, { currency: 'USD', rates: [rate] });
    // MXN has 1000 committed and no disbursement recorded: the total disbursed is unknown, so
    // execution is not 50 / 250 (which would count MXN's missing disbursements as zero).
    expect(r.converted).toMatchObject({ currency: 'USD', committed: 250, disbursed: null, execution: null });
    const recorded = [totals[0], { ...totals[1], disbursed: 200, disbursementCount: 1 }];
    expect(budgetReport(recorded, { currency: 'USD', rates: [rate] }).converted).toMatchObject({
      committed: 250,
      disbursed: 60,
      execution: 60 / 250,
    });
    // A currency with nothing committed and nothing disbursed does not make the total unknown.
    const idle = [
      totals[0],
      { currency: 'EUR', committed: 0, committedProposed: 0, indicative: 30, disbursed: 0, disbursementCount: 0 },
    ];
    const eur = { from: 'EUR', to: 'USD', rate: 1.1, date: '2024-01-01', source: { title: 't' } };
    expect(budgetReport(idle, { currency: 'USD', rates: [eur] }).converted).toMatchObject({
      committed: 200,
      disbursed: 50,
      execution: 0.25,
    });
  });
  it('refuses a currency that is not a three-letter code, instead of looking for a rate to it', () => {
    for (const bad of ['usd', 'US', 'US$', '']) {
      let err: unknown;
      try {
        budgetReport(totals, { currency: bad, rates: [] });
      } catch (e) {
        err = e;
      }
      expect(err, bad).toBeInstanceOf(CgError);
      expect((err as CgError).problems[0]).toMatchObject({ code: 'invalid_currency', path: ['currency'] });
    }
  });
});

describe('jointShare', () => {
  it('gives per-year and cumulative shares', () => {
    const s = jointShare([
      { year: 2027, joint: 1, unilateral: 1 },
      { year: 2026, joint: 3, unilateral: 0 },
    ]);
    expect(s).toMatchObject({ joint: 4, unilateral: 1, share: 0.8 });
    expect(s.byYear).toEqual([
      { year: 2026, joint: 3, unilateral: 0, share: 1, cumulativeShare: 1 },
      { year: 2027, joint: 1, unilateral: 1, share: 0.5, cumulativeShare: 0.8 },
    ]);
    expect(jointShare([]).share).toBeNull();
  });
});
