/** CLI entry point: runs the program and turns errors into clean messages and exit codes. */
import { buildProgram, CommanderError } from './program.ts';
import { isCgError } from '../core/index.ts';
import { formatForCli } from './locale.ts';

async function main(argv: string[]): Promise<number> {
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
    if (isCgError(e)) {
      process.stderr.write(formatForCli(e.problems) + '\n');
      return e.exitCode;
    }
    const err = e as Error;
    process.stderr.write(`error: ${err?.message ?? String(e)}\n`);
    if (process.env.CG_DEBUG) process.stderr.write(`${err?.stack ?? ''}\n`);
    return 1;
  }
}

const code = await main(process.argv);
// Let stdout drain before exiting (large --json documents through pipes).
process.stdout.write('', () => process.exit(code));
