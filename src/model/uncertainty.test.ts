/** Uncertainty in the scenario format, the run setting, and how both apply parameter by parameter. */
import { describe, expect, it } from 'vitest';
import { formatProblem, isCgError, type CgError } from '../core/index.ts';
import { englishWords } from '../core/testing.ts';
import { scenarioJsonSchema } from './scenario.ts';
import { loadScenarioText } from './scenario-compile.ts';
import { domainWith, preferencesOf } from './preferences.ts';
import { applyUncertainty, type AppliedUncertainty } from './uncertainty-apply.ts';
import { parseUncertaintySetting, uncertaintySettingsFrom } from './uncertainty-settings.ts';
import { formatSpread, parseSpread } from './uncertainty.ts';

const TOY = `id: toy
name: Toy scenario
sources:
  - id: brief
    title: A brief
issues:
  - id: guns
    name: Gun smuggling
    options:
      - { id: none, label: No action }
      - { id: joint, label: Joint tracing }
    statusQuo: none
  - id: tariffs
    name: Tariffs
    options:
      - { id: high, label: High }
      - { id: low, label: Low }
      - { id: zero, label: Zero }
    statusQuo: high
parties:
  - id: us
    name: United States
    reservation: status_quo
    weights:
      guns: { weight: 1, rationale: r, source: brief }
      tariffs: { weight: 3, rationale: r, source: assumption }
    values:
      guns: { options: { none: 0.5, joint: 0.25 }, rationale: r, source: brief }
      tariffs: { options: { high: 1, low: 0.5, zero: 0 }, rationale: r, source: brief }
  - id: mx
    name: Mexico
    reservation: 0.2
    weights:
      guns: { weight: 2, rationale: r, source: brief }
      tariffs: { weight: 0, rationale: r, source: brief }
    values:
      guns: { options: { none: 0, joint: 1 }, rationale: r, source: brief }
`;

function edit(text: string, from: string, to: string): string {
  expect(text.split(from).length, `"${from}" occurs once`).toBe(2);
  return text.replace(from, to);
}

function refusal(text: string): CgError {
  try {
    loadScenarioText(text, 'toy.yaml');
  } catch (e) {
    if (isCgError(e)) return e;
    throw e;
  }
  throw new Error('expected a CgError');
}

const lineOf = (text: string, needle: string) => text.slice(0, text.indexOf(needle)).split('\n').length;
const WEIGHT = 'tariffs: { weight: 3, rationale: r, source: assumption }';
const withWeightUncertainty = (u: string) =>
  edit(TOY, WEIGHT, `tariffs: { weight: 3, rationale: r, source: assumption, uncertainty: ${u} }`);

function drawn(a: AppliedUncertainty): Record<string, [number, number, string]> {
  return Object.fromEntries(a.parameters.map((p) => [p.path, [p.lo, p.hi, p.origin]]));
}

describe('spreads', () => {
  it('read "±30%", "+-30%", "30%" and 0.3 as fractions, "±0.1" as an amount, and refuse bare numbers', () => {
    for (const x of ['±30%', '+-30%', '+/-30 %', '30%', 0.3])
      expect(parseSpread(x), String(x)).toEqual({ kind: 'relative', amount: 0.3 });
    expect(parseSpread('±0.1')).toEqual({ kind: 'absolute', amount: 0.1 });
    expect(parseSpread('+-2')).toEqual({ kind: 'absolute', amount: 2 });
    expect(parseSpread('0')).toEqual({ kind: 'absolute', amount: 0 });
    for (const x of ['0.1', 'thirty', '-30%', '±', '', -0.3, NaN, null]) expect(parseSpread(x), String(x)).toBeNull();
    expect(formatSpread({ kind: 'relative', amount: 0.3 })).toBe('±30%');
    expect(formatSpread({ kind: 'absolute', amount: 0.1 })).toBe('±0.1');
  });
});

