/**
 * CLI entry point: runs the program and turns errors into clean messages and exit codes. The
 * problem catalogue (every message in two languages) loads only when there is a problem to say,
 * and `commonground --help` is drawn from the command manifest (help.ts) without commander.
 */
import { asksTopLevelHelp, outputWidth, topLevelHelp } from './help.ts';

async function main(argv: string[]): Promise<number> {
  if (asksTopLevelHelp(argv)) {
    process.stdout.write(topLevelHelp(outputWidth()));
    return 0;
  }
  const { buildProgram, CommanderError } = await import('./program.ts');
  const program = await buildProgram(argv);
  try {
    await program.parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (e) {
    if (e instanceof CommanderError) {
      // Help and version exit 0; usage errors (unknown flag, missing argument) exit 2.
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help')
        return 0;
      return 2;
    }
    const { isCgError, problem } = await import('../core/index.ts');
    const { formatForCli } = await import('./locale.ts');
    if (isCgError(e)) {
      process.stderr.write(formatForCli(e.problems) + '\n');
      return e.exitCode;
    }
    // Not bad input but a bug: said in the same format, exit 1 (bad input is always a CgError, exit 2).
    const err = e as Error;
    process.stderr.write(formatForCli([problem('internal_error', { detail: err?.message ?? String(e) })]) + '\n');
    if (process.env.CG_DEBUG) process.stderr.write(`${err?.stack ?? ''}\n`);
    return 1;
  }
}

const code = await main(process.argv);
// Let stdout drain before exiting (large --json documents through pipes).
process.stdout.write('', () => process.exit(code));
