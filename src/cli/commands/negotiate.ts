/**
 * `commonground negotiate`: negotiation simulation.
 *   negotiate [run] <input> --agents a,b[,c] [--protocol] [--mode linked|delinked] [--rounds N] [--seed s] [--json]
 *   negotiate tournament <inputs...> --agents a,b,c [--repetitions R] [--workers k] [--json]
 *   negotiate compare <inputs...> --agents a,b,c   (linked versus delinked, same agents and seeds)
 *   negotiate strategies                           (what each strategy does, with citations)
 */
import os from 'node:os';
import type { Command } from 'commander';
import { CgError, isCgError, problem, type ParamsOf } from '../../core/index.ts';
import type { Domain } from '../../model/index.ts';
import { withStatusQuo } from '../../model/index.ts';
import {
  runDelinked,
  randomDomain,
  type RandomDomainOptions,
  compareSpecs,
  linkageComparison,
  comparisonJson,
  delinkedJson,
  sessionJson,
  tournamentJson,
  referenceFor,
  delinkedReport,
  linkageReport,
  rankingReport,
  sessionReport,
  DEFAULT_ROUNDS,
  runSession,
  parseAgentList,
  STRATEGIES,
  planTournament,
  type TournamentSpec,
} from '../../negotiation/index.ts';
import { runTournamentOn, runTournamentParallel, withQueueExecutor } from '../../jobs/node.ts';
import type { Deadline, ProtocolName } from '../../negotiation/index.ts';
import { wrap } from '../analysis-report.ts';
import { loadDomainInput } from '../domain-input.ts';
import { printJson, println } from '../output.ts';
import { commandEntry } from './index.ts';

interface CommonOpts {
  agents?: string;
  protocol?: string;
  mode?: string;
  order?: string;
  rounds?: string;
  time?: string;
  actionCost?: string;
  seed?: string;
  statusQuo?: string;
  mediatorIssues?: string;
  json?: boolean;
}

const PROTOCOLS = ['alternating', 'stacked', 'mediated'];

function bad<C extends 'invalid_option' | 'deadline_too_long' | 'agents_required'>(
  code: C,
  flag: string,
  params: ParamsOf<C>,
  received?: string,
): never {
  throw new CgError(
    problem(code as 'invalid_option', params as ParamsOf<'invalid_option'>, {
      path: [flag],
      ...(received !== undefined ? { received: JSON.stringify(received) } : {}),
    }),
  );
}

function int(
  flag: string,
  v: string | undefined,
  fallback: number,
  min: number,
  max = Number.MAX_SAFE_INTEGER,
): number {
  if (v === undefined) return fallback;
  const x = Number(v);
  if (!Number.isInteger(x) || x < min || x > max) {
    bad(
      'invalid_option',
      flag,
      { flag: `--${flag}`, case: 'number', int: true, min, ...(max < Number.MAX_SAFE_INTEGER ? { max } : {}) },
      v,
    );
  }
  return x;
}

/** Seeds are 32-bit (src/core/random.ts): 4294967296 would silently run as seed 0. */
const MAX_SEED = 2 ** 32 - 1;

function choice<T extends string>(
  flag: string,
  v: string | undefined,
  allowed: readonly T[],
  fallback: T | undefined,
): T | undefined {
  if (v === undefined) return fallback;
  if (!allowed.includes(v as T))
    bad('invalid_option', flag, { flag: `--${flag}`, case: 'one_of', allowed: [...allowed] }, v);
  return v as T;
}

