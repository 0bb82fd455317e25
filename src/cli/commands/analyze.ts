/** `commonground analyze <scenario file | Genius folder | built-in id> [--json] [--status-quo ...]` */
import { InvalidArgumentError, type Command } from 'commander';
import { analyze, toJson } from '../../analysis/index.ts';
import { withStatusQuo } from '../../model/index.ts';
import { analysisReport } from '../analysis-report.ts';
import { loadDomainInput } from '../domain-input.ts';
import { printJson } from '../output.ts';
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
      '--max-nodes <n>',
      'branch-and-bound budget for linked issue groups too large to enumerate (regions; default 2,000,000): beyond it the analysis stops and says what is proven',
      (v: string) => {
        const n = Number(v);
        if (!(Number.isInteger(n) && n > 0)) throw new InvalidArgumentError('expected a positive whole number');
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
  commonground analyze test/fixtures/genius-domains/Laptop --status-quo "Laptop=Dell;Harddisk=60 Gb;External Monitor=19'' LCD"

The Genius/ANAC domains under test/fixtures/genius-domains/ come with the repository (a git clone).
Without a status quo the linkage panel is skipped (JSON: "linkage": null) and bargaining solutions use
the parties' reservation values as the disagreement point.`,
    )
    .action(async (input: string, opts: { json?: boolean; statusQuo?: string; maxNodes?: number }) => {
      const maxNodes = opts.maxNodes;
      const loaded = await loadDomainInput(input);
      let domain = loaded.domain;
      let statusQuo: number[] | undefined;
      if (opts.statusQuo !== undefined) {
        const r = withStatusQuo(domain, opts.statusQuo);
        domain = r.domain;
        statusQuo = r.statusQuo;
      }
      const result = analyze(domain, { ...(statusQuo ? { statusQuo } : {}), ...(maxNodes ? { maxNodes } : {}) });
      if (opts.json) printJson(toJson(domain, result));
      else
        process.stdout.write(
          analysisReport({
            domain,
            result,
            source: loaded.source,
            kind: loaded.kind,
            statusQuoGiven: statusQuo !== undefined,
          }),
        );
    });
}
