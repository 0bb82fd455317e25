/**
 * `commonground report <scenario | framework | cooperation game | run id>`: a memo to share, as
 * self-contained HTML or as PDF (printed by Debian's Chromium), in English or Spanish.
 *
 * What the input names decides the report: a scenario (file or built-in id) gives the scenario
 * memo, or with `--kind negotiation` a linked and an issue-by-issue negotiation of it side by side;
 * a framework (file, built-in id under scenarios/frameworks, or stored id) the framework report; a
 * cooperation game (file or built-in id under scenarios/cooperation) the cooperation report; the id
 * of a finished negotiation or cooperation run stored by the server the report of that run.
 */
import { stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Command } from 'commander';
import { CgError, fail, problem } from '../../core/index.ts';
import { robustnessInput, robustnessJson, type RobustnessJson } from '../../analysis/index.ts';
import { jointVsUnilateral } from '../../jobs/index.ts';
import { SCENARIOS_DIR, scanBuiltinScenarios } from '../../model/node.ts';
import {
  applyUncertainty,
  compileScenario,
  localizeScenario,
  preferencesOf,
  type Scenario,
} from '../../model/index.ts';
import { localizeGame, parseCooperationScenario } from '../../cooperation/index.ts';
import { readFrameworkFile, readTextFile } from '../../framework/node.ts';
import { parseYamlText } from '../../model/index.ts';
import {
  cooperationReportHtml,
  cooperationReportInput,
  frameworkReportHtml,
  frameworkReportInput,
  MEMO_ROBUSTNESS_SAMPLES,
  negotiationReportHtml,
  negotiationReportInput,
  scenarioMemoHtml,
  scenarioMemoInput,
  studyMismatch,
  type Lang,
  type Paper,
  type ReportOptions,
} from '../../report/index.ts';
import { printPdf, serverDocument } from '../../report/node.ts';
import { loadDomainInput } from '../domain-input.ts';
import { cliContext } from '../locale.ts';
import { commandEntry } from './index.ts';
import { runReport } from './report-runs.ts';

const KINDS = ['scenario', 'negotiation', 'cooperation', 'framework', 'run'] as const;
type Kind = (typeof KINDS)[number];

/** Cooperation tournament of the report: the web app's default line-up. */
export const REPORT_STRATEGIES = ['Tit For Tat', 'Defector', 'Cooperator', 'Grudger', 'Tit For 2 Tats', 'Random: 0.5'];

interface Opts {
  format?: string;
  lang?: string;
  output?: string;
  date?: string;
  paper?: string;
  kind?: string;
  party?: string;
  agents?: string;
  rounds?: string;
  seed?: string;
  db?: string;
  robustness?: string | true;
}

function choice<T extends string>(flag: string, v: string | undefined, allowed: readonly T[], fallback: T): T {
  if (v === undefined) return fallback;
  if (!allowed.includes(v as T))
    throw new CgError(
      problem(
        'invalid_option',
        { flag: `--${flag}`, case: 'one_of', allowed: [...allowed] },
        {
          path: [`--${flag}`],
          received: JSON.stringify(v),
        },
      ),
    );
  return v as T;
}

function int(flag: string, v: string | undefined, fallback: number, min: number, max: number): number {
  if (v === undefined) return fallback;
  const x = Number(v);
  if (!Number.isInteger(x) || x < min || x > max)
    throw new CgError(
      problem('invalid_option', { flag: `--${flag}`, case: 'number', int: true, min, max }, { path: [`--${flag}`] }),
    );
  return x;
}

const isFile = async (p: string) => {
  try {
    return (await stat(p)).isFile();
  } catch {
    return false;
  }
};

/** What a YAML/JSON file holds, from its top-level keys. */
function fileKind(text: string, file: string): 'cooperation' | 'framework' | 'scenario' {
  let data: unknown;
  try {
    data = parseYamlText(text, file).data;
  } catch {
    return 'scenario'; // the scenario reader reports the syntax error with its line
  }
  const d = (typeof data === 'object' && data ? data : {}) as Record<string, unknown>;
  if (d.kind === 'cooperation-game') return 'cooperation';
  if (!('issues' in d) && ['actions', 'linkages', 'exchangeRates', 'reportingOrg', 'areas'].some((k) => k in d))
    return 'framework';
  return 'scenario';
}

