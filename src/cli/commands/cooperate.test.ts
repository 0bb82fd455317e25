import { describe, expect, it } from 'vitest';
import { runCliSync } from '../testing.node.ts';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  actionString,
  parseCooperationScenario,
  playMatch,
  playTournament,
  resolveStrategies,
  scenarioGame,
} from '../../cooperation/index.ts';
import { PROJECT_ROOT } from '../../core/node.ts';

function cli(...args: string[]) {
  const r = runCliSync(args);
  return { code: r.code, out: r.stdout, err: r.stderr };
}

describe('commonground cooperate', () => {
  it('match prints both action strings and scores; --json gives {players, scores, actions}', () => {
    const t = cli('cooperate', 'match', 'Tit For Tat', 'Defector', '--turns', '3');
    expect(t.code).toBe(0);
    expect(t.out).toContain('Tit For Tat  CDD');
    expect(t.out).toContain('Defector     DDD');
    expect(t.out).toMatch(/Tit For Tat\s+score 2\b/);
    const j = cli('cooperate', 'match', 'tft', 'AlternaTOR', '--turns', '5', '--json');
    const doc = JSON.parse(j.out);
    expect(doc.players).toEqual(['Tit For Tat', 'Alternator']);
    expect(doc.actions).toEqual(['CCDCD', 'CDCDC']);
    expect(doc.scores).toEqual([13, 13]);
  });

  it('misreads change only what a player sees', () => {
    const j = JSON.parse(
      cli('cooperate', 'match', 'Grudger', 'Cooperator', '--turns', '40', '--misread', '0.2,0', '--seed', '4', '--json')
        .out,
    );
    expect(j.actions[1]).toBe('C'.repeat(40));
    expect(j.perceived[0]).not.toBe('C'.repeat(40));
    expect(j.actions[0]).toMatch(/^C+D+$/);
  });

  it('match shows what each side saw whenever misreads are on, also when they come from a scenario', () => {
    const game = path.join(PROJECT_ROOT, 'scenarios/cooperation/joint-vs-unilateral.yaml');
    const misread = parseCooperationScenario(readFileSync(game, 'utf8'), game).defaults?.misread ?? 0;
    expect(misread).toBeGreaterThan(0);
    const t = cli('cooperate', 'match', 'tft', 'grudger', '--game', game, '--turns', '30');
    expect(t.code).toBe(0);
    const j = JSON.parse(cli('cooperate', 'match', 'tft', 'grudger', '--game', game, '--turns', '30', '--json').out);
    expect(t.out).toContain(`Tit For Tat saw  ${j.perceived[0]}`);
    expect(t.out).toContain(`Grudger saw      ${j.perceived[1]}`);
    expect(cli('cooperate', 'match', 'tft', 'grudger', '--turns', '5').out).not.toContain('saw');
    // The row "Tit For Tat saw" is Tit For Tat's own view: without noise it plays, each turn, what it saw last turn.
    const own = cli(
      'cooperate',
      'match',
      'tft',
      'random',
      '--turns',
      '40',
      '--misread',
      '0.3,0',
      '--seed',
      '2',
    ).out.split('\n');
    const row = (label: string) =>
      own
        .find((l) => l.startsWith(label + ' '))!
        .slice(label.length)
        .trim();
    const saw = row('Tit For Tat saw');
    expect(saw).not.toBe(row('Random: 0.5'));
    expect(row('Tit For Tat').slice(1)).toBe(saw.slice(0, -1));
    expect(row('Random: 0.5 saw')).toBe(row('Tit For Tat'));
  });

  it('--issue and --parties without --game are errors, not silently ignored', () => {
    for (const args of [
      ['match', 'tft', 'alld', '--issue', 'drug_trafficking'],
      ['match', 'tft', 'alld', '--parties', 'us,mexico'],
      ['tournament', '--strategies', 'tft,alld', '--turns', '5', '--issue', 'drug_trafficking'],
      ['group', 'tft', 'tft', 'alld', '--issue', 'drug_trafficking'],
    ]) {
      const r = cli('cooperate', ...args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.err).toMatch(/^error \[option_needs_game\] .*--(issue|parties).*--game/);
      expect(r.out).toBe('');
    }
  });

  it('an unknown strategy exits 2 and lists the closest names', () => {
    const r = cli('cooperate', 'match', 'Tit For Tatt', 'Grudgr');
    expect(r.code).toBe(2);
    expect(r.err).toContain('closest: "Tit For Tat"');
    expect(r.err).toContain('"Grudger"');
    expect(r.out).toBe('');
  });

  it('bad option values exit 2 with the flag named', () => {
    const r = cli('cooperate', 'match', 'tft', 'tft', '--noise', '2');
    expect(r.code).toBe(2);
    expect(r.err).toContain('--noise');
  });

  it('refuses at once what it cannot do: a match too long to hold, seeds that would replay another seed, an empty --strategies, a party against itself', () => {
    const cases: [string[], RegExp][] = [
      [
        ['cooperate', 'match', 'tft', 'alld', '--turns', '1000000000'],
        /--turns must be a whole number from 1 to 10000000/,
      ],
      [['cooperate', 'tournament', '--strategies', 'tft,alld', '--turns', '20000000'], /--turns/],
      [
        ['cooperate', 'match', 'tft', 'alld', '--seed', '4294967296'],
        /--seed must be a whole number from 0 to 4294967295/,
      ],
      [['cooperate', 'match', 'tft', 'alld', '--seed', '-1'], /--seed/],
      [['cooperate', 'tournament', '--strategies', '', '--turns', '5'], /at least 2 strategies/],
      [['cooperate', 'linkage', '--parties', 'us,us'], /--parties takes two different parties/],
      [
        [
          'cooperate',
          'match',
          'tft',
          'alld',
          '--game',
          'scenarios/cooperation/joint-vs-unilateral.yaml',
          '--parties',
          'mexico,mexico',
        ],
        /--parties/,
      ],
    ];
    for (const [args, message] of cases) {
      const r = cli(...args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.err, args.join(' ')).toMatch(message);
      expect(r.out, args.join(' ')).toBe('');
    }
    // The largest seed is a seed of its own, not another one replayed.
    const top = JSON.parse(
      cli('cooperate', 'match', 'Random', 'Random', '--turns', '64', '--seed', '4294967295', '--json').out,
    );
    const zero = JSON.parse(
      cli('cooperate', 'match', 'Random', 'Random', '--turns', '64', '--seed', '0', '--json').out,
    );
    expect(top.actions).not.toEqual(zero.actions);
  });

  it('tournament --json gives the ranking and payoff matrix of the library, same for 1 and 2 workers', () => {
    const args = [
      'cooperate',
      'tournament',
      '--strategies',
      'Tit For Tat,Defector,Random,GTFT,Grudger',
      '--turns',
      '50',
      '--repetitions',
      '4',
      '--noise',
      '0.05',
      '--misread',
      '0.05',
      '--seed',
      '3',
      '--json',
    ];
    const one = JSON.parse(cli(...args, '--workers', '1').out);
    const two = JSON.parse(cli(...args, '--workers', '2').out);
    expect(two).toEqual(one);
    const lib = playTournament(resolveStrategies(['Tit For Tat', 'Defector', 'Random', 'GTFT', 'Grudger']), {
      turns: 50,
      repetitions: 4,
      noise: 0.05,
      misread: 0.05,
      seed: 3,
    });
    expect(one.ranking).toEqual(
      lib.summary.map((r) => ({ name: r.name, medianScore: r.medianScore, cooperationRate: r.cooperationRate })),
    );
    expect(one.payoffMatrix).toEqual(lib.payoffMatrix);
  });

  it('long runs show progress on stderr, never in the --json stdout', () => {
    const r = cli(
      'cooperate',
      'tournament',
      '--strategies',
      'tft,alld,wsls,grudger,gtft,random,alternator,cooperator,prober,calculator,adaptive,gradual',
      '--turns',
      '200',
      '--repetitions',
      '400',
      '--noise',
      '0.01',
      '--json',
    );
    expect(r.code).toBe(0);
    expect(r.err).toContain('tournament: 100%');
    expect(JSON.parse(r.out).ranking).toHaveLength(12);
  }, 60_000);

  it('--strategies keeps names that contain commas whole, including the display names the library prints', () => {
    const names = [
      'Omega TFT: 3, 8',
      'ZD-GTFT-2: 0.25, 0.5',
      'N Tit(s) For M Tat(s): 3, 2',
      'Generic Memory One Player: (1, 0, 1, 0), C',
      'NTitsForMTats(2,1)',
      'Tit For Tat',
    ];
    const r = cli(
      'cooperate',
      'tournament',
      '--strategies',
      names.join(','),
      '--turns',
      '5',
      '--repetitions',
      '1',
      '--json',
    );
    expect(r.err).toBe('');
    expect(JSON.parse(r.out).players).toEqual(resolveStrategies(names).map((s) => s.name));
    // An unknown piece is still reported on its own.
    const bad = cli('cooperate', 'tournament', '--strategies', 'Omega TFT: 3, 8,Tit For Tatt', '--turns', '5');
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('unknown strategy "Tit For Tatt"');
    expect(bad.err).not.toContain('Omega');
  });

  it('tournament prints a ranked table', () => {
    const r = cli(
      'cooperate',
      'tournament',
      '--strategies',
      'Cooperator,TitForTat,Defector',
      '--turns',
      '10',
      '--repetitions',
      '1',
    );
    expect(r.code).toBe(0);
    const lines = r.out.split('\n');
    expect(lines[1]).toMatch(/rank\s+name\s+median score per turn\s+cooperation rate/);
    expect(lines[3]).toMatch(/^\s+1\s+Defector\s+3\.2000/);
  });

  it('moran estimates fixation and gives the exact value for deterministic matches', () => {
    const j = JSON.parse(
      cli(
        'cooperate',
        'moran',
        'Tit For Tat',
        'Defector',
        '--population',
        '6',
        '--trials',
        '400',
        '--turns',
        '20',
        '--seed',
        '2',
        '--json',
      ).out,
    );
    expect(j.trials).toBe(400);
    expect(j.exact).toBeGreaterThan(1 / 6);
    expect(Math.abs(j.estimate - j.exact)).toBeLessThan(5 * Math.sqrt((j.exact * (1 - j.exact)) / 400));
  });

  it('group plays one three-party match on a scenario issue', () => {
    const j = JSON.parse(
      cli(
        'cooperate',
        'group',
        'tft',
        'grudger',
        'defector',
        '--game',
        'scenarios/cooperation/joint-vs-unilateral.yaml',
        '--issue',
        'gun_smuggling',
        '--turns',
        '4',
        '--noise',
        '0',
        '--misread',
        '0',
        '--json',
      ).out,
    );
    expect(j.parties).toEqual(['us', 'mexico', 'canada']);
    expect(j.actions).toEqual(['CDDD', 'CDDD', 'DDDD']);
    // Mexico's doubled payoffs on its priority issue: C with one joint partner and one unilateral = (6 + 0)/2, then P = 2.
    expect(j.scores[1]).toBe(3 + 2 * 3);
  });

  it("--game applies the scenario's defaults (turns, repetitions, noise, misread, seed) to options not given", () => {
    const file = 'scenarios/cooperation/joint-vs-unilateral.yaml';
    const sc = parseCooperationScenario(readFileSync(path.join(PROJECT_ROOT, file), 'utf8'), file);
    const d = sc.defaults!;
    expect(d).toMatchObject({ turns: 200, repetitions: 10, noise: 0.05, misread: 0.1, seed: 1 });
    const game = scenarioGame(sc, 'drug_trafficking', ['us', 'mexico']);
    const [tft, gtft] = resolveStrategies(['Tit For Tat', 'GTFT']);
    const m = JSON.parse(
      cli('cooperate', 'match', 'tft', 'gtft', '--game', file, '--issue', 'drug_trafficking', '--json').out,
    );
    const lib = playMatch(tft, gtft, { turns: d.turns, noise: d.noise, misread: d.misread, seed: d.seed, game });
    expect(m.actions).toEqual(lib.actions.map((a) => actionString(a)));
    expect(m.scores).toEqual(lib.scores);
    // A flag given wins over the file's default.
    const quiet = JSON.parse(
      cli(
        'cooperate',
        'match',
        'tft',
        'gtft',
        '--game',
        file,
        '--issue',
        'drug_trafficking',
        '--noise',
        '0',
        '--misread',
        '0',
        '--turns',
        '7',
        '--json',
      ).out,
    );
    expect(quiet.actions).toEqual(['CCCCCCC', 'CCCCCCC']);
    const t = JSON.parse(
      cli('cooperate', 'tournament', '--strategies', 'tft,alld', '--game', file, '--turns', '30', '--json').out,
    );
    expect(t.settings).toMatchObject({
      turns: 30,
      repetitions: d.repetitions,
      noise: d.noise,
      misread: [d.misread, d.misread],
      seed: d.seed,
    });
  });

  it('strategies lists the library', () => {
    const j = JSON.parse(cli('cooperate', 'strategies', '--json').out);
    expect(j.length).toBeGreaterThanOrEqual(49);
    expect(j.find((s: { id: string }) => s.id === 'TitForTat').name).toBe('Tit For Tat');
  });

  it('linkage reports per-issue and linked thresholds for the built-in scenario', () => {
    const j = JSON.parse(cli('cooperate', 'linkage', '--samples', '200', '--json').out);
    expect(j.parties).toEqual(['us', 'mexico']);
    expect(j.analysis.issues[0].pair).toBeCloseTo(2 / 3, 10);
    expect(j.analysis.linked.pair).toBeCloseTo(4 / 7, 10);
    // The text: within 100 columns, parties and issues by name.
    const t = cli('cooperate', 'linkage', '--samples', '200').out;
    for (const l of t.split('\n')) expect(l.length, l).toBeLessThanOrEqual(100);
    expect(t).toContain('Grim trigger between United States and Mexico');
    expect(t).toMatch(/^issue +United States +Mexico +pair +at 0\.600 +gain \(sim\.\)$/m);
    expect(t).toContain('Linking lowers the threshold for: Drug trafficking and fentanyl');
    const bad = cli('cooperate', 'linkage', 'no-such-file.yaml');
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('no-such-file.yaml');
  });
});
