/** `commonground schema`: the JSON Schema of the scenario format. */
import type { Command } from 'commander';
import { scenarioJsonSchema } from '../../model/index.ts';
import { printJson } from '../output.ts';
import { commandEntry } from './index.ts';

export function register(program: Command): void {
  program
    .command('schema')
    .description(commandEntry('schema').description)
    .addHelpText(
      'after',
      `
Example (YAML language server): put this on the first line of a scenario file
  # yaml-language-server: $schema=./scenario.schema.json
after  commonground schema > scenario.schema.json`,
    )
    .action(() => {
      printJson(scenarioJsonSchema());
    });
}