/** The file a built-in id names under scenarios/<folder>, if any. */
async function builtinFile(folder: string, id: string): Promise<string | null> {
  if (!/^[A-Za-z0-9][A-Za-z0-9_.-]*$/.test(id)) return null;
  for (const ext of ['.yaml', '.yml', '.json']) {
    const f = path.join(SCENARIOS_DIR, folder, id + ext);
    if (await isFile(f)) return f;
  }
  return null;
}

async function scenarioOf(input: string): Promise<Scenario> {
  // As written: the report localizes to its own --lang.
  const loaded = await loadDomainInput(input, undefined, 'en');
  if (!loaded.scenario)
    fail(
      'unsupported_file',
      { ext: 'Genius folder', extensions: ['.yaml', '.yml', '.json'] },
      { file: input, path: ['input'] },
    );
  return loaded.scenario;
}

function audienceOf(scenario: Scenario, party: string | undefined) {
  if (party === undefined) return null;
  if (!scenario.parties.some((p) => p.id === party))
    fail('not_found', { kind: 'party', id: party, in: 'scenario' }, { path: ['--party'] });
  return { partyId: party };
}

async function html(input: string, o: Opts, opts: ReportOptions): Promise<string> {
  let kind: Kind | undefined = o.kind === undefined ? undefined : choice('kind', o.kind, KINDS, 'scenario');
  let file: string | null = null;
  if (kind !== 'run') {
    if (await isFile(input)) file = input;
    else if (kind === 'framework' || kind === undefined) file = await builtinFile('frameworks', input);
    if (!file && (kind === 'cooperation' || kind === undefined)) file = await builtinFile('cooperation', input);
    if (file && kind === undefined) kind = fileKind(await readTextFile(file), file);
  }
  if (kind === undefined) {
    const { scenarios } = await scanBuiltinScenarios();
    kind = scenarios.some((s) => s.id === input) ? 'scenario' : 'run';
  }
  switch (kind) {
    case 'scenario': {
      const scenario = await scenarioOf(input);
      const audience = audienceOf(scenario, o.party);
      const memo = scenarioMemoInput(scenario, audience);
      // A delegation's memo leaves the study out (it combines every party's preferences): none is computed.
      if (o.robustness !== undefined && !audience) memo.robustness = await study(scenario, o.robustness, o.seed);
      return scenarioMemoHtml(memo, opts);
    }
    case 'negotiation': {
      const scenario = await scenarioOf(input);
      const agents = o.agents ? o.agents.split(',').map((a) => a.trim()) : scenario.parties.map(() => 'conceder');
      return negotiationReportHtml(
        negotiationReportInput(localizeScenario(scenario, opts.lang), {
          agents,
          rounds: int('rounds', o.rounds, 100, 1, 2000),
          seed: int('seed', o.seed, 1, 0, 2 ** 31 - 1),
        }),
        opts,
      );
    }
    case 'cooperation': {
      const f = file ?? input;
      const sc = localizeGame(parseCooperationScenario(await readTextFile(f), f), opts.lang);
      const turns = sc.defaults?.turns ?? 200;
      const seed = int('seed', o.seed, sc.defaults?.seed ?? 1, 0, 2 ** 31 - 1);
      return cooperationReportHtml(
        cooperationReportInput(sc, { strategies: REPORT_STRATEGIES, turns, repetitions: 5, seed }, (game) =>
          jointVsUnilateral({ strategies: REPORT_STRATEGIES, game, turns, noise: 0, misread: 0, probEnd: 0, seed }),
        ),
        opts,
      );
    }
    case 'framework':
      if (file) return frameworkReportHtml(frameworkReportInput(await readFrameworkFile(file)), opts);
      return runReport(input, 'framework', o.db, opts, () =>
        fail('not_found', { kind: 'framework', id: input }, { path: ['input'] }),
      );
    case 'run':
      return runReport(input, 'run', o.db, opts, async () => {
        if (o.kind === 'run') fail('not_found', { kind: 'job', id: input }, { path: ['input'] });
        const { scenarios, broken } = await scanBuiltinScenarios();
        return fail(
          'unknown_input',
          { builtins: scenarios.map((s) => s.id), broken: broken.map((b) => b.file) },
          { file: input },
        );
      });
  }
}

/**
 * The memo's robustness study: computed on the job pool (a sample count, or the default count),
 * with the default uncertainty and the exact sensitivity of the weights; or a saved
 * `commonground robustness --json` document, shown only if it is of this scenario as it stands.
 */
