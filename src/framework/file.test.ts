import { describe, expect, it } from 'vitest';
import { parseFrameworkText, validateFramework } from './file.ts';
import { tinyFramework } from './testing/fixtures.ts';
import { errorOf } from './testing/errors.ts';

const good = `id: f
name: F
status: draft
parties:
  - { id: us, name: US }
  - { id: mx, name: MX }
sources:
  cdc: { title: CDC, url: "https://cdc.gov/x" }
areas:
  - id: a
    name: A
    objectives:
      - id: o
        title: O
        ownerParties: [us]
        results:
          - id: r
            type: outcome
            title: R
            indicators:
              - id: i
                name: I
                unit: deaths
                higherIsBetter: false
                baseline: { period: 2022, value: 3, source: cdc }
                targets: [{ period: FY2030, value: 1, proposed: true, rationale: because }]
                actuals: [{ period: 2014-2018, value: 9, source: { title: T } }]
actions:
  - id: x
    objective: o
    title: X
    joint: false
    status: pipeline
    dates: { plannedStart: 2026-01-01 }
    actors: [{ agency: DEA, party: us, role: accountable }]
    budgets: [{ status: committed, amount: 5, currency: USD, party: us, period: FY2026, basis: proposal, rationale: r }]
`;

describe('parseFrameworkText', () => {
  it('normalises a valid file: source ids resolved, years as strings, budget dates from the period', () => {
    const fw = parseFrameworkText(good, 'f.yaml');
    const ind = fw.areas[0].objectives[0].results[0].indicators[0];
    expect(ind.baseline).toEqual({
      period: '2022',
      value: 3,
      source: { title: 'CDC', url: 'https://cdc.gov/x' },
      quality: 'unknown',
      qualifier: 'exact',
    });
    expect(ind.measure).toBe('unit');
    expect(ind.actuals[0].period).toBe('2014-2018');
    expect(fw.actions[0].budgets[0]).toMatchObject({
      periodStart: '2025-10-01',
      periodEnd: '2026-09-30',
      valueDate: '2025-10-01',
    });
    // The model is itself a valid file.
    expect(validateFramework(fw)).toEqual(fw);
  });
  it('names file, path, line and column of a bad value', () => {
    const e = errorOf(() => parseFrameworkText(good.replace('period: FY2030', 'period: 2014-2018'), 'f.yaml'));
    expect(e.problems[0]).toMatchObject({
      file: 'f.yaml',
      path: ['areas', 0, 'objectives', 0, 'results', 0, 'indicators', 0, 'targets', 0, 'period'],
      line: 26,
      column: 37,
    });
    expect(e.problems[0].message).toMatch(/single dated period/);
  });
  it('requires sources and rationales for figures', () => {
    const e1 = errorOf(() => parseFrameworkText(good.replace(', proposed: true, rationale: because', ''), 'f.yaml'));
    expect(e1.problems[0].message).toMatch(/must name its source/);
    const e2 = errorOf(() =>
      parseFrameworkText(good.replace(', basis: proposal, rationale: r', ', basis: appropriation'), 'f.yaml'),
    );
    expect(e2.problems[0]).toMatchObject({ line: 36, path: ['actions', 0, 'budgets', 0, 'source'] });
    expect(e2.problems[0].message).toMatch(/basis "appropriation" must name its source/);
  });
  it('says a missing or malformed source is one, instead of zod\'s "Invalid input"', () => {
    const missing = errorOf(() =>
      parseFrameworkText(
        good.replace('baseline: { period: 2022, value: 3, source: cdc }', 'baseline: { period: 2022, value: 3 }'),
        'f.yaml',
      ),
    );
    expect(missing.problems[0]).toMatchObject({
      path: ['areas', 0, 'objectives', 0, 'results', 0, 'indicators', 0, 'baseline', 'source'],
      message: 'required: name the source, as {title, url?, note?} or the id of an entry in sources',
    });
    const wrong = errorOf(() => parseFrameworkText(good.replace('source: cdc', 'source: 42'), 'f.yaml'));
    expect(wrong.problems[0].message).toBe('must be a source {title, url?, note?} or the id of an entry in sources');
  });
  it('checks references, duplicate ids and joint consistency', () => {
    const e = errorOf(() =>
      parseFrameworkText(
        good
          .replace('ownerParties: [us]', 'ownerParties: [ca]')
          .replace('objective: o', 'objective: nope')
          .replace('source: cdc', 'source: nih'),
        'f.yaml',
      ),
    );
    expect(e.problems.map((p) => p.message)).toEqual([
      'unknown party "ca" (parties: us, mx)',
      'unknown source "nih" (not in the sources catalogue)',
      'unknown objective "nope"',
    ]);
    expect(e.problems[0]).toMatchObject({ line: 15, column: 24 });
    const j = errorOf(() =>
      parseFrameworkText(
        good.replace(
          'actors: [{ agency: DEA, party: us, role: accountable }]',
          'actors: [{ agency: DEA, party: us, role: accountable }, { agency: FGR, party: mx, role: implementing }]',
        ),
        'f.yaml',
      ),
    );
    expect(j.problems[0].message).toMatch(/unilateral action has actors of one party only/);
  });
  it('takes one exchange rate per currency pair (conversion never chooses between dates) and none from a currency to itself', () => {
    const rates = (lines: string[]) =>
      good.replace('areas:\n', `exchangeRates:\n${lines.map((l) => `  - ${l}\n`).join('')}areas:\n`);
    const one = parseFrameworkText(
      rates(['{ from: USD, to: MXN, rate: 17, date: 2024-01-01, source: cdc }']),
      'f.yaml',
    );
    expect(one.exchangeRates).toHaveLength(1);
    const e = errorOf(() =>
      parseFrameworkText(
        rates([
          '{ from: USD, to: MXN, rate: 17, date: 2024-01-01, source: cdc }',
          '{ from: USD, to: MXN, rate: 20, date: 2025-01-01, source: cdc }',
          '{ from: MXN, to: USD, rate: 0.05, date: 2025-01-01, source: cdc }',
          '{ from: EUR, to: EUR, rate: 2, date: 2025-01-01, source: cdc }',
        ]),
        'f.yaml',
      ),
    );
    expect(e.problems.map((p) => [p.path.join('.'), p.line])).toEqual([
      ['exchangeRates.1', 11],
      ['exchangeRates.2', 12],
      ['exchangeRates.3.to', 13],
    ]);
    expect(e.problems[0].message).toBe(
      'a second rate between USD and MXN (the first is exchangeRates.0); state one rate per currency pair',
    );
    expect(e.problems[2].message).toBe('a rate from EUR to itself');
  });
  it('refuses an action that ends before it starts (planned or actual)', () => {
    const e = errorOf(() =>
      parseFrameworkText(
        good.replace(
          'dates: { plannedStart: 2026-01-01 }',
          'dates: { plannedStart: 2026-01-01, plannedEnd: 2025-12-31, actualStart: 2026-02-01, actualEnd: 2026-02-01 }',
        ),
        'f.yaml',
      ),
    );
    expect(e.problems).toHaveLength(1);
    expect(e.problems[0]).toMatchObject({
      path: ['actions', 0, 'dates', 'plannedEnd'],
      line: 34,
      message: 'plannedEnd 2025-12-31 is before plannedStart 2026-01-01',
    });
  });
  it('rejects unknown keys and YAML syntax errors with their line', () => {
    expect(
      errorOf(() => parseFrameworkText(good.replace('name: F', 'name: F\nnmae: G'), 'f.yaml')).problems[0],
    ).toMatchObject({ code: 'unrecognized_keys', line: 1 });
    expect(errorOf(() => parseFrameworkText('id: [x\nname: y\n', 'f.yaml')).problems[0]).toMatchObject({
      code: 'syntax_error',
      file: 'f.yaml',
      line: 2,
    });
  });
  it('validates models built in code', () => {
    expect(() => validateFramework(tinyFramework())).not.toThrow();
    const bad = tinyFramework();
    bad.actions[0].actors[0].party = 'zz';
    expect(errorOf(() => validateFramework(bad, 'model')).problems[0]).toMatchObject({
      path: ['actions', 0, 'actors', 0, 'party'],
      file: 'model',
    });
  });
});
