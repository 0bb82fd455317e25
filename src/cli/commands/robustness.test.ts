/**
 * End-to-end tests of `commonground robustness`: the compiled CLI is spawned as a user would run
 * it (run `npm run build` after changing src/).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli, type CliRun } from '../testing.node.ts';

const run = (...args: string[]): Promise<CliRun> => runCli(args);

function expectCleanError(r: CliRun, code: string, message: RegExp): void {
  expect(r.code, r.stderr).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr).not.toMatch(/^\s+at /m);
  expect(r.stderr).toMatch(new RegExp(`error \\[${code}\\]`));
  expect(r.stderr).toMatch(message);
}

const made: string[] = [];
const tmp = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'cg-robust-'));
  made.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** A two-issue Genius domain: no status quo of its own. */
function geniusFolder(): string {
  const dir = tmp();
  const issue = (i: number, name: string) =>
    `<issue index="${i}" name="${name}" type="discrete" etype="discrete" vtype="discrete"><item index="1" value="low"/><item index="2" value="mid"/><item index="3" value="high"/></issue>`;
  writeFileSync(
    path.join(dir, 'domain.xml'),
    `<negotiation_template><utility_space number_of_issues="2"><objective index="0" etype="objective" type="objective" name="toy">${issue(1, 'Price')}${issue(2, 'Delivery')}</objective></utility_space></negotiation_template>`,
  );
  const profile = (w1: number, w2: number, evals: number[][]) =>
    `<utility_space number_of_issues="2"><objective index="0" etype="objective" type="objective" name="toy"><weight index="1" value="${w1}"/><weight index="2" value="${w2}"/>` +
    ['Price', 'Delivery']
      .map(
        (name, j) =>
          `<issue index="${j + 1}" name="${name}" type="discrete" etype="discrete">${['low', 'mid', 'high'].map((v, k) => `<item index="${k + 1}" value="${v}" evaluation="${evals[j][k]}"/>`).join('')}</issue>`,
      )
      .join('') +
    '</objective><reservation value="0.2"/></utility_space>';
  writeFileSync(
    path.join(dir, 'buyer.xml'),
    profile(0.7, 0.3, [
      [3, 2, 1],
      [1, 2, 3],
    ]),
  );
  writeFileSync(
    path.join(dir, 'seller.xml'),
    profile(0.4, 0.6, [
      [1, 2, 3],
      [3, 2, 1],
    ]),
  );
  return dir;
}