async function study(scenario: Scenario, spec: string | true, seed: string | undefined): Promise<RobustnessJson> {
  if (spec === true || /^\s*\d+\s*$/.test(spec)) {
    const samples = spec === true ? MEMO_ROBUSTNESS_SAMPLES : Number(spec);
    const domain = compileScenario(scenario);
    const model = preferencesOf(domain, scenario);
    const applied = applyUncertainty(model, scenario, {}, ['uncertainty']);
    const settings = {
      samples,
      seed: int('seed', seed, 1, 0, 2 ** 31 - 1),
      sensitivity: { values: false },
    };
    const prepared = robustnessInput(model, applied, settings, null);
    // Small studies stay in this thread (a pool thread costs more to start than it saves).
    const workers = samples >= 2000 ? Math.min(4, os.availableParallelism()) : 1;
    // The worker pool loads only when a study is asked for.
    const { runRobustnessParallel } = await import('../../jobs/node.ts');
    return robustnessJson(await runRobustnessParallel(prepared, settings, { workers }));
  }
  const data = parseYamlText(await readTextFile(spec), spec).data as RobustnessJson;
  const reason = studyMismatch(scenario, data);
  if (reason) fail('report_study_mismatch', { reason }, { file: spec, path: ['--robustness'] });
  return data;
}

export function register(program: Command): void {
  program
    .command('report')
    .description(commandEntry('report').description)
    .argument(
      '<input>',
      'a scenario (file or built-in id), a framework (file, built-in id such as north-american, or stored id), a cooperation game (file or built-in id such as joint-vs-unilateral), or the id of a finished run stored by the server',
    )
    .option('--format <format>', 'html | pdf (default html)')
    .option('--lang <lang>', 'en | es (default: CG_LANG or the system locale)')
    .option('-o, --output <file>', 'write to a file instead of stdout')
    .option('--date <YYYY-MM-DD>', 'the date printed on the report (default: today, UTC)')
    .option('--paper <size>', 'a4 | letter (default a4)')
    .option('--kind <kind>', `what the input is: ${KINDS.join(' | ')} (default: from the input)`)
    .option('--party <id>', "scenario memo for one party's delegation: only that party's private numbers")
    .option(
      '--robustness [samples|file]',
      `scenario memo: add the robustness study, computed with this many samples (default ${MEMO_ROBUSTNESS_SAMPLES} when no count is given; seed --seed) or read from a saved \`commonground robustness --json\` file of the same scenario`,
    )
    .option('--agents <list>', 'negotiation report: one agent spec per party (default conceder for each)')
    .option('--rounds <n>', 'negotiation report: deadline in rounds (default 100)')
    .option(
      '--seed <n>',
      'random seed of the negotiation, tournament or robustness study (default 1, or the game file default)',
    )
    .option(
      '--db <path|url>',
      'database of stored runs and frameworks: a SQLite file or postgres://... (default: $DATABASE_URL, else ./data/commonground.db)',
    )
    .addHelpText(
      'after',
      `
Examples:
  commonground report north-america -o memo.html
  commonground report north-america --format pdf --lang es --paper letter -o memo.pdf
  commonground report north-america --party mx -o mexico.html
  commonground report north-america --robustness -o memo.html
  commonground robustness north-america --samples 10000 --json > study.json
  commonground report north-america --robustness study.json --format pdf -o memo.pdf
  commonground report us-mexico --kind negotiation --agents boulware,conceder -o negotiation.html
  commonground report joint-vs-unilateral --format pdf -o cooperation.pdf
  commonground report north-american --format pdf -o framework.pdf

PDFs are printed by Debian's Chromium (/usr/bin/chromium, or CG_CHROMIUM); HTML needs nothing.`,
    )
    .action(async (input: string, o: Opts) => {
      const format = choice('format', o.format, ['html', 'pdf'] as const, 'html');
      const lang: Lang = choice('lang', o.lang, ['en', 'es'] as const, cliContext().locale);
      const paper: Paper =
        choice('paper', o.paper?.toLowerCase(), ['a4', 'letter'] as const, 'a4') === 'letter' ? 'Letter' : 'A4';
      const date = o.date ?? new Date().toISOString().slice(0, 10);
      const text = await html(input, o, { lang, date, paper, document: serverDocument() });
      const bytes = format === 'pdf' ? await printPdf(text, { paper }) : Buffer.from(text, 'utf8');
      if (o.output) await writeFile(o.output, bytes);
      else process.stdout.write(bytes);
    });
}
