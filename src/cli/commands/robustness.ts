/**
 * `commonground robustness <scenario | Genius folder | id>`: how sure the analysis is. Monte Carlo
 * over uncertain preferences (each sample a full exact analysis), the most robust package, and the
 * exact sensitivity of the Nash package to each weight and value.
 */
import { readFile } from 'node:fs/promises';
import { Option, type Command } from 'commander';
import { MAX_SAMPLES, DEFAULT_SAMPLES, DEFAULT_SEED, robustnessInput, robustnessJson } from '../../analysis/index.ts';
import { runRobustnessOn, runRobustnessParallel, withQueueExecutor } from '../../jobs/node.ts';
import { CgError, fail, isCgError } from '../../core/index.ts';
import {
  applyUncertainty,
  parseUncertaintySetting,
  parseYamlText,
  preferencesOf,
  uncertaintySettingsFrom,
  withStatusQuo,
  type UncertaintySettings,
} from '../../model/index.ts';
import { loadDomainInput } from '../domain-input.ts';
import { printJson } from '../output.ts';
import { progressBar } from '../progress.ts';
import { robustnessReport } from '../robustness-report.ts';
import { commandEntry } from './index.ts';

const MAX_WORKERS = 64;

/** `--uncertainty`: a file (.yaml, .yml, .json) holding the object form, or the compact text. */
async function uncertaintySetting(value: string | undefined): Promise<UncertaintySettings> {
  if (value === undefined) return {};
  if (!/\.(ya?ml|json)$/i.test(value.trim())) return parseUncertaintySetting(value, []);
  let text: string;
  try {
    text = await readFile(value, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') fail('file_not_found', {}, { file: value, path: [] });
    return fail('file_unreadable', { reason: code ?? String(e) }, { file: value, path: [] });
  }
  const parsed = parseYamlText(text, value);
  try {
    return uncertaintySettingsFrom(parsed.data, []);
  } catch (e) {
    if (!isCgError(e)) throw e;
    throw new CgError(
      e.problems.map((p) => ({
        ...p,
        file: value,
        ...(parsed.locate(p.path) ? { line: parsed.locate(p.path)!.line, column: parsed.locate(p.path)!.column } : {}),
      })),
    );
  }
}

function integer(value: string | undefined, onBad: (given: string) => never): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (value.trim() === '' || !Number.isInteger(n)) onBad(value);
  return n;
}

export function register(program: Command): void {
  program
    .command('robustness')
    .description(commandEntry('robustness').description)
    .argument(
      '<input>',
      'a scenario file (.yaml, .yml, .json), a Genius folder, or a built-in scenario id such as north-america',
    )
    .option(
      '--samples <n>',
      `preference sets to draw (default ${DEFAULT_SAMPLES.toLocaleString('en-US')}, at most ${MAX_SAMPLES.toLocaleString('en-US')})`,
    )
    .option('--seed <s>', `random seed, a whole number from 0 to 4294967295 (default ${DEFAULT_SEED})`)
    .option(
      '--uncertainty <spec>',
      'uncertainty for this run: default | none | stated, or settings such as "weights=±30%,values=±0.1,reservations=0", "weights=dirichlet:50", "us.weights.trade=2..6"; or a .yaml/.json file with the same settings',
    )
    .option(
      '--workers <k>',
      `threads to use, this one included (default 1, at most ${MAX_WORKERS}); the result does not depend on it`,
    )
    .option(
      '--queue <url>',
      'run the sample chunks on queue workers (`commonground worker`) through this Redis URL; the same result as on threads',
    )
    .option(
      '--status-quo <spec>',
      'today\'s state as "issue=option;issue=option" (overrides the scenario\'s; Genius domains have none, so name every issue to compare linked with issue-by-issue bargaining)',
    )
    .addOption(
      new Option(
        '--baseline <which>',
        'no-deal point of the most robust package (default: the status quo, or reservation values without one)',
      ).choices(['status-quo', 'issue-by-issue']),
    )
    .option('--no-sensitivity', 'skip the exact sensitivity of the Nash package')
    .option('--progress', 'show progress on stderr even when it is not a terminal')
    .option('--no-progress', 'never show progress')
    .option('--json', 'print exactly one JSON document instead of the report')
    .addHelpText(
      'after',
      `
Examples:
  commonground robustness north-america
  commonground robustness north-america --samples 10000 --workers 2 --json
  commonground robustness scenarios/us-mexico.yaml --uncertainty "weights=±30%,values=0"
  commonground robustness north-america --uncertainty "mx.weights.joint_operations=6..12"
  commonground robustness test/fixtures/genius-domains/Energy --samples 1000

Uncertainty: parameters with an uncertainty of their own in the scenario keep it; the others get the
default, a modelling assumption stated in every output: weights ±50% (a weight of 0 stays 0), option
values other than a party's best and worst on the issue ±0.1, reservation values as written.
"none" draws nothing (every sample is the nominal analysis); "stated" draws only what the scenario
states. The same seed gives the same result, and the same --json document, for any --workers.`,
    )
    .action(
      async (
        input: string,
        o: {
          samples?: string;
          seed?: string;
          uncertainty?: string;
          workers?: string;
          queue?: string;
          statusQuo?: string;
          baseline?: 'status-quo' | 'issue-by-issue';
          sensitivity?: boolean;
          progress?: boolean;
          json?: boolean;
        },
      ) => {
        const samples = integer(o.samples, (given) =>
          fail('robustness_sample_count', { given, max: MAX_SAMPLES }, { path: [] }),
        );
        const seed = integer(o.seed, (given) => fail('robustness_bad_seed', { given }, { path: [] }));
        const workers = integer(o.workers, badWorkers) ?? 1;
        if (workers < 1 || workers > MAX_WORKERS) badWorkers(String(workers));
        const settings = await uncertaintySetting(o.uncertainty);

        const loaded = await loadDomainInput(input);
        let domain = loaded.domain;
        if (o.statusQuo !== undefined) domain = withStatusQuo(domain, o.statusQuo).domain;
        const model = preferencesOf(domain, loaded.scenario);
        const applied = applyUncertainty(model, loaded.scenario, settings, ['uncertainty']);
        const baseline = o.baseline === 'issue-by-issue' ? ('issueByIssue' as const) : ('disagreement' as const);
        const run = { samples, seed, baseline, sensitivity: o.sensitivity !== false };
        const prepared = robustnessInput(model, applied, run, null);
        const show =
          o.progress === true || (o.progress !== false && Boolean(process.stderr.isTTY) && prepared.samples >= 1000);
        const onProgress = progressBar('sampling', show);
        // On the queue the chunks run wherever workers are; the document is the same as on threads.
        const result = o.queue
          ? await withQueueExecutor(o.queue, (ex) => runRobustnessOn(ex, prepared, run, { onProgress }), {
              urlPath: ['--queue'],
            })
          : await runRobustnessParallel(prepared, run, { workers, onProgress });
        if (o.json) printJson({ source: loaded.source, ...robustnessJson(result) });
        else
          process.stdout.write(
            robustnessReport({ result, source: loaded.source, workers: o.queue ? 'queue' : workers }),
          );
      },
    );
}

function badWorkers(given: string): never {
  return fail(
    'invalid_option',
    { flag: '--workers', case: 'number', int: true, min: 1, max: MAX_WORKERS },
    { path: ['--workers'], received: given },
  );
}