describe('uncertainty in the scenario format', () => {
  it('loads stated uncertainties of weights, values and reservations, and the JSON Schema describes them', () => {
    const text = edit(
      edit(
        withWeightUncertainty('{ interval: [2, 4], rationale: r, source: brief }'),
        'tariffs: { options: { high: 1, low: 0.5, zero: 0 }, rationale: r, source: brief }',
        'tariffs:\n        options: { high: 1, low: 0.5, zero: 0 }\n        optionUncertainty:\n          low: { spread: ±0.2, distribution: grid, points: 5, rationale: r, source: assumption }\n        rationale: r\n        source: brief',
      ),
      '    reservation: 0.2\n',
      '    reservation: 0.2\n    reservationUncertainty: { spread: "±0.1", rationale: r, source: assumption }\n',
    );
    const { scenario } = loadScenarioText(text, 'toy.yaml');
    expect(scenario.parties[0].weights.tariffs.uncertainty?.interval).toEqual([2, 4]);
    const schema = JSON.stringify(scenarioJsonSchema());
    for (const key of [
      'uncertainty',
      'optionUncertainty',
      'reservationUncertainty',
      'weightsUncertainty',
      'concentration',
    ])
      expect(schema).toContain(`"${key}"`);
  });

  it('refuses bad uncertainties with the place, the rule and what is allowed', () => {
    const cases: [string, string, string, RegExp][] = [
      [
        '{ interval: [4, 2], rationale: r, source: brief }',
        'uncertainty_inverted',
        'interval',
        /\[4, 2\] is inverted.*expected \[low, high\] with low <= high/,
      ],
      [
        '{ interval: [-1, 4], rationale: r, source: brief }',
        'uncertainty_out_of_range',
        'interval',
        /leaves the range a weight can take, \[0, ∞\]/,
      ],
      [
        '{ interval: [4, 6], rationale: r, source: brief }',
        'uncertainty_excludes_nominal',
        'interval',
        /does not contain the weight it is about \(3\)/,
      ],
      [
        '{ spread: ±150%, rationale: r, source: brief }',
        'uncertainty_negative_weight',
        'spread',
        /spread of ±150% on the weight us.weights.tariffs \(3\) would let it fall below 0/,
      ],
      [
        '{ spread: "±4", rationale: r, source: brief }',
        'uncertainty_negative_weight',
        'spread',
        /expected a spread of at most ±100% \(or ±3\)/,
      ],
      [
        '{ spread: "0.3", rationale: r, source: brief }',
        'uncertainty_bad_spread',
        'spread',
        /cannot read the spread "0.3".*"±30%"/,
      ],
      [
        '{ spread: 0.3, interval: [2, 4], rationale: r, source: brief }',
        'uncertainty_needs_one',
        '',
        /exactly one of "interval", "spread"; this one gives "interval", "spread"/,
      ],
      ['{ rationale: r, source: brief }', 'uncertainty_needs_one', '', /gives none/],
      [
        '{ spread: 0.3, points: 3, rationale: r, source: brief }',
        'uncertainty_not_here',
        'points',
        /grid distribution/,
      ],
      ['{ spread: 0.3, rationale: r, source: nowhere }', 'unknown_source', 'source', /unknown source "nowhere"/],
    ];
    for (const [u, code, field, message] of cases) {
      const text = withWeightUncertainty(u);
      const e = refusal(text);
      expect(e.problems, u).toHaveLength(1);
      const p = e.problems[0];
      const path = ['parties', 0, 'weights', 'tariffs', 'uncertainty', ...(field ? [field] : [])];
      expect(p, u).toMatchObject({ code, path, file: 'toy.yaml', line: lineOf(text, 'tariffs: { weight: 3') });
      expect(formatProblem(p), u).toMatch(message);
    }
  });

  it('refuses option, issue, party and scenario uncertainties that do not fit where they are written', () => {
    const values = 'tariffs: { options: { high: 1, low: 0.5, zero: 0 }, rationale: r, source: brief }';
    const opt = (u: string) =>
      edit(TOY, values, `tariffs: { options: { high: 1, low: 0.5, zero: 0 }, rationale: r, source: brief, ${u} }`);
    let e = refusal(opt('optionUncertainty: { low: { interval: [0.2, 1.2], rationale: r, source: brief } }'));
    expect(e.problems[0]).toMatchObject({
      code: 'uncertainty_out_of_range',
      path: ['parties', 0, 'values', 'tariffs', 'optionUncertainty', 'low', 'interval'],
    });
    expect(e.problems[0].message).toMatch(/option value can take, \[0, 1\]/);
    e = refusal(opt('optionUncertainty: { high: { spread: ±0.1, rationale: r, source: brief } }'));
    expect(e.problems[0]).toMatchObject({
      code: 'uncertainty_out_of_range',
      path: ['parties', 0, 'values', 'tariffs', 'optionUncertainty', 'high', 'spread'],
    });
    e = refusal(opt('optionUncertainty: { middle: { spread: ±0.1, rationale: r, source: brief } }'));
    expect(e.problems[0]).toMatchObject({ code: 'unknown_option', expected: 'one of "high", "low", "zero"' });
    e = refusal(opt('uncertainty: { interval: [0, 1], rationale: r, source: brief }'));
    expect(e.problems[0]).toMatchObject({
      code: 'uncertainty_not_here',
      path: ['parties', 0, 'values', 'tariffs', 'uncertainty', 'interval'],
    });
    expect(e.problems[0].message).toMatch(/optionUncertainty/);

    const us = '    reservation: status_quo\n';
    e = refusal(edit(TOY, us, `${us}    reservationUncertainty: { spread: ±0.1, rationale: r, source: brief }\n`));
    expect(e.problems[0]).toMatchObject({
      code: 'uncertainty_reservation_follows',
      path: ['parties', 0, 'reservationUncertainty'],
    });

    const dirichlet = `${us}    weightsUncertainty: { distribution: dirichlet, concentration: 40, rationale: r, source: assumption }\n`;
    expect(loadScenarioText(edit(TOY, us, dirichlet)).scenario.parties[0].weightsUncertainty?.concentration).toBe(40);
    e = refusal(edit(withWeightUncertainty('{ spread: ±10%, rationale: r, source: brief }'), us, dirichlet));
    expect(e.problems[0]).toMatchObject({
      code: 'uncertainty_conflict',
      path: ['parties', 0, 'weights', 'tariffs', 'uncertainty'],
    });
    e = refusal(
      edit(TOY, us, `${us}    weightsUncertainty: { distribution: dirichlet, rationale: r, source: assumption }\n`),
    );
    expect(e.problems[0]).toMatchObject({
      code: 'uncertainty_not_here',
      path: ['parties', 0, 'weightsUncertainty', 'distribution'],
    });
    expect(e.problems[0].message).toMatch(/needs its concentration/);

    const top = 'parties:\n';
    e = refusal(
      edit(TOY, top, `uncertainty:\n  values: { concentration: 30, rationale: r, source: assumption }\n${top}`),
    );
    expect(e.problems[0]).toMatchObject({
      code: 'uncertainty_not_here',
      path: ['uncertainty', 'values', 'concentration'],
    });
    e = refusal(
      edit(TOY, top, `uncertainty:\n  weights: { spread: "±1.5", rationale: r, source: assumption }\n${top}`),
    );
    // The smallest positive weight (us.weights.guns = 1) would go negative; a weight of 0 stays 0 under spreads.
    expect(e.problems[0]).toMatchObject({
      code: 'uncertainty_negative_weight',
      path: ['uncertainty', 'weights', 'spread'],
    });
    expect(e.problems[0].message).toMatch(/us\.weights\.guns \(1\)/);
    expect(e.problems[0].line).toBe(lineOf(TOY, 'parties:') + 1);
  });

  it('renders every new problem in Spanish too', () => {
    const e = refusal(withWeightUncertainty('{ interval: [4, 2], rationale: r, source: brief }'));
    expect(formatProblem(e.problems[0], { locale: 'es', surface: 'cli' })).toMatch(
      /el intervalo \[4, 2\] está invertido/,
    );
  });
});

