/**
 * `commonground cooperate ...`: the repeated joint-versus-unilateral game.
 *   match <a> <b>        one match, both action strings and scores
 *   tournament           Axelrod round robin, ranked table (progress bar on long runs)
 *   strategies           the strategy library
 *   linkage [scenario]   critical continuation probabilities per issue and linked, with a simulation check
 *   moran <mutant> <resident>   fixation probability in a Moran process
 *   group <a> <b> <c>... one n-party match (e.g. United States, Mexico, Canada)
 */
import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { CgError, problem } from '../../core/index.ts';
import {
  actionString,
  analyseLinkage,
  DEFAULT_GAME,
  exactFixationProbability,
  fixationProbability,
  linearNPlayerGame,
  MAX_TURNS,
  localizeGame,
  parseCooperationScenario,
  parseRstp,
  playMatch,
  playNPlayerMatch,
  resolveStrategies,
  resolveStrategy,
  scenarioGame,
  scenarioIssues,
  scenarioNPlayerGame,
  simulateDeviation,
  STANDARD_PAYOFFS,
  STRATEGIES,
  type CooperationScenario,
  type Game,
} from '../../cooperation/index.ts';
import { playTournamentOn, playTournamentParallel, withQueueExecutor } from '../../jobs/node.ts';
import { printJson, println, table } from '../output.ts';
import { cliContext } from '../locale.ts';
import { progressBar } from '../progress.ts';
import { wrap } from '../../core/index.ts';
import { commandEntry } from './index.ts';

const DEFAULT_SCENARIO = 'scenarios/cooperation/joint-vs-unilateral.yaml';

function num(
  value: string | undefined,
  flag: string,
  opts: { int?: boolean; min?: number; max?: number } = {},
): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  const bad =
    value.trim() === '' ||
    !Number.isFinite(n) ||
    (opts.int && !Number.isInteger(n)) ||
    (opts.min !== undefined && n < opts.min) ||
    (opts.max !== undefined && n > opts.max);
  if (bad) {
    throw new CgError(
      problem(
        'invalid_option',
        {
          flag,
          case: 'number',
          int: !!opts.int,
          ...(opts.min !== undefined ? { min: opts.min } : {}),
          ...(opts.max !== undefined ? { max: opts.max } : {}),
        },
        { path: [flag], received: value },
      ),
    );
  }
  return n;
}

const prob = (v: string | undefined, flag: string) => num(v, flag, { min: 0, max: 1 });
const turnsOption = (v: string | undefined) => num(v, '--turns', { int: true, min: 1, max: MAX_TURNS });
/** Seeds are 32-bit: a larger or negative one would silently replay another seed's run. */
const seedOption = (v: string | undefined) => num(v, '--seed', { int: true, min: 0, max: 0xffffffff });

function misreadOption(v: string | undefined): number | [number, number] | undefined {
  if (v === undefined) return undefined;
  const parts = v.split(',');
  if (parts.length === 2) return [prob(parts[0], '--misread')!, prob(parts[1], '--misread')!];
  return prob(v, '--misread');
}

export function loadScenario(file: string): CooperationScenario {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new CgError(problem('file_not_found', {}, { file }));
  }
  // Names and texts in the reader's language (CG_LANG or the POSIX locale), payoffs as written.
  return localizeGame(parseCooperationScenario(text, file), cliContext().locale);
}

function parties(v: string | undefined, sc: CooperationScenario): [string, string] {
  if (!v) return [sc.parties[0].id, sc.parties[1].id];
  const p = v.split(',').map((s) => s.trim());
  if (p.length !== 2)
    throw new CgError(
      problem('invalid_option', { flag: '--parties', case: 'two_parties' }, { path: ['--parties'], received: v }),
    );
  if (p[0] === p[1])
    throw new CgError(
      problem('invalid_option', { flag: '--parties', case: 'distinct_parties' }, { path: ['--parties'], received: v }),
    );
  return [p[0], p[1]];
}

