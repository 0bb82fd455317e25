/**
 * Test helper: run the real `bin/commonground.mjs` in a new process from the project root, as a
 * user would, and collect its exit code and output.
 */
import { execFile, spawnSync } from 'node:child_process';
import path from 'node:path';
import { PROJECT_ROOT } from '../core/node.ts';

export const CLI_BIN = path.join(PROJECT_ROOT, 'bin/commonground.mjs');

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export interface CliOptions {
  /** Extra environment variables (merged over this process's). */
  env?: Record<string, string>;
  cwd?: string;
}

/** Run the CLI without blocking the test worker (tests in one file can run side by side). */
export function runCli(args: string[], opts: CliOptions = {}): Promise<CliRun> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [CLI_BIN, ...args],
      { cwd: opts.cwd ?? PROJECT_ROOT, env: { ...process.env, ...opts.env }, maxBuffer: 64 * 1024 * 1024 },
      (err, stdout, stderr) => {
        resolve({ code: err ? (typeof err.code === 'number' ? err.code : 1) : 0, stdout, stderr });
      },
    );
  });
}

/** Synchronous variant for short commands. */
export function runCliSync(args: string[], opts: CliOptions = {}): CliRun {
  const r = spawnSync(process.execPath, [CLI_BIN, ...args], {
    cwd: opts.cwd ?? PROJECT_ROOT,
    env: { ...process.env, ...opts.env },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: r.status ?? 1, stdout: r.stdout, stderr: r.stderr };
}
