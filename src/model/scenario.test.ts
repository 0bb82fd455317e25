/** The scenario format: compilation to a Domain, and every kind of bad input with its exact place. */
import { describe, expect, it } from 'vitest';
import { formatProblem, isCgError, type CgError } from '../core/index.ts';
import { isFeasible, utilityOf } from './domain.ts';
import { scenarioJsonSchema } from './scenario.ts';
import { loadScenarioText } from './scenario-compile.ts';
import { withStatusQuo } from './status-quo.ts';

const GOOD = `id: toy
name: Toy scenario
sources:
  - id: brief
    title: A brief
areas:
  - id: security
    name: Security
  - id: trade
    name: Trade
issues:
  - id: guns
    name: Gun smuggling
    area: security
    options:
      - id: none
        label: No action
      - id: joint
        label: Joint tracing
    statusQuo: none
  - id: tariffs
    name: Tariffs
    area: trade
    options:
      - id: high
        label: High
      - id: low
        label: Low
      - id: zero
        label: Zero
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
    interactions:
      - when: { guns: joint, tariffs: zero }
        value: 0.1
        rationale: r
        source: assumption
  - id: mx
    name: Mexico
    reservation: 0.2
    weights:
      guns: { weight: 2, rationale: r, source: brief }
      tariffs: { weight: 0, rationale: r, source: brief }
    values:
      guns: { options: { none: 0, joint: 1 }, rationale: r, source: brief }
    redLines:
      - options: { tariffs: high, guns: none }
        rationale: r
        source: brief
`;

function refusal(text: string, file = 'toy.yaml'): CgError {
  try {
    loadScenarioText(text, file);
  } catch (e) {
    if (isCgError(e)) return e;
    throw e;
  }
  throw new Error('expected a CgError');
}

/** Replace exactly one occurrence (so a typo in a test cannot silently leave the input valid). */
function edit(text: string, from: string, to: string): string {
  expect(text.split(from).length, `"${from}" occurs once`).toBe(2);
  return text.replace(from, to);
}

const lineOf = (text: string, needle: string) => text.slice(0, text.indexOf(needle)).split('\n').length;

describe('compileScenario', () => {
  const { domain } = loadScenarioText(GOOD, 'toy.yaml');

  it('keeps ids, labels, areas and the status quo', () => {
    expect(domain.issues.map((i) => [i.id, i.area, i.options, i.optionLabels, i.statusQuo])).toEqual([
      ['guns', 'security', ['none', 'joint'], ['No action', 'Joint tracing'], 0],
      ['tariffs', 'trade', ['high', 'low', 'zero'], ['High', 'Low', 'Zero'], 0],
    ]);
    expect(domain.parties.map((p) => p.id)).toEqual(['us', 'mx']);
  });

  it('normalises weights per party and multiplies by option values', () => {
    expect(domain.utilities[0].table).toEqual([
      [0.125, 0.0625],
      [0.75, 0.375, 0],
    ]);
    expect(domain.utilities[1].table).toEqual([
      [0, 1],
      [0, 0, 0],
    ]);
  });

  it('adds interaction terms and compiles red lines to option references', () => {
    expect(utilityOf(domain.utilities[0], [1, 2])).toBeCloseTo(0.0625 + 0 + 0.1, 15);
    expect(utilityOf(domain.utilities[0], [1, 1])).toBeCloseTo(0.0625 + 0.375, 15);
    expect(domain.utilities[1].redLines).toEqual([
      {
        options: [
          { issue: 1, option: 0 },
          { issue: 0, option: 0 },
        ],
        rationale: 'r',
      },
    ]);
    expect(isFeasible(domain, [0, 0])).toBe(false);
    expect(isFeasible(domain, [0, 1])).toBe(true);
  });

  it('turns reservation "status_quo" into the utility of the status-quo outcome, and a number into itself', () => {
    expect(domain.parties[0].reservation).toBeCloseTo(0.125 + 0.75, 15);
    expect(domain.parties[1].reservation).toBe(0.2);
  });

  it('normalises weights near the largest double like any others (their sum overflowed to Infinity and every utility became 0)', () => {
    const huge = edit(
      edit(GOOD, 'guns: { weight: 1, rationale', 'guns: { weight: 0.5e308, rationale'),
      'tariffs: { weight: 3, rationale',
      'tariffs: { weight: 1.5e308, rationale',
    );
    expect(loadScenarioText(huge).domain.utilities[0].table).toEqual(domain.utilities[0].table);
    const tiny = edit(
      edit(GOOD, 'guns: { weight: 1, rationale', 'guns: { weight: 1e-320, rationale'),
      'tariffs: { weight: 3, rationale',
      'tariffs: { weight: 0, rationale',
    );
    expect(loadScenarioText(tiny).domain.utilities[0].table).toEqual([
      [0.5, 0.25],
      [0, 0, 0],
    ]);
  });

  it('reads the same scenario written as JSON', () => {
    const fromYaml = loadScenarioText(GOOD).scenario;
    const json = JSON.stringify(fromYaml, null, 2);
    const withoutFile = (d: ReturnType<typeof loadScenarioText>['domain']) => ({ ...d, meta: { ...d.meta, file: '' } });
    expect(withoutFile(loadScenarioText(json, 'toy.json').domain)).toEqual(
      withoutFile(loadScenarioText(GOOD, 'toy.yaml').domain),
    );
    // A .json file is read as JSON: YAML in it is a JSON syntax error at its first character.
    expect(refusal(GOOD, 'toy.json').problems[0]).toMatchObject({ code: 'syntax_error', line: 1, column: 1 });
    expect(JSON.parse(json).id).toBe('toy');
  });
});