function deadlineOf(o: CommonOpts): Deadline {
  if (o.time !== undefined) {
    if (o.rounds !== undefined) bad('invalid_option', 'time', { flag: '--time', case: 'rounds_or_time' });
    const time = Number(o.time);
    if (!(time > 0)) bad('invalid_option', 'time', { flag: '--time', case: 'time_positive' }, o.time);
    const costs = (o.actionCost ?? '1').split(',').map(Number);
    if (costs.some((c) => !(c > 0)))
      bad('invalid_option', 'action-cost', { flag: '--action-cost', case: 'action_cost_positive' }, o.actionCost);
    return { time, actionCost: costs.length === 1 ? costs[0] : costs };
  }
  if (o.actionCost !== undefined)
    bad('invalid_option', 'action-cost', { flag: '--action-cost', case: 'action_cost_needs_time' });
  return { rounds: int('rounds', o.rounds, DEFAULT_ROUNDS, 1) };
}

/**
 * A single run keeps its whole transcript in memory (about 2 kB per action, more again to print it
 * as JSON), so a deadline that allows millions of actions would exhaust the heap and crash. These
 * caps turn that into an error up front, saying what to change. Measured: 400,000 actions print as
 * 290 MB of JSON in 1.9 GB; 1,000,000 actions in text mode take 0.8 GB.
 */
export const MAX_RECORDED_ACTIONS = 2_000_000;
export const MAX_JSON_ACTIONS = 200_000;

/** Most actions one run can record: per session rounds x actors (or time / the cheapest action). */
export function actionBound(deadline: Deadline, actors: number, sessions: number): number {
  const perSession =
    'rounds' in deadline
      ? deadline.rounds * actors
      : Math.ceil(
          deadline.time /
            Math.min(...(Array.isArray(deadline.actionCost) ? deadline.actionCost : [deadline.actionCost ?? 1])),
        ) + actors;
  return perSession * sessions;
}

function checkTranscriptSize(
  domain: Domain,
  deadline: Deadline,
  protocol: ProtocolName | undefined,
  mode: string | undefined,
  json: boolean,
  show: string,
): void {
  const protocolName = protocol ?? (domain.parties.length === 2 ? 'alternating' : 'stacked');
  const actors = protocolName === 'mediated' ? 1 : domain.parties.length;
  const bound = actionBound(deadline, actors, mode === 'delinked' ? domain.issues.length : 1);
  const flag = 'rounds' in deadline ? 'rounds' : 'time';
  if (bound > MAX_RECORDED_ACTIONS) {
    bad('deadline_too_long', flag, { bound, max: MAX_RECORDED_ACTIONS });
  }
  if (json && show === 'all' && bound > MAX_JSON_ACTIONS) {
    bad('deadline_too_long', flag, { bound, max: MAX_JSON_ACTIONS, json: true });
  }
}

function agentsOf(o: CommonOpts) {
  if (!o.agents) bad('agents_required', 'agents', { strategies: STRATEGIES.map((s) => s.id) });
  return parseAgentList(o.agents);
}

/**
 * `random:<seed>[:opposed|independent][:parties=p][:issues=n][:options=k]`: a seeded synthetic
 * domain (src/negotiation/random-domain.ts; opposed = every issue zero-sum on its own).
 */
export function randomInput(input: string): Domain | null {
  if (!input.startsWith('random:')) return null;
  const [, seedText, ...rest] = input.split(':');
  const seed = Number(seedText);
  type Why = ParamsOf<'bad_random_domain'> extends infer U ? (U extends unknown ? Omit<U, 'input'> : never) : never;
  const fail = (why: Why): never => {
    throw new CgError(problem('bad_random_domain', { ...why, input } as ParamsOf<'bad_random_domain'>));
  };
  if (seedText === undefined || seedText.trim() === '' || !Number.isInteger(seed) || seed < 0 || seed > MAX_SEED)
    fail({ problem: 'seed', max: MAX_SEED });
  const opts: RandomDomainOptions = { conflict: 'opposed' };
  for (const part of rest) {
    if (part === 'opposed' || part === 'independent') opts.conflict = part;
    else {
      const m = /^(parties|issues|options)=(\d+)$/.exec(part);
      if (!m) fail({ problem: 'part', part });
      const min = m![1] === 'parties' ? 2 : 1;
      if (Number(m![2]) < min || Number(m![2]) > 50) fail({ problem: 'range', part, name: m![1], min });
      opts[m![1] as 'parties' | 'issues' | 'options'] = Number(m![2]);
    }
  }
  return randomDomain(seed, opts);
}

