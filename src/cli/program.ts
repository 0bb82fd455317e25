/**
 * Builds the `commonground` command tree. The top level lists every command from the manifest
 * (`commands/index.ts`); only the command being run, or whose help is asked for, is imported, so
 * `commonground --help` loads neither the engines nor a database driver.
 */
import { Command, CommanderError } from 'commander';
import { commands, PROGRAM } from './commands/index.ts';

/** The command `argv` runs (or asks help for), if it is one of ours. */
function requested(argv: readonly string[]): string | undefined {
  const args = argv.slice(2).filter((a) => !a.startsWith('-'));
  const first = args[0] === 'help' ? args[1] : args[0];
  return commands.some((c) => c.name === first) ? first : undefined;
}

export async function buildProgram(argv: readonly string[] = process.argv): Promise<Command> {
  const program = new Command();
  program
    .name(PROGRAM.name)
    .description(PROGRAM.description)
    .showHelpAfterError('(run with --help for usage)')
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureHelp({
      // Commands that were not loaded are listed with the usage the manifest gives them.
      subcommandTerm: (cmd) => {
        const entry = commands.find((c) => c.name === cmd.name());
        if (cmd.name() === 'help') return 'help [command]';
        return entry ? `${entry.name}${entry.usage ? ' ' + entry.usage : ''}` : cmd.name();
      },
    });
  const wanted = requested(argv);
  for (const entry of commands) {
    if (entry.name === wanted) (await entry.load()).register(program);
    else program.command(entry.name).description(entry.description);
  }
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
