/**
 * End-to-end tests of `commonground negotiate`: the real bin/commonground.mjs, spawned from the
 * project root as a user runs it.
 */
import { describe, expect, it } from 'vitest';
import { fixture } from '../../core/testing.ts';
import { runCli, type CliRun } from '../testing.node.ts';

const GENIUS = fixture('genius-domains');

type Run = CliRun;
const run = (...args: string[]): Promise<Run> => runCli(args);

function expectCleanError(r: Run, message: RegExp): void {
  expect(r.code).toBe(2);
  expect(r.stderr).toMatch(message);
  expect(r.stderr).not.toMatch(/^\s+at /m);
  expect(r.stdout).toBe('');
}

describe('commonground negotiate', () => {
  it('runs one session and prints the transcript summary, agreement, utilities and distances', async () => {
    const r = await run('negotiate', 'us-mexico', '--agents', 'boulware,conceder');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Protocol: alternating; agents: us = boulware, mx = conceder; seed 1/);
    expect(r.stdout).toMatch(/Ended: agreement after \d+ round/);
    expect(r.stdout).toMatch(/distance to the Pareto frontier \d\.\d{3}; to the Nash point \d\.\d{3}/);
    expect(r.stdout).toMatch(/Agreement:\n\s+Drug trafficking and fentanyl/);
  });

  it('--json prints one document with agreement, rounds and offers; the same seed gives the same document', async () => {
    const a = await run(
      'negotiate',
      `${GENIUS}/Laptop`,
      '--agents',
      'hardheaded,nice-tft',
      '--rounds',
      '60',
      '--seed',
      '7',
      '--json',
    );
    const b = await run(
      'negotiate',
      `${GENIUS}/Laptop`,
      '--agents',
      'hardheaded,nice-tft',
      '--rounds',
      '60',
      '--seed',
      '7',
      '--json',
    );
    expect(a.code).toBe(0);
    expect(a.stdout).toBe(b.stdout);
    const j = JSON.parse(a.stdout);
    expect(
      j.agreement === null || (typeof j.agreement.utilities === 'object' && typeof j.agreement.outcome === 'object'),
    ).toBe(true);
    expect(j.rounds).toBeGreaterThan(0);
    expect(Array.isArray(j.offers)).toBe(true);
    expect(j.offers[0]).toMatchObject({ step: 0, party: expect.any(String), kind: 'offer' });
    expect(Object.keys(j.offers[0].utilities)).toHaveLength(2);
    expect(j.distances.pareto).toBeGreaterThanOrEqual(0);
    const s = JSON.parse(
      (await run('negotiate', `${GENIUS}/Laptop`, '--agents', 'boulware,conceder', '--json', '--offers', 'summary'))
        .stdout,
    );
    expect(s.offers.actions).toBeGreaterThan(0);
    expect(Object.keys(s.offers.byParty)).toHaveLength(2);
  });

  it('runs issue by issue with --mode delinked, and the mediated protocol', async () => {
    const d = JSON.parse(
      (
        await run(
          'negotiate',
          'north-america',
          '--agents',
          'conceder,conceder,conceder',
          '--mode',
          'delinked',
          '--json',
        )
      ).stdout,
    );
    expect(d.mode).toBe('delinked');
    expect(d.issues).toHaveLength(12);
    expect(d.rounds).toBeGreaterThan(0);
    const m = await run(
      'negotiate',
      'north-america',
      '--agents',
      'linear,linear,linear',
      '--protocol',
      'mediated',
      '--rounds',
      '300',
    );
    expect(m.code).toBe(0);
    expect(m.stdout).toMatch(/Protocol: mediated/);
    expect(m.stdout).toMatch(/mediator/);
  });

  it('runs a tournament and prints the ranked table; --json gives a ranking array; workers do not change the result', async () => {
    const args = [
      'negotiate',
      'tournament',
      `${GENIUS}/Laptop`,
      `${GENIUS}/ItexvsCypress`,
      '--agents',
      'boulware,conceder,hardliner',
      '--repetitions',
      '2',
      '--rounds',
      '50',
    ];
    const t = await run(...args);
    expect(t.code).toBe(0);
    expect(t.stdout).toMatch(/Tournament: 3 agents, 2 domain\(s\), 36 sessions/);
    expect(t.stdout).toMatch(/rank\s+agent\s+sessions\s+utility\s+agreement/);
    const j0 = JSON.parse((await run(...args, '--json', '--workers', '0')).stdout);
    const j2 = JSON.parse((await run(...args, '--json', '--workers', '2')).stdout);
    expect(j0.ranking).toHaveLength(3);
    expect(j0.ranking.map((x: { rank: number }) => x.rank)).toEqual([1, 2, 3]);
    expect(j2.ranking).toEqual(j0.ranking);
    expect(j2.workers).toBe(2);
  });

  it('delinked --json has the same run fields as a linked one (protocol, seed, noDeal, steps were missing though README listed them)', async () => {
    const args = [
      'negotiate',
      'us-mexico',
      '--agents',
      'conceder,linear',
      '--mode',
      'delinked',
      '--seed',
      '9',
      '--json',
    ];
    const d = JSON.parse((await run(...args)).stdout);
    const l = JSON.parse(
      (await run('negotiate', 'us-mexico', '--agents', 'conceder,linear', '--seed', '9', '--json')).stdout,
    );
    expect(d.protocol).toBe('alternating');
    expect(d.seed).toBe(9);
    // No deal means the same in both modes: the parties' no-deal utilities of the whole domain.
    expect(d.noDeal).toEqual(l.noDeal);
    const steps = d.offers.length;
    expect(d.steps).toBe(steps);
    expect(d.rounds).toBe(d.issues.reduce((s: number, i: { rounds: number }) => s + i.rounds, 0));
  });

  it('a --status-quo that does not fit one of several inputs names that input', async () => {
    const laptop = `${GENIUS}/Laptop`;
    for (const cmd of ['tournament', 'compare']) {
      const r = await run(
        'negotiate',
        cmd,
        'us-mexico',
        laptop,
        '--agents',
        'linear,linear',
        '--status-quo',
        'trade=preferences',
      );
      expectCleanError(r, /unknown issue "trade"/);
      expect(r.stderr).toContain(`${laptop}: statusQuo.trade`);
      expect(r.stderr).not.toMatch(/us-mexico/);
    }
  });

  it('compares linked and delinked', async () => {
    const r = await run('negotiate', 'compare', 'us-mexico', '--agents', 'linear,conceder', '--json');
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.byDomain).toHaveLength(1);
    expect(j.byDomain[0].linkedJoint).toBeGreaterThan(j.byDomain[0].delinkedJoint);
    expect(j.rows).toHaveLength(4);
  });

  it('accepts seeded synthetic domains (random:<seed>[:...]) and a simulated-time deadline', async () => {
    const r = await run(
      'negotiate',
      'random:5:independent:parties=3:issues=4:options=3',
      '--agents',
      'linear,conceder,boulware',
      '--time',
      '30',
      '--action-cost',
      '1,2,3',
      '--json',
    );
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.parties).toEqual(['p0', 'p1', 'p2']);
    expect(j.protocol).toBe('stacked');
    expectCleanError(
      await run('negotiate', 'random:1:issues=x', '--agents', 'linear,linear'),
      /cannot read "issues=x"/,
    );
    expectCleanError(
      await run('negotiate', 'random:4294967296', '--agents', 'linear,linear'),
      /the seed must be a whole number from 0 to 4294967295/,
    );
    // "random:" ran silently as seed 0; out-of-range sizes did not say the range.
    expectCleanError(
      await run('negotiate', 'random:', '--agents', 'linear,linear'),
      /the seed must be a whole number from 0 to 4294967295/,
    );
    expectCleanError(
      await run('negotiate', 'random:1:parties=1', '--agents', 'linear,linear'),
      /cannot read "parties=1": parties must be a whole number from 2 to 50/,
    );
    expectCleanError(
      await run('negotiate', 'random:1:options=51', '--agents', 'linear,linear'),
      /cannot read "options=51": options must be a whole number from 1 to 50/,
    );
    expectCleanError(
      await run('negotiate', 'random:1', '--agents', 'linear,linear', '--time', '10', '--rounds', '5'),
      /either --rounds or --time/,
    );
  });

  it('text reports stay within 100 columns (long option labels and citations ran to 116-223)', async () => {
    for (const args of [
      ['north-america', '--agents', 'boulware,conceder,linear'],
      ['north-america', '--agents', 'boulware,conceder,linear', '--mode', 'delinked'],
      ['strategies'],
      ['tournament', 'us-mexico', '--agents', 'boulware,conceder'],
      // Many parties with long ids (University9P's "University_util1"...) ran to 109-276 columns.
      [`${GENIUS}/University9P`, '--agents', Array(9).fill('linear').join(','), '--rounds', '20'],
      [
        `${GENIUS}/University9P`,
        '--agents',
        Array(9).fill('linear').join(','),
        '--protocol',
        'mediated',
        '--rounds',
        '20',
      ],
      [
        'random:3:parties=12:issues=3',
        '--agents',
        Array(12).fill('conceder').join(','),
        '--mode',
        'delinked',
        '--rounds',
        '20',
      ],
    ]) {
      const r = await run('negotiate', ...args);
      expect(r.code).toBe(0);
      for (const line of r.stdout.split('\n'))
        expect([...line].length, `${args.join(' ')}: ${line}`).toBeLessThanOrEqual(100);
    }
  });

  it('lists the strategies with descriptions and citations', async () => {
    const r = await run('negotiate', 'strategies');
    expect(r.code).toBe(0);
    for (const id of ['boulware', 'linear', 'conceder', 'hardliner', 'random', 'naive-tft', 'nice-tft', 'hardheaded'])
      expect(r.stdout).toContain(`${id} — `);
    expect(r.stdout).toMatch(/Baarslag/);
  });

  it('reports bad input with exit code 2 and no stack trace', async () => {
    expectCleanError(
      await run('negotiate', 'us-mexico', '--agents', 'boulware'),
      /us-mexico has 2 parties \(us, mx\) but 1 agent was given/,
    );
    expectCleanError(await run('negotiate', 'us-mexico', '--agents', 'bulware,conceder'), /unknown strategy "bulware"/);
    expectCleanError(await run('negotiate', 'us-mexico'), /--agents is required/);
    expectCleanError(
      await run('negotiate', 'us-mexico', '--agents', 'linear,linear', '--rounds', '0'),
      /--rounds must be a whole number >= 1/,
    );
    expectCleanError(
      await run('negotiate', 'tournament', 'us-mexico', '--agents', 'linear,conceder', '--workers', '1000'),
      /--workers must be a whole number from 0 to 64/,
    );
    // Seeds are 32-bit: 2^32 used to run silently as seed 0.
    expectCleanError(
      await run('negotiate', 'us-mexico', '--agents', 'random,random', '--seed', '4294967296'),
      /--seed must be a whole number from 0 to 4294967295/,
    );
    expectCleanError(
      await run('negotiate', 'us-mexico', '--agents', 'linear,linear', '--protocol', 'auction'),
      /--protocol must be one of/,
    );
    expectCleanError(
      await run('negotiate', 'north-america', '--agents', 'linear,linear,linear', '--protocol', 'alternating'),
      /alternating offers is bilateral/,
    );
    expectCleanError(
      await run('negotiate', `${GENIUS}/Laptop`, '--agents', 'linear,linear', '--mode', 'delinked'),
      /status quo on every issue/,
    );
    expectCleanError(
      await run('negotiate', 'no-such-scenario', '--agents', 'linear,linear'),
      /no such file, folder or built-in scenario/,
    );
    expectCleanError(
      await run('negotiate', 'us-mexico', '--agents', 'linear:ac=sometimes,linear'),
      /unknown acceptance condition/,
    );
    // Per-party costs under the mediated protocol were refused as "one per actor (1)", contradicting --help's "one per party".
    expectCleanError(
      await run(
        'negotiate',
        'north-america',
        '--agents',
        'linear,linear,linear',
        '--protocol',
        'mediated',
        '--time',
        '30',
        '--action-cost',
        '1,2,3',
      ),
      /--action-cost: 3 values given, but the mediated protocol has one actor \(the mediator; parties only vote\): give one value/,
    );
    expectCleanError(
      await run(
        'negotiate',
        'north-america',
        '--agents',
        'linear,linear,linear',
        '--time',
        '30',
        '--action-cost',
        '1,2',
      ),
      /--action-cost: 2 values given for 3 parties: give one value, or one per party/,
    );
    // 8^9 tuples on the 9-party domain: this crashed V8 with a heap-exhaustion stack trace.
    expectCleanError(
      await run(
        'negotiate',
        'tournament',
        `${GENIUS}/University9P`,
        '--agents',
        'boulware,conceder,hardliner,linear,random,nice-tft,hardheaded,naive-tft',
      ),
      /University9P.*134,217,728 sessions/,
    );
    const unknownFlag = await run('negotiate', 'us-mexico', '--agents', 'linear,linear', '--bogus');
    expect(unknownFlag.code).toBe(2);
  });

  it('refuses, up front and cleanly, deadlines whose transcript would exhaust memory (they crashed with "Invalid string length" or a heap abort)', async () => {
    // 400,000 rounds x 2 parties = 800,000 actions: the JSON transcript no longer fits in one string.
    expectCleanError(
      await run('negotiate', 'us-mexico', '--agents', 'hardliner,hardliner', '--rounds', '400000', '--json'),
      /--json prints every action.*up to 800,000.*--offers summary/,
    );
    expectCleanError(
      await run('negotiate', 'us-mexico', '--agents', 'hardliner,hardliner', '--rounds', '3000000'),
      /up to 6,000,000 recorded actions/,
    );
    expectCleanError(
      await run(
        'negotiate',
        'us-mexico',
        '--agents',
        'linear,linear',
        '--time',
        '1000000',
        '--action-cost',
        '0.1',
        '--json',
        '--offers',
        'summary',
      ),
      /recorded actions/,
    );
    // Delinked runs record one session per issue (12 here).
    expectCleanError(
      await run(
        'negotiate',
        'us-mexico',
        '--agents',
        'linear,linear',
        '--mode',
        'delinked',
        '--rounds',
        '10000',
        '--json',
      ),
      /up to 240,000/,
    );
    // A summary of a long session still prints.
    const ok = await run(
      'negotiate',
      'us-mexico',
      '--agents',
      'hardliner,hardliner',
      '--rounds',
      '30000',
      '--json',
      '--offers',
      'summary',
    );
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout).offers.actions).toBe(60_000);
  });
});
