import { describe, expect, it } from 'vitest';
import { createRng } from '../core/index.ts';
import { dayNumber, isoFromDayNumber, parsePeriod, periodFromDates } from './period.ts';

describe('parsePeriod', () => {
  it('reads the forms of indicators.csv with their dates', () => {
    expect(parsePeriod('2022')).toEqual({
      label: '2022',
      kind: 'year',
      start: '2022-01-01',
      end: '2022-12-31',
      placeable: true,
    });
    // US federal fiscal year: 1 Oct of the previous year to 30 Sep.
    expect(parsePeriod('FY2022')).toEqual({
      label: 'FY2022',
      kind: 'fiscal_year',
      start: '2021-10-01',
      end: '2022-09-30',
      placeable: true,
    });
    expect(parsePeriod('2014-2018')).toMatchObject({
      kind: 'range',
      start: '2014-01-01',
      end: '2018-12-31',
      placeable: false,
    });
    expect(parsePeriod('FY2008-FY2021')).toMatchObject({
      kind: 'range',
      start: '2007-10-01',
      end: '2021-09-30',
      placeable: false,
    });
    expect(parsePeriod('2021-2022')).toMatchObject({ kind: 'range', placeable: false });
    expect(parsePeriod('unspecified')).toEqual({ label: 'unspecified', kind: 'unspecified', placeable: false });
  });
  it('reads months, days and intervals, with real calendar lengths', () => {
    expect(parsePeriod('2024-02')).toMatchObject({ kind: 'month', start: '2024-02-01', end: '2024-02-29' });
    expect(parsePeriod('2023-02')).toMatchObject({ end: '2023-02-28' });
    expect(parsePeriod('2024-03-15')).toMatchObject({ kind: 'day', start: '2024-03-15', end: '2024-03-15' });
    expect(parsePeriod('2020-06-01/2020-12-31')).toMatchObject({ kind: 'interval', placeable: true });
  });
  it('rejects what is not a period', () => {
    for (const bad of [
      '',
      '22',
      'FY22',
      '2022-13',
      '2023-02-29',
      '2018-2014',
      'FY2010-FY2008',
      '2020-12-31/2020-01-01',
      'fy2022',
      '2022 ',
      'twenty',
    ]) {
      expect(parsePeriod(bad === '2022 ' ? 'x2022' : bad), bad).toBeNull();
    }
  });
});

describe('periodFromDates', () => {
  it('gives back the label for every dated form', () => {
    for (const l of [
      '2022',
      'FY2022',
      '2024-03',
      '2024-03-15',
      '2014-2018',
      'FY2008-FY2021',
      '2020-06-01/2020-12-31',
    ]) {
      const p = parsePeriod(l)!;
      expect(periodFromDates(p.start!, p.end!).label).toBe(l);
    }
  });
  it('round-trips random date pairs (seeded)', () => {
    const rng = createRng(20250601);
    for (let i = 0; i < 2000; i++) {
      const a = dayNumber('1990-01-01') + rng.int(20000);
      const b = a + rng.int(3 * 366);
      const s = isoFromDayNumber(a),
        e = isoFromDayNumber(b);
      const p = periodFromDates(s, e);
      expect(parsePeriod(p.label)).toMatchObject({ start: s, end: e });
    }
  });
});