describe('withStatusQuo (--status-quo)', () => {
  const { domain } = loadScenarioText(GOOD, 'toy.yaml');

  it('overrides some issues, keeps the others, and recomputes status-quo reservations', () => {
    const r = withStatusQuo(domain, 'tariffs=low');
    expect(r.statusQuo).toEqual([0, 1]);
    expect(r.domain.parties[0].reservation).toBeCloseTo(0.125 + 0.375, 15);
    expect(r.domain.parties[1].reservation).toBe(0.2);
  });

  it('accepts labels and spaces', () => {
    expect(withStatusQuo(domain, ' guns = Joint tracing ; tariffs=Zero ').statusQuo).toEqual([1, 2]);
  });

  it('rejects unknown issues and options, listing the valid ones', () => {
    expect(() => withStatusQuo(domain, 'gunz=none')).toThrow(/unknown issue "gunz".*"guns", "tariffs"/);
    expect(() => withStatusQuo(domain, 'guns=maybe')).toThrow(
      /"maybe" is not an option of issue "guns".*"none", "joint"/,
    );
    expect(() => withStatusQuo(domain, 'guns')).toThrow(/issue=option/);
  });

  it('requires every issue when the domain has no status quo of its own', () => {
    const bare = { ...domain, issues: domain.issues.map(({ statusQuo: _sq, ...i }) => i) };
    expect(() => withStatusQuo(bare, 'guns=none')).toThrow(/missing: "tariffs"/);
  });
});