describe('commonground robustness', () => {
  it('--json prints one document with the documented fields, consistent with each other', async () => {
    const r = await run('robustness', 'north-america', '--samples', '300', '--seed', '7', '--json');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    const j = JSON.parse(r.stdout);
    expect(j).toMatchObject({
      source: 'scenarios/north-america.yaml',
      samples: 300,
      seed: 7,
      disagreementPoint: 'statusQuo',
    });
    for (const key of [
      'uncertainty',
      'linkageBeatsDelinked',
      'partyGains',
      'optionFrequencies',
      'noDealAloneShare',
      'mostRobust',
      'sensitivity',
    ])
      expect(j[key], key).not.toBeNull();
    expect(Object.keys(j.linkageBeatsDelinked.byParty)).toEqual(['us', 'mx', 'ca']);
    const p = j.linkageBeatsDelinked;
    expect(p.ci[0]).toBeLessThanOrEqual(p.probability);
    expect(p.ci[1]).toBeGreaterThanOrEqual(p.probability);
    expect(Object.keys(j.partyGains.mx)).toEqual(['q05', 'q25', 'q50', 'q75', 'q95', 'mean']);
    expect(j.partyGains.mx.q05).toBeLessThanOrEqual(j.partyGains.mx.q50);
    // Per issue, option shares add up to the share of samples with a Nash package.
    for (const [issue, shares] of Object.entries(j.optionFrequencies as Record<string, Record<string, number>>)) {
      const sum = Object.values(shares).reduce((a, b) => a + b, 0);
      expect(sum, issue).toBeCloseTo(j.dealShare.probability, 9);
    }
    expect(Object.keys(j.mostRobust.outcome)).toHaveLength(12);
    expect(j.mostRobust).toMatchObject({ baseline: 'statusQuo', exact: true });
    expect(Object.keys(j.mostRobust.utilities)).toEqual(['us', 'mx', 'ca']);
    expect(j.sensitivity.weights).toHaveLength(36);
    const w = j.sensitivity.weights.find(
      (e: { party: string; issue: string }) => e.party === 'mx' && e.issue === 'gun_smuggling',
    );
    expect(w).toMatchObject({ kind: 'weight', nominal: 10, exact: true });
    expect(w.weightInterval[0]).toBeLessThanOrEqual(10);
    expect(j.uncertainty.assumptions.join(' ')).toMatch(/±50% .*built-in default, a modelling assumption/);
    expect(j.uncertainty.parameters.find((x: { path: string }) => x.path === 'us.weights.trade')).toMatchObject({
      nominal: 4,
      interval: [2, 6],
      origin: 'default',
    });
    expect(j.findings.length).toBeGreaterThan(3);
    expect(j.findings[0]).toMatch(/^In \d+% of 300 plausible preference sets \(95% CI \d+–\d+%\)/);
  });

  it('gives the same document for the same seed whatever --workers, and another for another seed', async () => {
    const args = ['robustness', 'north-america', '--samples', '700', '--no-sensitivity', '--json'];
    const [one, two, three, other] = await Promise.all([
      run(...args, '--workers', '1'),
      run(...args, '--workers', '2'),
      run(...args, '--workers', '3'),
      run(...args, '--seed', '2'),
    ]);
    for (const r of [one, two, three, other]) expect(r.code, r.stderr).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    expect(three.stdout).toBe(one.stdout);
    expect(other.stdout).not.toBe(one.stdout);
    // Four processes at once (seven threads): a shared machine needs more than the default minute.
  }, 240_000);

  it('prints a report within 100 columns, each headline finding saying how sure it is, and the assumptions', async () => {
    const r = await run('robustness', 'north-america', '--samples', '200', '--uncertainty', 'weights=±30%');
    expect(r.code, r.stderr).toBe(0);
    for (const line of r.stdout.split('\n')) expect([...line].length, line).toBeLessThanOrEqual(100);
    const headline = r.stdout.slice(r.stdout.indexOf('Headline findings'), r.stdout.indexOf('\nLinking versus'));
    expect(headline).toMatch(/In \d+% of 200 plausible preference sets \(95% CI/);
    expect(r.stdout).toMatch(/Exact sensitivity of the Nash package/);
    const words = r.stdout.replace(/\s+/g, ' ');
    expect(words).toMatch(/within ±30% of its value.*\(this run's uncertainty setting, a what-if assumption\)/);
    expect(words).toMatch(/within ±0\.1.*\(built-in default, a modelling assumption/);
  });

  it('with --uncertainty none every sample is the nominal analysis', async () => {
    const r = await run(
      'robustness',
      'north-america',
      '--samples',
      '50',
      '--uncertainty',
      'none',
      '--no-sensitivity',
      '--json',
    );
    expect(r.code, r.stderr).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.uncertainty.parameters).toEqual([]);
    expect(j.nominalPackageShare.probability).toBe(1);
    for (const [issue, option] of Object.entries(j.nominal.nash.outcome as Record<string, string>))
      expect(j.optionFrequencies[issue][option], issue).toBe(1);
  });

  it('reads stated uncertainties from the scenario and a settings file, with file and line on errors', async () => {
    const dir = tmp();
    const scenario = path.join(dir, 'toy.yaml');
    writeFileSync(
      scenario,
      `id: toy
name: Toy
sources: [{ id: brief, title: A brief }]
issues:
  - { id: guns, name: Guns, options: [{ id: none, label: None }, { id: joint, label: Joint }], statusQuo: none }
  - { id: trade, name: Trade, options: [{ id: none, label: None }, { id: some, label: Some }, { id: full, label: Full }], statusQuo: none }
parties:
  - id: us
    name: United States
    reservation: status_quo
    weights:
      guns: { weight: 1, rationale: r, source: brief }
      trade: { weight: 3, rationale: r, source: brief, uncertainty: { interval: [2, 5], rationale: the brief ranks it only, source: brief } }
    values:
      guns: { options: { none: 1, joint: 0 }, rationale: r, source: brief }
      trade: { options: { none: 0, some: 0.5, full: 1 }, rationale: r, source: brief }
  - id: mx
    name: Mexico
    reservation: status_quo
    weights:
      guns: { weight: 2, rationale: r, source: brief }
      trade: { weight: 1, rationale: r, source: brief }
    values:
      guns: { options: { none: 0, joint: 1 }, rationale: r, source: brief }
      trade: { options: { none: 1, some: 0.5, full: 0 }, rationale: r, source: brief }
`,
    );
    const stated = await run('robustness', scenario, '--samples', '40', '--json');
    expect(stated.code, stated.stderr).toBe(0);
    const s = JSON.parse(stated.stdout);
    expect(s.uncertainty.parameters.find((x: { path: string }) => x.path === 'us.weights.trade')).toMatchObject({
      interval: [2, 5],
      origin: 'stated',
      source: 'brief',
      rationale: 'the brief ranks it only',
    });
    writeFileSync(scenario, readFileSync(scenario, 'utf8').replace('interval: [2, 5]', 'interval: [5, 2]'));
    const refused = await run('robustness', scenario);
    expectCleanError(
      refused,
      'uncertainty_inverted',
      /toy\.yaml:13:71: parties\[0\]\.weights\.trade\.uncertainty\.interval: the interval \[5, 2\] is inverted/,
    );

    const file = path.join(dir, 'settings.yaml');
    writeFileSync(file, 'weights: ±20%\nparameters:\n  mx.weights.gun_smuggling: [8, 12]\n');
    const ok = await run(
      'robustness',
      'north-america',
      '--samples',
      '40',
      '--no-sensitivity',
      '--uncertainty',
      file,
      '--json',
    );
    expect(ok.code, ok.stderr).toBe(0);
    const j = JSON.parse(ok.stdout);
    const byPath = Object.fromEntries(j.uncertainty.parameters.map((x: { path: string }) => [x.path, x]));
    expect(byPath['mx.weights.gun_smuggling']).toMatchObject({ interval: [8, 12], origin: 'run', via: 'own' });
    expect(byPath['us.weights.trade']).toMatchObject({ interval: [3.2, 4.8], origin: 'run', via: 'default' });

    writeFileSync(file, 'weights: ±20%\nparameters:\n  mx.weights.gun_smuggling: [12, 8]\n');
    expectCleanError(
      await run('robustness', 'north-america', '--samples', '40', '--uncertainty', file),
      'uncertainty_inverted',
      /\[12, 8\] is inverted/,
    );
    writeFileSync(file, 'weights: ±20%\nwieghts: 3\n');
    const bad = await run('robustness', 'north-america', '--uncertainty', file);
    expectCleanError(
      bad,
      'uncertainty_bad_setting',
      /settings\.yaml:2:1: wieghts: --uncertainty: unknown setting in "wieghts"/,
    );
  });

  it('refuses bad input with exit 2 and a message naming the setting and what is allowed', async () => {
    const cases: [string[], string, RegExp][] = [
      [['--samples', '0'], 'robustness_sample_count', /--samples must be a whole number from 1 to 100,000, not "0"/],
      [['--samples', '100001'], 'robustness_sample_count', /from 1 to 100,000/],
      [['--samples', 'many'], 'robustness_sample_count', /not "many"/],
      [['--seed', '-1'], 'robustness_bad_seed', /--seed must be a whole number from 0 to 4294967295/],
      [
        ['--uncertainty', 'weight=±30%'],
        'uncertainty_bad_setting',
        /--uncertainty: unknown setting in "weight=±30%" \(expected default, none, stated, weights=/,
      ],
      [
        ['--uncertainty', 'values=lots'],
        'uncertainty_bad_setting',
        /values=±30% \(a fraction\), ±0\.1 \(an amount\) or 0/,
      ],
      [
        ['--uncertainty', 'weights=±150%'],
        'uncertainty_negative_weight',
        /±150% on the weight us\.weights\.\w+ \(\d+\) would let it fall below 0/,
      ],
      [
        ['--uncertainty', 'us.weights.trad=1..3'],
        'uncertainty_unknown_parameter',
        /no parameter "us\.weights\.trad".*e\.g\. "us\.weights\.drug_trafficking"/,
      ],
      [
        ['--uncertainty', 'us.weights.trade=5..6'],
        'uncertainty_excludes_nominal',
        /does not contain the weight it is about \(4\)/,
      ],
      [['--uncertainty', 'us.reservation=±0.1'], 'uncertainty_reservation_follows', /"status_quo"/],
      [['--workers', '0'], 'invalid_option', /--workers must be a whole number from 1 to 64/],
    ];
    const runs = await Promise.all(cases.map(([args]) => run('robustness', 'north-america', ...args)));
    runs.forEach((r, i) => expectCleanError(r, cases[i][1], cases[i][2]));
    const baseline = await run('robustness', 'north-america', '--baseline', 'sideways');
    expect(baseline.code).toBe(2);
    expect(baseline.stderr).toMatch(/status-quo, issue-by-issue/);
  });

  it('runs on a Genius folder: reservation values as the no-deal point, linkage only with --status-quo', async () => {
    const dir = geniusFolder();
    const plain = await run('robustness', dir, '--samples', '60', '--json');
    expect(plain.code, plain.stderr).toBe(0);
    const j = JSON.parse(plain.stdout);
    expect(j).toMatchObject({ disagreementPoint: 'reservation', linkageBeatsDelinked: null, noDealAloneShare: null });
    expect(j.mostRobust.baseline).toBe('reservation');
    expect(j.uncertainty.parameters.some((x: { path: string }) => x.path === 'buyer.weights.Price')).toBe(true);
    expectCleanError(
      await run('robustness', dir, '--baseline', 'issue-by-issue'),
      'robustness_needs_status_quo',
      /needs today's state on every issue; missing on "Price", "Delivery" \(give it with --status-quo\)/,
    );
    const linked = await run(
      'robustness',
      dir,
      '--samples',
      '60',
      '--status-quo',
      'Price=mid;Delivery=mid',
      '--baseline',
      'issue-by-issue',
      '--json',
    );
    expect(linked.code, linked.stderr).toBe(0);
    const l = JSON.parse(linked.stdout);
    expect(l.disagreementPoint).toBe('statusQuo');
    expect(l.linkageBeatsDelinked.probability).toBeGreaterThanOrEqual(0);
    expect(l.mostRobust.baseline).toBe('issueByIssue');
  });

  it('shows progress on stderr with --progress and never mixes it into the JSON', async () => {
    const r = await run('robustness', 'north-america', '--samples', '500', '--no-sensitivity', '--progress', '--json');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/sampling: 100%/);
    expect(JSON.parse(r.stdout).samples).toBe(500);
  });

  it('is listed by --help', async () => {
    const r = await run('--help');
    expect(r.stdout).toMatch(/robustness \[options\] <input>/);
  });
});