async function load(input: string, statusQuo: string | undefined): Promise<Domain> {
  const domain = randomInput(input) ?? (await loadDomainInput(input)).domain;
  if (statusQuo === undefined) return domain;
  try {
    return withStatusQuo(domain, statusQuo).domain;
  } catch (e) {
    // One --status-quo applies to every input of a tournament: say which input it does not fit.
    if (isCgError(e))
      throw new CgError(
        e.problems.map((p) => ({ file: input, ...p })),
        { status: e.status, exitCode: e.exitCode },
      );
    throw e;
  }
}

function addCommon(cmd: Command): Command {
  return cmd
    .option('--agents <list>', 'comma-separated agent specs, name[:param=value...] (see `negotiate strategies`)')
    .option('--protocol <name>', `${PROTOCOLS.join(' | ')} (default: alternating for 2 parties, stacked for more)`)
    .option('--mode <mode>', 'linked (one package over all issues) | delinked (one session per issue)', 'linked')
    .option(
      '--order <order>',
      'delinked mode: sequential (later issues start from earlier agreements) | parallel',
      'sequential',
    )
    .option('--rounds <n>', `deadline in rounds (default ${DEFAULT_ROUNDS})`)
    .option('--time <seconds>', 'deadline in simulated seconds instead of rounds')
    .option(
      '--action-cost <list>',
      'with --time: simulated seconds per action, one value or one per party (mediated protocol: one, for the mediator) (default 1)',
    )
    .option('--seed <n>', 'random seed (default 1)')
    .option('--status-quo <spec>', 'status quo as "issue=option;..." (needed for delinked mode on Genius domains)')
    .option('--mediator-issues <k>', 'mediated protocol: most issues one proposal changes (default 2)')
    .option('--json', 'print exactly one JSON document');
}

function specOf(
  domains: Domain[],
  o: CommonOpts & { repetitions?: string; selfPlay?: boolean },
  agents: string[],
): TournamentSpec {
  return {
    domains,
    agents,
    repetitions: int('repetitions', o.repetitions, 1, 1),
    deadline: deadlineOf(o),
    protocol: choice('protocol', o.protocol, PROTOCOLS as ProtocolName[], undefined),
    mode: choice('mode', o.mode, ['linked', 'delinked'] as const, 'linked'),
    order: choice('order', o.order, ['sequential', 'parallel'] as const, 'sequential'),
    mediatorIssues: o.mediatorIssues !== undefined ? int('mediator-issues', o.mediatorIssues, 2, 1) : undefined,
    seed: int('seed', o.seed, 1, 0, MAX_SEED),
    selfPlay: o.selfPlay ?? true,
  };
}

/** Progress bar on stderr (terminals only; never on stdout). */
function progress(enabled: boolean) {
  const start = performance.now();
  let last = 0;
  return {
    update(done: number, total: number) {
      if (!enabled) return;
      const now = performance.now();
      if (done < total && now - last < 100) return;
      last = now;
      const width = 30;
      const fill = Math.round((width * done) / total);
      const rate = done / Math.max(1e-3, (now - start) / 1000);
      process.stderr.write(
        `\r[${'#'.repeat(fill)}${'.'.repeat(width - fill)}] ${done}/${total} sessions, ${rate.toFixed(1)}/s `,
      );
    },
    end() {
      if (enabled) process.stderr.write('\r' + ' '.repeat(70) + '\r');
    },
  };
}

function workersOf(v: string | undefined, tasks: number): number {
  if (v === undefined || v === 'auto') return tasks < 64 ? 0 : Math.min(4, os.availableParallelism());
  // Each worker thread loads the engine (about 60 MB): hundreds would exhaust memory, not speed anything up.
  return int('workers', v, 0, 0, MAX_WORKERS);
}