describe('scenario validation errors: file, line, path, what is wrong and what was expected', () => {
  it('malformed YAML gives line and column', () => {
    const bad = edit(GOOD, 'name: Toy scenario', 'name: [Toy scenario');
    const e = refusal(bad);
    expect(e.code).toBe('syntax_error');
    expect(e.problems[0].file).toBe('toy.yaml');
    expect(e.problems[0].line).toBeGreaterThan(1);
    expect(e.problems[0].column).toBeGreaterThan(0);
  });

  it("the project's other files (a cooperation game, a framework) are named as such, not listed as 10+ schema errors", () => {
    let e = refusal('kind: cooperation-game\ntitle: t\nparties: []\nissues: []\n', 'game.yaml');
    expect(e.problems).toHaveLength(1);
    expect(formatProblem(e.problems[0])).toMatch(
      /^game\.yaml: this is a cooperation game \(kind: cooperation-game\), not a negotiation scenario \(expected a scenario/,
    );
    e = refusal(
      'id: f\nname: F\nstatus: proposed\nparties: [{ id: us, name: US }]\nareas: []\nactions: []\n',
      'framework.yaml',
    );
    expect(e.problems).toEqual([
      expect.objectContaining({
        code: 'wrong_kind',
        message: 'this is a framework file (actions, linkages, ...), not a negotiation scenario',
      }),
    ]);
  });

  it('YAML merge keys share entries (they were "unknown key <<"); two documents in one file are named as such', () => {
    const merged = edit(
      edit(
        GOOD,
        'guns: { weight: 1, rationale: r, source: brief }',
        'guns: &usual { weight: 1, rationale: r, source: brief }',
      ),
      'tariffs: { weight: 3, rationale: r, source: assumption }',
      'tariffs: { <<: *usual, weight: 3, source: assumption }',
    );
    expect(loadScenarioText(merged, 'toy.yaml').domain).toEqual(loadScenarioText(GOOD, 'toy.yaml').domain);
    const e = refusal(GOOD + '---\n' + GOOD);
    expect(e.problems[0]).toMatchObject({
      code: 'syntax_error',
      line: GOOD.split('\n').length,
      message: 'the file holds more than one YAML document (a second "---"); a file holds exactly one',
    });
  });

  it('an empty file says so', () => {
    expect(refusal('# nothing here\n').problems[0]).toMatchObject({
      code: 'empty_file',
      file: 'toy.yaml',
      message: 'the file is empty',
    });
  });

  it('malformed JSON gives line and column', () => {
    const e = refusal('{\n  "id": "x",\n  "name": "y",,\n}', 'bad.json');
    expect(e.code).toBe('syntax_error');
    expect(e.problems[0].message).toMatch(/JSON syntax error/);
    expect(e.problems[0].line).toBe(3);
  });

  it('unknown issue in a weight: path, line of the key, and the valid issues', () => {
    const bad = edit(GOOD, '      tariffs: { weight: 0,', '      gun_smuggling: { weight: 0,');
    const e = refusal(bad);
    const p = e.problems.find((x) => x.code === 'unknown_issue')!;
    expect(formatProblem(p)).toBe(
      `toy.yaml:${lineOf(bad, 'gun_smuggling')}:7: parties[1].weights.gun_smuggling: unknown issue "gun_smuggling" in the weights of party "mx" (expected one of "guns", "tariffs")`,
    );
    // The renamed entry also leaves "tariffs" without a weight.
    expect(e.problems.map((x) => x.code)).toContain('missing_weight');
  });

  it('option not in the issue (values, red lines, interactions, status quo)', () => {
    let e = refusal(edit(GOOD, '{ none: 0, joint: 1 }', '{ none: 0, joint: 1, unilateral: 0.5 }'));
    expect(e.problems[0]).toMatchObject({
      code: 'unknown_option',
      path: ['parties', 1, 'values', 'guns', 'options', 'unilateral'],
    });
    expect(e.problems[0].expected).toBe('one of "none", "joint"');
    e = refusal(edit(GOOD, '{ tariffs: high, guns: none }', '{ tariffs: medium, guns: none }'));
    expect(e.problems[0]).toMatchObject({
      code: 'unknown_option',
      path: ['parties', 1, 'redLines', 0, 'options', 'tariffs'],
    });
    e = refusal(edit(GOOD, '{ guns: joint, tariffs: zero }', '{ guns: joint, tariff: zero }'));
    expect(e.problems[0]).toMatchObject({
      code: 'unknown_issue',
      path: ['parties', 0, 'interactions', 0, 'when', 'tariff'],
    });
    e = refusal(edit(GOOD, 'statusQuo: none', 'statusQuo: nothing'));
    expect(e.problems[0]).toMatchObject({
      code: 'unknown_option',
      path: ['issues', 0, 'statusQuo'],
      line: lineOf(GOOD, 'statusQuo: none'),
    });
  });

  it('negative weights', () => {
    const e = refusal(edit(GOOD, 'guns: { weight: 2,', 'guns: { weight: -2,'));
    expect(e.problems[0]).toMatchObject({ code: 'too_small', path: ['parties', 1, 'weights', 'guns', 'weight'] });
    expect(e.problems[0].message).toMatch(/>= 0/);
  });

  it('option values outside [0, 1]', () => {
    const e = refusal(edit(GOOD, '{ none: 0, joint: 1 }', '{ none: 0, joint: 10 }'));
    expect(e.problems[0]).toMatchObject({
      code: 'too_big',
      path: ['parties', 1, 'values', 'guns', 'options', 'joint'],
    });
  });

  it('empty option lists', () => {
    const bad = GOOD.replace(
      / {4}options:\n {6}- id: none\n {8}label: No action\n {6}- id: joint\n {8}label: Joint tracing\n/,
      '    options: []\n',
    );
    expect(bad).not.toBe(GOOD);
    const e = refusal(bad);
    expect(e.problems[0]).toMatchObject({
      code: 'too_small',
      path: ['issues', 0, 'options'],
      line: lineOf(bad, 'options: []'),
    });
    expect(e.problems[0].message).toMatch(/at least one option/);
  });

  it('duplicate ids: issues, options, parties, areas, sources', () => {
    expect(refusal(edit(GOOD, '  - id: tariffs\n', '  - id: guns\n')).problems.map((p) => formatProblem(p))).toContain(
      `toy.yaml:${lineOf(GOOD, '  - id: tariffs')}:5: issues[1].id: duplicate issue id "guns" (already used at index 0) (expected an id no other issue uses)`,
    );
    expect(refusal(edit(GOOD, '      - id: zero\n', '      - id: low\n')).problems[0]).toMatchObject({
      code: 'duplicate_id',
      path: ['issues', 1, 'options', 2, 'id'],
    });
    expect(refusal(edit(GOOD, '  - id: mx\n', '  - id: us\n')).problems[0]).toMatchObject({
      code: 'duplicate_id',
      path: ['parties', 1, 'id'],
    });
    expect(refusal(edit(GOOD, '  - id: trade\n', '  - id: security\n')).problems[0]).toMatchObject({
      code: 'duplicate_id',
      path: ['areas', 1, 'id'],
    });
  });

  it('duplicate keys (e.g. an interaction naming the same issue twice) are errors with their line and path', () => {
    const e = refusal(edit(GOOD, '{ guns: joint, tariffs: zero }', '{ guns: joint, guns: none }'));
    expect(e.problems).toMatchObject([
      { code: 'duplicate_key', params: { key: 'guns' }, path: ['parties', 0, 'interactions', 0, 'when', 'guns'] },
    ]);
    expect(e.problems[0].line).toBe(lineOf(GOOD, '{ guns: joint, tariffs: zero }'));
  });

  it('an interaction must name exactly two options', () => {
    const e = refusal(edit(GOOD, '{ guns: joint, tariffs: zero }', '{ guns: joint }'));
    expect(e.problems[0]).toMatchObject({ code: 'bad_interaction', path: ['parties', 0, 'interactions', 0, 'when'] });
  });

  it('missing option values, missing weights, unknown sources and areas, misspelt keys', () => {
    let e = refusal(edit(GOOD, '{ high: 1, low: 0.5, zero: 0 }', '{ high: 1, low: 0.5 }'));
    expect(e.problems[0]).toMatchObject({
      code: 'missing_value',
      path: ['parties', 0, 'values', 'tariffs', 'options'],
    });
    e = refusal(edit(GOOD, '      guns: { options: { none: 0.5, joint: 0.25 }, rationale: r, source: brief }\n', ''));
    expect(e.problems[0]).toMatchObject({ code: 'missing_values', path: ['parties', 0, 'values'] });
    e = refusal(
      edit(
        GOOD,
        'tariffs: { weight: 3, rationale: r, source: assumption }',
        'tariffs: { weight: 3, rationale: r, source: the_press }',
      ),
    );
    expect(e.problems[0]).toMatchObject({
      code: 'unknown_source',
      path: ['parties', 0, 'weights', 'tariffs', 'source'],
    });
    e = refusal(edit(GOOD, '    area: trade\n', '    area: commerce\n'));
    expect(e.problems[0]).toMatchObject({ code: 'unknown_area', path: ['issues', 1, 'area'] });
    const misspelt = edit(GOOD, '    reservation: 0.2\n', '    reservaton: 0.2\n');
    e = refusal(misspelt);
    // At the key itself (its line), with the keys allowed there (it used to point at the party, without them).
    expect(e.problems[0]).toMatchObject({
      code: 'unrecognized_keys',
      path: ['parties', 1, 'reservaton'],
      line: lineOf(misspelt, 'reservaton'),
      message: 'unknown key "reservaton"',
    });
    expect(e.problems[0].expected).toMatch(/^one of "id", "name", "description", "reservation", /);
    e = refusal(
      edit(
        GOOD,
        'guns: { weight: 1, rationale: r, source: brief }',
        'guns: { weight: 1, rationale: r, source: brief, sorce: x, why: y }',
      ),
    );
    expect(e.problems.map((p) => [p.path.join('.'), p.expected])).toEqual([
      ['parties.0.weights.guns.sorce', 'one of "weight", "rationale", "source", "quote"'],
      ['parties.0.weights.guns.why', 'one of "weight", "rationale", "source", "quote"'],
    ]);
    e = refusal(edit(GOOD, 'name: Toy scenario', 'name: Toy scenario\nisues: []'));
    expect(e.problems[0]).toMatchObject({ path: ['isues'], expected: expect.stringContaining('"issues"') });
  });

  it('a reservation that is neither a number nor status_quo says what it may be and what it got', () => {
    for (const [value, received] of [
      ['"walk away"', '"walk away"'],
      ['.nan', 'number NaN'],
      ['[1]', '[1]'],
    ]) {
      const e = refusal(edit(GOOD, '    reservation: 0.2\n', `    reservation: ${value}\n`));
      expect(formatProblem(e.problems[0])).toBe(
        `toy.yaml:${lineOf(GOOD, 'reservation: 0.2')}:5: parties[1].reservation: reservation must be a number in [-1, 2] or "status_quo" (received ${received})`,
      );
    }
  });

  it('a missing rationale is an error (every number must be defended)', () => {
    const e = refusal(
      edit(GOOD, 'guns: { weight: 1, rationale: r, source: brief }', 'guns: { weight: 1, source: brief }'),
    );
    expect(e.problems[0]).toMatchObject({
      code: 'invalid_type',
      path: ['parties', 0, 'weights', 'guns', 'rationale'],
      expected: 'string',
    });
    expect(formatProblem(e.problems[0])).toMatch(
      /^toy\.yaml:\d+:\d+: parties\[0\]\.weights\.guns\.rationale: required field is missing \(expected string, received nothing\)$/,
    );
  });

  it('wrong types say what was expected and received', () => {
    const e = refusal(edit(GOOD, 'guns: { weight: 2,', 'guns: { weight: "heavy",'));
    expect(e.problems[0]).toMatchObject({
      code: 'invalid_type',
      expected: 'number',
      received: '"heavy"',
      message: 'wrong type',
    });
  });

  it('reports every problem at once', () => {
    const bad = edit(edit(GOOD, 'statusQuo: high', 'statusQuo: top'), '  - id: mx\n', '  - id: us\n');
    expect(refusal(bad).problems.length).toBeGreaterThanOrEqual(2);
  });
});

describe('scenario JSON Schema', () => {
  it('describes the format, including required rationale and source', () => {
    const s = scenarioJsonSchema() as {
      properties: Record<string, { items?: { properties?: Record<string, unknown> } }>;
      required: string[];
    };
    expect(s.required).toEqual(expect.arrayContaining(['id', 'name', 'issues', 'parties']));
    const party = s.properties.parties.items!.properties!;
    expect(Object.keys(party)).toEqual(
      expect.arrayContaining(['weights', 'values', 'redLines', 'interactions', 'reservation']),
    );
    expect(JSON.stringify(s)).toContain('"rationale"');
  });
});
