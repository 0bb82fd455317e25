/** `commonground scenarios`: the built-in scenarios. */
import type { Command } from 'commander';
import { formatForCli } from '../locale.ts';
import { scanBuiltinScenarios } from '../../model/node.ts';
import { printJson, println } from '../output.ts';
import { commandEntry } from './index.ts';

export function register(program: Command): void {
  program
    .command('scenarios')
    .description(commandEntry('scenarios').description)
    .option('--json', 'print a JSON array instead of a table')
    .action(async (opts: { json?: boolean }) => {
      const { scenarios: list, broken } = await scanBuiltinScenarios();
      // Files that do not validate are reported on stderr (exit 2) without hiding the good ones.
      if (broken.length) {
        process.stderr.write(formatForCli(broken.flatMap((b) => b.error.problems)) + '\n');
        process.exitCode = 2;
      }
      if (opts.json) {
        printJson(list.map(({ path: _path, ...s }) => s));
        return;
      }
      if (list.length === 0) println('No built-in scenarios (the scenarios/ folder is empty).');
      const w = Math.max(0, ...list.map((s) => s.id.length));
      for (const s of list) {
        println(`${s.id.padEnd(w)}  ${s.name}`);
        println(
          `${' '.repeat(w)}  file ${s.file}; parties ${s.parties.join(', ')}; ${s.issues} issues; ${s.outcomeCount.toLocaleString('en-US')} outcomes`,
        );
      }
    });
}
