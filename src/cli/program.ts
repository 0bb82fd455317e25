/** Builds the `commonground` command tree. Each command lives in `src/cli/commands/<name>.ts`. */
import { Command, CommanderError } from 'commander';
import { commands } from './commands/index.ts';

export function buildProgram(): Command {
  const program = new Command();
  program
    .name('commonground')
    .description(
      'Common Ground: issue-linkage analysis, negotiation and cooperation simulation, and a framework ' +
        'accountability tracker for North American security cooperation.',
    )
    .showHelpAfterError('(run with --help for usage)')
    .showSuggestionAfterError(true)
    .exitOverride();
  for (const register of commands) register(program);
  // Subcommands inherit exitOverride so errors reach our handler instead of process.exit.
  const walk = (c: Command): void => {
    c.exitOverride();
    c.showHelpAfterError('(run with --help for usage)');
    c.commands.forEach(walk);
  };
  program.commands.forEach(walk);
  return program;
}

export { CommanderError };
