/** `commonground scenarios`: the built-in scenarios. */
import type { Command } from 'commander';
import { listBuiltinScenarios } from '../../model/scenario-files.node.ts';
import { printJson, println } from '../output.ts';

export function register(program: Command): void {
  program
    .command('scenarios')
    .description('List the built-in scenarios (their ids work wherever a scenario file does, e.g. `analyze north-america`)')
    .option('--json', 'print a JSON array instead of a table')
    .action(async (opts: { json?: boolean }) => {
      const list = await listBuiltinScenarios();
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
