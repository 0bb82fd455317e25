/** `commonground analyze <scenario file | Genius folder | built-in id> [--json] [--status-quo ...]` */
import { InvalidArgumentError, type Command } from 'commander';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { analyze, explain, toJson } from '../../analysis/index.ts';
import { PROJECT_ROOT } from '../../core/node.ts';
import type { Scenario } from '../../model/index.ts';
import { explainReport } from '../explain-report.ts';
import { withStatusQuo } from '../../model/index.ts';
import { analysisReport } from '../analysis-report.ts';
import { loadDomainInput } from '../domain-input.ts';
import { printJson } from '../output.ts';
import { analyzeParallel, MAX_WORKERS } from '../../jobs/node.ts';
import { commandEntry } from './index.ts';

export function register(program: Command): void {
  program
    .command('analyze')
    .description(commandEntry('analyze').description)
    .argument(
      '<input>',
      'a scenario file (.yaml, .yml, .json), a Genius folder (one domain file and 2+ profiles), a GeniusWeb folder (domain + 2+ profiles, JSON) or one of its files, or a built-in scenario id such as north-america (see `commonground scenarios`)',
    )
    .option('--json', 'print exactly one JSON document instead of the report')
    .option(
      '--explain',
      'add the findings (brief claims, model assumptions, what follows), the deal in words per party for each package, and where every number comes from (JSON: an "explain" object)',
    )
    .option(
      '--max-nodes <n>',
      'branch-and-bound region budget for linked issue groups too large to enumerate (default 200,000): beyond it the analysis stops and says what is proven',
      (v: string) => {
        const n = Number(v);
        if (!(Number.isInteger(n) && n > 0)) throw new InvalidArgumentError('expected a positive whole number');
        return n;
      },
    )
    .option(
      '--max-seconds <s>',
      'branch-and-bound time budget per linked issue group in seconds (default 20): beyond it the analysis stops and says what is proven',
      (v: string) => {
        const n = Number(v);
        if (!(Number.isFinite(n) && n > 0)) throw new InvalidArgumentError('expected a positive number of seconds');
        return n;
      },
    )
    .option(
      '--workers <k>',
      'threads searching linked issue groups too large to enumerate (default 1): the same frontier and bargaining points; where two outcomes tie, which one stands for a point may differ between runs',
      (v: string) => {
        const n = Number(v);
        if (!(Number.isInteger(n) && n >= 1 && n <= MAX_WORKERS))
          throw new InvalidArgumentError(`expected a whole number from 1 to ${MAX_WORKERS}`);
        return n;
      },
    )
    .option(
      '--status-quo <spec>',
      'today\'s state as "issue=option;issue=option" (overrides the scenario\'s status quo on the issues it names; Genius domains have none, so name every issue; ids are the XML issue names and item values)',
    )
    .addHelpText(
      'after',
      `
Examples:
  commonground analyze north-america
  commonground analyze scenarios/us-mexico.yaml --json
  commonground analyze north-america --explain
  commonground analyze test/fixtures/genius-domains/Laptop --status-quo "Laptop=Dell;Harddisk=60 Gb;External Monitor=19'' LCD"

The Genius/ANAC domains under test/fixtures/genius-domains/ come with the repository (a git clone).
Without a status quo the linkage panel is skipped (JSON: "linkage": null) and bargaining solutions use
the parties' reservation values as the disagreement point.`,
    )
    .action(
      async (
        input: string,
        opts: {
          json?: boolean;
          statusQuo?: string;
          explain?: boolean;
          maxNodes?: number;
          maxSeconds?: number;
          workers?: number;
        },
      ) => {
        const { maxNodes, maxSeconds, workers = 1 } = opts;
        const loaded = await loadDomainInput(input);
        let domain = loaded.domain;
        let statusQuo: number[] | undefined;
        if (opts.statusQuo !== undefined) {
          const r = withStatusQuo(domain, opts.statusQuo);
          domain = r.domain;
          statusQuo = r.statusQuo;
        }
        const analyzeOpts = {
          ...(statusQuo ? { statusQuo } : {}),
          ...(maxNodes ? { maxNodes } : {}),
          ...(maxSeconds ? { maxSeconds } : {}),
        };
        const result =
          workers > 1 ? await analyzeParallel(domain, analyzeOpts, { workers }) : analyze(domain, analyzeOpts);
        const explained = opts.explain
          ? explain(domain, result, {
              ...(loaded.scenario
                ? { scenario: loaded.scenario, texts: await sourceTexts(loaded.scenario, loaded.source) }
                : {}),
            })
          : null;
        if (opts.json) printJson({ ...toJson(domain, result), ...(explained ? { explain: explained } : {}) });
        else
          process.stdout.write(
            analysisReport({
              domain,
              result,
              source: loaded.source,
              kind: loaded.kind,
              statusQuoGiven: statusQuo !== undefined,
            }) + (explained ? '\n' + explainReport(explained, loaded.scenario) : ''),
          );
      },
    );
}

/**
 * The texts of the scenario's sources that have a local copy (`file`, relative to the project root
 * or to the scenario file), so quotes can be given a paragraph number. A copy that cannot be read
 * only loses the paragraph numbers.
 */
async function sourceTexts(s: Scenario, scenarioPath: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const src of s.sources ?? []) {
    if (!src.file) continue;
    for (const base of [PROJECT_ROOT, path.dirname(path.resolve(scenarioPath))]) {
      const text = await readFile(path.resolve(base, src.file), 'utf8').catch(() => null);
      if (text !== null) {
        out[src.id] = text;
        break;
      }
    }
  }
  return out;
}