describe('preferencesOf', () => {
  it('rebuilds the compiled tables bit for bit from the weights and values as written', () => {
    const { scenario, domain } = loadScenarioText(TOY, 'toy.yaml');
    const model = preferencesOf(domain, scenario);
    expect(model.parties.map((p) => p.weights)).toEqual([
      [1, 3],
      [2, 0],
    ]);
    expect(model.parties[1].values[1]).toEqual([0, 0, 0]);
    const rebuilt = domainWith(model, model.parties);
    expect(rebuilt.utilities.map((u) => u.table)).toEqual(domain.utilities.map((u) => u.table));
    expect(rebuilt.parties.map((p) => p.reservation)).toEqual(domain.parties.map((p) => p.reservation));
  });

  it('reads weights and values back from a table (Genius) and keeps the party total when weights move', () => {
    const { domain } = loadScenarioText(TOY, 'toy.yaml');
    const model = preferencesOf({ ...domain, meta: {} });
    expect(model.from).toBe('table');
    expect(model.parties[0].weights).toEqual([0.125, 0.75]);
    expect(model.parties[0].values[0]).toEqual([1, 0.5]);
    const doubled = domainWith(model, [{ weights: [0.25, 0.75], values: model.parties[0].values }, model.parties[1]]);
    // Weights rescaled to their nominal total 0.875: 0.25 x 0.875 / 1.
    expect(doubled.utilities[0].table[0][0]).toBeCloseTo(0.21875, 15);
  });
});