function isStrategyName(name: string): boolean {
  try {
    resolveStrategy(name.trim());
    return true;
  } catch {
    return false;
  }
}

/**
 * Split a --strategies list on commas, keeping whole the names that contain commas (those
 * `cooperate strategies` prints, such as "Omega TFT: 3, 8", and forms such as
 * "Generic Memory One Player: (1, 0, 1, 0), C"): at each point take the longest run of
 * comma-separated pieces that names a strategy, else one piece (reported as unknown).
 */
export function splitStrategyList(list: string): string[] {
  const pieces = list.split(',');
  const out: string[] = [];
  for (let i = 0; i < pieces.length;) {
    let take = 1;
    for (let k = Math.min(pieces.length - i, 8); k > 1; k--) {
      if (isStrategyName(pieces.slice(i, i + k).join(','))) {
        take = k;
        break;
      }
    }
    out.push(
      pieces
        .slice(i, i + take)
        .join(',')
        .trim(),
    );
    i += take;
  }
  return out.filter(Boolean);
}

interface GameOpts {
  payoffs?: string;
  game?: string;
  issue?: string;
  parties?: string;
}

type ScenarioDefaults = NonNullable<CooperationScenario['defaults']>;

/**
 * Stage game from --payoffs R,S,T,P or --game <scenario> --issue <id> [--parties a,b], with the
 * scenario's `defaults` (turns, repetitions, noise, misread, seed), which apply to every option
 * not given on the command line.
 */
/** --issue and --parties pick from a scenario: without --game they would be silently ignored. */
function requireGameFor(o: { game?: string; issue?: string; parties?: string }): void {
  for (const [flag, value] of [
    ['--issue', o.issue],
    ['--parties', o.parties],
  ] as const) {
    if (value !== undefined && !o.game) {
      throw new CgError(problem('option_needs_game', { flag }, { path: [flag] }));
    }
  }
}

function stageGame(o: GameOpts): { game: Game; defaults: ScenarioDefaults } {
  requireGameFor(o);
  if (o.payoffs && o.game)
    throw new CgError(problem('conflicting_options', { a: '--payoffs', b: '--game' }, { path: ['--payoffs'] }));
  if (o.payoffs) return { game: parseRstp(o.payoffs, ['--payoffs']), defaults: {} };
  if (o.game) {
    const sc = loadScenario(o.game);
    return { game: scenarioGame(sc, o.issue ?? sc.issues[0].id, parties(o.parties, sc)), defaults: sc.defaults ?? {} };
  }
  return { game: DEFAULT_GAME, defaults: {} };
}

function withGameOptions(c: Command): Command {
  return c
    .option('--payoffs <R,S,T,P>', 'symmetric stage game (default 3,0,5,1)')
    .option(
      '--game <scenario.yaml>',
      'take the stage game from a cooperation scenario, and its defaults for options not given',
    )
    .option('--issue <id>', 'issue of the scenario (default: its first)')
    .option('--parties <a,b>', 'the two scenario parties (default: its first two)');
}

function fmt(x: number, d = 4): string {
  return Number.isFinite(x) ? x.toFixed(d) : String(x);
}

