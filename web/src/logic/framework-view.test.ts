/** The indicator charts' true time axis and the progress table's honest latest/status cells. */
import { describe, expect, it } from 'vitest';
import { datedRows, periodDate, progressCells } from './framework-view.ts';

const year = (d: Date | null) => (d ? d.getTime() / (365.25 * 86_400_000) : NaN);

describe('indicator time axis', () => {
  it('places periods at the middle of their dates, so 2013 -> 2019 is six times 2022 -> 2023', () => {
    const gap = (a: string, b: string) => year(periodDate(b)) - year(periodDate(a));
    expect(gap('2013', '2019') / gap('2022', '2023')).toBeCloseTo(6, 2);
    expect(periodDate('2014-2018')!.toISOString().slice(0, 7)).toBe('2016-07');
    expect(periodDate('FY2024')!.toISOString().slice(0, 10)).toBe('2024-03-31');
    expect(periodDate('unspecified')).toBeNull();
  });

  it('keeps only the rows it can date', () => {
    const rows = [
      { kind: 'actual', period: '2013', value: 1, source: 's' },
      { kind: 'actual', period: 'unspecified', value: 2, source: 's' },
    ];
    expect(datedRows(rows).map((r) => r.value)).toEqual([1]);
  });
});

describe('progress cells', () => {
  it('an aggregate actual of 70 with no trajectory is shown as recorded, not as "no data"', () => {
    const c = progressCells(
      { latest: null, status: 'no_data', actuals: 1 },
      { actuals: [{ period: '2014-2018', value: 70 }] as never },
    );
    expect(c).toEqual({ latest: { value: 70, period: '2014-2018' }, status: 'recordedNoTrajectory' });
  });

  it('without any actual it stays "no data"; a placed latest actual is kept as is', () => {
    expect(progressCells({ latest: null, status: 'no_data', actuals: 0 }, { actuals: [] })).toEqual({
      latest: null,
      status: 'no_data',
    });
    const latest = { value: 5, period: '2023' };
    expect(progressCells({ latest, status: 'on_track', actuals: 2 }, undefined)).toEqual({
      latest,
      status: 'on_track',
    });
  });

  it('picks the latest of several unplaced actuals', () => {
    const c = progressCells(
      { latest: null, status: 'no_data', actuals: 2 },
      {
        actuals: [
          { period: '2019-2020', value: 3 },
          { period: '2010-2012', value: 9 },
        ] as never,
      },
    );
    expect(c.latest).toEqual({ value: 3, period: '2019-2020' });
  });
});