describe('applyUncertainty', () => {
  const { scenario, domain } = loadScenarioText(TOY, 'toy.yaml');
  const model = preferencesOf(domain, scenario);

  it('applies the built-in default: weights ±50% (0 stays 0), intermediate values ±0.1, reservations fixed', () => {
    const a = applyUncertainty(model, scenario);
    expect(drawn(a)).toEqual({
      'us.weights.guns': [0.5, 1.5, 'default'],
      'us.weights.tariffs': [1.5, 4.5, 'default'],
      'us.values.tariffs.low': [0.4, 0.6, 'default'],
      'mx.weights.guns': [1, 3, 'default'],
    });
    expect(a.defaults.weights).toMatchObject({ written: '±50%', origin: 'default', source: 'assumption' });
    expect(a.assumptions.join(' ')).toMatch(/within ±50% .*built-in default, a modelling assumption/);
    expect(a.assumptions.join(' ')).toMatch(/Numeric reservation values .* taken as written/);
  });

  it('states the same assumptions in Spanish, sentence for sentence, with the same figures', () => {
    for (const text of [
      'default',
      'weights=dirichlet:50',
      'weights=0, values=0',
      'stated=ignore',
      'defaults=off',
      'us.weights.guns=1..2',
    ]) {
      const a = applyUncertainty(model, scenario, parseUncertaintySetting(text, []));
      expect(a.assumptionsEs).toHaveLength(a.assumptions.length);
      a.assumptionsEs.forEach((es, i) => {
        expect(englishWords(es), es).toEqual([]);
        const figures = (x: string) => (x.match(/[±]?\d+(\.\d+)?%?/g) ?? []).sort();
        expect(figures(es), es).toEqual(figures(a.assumptions[i]));
      });
    }
    expect(applyUncertainty(model, scenario).assumptionsEs.join(' ')).toMatch(
      /dentro de ±50% .*valor predeterminado incorporado, un supuesto de modelación: la mayoría de los pesos/,
    );
  });

  it('puts stated uncertainties over defaults, and the run setting over both', () => {
    const text = withWeightUncertainty('{ interval: [2, 4], rationale: r, source: brief }');
    const loaded = loadScenarioText(text, 'toy.yaml');
    const m = preferencesOf(loaded.domain, loaded.scenario);
    expect(drawn(applyUncertainty(m, loaded.scenario))['us.weights.tariffs']).toEqual([2, 4, 'stated']);
    const run = applyUncertainty(
      m,
      loaded.scenario,
      parseUncertaintySetting('weights=±10%,us.weights.tariffs=2.5..3.5,mx.reservation=±0.05'),
    );
    expect(drawn(run)).toMatchObject({
      'us.weights.guns': [0.9, 1.1, 'run'],
      'us.weights.tariffs': [2.5, 3.5, 'run'],
      'mx.reservation': [0.15000000000000002, 0.25, 'run'],
    });
    expect(drawn(applyUncertainty(m, loaded.scenario, { stated: 'ignore' }))['us.weights.tariffs']).toEqual([
      1.5,
      4.5,
      'default',
    ]);
    expect(Object.keys(drawn(applyUncertainty(m, loaded.scenario, parseUncertaintySetting('stated'))))).toEqual([
      'us.weights.tariffs',
    ]);
    const none = applyUncertainty(m, loaded.scenario, parseUncertaintySetting('none'));
    expect(none.parameters).toEqual([]);
    expect(none.fixed).toBeGreaterThan(0);
  });

  it('draws weight shares from a Dirichlet distribution when asked, per party with two or more positive weights', () => {
    const a = applyUncertainty(model, scenario, parseUncertaintySetting('weights=dirichlet:30,values=0'));
    expect(a.dirichlet.map((d) => [d.path, d.concentration, d.origin])).toEqual([['us.weights', 30, 'run']]);
    expect(a.parameters).toEqual([]);
  });

  it('refuses run settings that name no parameter or break a range, naming the setting', () => {
    const problemsOf = (text: string): CgError => {
      try {
        applyUncertainty(model, scenario, parseUncertaintySetting(text, []), []);
      } catch (e) {
        if (isCgError(e)) return e;
        throw e;
      }
      throw new Error('expected a CgError');
    };
    let e = problemsOf('us.weight.trade=2..6');
    expect(e.problems[0]).toMatchObject({ code: 'uncertainty_unknown_parameter', path: ['us.weight.trade'] });
    expect(formatProblem(e.problems[0])).toMatch(
      /no parameter "us.weight.trade" in this domain .*e\.g\. "us.weights.guns"/,
    );
    e = problemsOf('us.weights.tariffs=5..6');
    expect(e.problems[0]).toMatchObject({ code: 'uncertainty_excludes_nominal' });
    e = problemsOf('weights=±2');
    expect(e.problems[0]).toMatchObject({ code: 'uncertainty_negative_weight', path: ['weights', 'spread'] });
    e = problemsOf('us.reservation=±0.1');
    expect(e.problems[0]).toMatchObject({ code: 'uncertainty_reservation_follows' });
    e = problemsOf('mx.values.guns=0..1');
    expect(e.problems[0]).toMatchObject({ code: 'uncertainty_not_here' });
  });
});

