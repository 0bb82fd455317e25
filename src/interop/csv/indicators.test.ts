import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { planAttach } from './attach.ts';
import { observationToActual, parseIndicatorsCsv, stringifyIndicatorsCsv } from './indicators.ts';
import { fixture } from '../../core/testing.ts';
import { errorOf } from '../../framework/testing.ts';

const real = readFileSync(fixture('data/indicators.csv'), 'utf8');

describe('parseIndicatorsCsv on test/fixtures/data/indicators.csv', () => {
  const obs = parseIndicatorsCsv(real, 'indicators.csv');
  it('reads every data row, keeping year labels as strings', () => {
    const dataLines = real.split('\n').filter((l) => /^[a-z]/.test(l)).length - 1; // minus header
    expect(obs.length).toBe(dataLines);
    const fy23 = obs.find((o) => o.indicatorId === 'cbp_fentanyl_seizures_lbs' && o.year === 'FY2023')!;
    expect(fy23.value).toBe(27000);
    const agg = obs.find((o) => o.indicatorId === 'mx_firearms_traced_us_sourced_share')!;
    expect(agg.year).toBe('2014-2018');
    expect(obs.some((o) => o.year === 'unspecified')).toBe(true);
    expect(obs.find((o) => o.indicatorId === 'us_drug_control_investment')!.year).toBe('2021-2022');
  });
  it('keeps the source and reads the notes for quality and qualifier', () => {
    const fy23 = observationToActual(
      obs.find((o) => o.indicatorId === 'cbp_fentanyl_seizures_lbs' && o.year === 'FY2023')!,
    );
    expect(fy23).toMatchObject({
      qualifier: 'lower_bound',
      quality: 'secondary',
      source: { url: expect.stringContaining('hstoday.us') },
    });
    const brighteon = observationToActual(
      obs.find((o) => o.indicatorId === 'cbp_swb_encounters' && o.year === 'FY2020')!,
    );
    expect(brighteon.quality).toBe('low');
    const cdc = observationToActual(obs.find((o) => o.indicatorId === 'us_od_deaths_total' && o.year === '2022')!);
    expect(cdc).toMatchObject({ quality: 'official', qualifier: 'exact' });
    const fy22 = observationToActual(
      obs.find((o) => o.indicatorId === 'cbp_fentanyl_seizures_lbs' && o.year === 'FY2022')!,
    );
    expect(fy22.qualifier).toBe('exact'); // "more than 14,700" quotes another source
  });
  it('round-trips through stringify', () => {
    const again = parseIndicatorsCsv(stringifyIndicatorsCsv(obs));
    expect(again.map(({ line: _l, ...o }) => o)).toEqual(obs.map(({ line: _l, ...o }) => o));
  });
});

describe('validation', () => {
  const header = 'indicator_id,indicator_name,unit,country,year,value,source_title,source_url,note\n';
  it('lists every bad row with line and column, and returns nothing', () => {
    const text =
      header +
      'a,A,deaths,US,2020,10,T,https://x.org/a,\n' +
      'a,A,deaths,US,2021,"1,188",T,https://x.org/a,\n' + // thousands separator
      'b,B,deaths,USA,FY22,5,T,https://x.org/a,\n' + // bad country and year
      'c,C,,MX,2020,5,,ftp://x,\n' + // empty unit, no source, bad URL
      'a,A,deaths,US,2020,11,T,https://x.org/a,\n' + // duplicate
      'd,D,deaths,US,2020,5\n'; // short row
    const e = errorOf(() => parseIndicatorsCsv(text, 'x.csv'));
    const got = e.problems.map((p) => `${p.line}:${p.path.join('')}`);
    expect(got).toEqual(['3:value', '4:country', '4:year', '5:unit', '5:source_title', '5:source_url', '6:year', '7:']);
    expect(e.problems[0]).toMatchObject({ file: 'x.csv', column: 20 }); // the opening quote of "1,188"
    expect(e.problems[0].message).toMatch(/column value/);
  });
  it('rejects a header without the columns', () => {
    expect(errorOf(() => parseIndicatorsCsv('indicator_id,value\nx,1\n')).code).toBe('missing_columns');
  });
});

describe('planAttach', () => {
  const obs = parseIndicatorsCsv(real);
  const mapped = [
    {
      frameworkId: 'f',
      indicatorId: 'deaths',
      unit: 'deaths',
      dataset: { indicatorId: 'us_od_deaths_total', country: 'US' },
    },
    {
      frameworkId: 'g',
      indicatorId: 'trade',
      unit: 'billion USD (current)',
      dataset: { indicatorId: 'us_mx_goods_trade_total', country: 'US-MX' },
    },
  ];
  it('attaches mapped rows and reports the rest as unmatched', () => {
    const plan = planAttach(mapped, obs);
    expect(plan.matches.filter((m) => m.indicatorId === 'deaths').map((m) => m.actual.period)).toEqual([
      '2015',
      '2016',
      '2017',
      '2018',
      '2019',
      '2020',
      '2022',
      '2023',
    ]);
    expect(plan.matches.filter((m) => m.frameworkId === 'g')).toHaveLength(5);
    expect(plan.unmatched.length).toBe(obs.length - 13);
  });
  it('refuses a unit mismatch, naming line and column', () => {
    const e = errorOf(() => planAttach([{ ...mapped[0], unit: 'people' }], obs, { file: 'i.csv' }));
    expect(e.problems).toHaveLength(8);
    expect(e.problems[0]).toMatchObject({ code: 'unit_mismatch', path: ['unit'], file: 'i.csv' });
    expect(e.problems[0].line).toBe(obs.find((o) => o.indicatorId === 'us_od_deaths_total')!.line);
  });
  it('strict mode makes unmatched rows errors', () => {
    // One problem per unmatched row, listed up to 100 and then counted.
    const unmatched = obs.length - 13;
    const problems = errorOf(() => planAttach(mapped, obs, { strict: true })).problems;
    expect(unmatched).toBeGreaterThan(100);
    expect(problems).toHaveLength(101);
    expect(problems[100]).toMatchObject({ code: 'more_problems', params: { count: unmatched - 100, shown: 100 } });
  });
});

describe('a header with 100,000 extra columns', () => {
  const header = 'indicator_id,indicator_name,unit,country,year,value,source_title,source_url,note';
  const extra = Array.from({ length: 100_000 }, (_, i) => `extra_${i}`);
  const row = 'x,X,n,US,2022,1,Src,,';
  it('reads the rows, ignoring the extra columns (each header name is indexed once)', () => {
    const text = `${header},${extra.join(',')}\n${row},${extra.map(() => '').join(',')}\n`;
    const obs = parseIndicatorsCsv(text, 'wide.csv');
    expect(obs).toMatchObject([{ indicatorId: 'x', country: 'US', year: '2022', value: 1, line: 2 }]);
  });
  it('names a column repeated at the far end of the header', () => {
    const text = `${header},${extra.join(',')},extra_99999\n`;
    expect(errorOf(() => parseIndicatorsCsv(text, 'wide.csv')).problems).toMatchObject([
      { code: 'duplicate_column', params: { column: 'extra_99999' }, line: 1, file: 'wide.csv' },
    ]);
  });
});