export function register(program: Command): void {
  const coop = program.command('cooperate').description(commandEntry('cooperate').description);

  withGameOptions(
    coop
      .command('match')
      .description('play one match and print both action strings (C = joint, D = unilateral) and scores')
      .argument('<strategy1>', 'first strategy (display or class name, e.g. "Tit For Tat" or TitForTat)')
      .argument('<strategy2>', 'second strategy')
      .option('--turns <n>', 'number of turns (default 200; the cap when --prob-end is given)')
      .option('--prob-end <p>', 'probability that a turn is the last (continuation probability 1 - p)')
      .option('--noise <p>', 'probability an intended action is flipped (both see the flip)')
      .option('--misread <p[,p2]>', "probability a player misreads the other's action (one value, or one per player)")
      .option('--seed <s>', 'random seed (default 0)')
      .option('--json', 'print {players, scores, actions} as JSON'),
  ).action(
    (
      a: string,
      b: string,
      o: GameOpts & {
        turns?: string;
        probEnd?: string;
        noise?: string;
        misread?: string;
        seed?: string;
        json?: boolean;
      },
    ) => {
      const [s1, s2] = resolveStrategies([a, b]);
      const probEnd = prob(o.probEnd, '--prob-end');
      const { game, defaults: d } = stageGame(o);
      // Misreads may come from the option or from a scenario's defaults (--game).
      const misread = misreadOption(o.misread) ?? d.misread;
      const misreads = typeof misread === 'number' ? misread > 0 : Array.isArray(misread) && misread.some((x) => x > 0);
      const m = playMatch(s1, s2, {
        turns: turnsOption(o.turns) ?? (probEnd === undefined ? d.turns : undefined),
        probEnd,
        noise: prob(o.noise, '--noise') ?? d.noise,
        misread,
        seed: seedOption(o.seed) ?? d.seed,
        game,
      });
      const actions = m.actions.map((x) => actionString(x));
      const perceived = m.perceived.map((x) => actionString(x));
      if (o.json) {
        printJson({
          players: m.players,
          scores: m.scores,
          actions,
          turns: m.turns,
          cooperations: m.cooperations,
          perceived,
        });
        return;
      }
      // perceived[i] is what player i recorded of the other's actions.
      const w = Math.max(...m.players.map((p) => p.length + (misreads ? ' saw'.length : 0)));
      println(`${m.turns} turns`);
      m.players.forEach((p, i) => println(`${p.padEnd(w)}  ${actions[i]}`));
      if (misreads) m.players.forEach((p, i) => println(`${`${p} saw`.padEnd(w)}  ${perceived[i]}`));
      println();
      m.players.forEach((p, i) =>
        println(
          `${p.padEnd(w)}  score ${m.scores[i]}  (${fmt(m.scores[i] / m.turns, 3)} per turn, cooperated ${m.cooperations[i]} times)`,
        ),
      );
    },
  );

  withGameOptions(
    coop
      .command('tournament')
      .description('Axelrod round-robin tournament: ranked by median normalised score; self-play played but not scored')
      .option('--strategies <a,b,...>', 'comma-separated strategies (default: every built-in strategy)')
      .option('--turns <n>', 'turns per match (default 200)')
      .option('--repetitions <r>', 'matches per pair (default 10)')
      .option('--prob-end <p>', 'probabilistic match end instead of fixed turns')
      .option('--noise <p>', 'implementation noise')
      .option('--misread <p>', "probability each player misreads the other's action")
      .option('--seed <s>', 'random seed (default 0)')
      .option('--workers <k>', 'threads to use, this one included (default 1)')
      .option('--queue <url>', 'play the pairs on queue workers (`commonground worker`) through this Redis URL')
      .option('--no-progress', 'never show the progress bar')
      .option('--json', 'print {ranking: [{name, medianScore, cooperationRate}], payoffMatrix} as JSON'),
  ).action(
    async (
      o: GameOpts & {
        strategies?: string;
        turns?: string;
        repetitions?: string;
        probEnd?: string;
        noise?: string;
        misread?: string;
        seed?: string;
        workers?: string;
        queue?: string;
        progress?: boolean;
        json?: boolean;
      },
    ) => {
      // An empty --strategies (say, from an unset shell variable) is an error, not "all of them".
      const strategies =
        o.strategies !== undefined ? resolveStrategies(splitStrategyList(o.strategies)) : [...STRATEGIES];
      const probEnd = prob(o.probEnd, '--prob-end');
      const { game, defaults: d } = stageGame(o);
      const turns = turnsOption(o.turns) ?? (probEnd === undefined ? d.turns : undefined);
      const repetitions = num(o.repetitions, '--repetitions', { int: true, min: 1 }) ?? d.repetitions ?? 10;
      const workers = num(o.workers, '--workers', { int: true, min: 1, max: 64 }) ?? 1;
      const n = strategies.length;
      const work = ((n * (n + 1)) / 2) * repetitions * (turns ?? 200);
      const long = work > 5_000_000;
      const onProgress = progressBar(
        'tournament',
        o.progress !== false && (long || (Boolean(process.stderr.isTTY) && work > 1_000_000)),
      );
      const options = {
        turns,
        repetitions,
        probEnd,
        noise: prob(o.noise, '--noise') ?? d.noise,
        misread: misreadOption(o.misread) ?? d.misread,
        seed: seedOption(o.seed) ?? d.seed,
        game,
      };
      const res = o.queue
        ? await withQueueExecutor(o.queue, (ex) => playTournamentOn(ex, strategies, options, { onProgress }), {
            urlPath: ['--queue'],
          })
        : await playTournamentParallel(strategies, options, { workers, onProgress });
      if (o.json) {
        printJson({
          ranking: res.summary.map((r) => ({
            name: r.name,
            medianScore: r.medianScore,
            cooperationRate: r.cooperationRate,
          })),
          payoffMatrix: res.payoffMatrix,
          players: res.players,
          settings: {
            turns: res.turns,
            probEnd: res.probEnd,
            repetitions: res.repetitions,
            noise: res.noise,
            misread: res.misread,
            seed: res.seed,
          },
        });
        return;
      }
      println(
        `${n} strategies, ${res.probEnd > 0 ? `probabilistic end ${res.probEnd}` : `${res.turns} turns`}, ${res.repetitions} repetitions, noise ${res.noise}, misread ${res.misread[0]}, seed ${res.seed}`,
      );
      println(
        table(
          ['rank', 'name', 'median score per turn', 'cooperation rate', 'median wins'],
          res.summary.map((r) => [r.rank + 1, r.name, fmt(r.medianScore), fmt(r.cooperationRate), r.medianWins]),
        ),
      );
    },
  );

  coop
    .command('strategies')
    .description('list the strategies (display name, class name, memory, stochastic, description)')
    .option('--json', 'print as JSON, with citations')
    .action((o: { json?: boolean }) => {
      const rows = STRATEGIES.map((s) => ({
        name: s.name,
        id: s.id,
        aliases: s.aliases ?? [],
        stochastic: s.stochastic,
        memoryDepth: Number.isFinite(s.memoryDepth) ? s.memoryDepth : 'inf',
        description: s.description,
        citation: s.citation,
      }));
      if (o.json) return printJson(rows);
      println(
        table(
          ['name', 'class', 'memory', 'stochastic', 'description'],
          rows.map((r) => [
            r.name,
            r.id,
            String(r.memoryDepth),
            r.stochastic ? 'yes' : 'no',
            r.description.length > 90 ? r.description.slice(0, 87) + '...' : r.description,
          ]),
        ),
      );
      println(
        `\n${rows.length} strategies. Parameterised forms: "Cycler CCDD", "MockPlayer(cycle=DCC)", "Random: 0.3", "GTFT: 0.1", "Generic Memory One Player: (1, 0, 1, 0), C", "Hard Go By Majority: 7", "NTitsForMTats(2,1)".`,
      );
    });

  coop
    .command('linkage')
    .description(
      'critical continuation probability for grim trigger on each issue alone and on all issues linked, checked by simulation',
    )
    .argument('[scenario]', 'cooperation scenario', DEFAULT_SCENARIO)
    .option('--parties <a,b>', 'the two parties (default: the first two)')
    .option('--delta <d>', 'continuation probability to check by simulation (default: the scenario default, else 0.6)')
    .option('--samples <n>', 'simulated matches per check (default 2000)')
    .option('--seed <s>', 'random seed (default: the scenario default, else 0)')
    .option('--json', 'print as JSON')
    .action(
      (file: string, o: { parties?: string; delta?: string; samples?: string; seed?: string; json?: boolean }) => {
        const sc = loadScenario(file);
        const ps = parties(o.parties, sc);
        const issues = scenarioIssues(sc, ps);
        const an = analyseLinkage(issues);
        const delta = num(o.delta, '--delta', { min: 0.0001, max: 0.9999 }) ?? sc.defaults?.continuation ?? 0.6;
        const samples = num(o.samples, '--samples', { int: true, min: 10 }) ?? 2000;
        const seed = seedOption(o.seed) ?? sc.defaults?.seed ?? 0;
        const grim = resolveStrategy('Grudger');
        const alld = resolveStrategy('Defector');
        const check = (set: typeof issues) =>
          ([0, 1] as const).map((party) => simulateDeviation(set, delta, grim, alld, { samples, seed, party }));
        const perIssue = issues.map((i) => ({ id: i.id, sim: check([i]) }));
        const linked = check(issues);
        if (o.json) return printJson({ parties: ps, analysis: an, delta, simulation: { perIssue, linked } });
        // Names, not ids; every line within 100 columns (the column meanings go in the text above the table).
        const partyName = (id: string) => sc.parties.find((p) => p.id === id)?.name ?? id;
        const [n0, n1] = ps.map(partyName);
        for (const l of wrap(
          `Grim trigger between ${n0} and ${n1}: joint action is sustainable when the continuation probability (the chance the relationship goes on after each period) is at least the threshold. Columns: each party's threshold, the pair's (the larger), whether a simulation at ${fmt(delta, 3)} sustains it, and the simulated gain from cooperating over deviating (${n0} / ${n1}).`,
        ))
          println(l);
        println('');
        const row = (name: string, th: number[], sim: ReturnType<typeof check>) => [
          name,
          fmt(th[0], 3),
          fmt(th[1], 3),
          fmt(Math.max(th[0], th[1]), 3),
          sim.every((s) => s.sustainable) ? 'yes' : 'no',
          fmt(sim[0].cooperate - sim[0].deviate, 1) + ' / ' + fmt(sim[1].cooperate - sim[1].deviate, 1),
        ];
        const clip = (x: string, w: number) => (x.length <= w ? x : x.slice(0, w - 1) + '…');
        println(
          table(
            ['issue', clip(n0, 14), clip(n1, 14), 'pair', `at ${fmt(delta, 3)}`, 'gain (sim.)'],
            [
              ...an.issues.map((i, k) => row(clip(i.name, 30), i.parties, perIssue[k].sim)),
              row('all issues linked', an.linked.parties, linked),
            ],
          ),
        );
        const helpedNames = an.helped.map((id) => an.issues.find((i) => i.id === id)?.name ?? id);
        if (helpedNames.length) {
          println('');
          for (const l of wrap(
            `Linking lowers the threshold for: ${helpedNames.join(', ')} (from their own threshold to ${fmt(an.linked.pair, 3)}).`,
          ))
            println(l);
        }
        for (const l of wrap(
          `Simulation: ${samples} matches per cell ending with probability ${fmt(1 - delta, 3)} after each period; scenario payoffs are modelling assumptions (${file}).`,
        ))
          println(l);
      },
    );

  coop
    .command('moran')
    .description('fixation probability of mutants in a Moran process (Axelrod birth-death semantics)')
    .argument('<mutant>', 'invading strategy')
    .argument('<resident>', 'resident strategy')
    .option('--population <n>', 'population size (default 10)')
    .option('--mutants <k>', 'initial mutants (default 1)')
    .option('--trials <t>', 'independent runs (default 1000)')
    .option('--turns <n>', 'turns per match (default 200)')
    .option('--noise <p>', 'implementation noise')
    .option('--seed <s>', 'random seed (default 0)')
    .option('--json', 'print as JSON')
    .action(
      (
        a: string,
        b: string,
        o: {
          population?: string;
          mutants?: string;
          trials?: string;
          turns?: string;
          noise?: string;
          seed?: string;
          json?: boolean;
        },
      ) => {
        const [mutant, resident] = resolveStrategies([a, b]);
        const turns = turnsOption(o.turns) ?? 200;
        const noise = prob(o.noise, '--noise') ?? 0;
        const N = num(o.population, '--population', { int: true, min: 2 }) ?? 10;
        const k = num(o.mutants, '--mutants', { int: true, min: 1 }) ?? 1;
        const est = fixationProbability(mutant, resident, {
          populationSize: N,
          initialMutants: k,
          trials: num(o.trials, '--trials', { int: true, min: 1 }),
          turns,
          noise,
          seed: seedOption(o.seed),
        });
        let exact: number | null = null;
        if (noise === 0 && !mutant.stochastic && !resident.stochastic) {
          const pt = (x: typeof mutant, y: typeof mutant) => playMatch(x, y, { turns }).scores.map((s) => s / turns);
          const [ab, ba] = pt(mutant, resident);
          exact = exactFixationProbability(pt(mutant, mutant)[0], ab, ba, pt(resident, resident)[0], N, k);
        }
        if (o.json) return printJson({ ...est, exact });
        println(`${est.mutant} invading ${est.resident}: N=${N}, ${k} mutant(s), ${est.trials} runs`);
        println(
          `fixation probability ${fmt(est.estimate)} +/- ${fmt(est.standardError)} (neutral ${fmt(est.neutral)})${exact === null ? '' : `; exact ${fmt(exact)}`}`,
        );
      },
    );

  coop
    .command('group')
    .description('one n-party match (e.g. United States, Mexico, Canada): each reads the others through a quorum')
    .argument('<strategies...>', 'one strategy per party')
    .option(
      '--game <scenario.yaml>',
      'take the payoffs of one issue from a scenario (all its parties), and its defaults for options not given',
    )
    .option('--issue <id>', 'issue of the scenario (default: its first)')
    .option('--turns <n>', 'turns (default 200)')
    .option('--noise <p>', 'implementation noise')
    .option('--misread <p>', "probability of misreading each other party's action")
    .option('--quorum <q>', 'others that must act jointly to count as cooperation (default: all)')
    .option('--seed <s>', 'random seed (default 0)')
    .option('--json', 'print {parties, strategies, scores, actions} as JSON')
    .action(
      (
        names: string[],
        o: {
          game?: string;
          issue?: string;
          turns?: string;
          noise?: string;
          misread?: string;
          quorum?: string;
          seed?: string;
          json?: boolean;
        },
      ) => {
        requireGameFor(o);
        const strategies = resolveStrategies(names);
        let game;
        let d: ScenarioDefaults = {};
        if (o.game) {
          const sc = loadScenario(o.game);
          game = scenarioNPlayerGame(sc, o.issue ?? sc.issues[0].id);
          d = sc.defaults ?? {};
        } else
          game = linearNPlayerGame(
            names.map((_, i) => `party${i + 1}`),
            STANDARD_PAYOFFS,
          );
        const r = playNPlayerMatch(game, strategies, {
          turns: turnsOption(o.turns) ?? d.turns,
          noise: prob(o.noise, '--noise') ?? d.noise,
          misread: prob(o.misread, '--misread') ?? d.misread,
          quorum: num(o.quorum, '--quorum', { int: true, min: 1 }),
          seed: seedOption(o.seed) ?? d.seed,
        });
        if (o.json)
          return printJson({
            parties: r.parties,
            strategies: r.strategies,
            scores: r.scores,
            actions: r.actions,
            turns: r.turns,
          });
        const w = Math.max(...r.parties.map((p, i) => `${p} (${r.strategies[i]})`.length));
        r.parties.forEach((p, i) =>
          println(`${`${p} (${r.strategies[i]})`.padEnd(w)}  ${r.actions[i]}  score ${fmt(r.scores[i], 2)}`),
        );
      },
    );
}