describe('the run setting (compact text and object form)', () => {
  it('reads presets, group defaults and parameter ranges', () => {
    expect(parseUncertaintySetting('default')).toEqual({});
    expect(parseUncertaintySetting('none')).toEqual({ defaults: 'off', stated: 'ignore' });
    expect(parseUncertaintySetting(' weights=±30% , values=±0.1,reservations=0 ')).toEqual({
      weights: { spread: '±30%' },
      values: { spread: '±0.1' },
      reservations: { spread: '0' },
    });
    expect(
      parseUncertaintySetting('weights=dirichlet:50,stated=ignore,us.weights.trade=2..6,mx.reservation=-0.1..0.3'),
    ).toEqual({
      weights: { distribution: 'dirichlet', concentration: 50 },
      stated: 'ignore',
      parameters: { 'us.weights.trade': { interval: [2, 6] }, 'mx.reservation': { interval: [-0.1, 0.3] } },
    });
    expect(uncertaintySettingsFrom({ weights: '±30%', parameters: { 'us.weights.trade': [2, 6] } })).toEqual({
      weights: { spread: '±30%' },
      parameters: { 'us.weights.trade': { interval: [2, 6] } },
    });
  });

  it('refuses what it cannot read, saying what is allowed', () => {
    for (const [text, reason] of [
      ['weight=±30%', 'unknown_key'],
      ['us.weights.trade=lots', 'bad_value'],
      ['weights=lots', 'bad_value'],
      ['values=dirichlet:5', 'bad_value'],
      ['weights=dirichlet:0', 'bad_value'],
      ['defaults=maybe', 'bad_value'],
      ['whatever', 'syntax'],
      ['', 'syntax'],
      ['us.weights.trade=6-2', 'bad_value'],
    ] as const) {
      let err: unknown;
      try {
        parseUncertaintySetting(text, []);
      } catch (e) {
        err = e;
      }
      expect(isCgError(err), text).toBe(true);
      const p = (err as CgError).problems[0];
      expect(p, text).toMatchObject({ code: 'uncertainty_bad_setting', params: { reason }, path: [] });
      expect(formatProblem(p, { locale: 'en', surface: 'cli' }), text).toMatch(/^--uncertainty: .*\(expected .+\)$/);
    }
    expect(() => uncertaintySettingsFrom({ wieghts: '±30%' })).toThrow(/unknown setting/);
  });
});