const MAX_WORKERS = 64;

export function register(program: Command): void {
  const neg = program.command('negotiate').description(commandEntry('negotiate').description);

  addCommon(
    neg
      .command('run', { isDefault: true })
      .description('run one negotiation session and print the transcript summary, agreement, utilities and distances'),
  )
    .argument(
      '<input>',
      'a scenario file, a Genius folder, a built-in scenario id (north-america), or random:<seed>[:opposed|independent][:parties=p][:issues=n][:options=k]',
    )
    .option(
      '--offers <mode>',
      'all | summary: the full transcript or a summary (default: summary in text, all in --json)',
    )
    .addHelpText(
      'after',
      `
Examples:
  commonground negotiate us-mexico --agents boulware,conceder
  commonground negotiate north-america --agents linear,hardheaded,nice-tft --protocol stacked --rounds 200
  commonground negotiate north-america --agents conceder,conceder,conceder --mode delinked
  commonground negotiate test/fixtures/genius-domains/Energy --agents hardheaded,nice-tft --rounds 1000 --json

The Genius/ANAC domains under test/fixtures/genius-domains/ come with the repository (a git clone).`,
    )
    .action(async (input: string, o: CommonOpts & { offers?: string }) => {
      const agents = agentsOf(o);
      const domain = await load(input, o.statusQuo);
      const show = choice('offers', o.offers, ['all', 'summary'] as const, o.json ? 'all' : 'summary')!;
      const spec = specOf(
        [domain],
        o,
        agents.map((a) => a.spec),
      );
      checkTranscriptSize(
        domain,
        spec.deadline ?? { rounds: DEFAULT_ROUNDS },
        spec.protocol,
        spec.mode,
        !!o.json,
        show,
      );
      const config = {
        agents,
        protocol: spec.protocol,
        deadline: spec.deadline,
        seed: spec.seed,
        mediatorIssues: spec.mediatorIssues,
      };
      const ref = referenceFor(domain);
      if (spec.mode === 'delinked') {
        const r = runDelinked(domain, { ...config, order: spec.order });
        if (o.json) printJson(delinkedJson(domain, r, ref, show));
        else delinkedReport(domain, r, ref).forEach((l) => println(l));
      } else {
        const r = runSession(domain, config);
        if (o.json) printJson(sessionJson(domain, r, ref, show));
        else sessionReport(domain, r, ref, show).forEach((l) => println(l));
      }
    });

  const tournamentOptions = (cmd: Command) =>
    addCommon(cmd)
      .argument(
        '<inputs...>',
        'scenario files, Genius folders, built-in scenario ids, or random:<seed>[:...] synthetic domains',
      )
      .option('--repetitions <n>', 'sessions per agent tuple and domain, with derived seeds (default 1)')
      .option('--workers <k>', 'worker threads (0 = this thread; default auto: 0 below 64 sessions, else up to 4)')
      .option('--no-self-play', 'skip tuples in which an agent meets itself')
      .option('--queue <url>', 'run the sessions on queue workers (`commonground worker`) through this Redis URL')
      .option('--no-progress', 'no progress bar on stderr');

  tournamentOptions(
    neg
      .command('tournament')
      .description('every ordered tuple of the agents (both role orders) on every domain; prints the ranked table'),
  )
    .addHelpText(
      'after',
      '\nExample:\n  commonground negotiate tournament test/fixtures/genius-domains/Laptop test/fixtures/genius-domains/Camera --agents boulware,conceder,hardliner,nice-tft --repetitions 5',
    )
    .action(
      async (
        inputs: string[],
        o: CommonOpts & {
          repetitions?: string;
          workers?: string;
          selfPlay?: boolean;
          progress?: boolean;
          queue?: string;
        },
      ) => {
        const agents = agentsOf(o).map((a) => a.spec);
        const domains = await Promise.all(inputs.map((i) => load(i, o.statusQuo)));
        const spec = specOf(domains, o, agents);
        const bar = progress(o.progress !== false && !!process.stderr.isTTY);
        // On the queue, `workers` says so: how many machines ran it does not change the result.
        const workers: number | 'queue' = o.queue ? 'queue' : workersOf(o.workers, planTournament(spec).length);
        const r =
          workers === 'queue'
            ? await withQueueExecutor(o.queue!, (ex) => runTournamentOn(ex, spec, { onProgress: bar.update }), {
                urlPath: ['--queue'],
              })
            : await runTournamentParallel(spec, { workers, onProgress: bar.update });
        bar.end();
        if (o.json)
          printJson(
            tournamentJson(r, { protocol: spec.protocol ?? null, deadline: spec.deadline, seed: spec.seed, workers }),
          );
        else rankingReport(r).forEach((l) => println(l));
      },
    );

  tournamentOptions(
    neg
      .command('compare')
      .description(
        'linked versus delinked: the same agent tuples negotiate each domain as one package and issue by issue',
      ),
  )
    .addHelpText(
      'after',
      '\nExample:\n  commonground negotiate compare north-america us-mexico --agents boulware,linear,conceder --repetitions 5',
    )
    .action(
      async (
        inputs: string[],
        o: CommonOpts & {
          repetitions?: string;
          workers?: string;
          selfPlay?: boolean;
          progress?: boolean;
          queue?: string;
        },
      ) => {
        const agents = agentsOf(o).map((a) => a.spec);
        const domains = await Promise.all(inputs.map((i) => load(i, o.statusQuo)));
        const spec = specOf(domains, o, agents);
        const [l, d] = compareSpecs(spec);
        const bar = progress(o.progress !== false && !!process.stderr.isTTY);
        const [linked, delinked] = o.queue
          ? await withQueueExecutor(
              o.queue,
              async (ex) => [
                await runTournamentOn(ex, l, { onProgress: bar.update }),
                await runTournamentOn(ex, d, { onProgress: bar.update }),
              ],
              { urlPath: ['--queue'] },
            )
          : await (async () => {
              const workers = workersOf(o.workers, 2 * planTournament(spec).length);
              return [
                await runTournamentParallel(l, { workers, onProgress: bar.update }),
                await runTournamentParallel(d, { workers, onProgress: bar.update }),
              ];
            })();
        bar.end();
        const c = linkageComparison(spec, linked, delinked);
        if (o.json)
          printJson(
            comparisonJson(c, {
              domains: spec.domains.map((x) => x.id),
              agents,
              repetitions: spec.repetitions,
              deadline: spec.deadline,
              seed: spec.seed,
            }),
          );
        else linkageReport(c).forEach((x) => println(x));
      },
    );

  neg
    .command('strategies')
    .description('list the strategies with what they do, their parameters and where they come from')
    .option('--json', 'print exactly one JSON document')
    .action((o: { json?: boolean }) => {
      if (o.json) {
        printJson({
          strategies: STRATEGIES.map((s) => ({
            id: s.id,
            name: s.name,
            description: s.description,
            citation: s.citation,
            params: s.params,
          })),
        });
        return;
      }
      // Lines within 100 columns: continuation lines hang 4 further in.
      const say = (text: string, indent: number) =>
        wrap(text, 4, 100 - indent).forEach((l) => println(' '.repeat(indent) + l));
      for (const s of STRATEGIES) {
        println(`${s.id} — ${s.name}`);
        say(s.description, 2);
        const params = Object.entries(s.params).map(([k, p]) => `${k} (${p.description}; default ${p.default})`);
        if (params.length) say(`parameters: ${params.join('; ')}`, 2);
        say(`source: ${s.citation}`, 2);
        println();
      }
      say(
        'Acceptance conditions (ac=...): next, next(a,b), prev, const(c), time(T), combi(T), combi_avg(T), lowest, and(..), or(..), not(..)',
        0,
      );
    });
}
