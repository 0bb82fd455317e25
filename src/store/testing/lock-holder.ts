/**
 * Test helper: another process holding a SQLite file's write lock (BEGIN IMMEDIATE) until it is
 * released (killed), to test writers that must wait their turn.
 */
import { spawn } from 'node:child_process';
import { PROJECT_ROOT } from '../../core/node.ts';

export async function holdSqliteLock(file: string): Promise<{ release(): Promise<void> }> {
  const script =
    "const D = require('better-sqlite3'); const db = new D(process.argv[1]); db.exec('begin immediate');" +
    "process.stdout.write('locked\\n'); setInterval(() => {}, 1000);";
  const child = spawn(process.execPath, ['-e', script, file], {
    cwd: PROJECT_ROOT,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (d) => String(d).includes('locked') && resolve());
    child.on('error', reject);
    child.on('exit', (code) => reject(new Error(`the lock holder exited with ${code}`)));
  });
  return {
    release: () =>
      new Promise<void>((resolve) => {
        child.removeAllListeners('exit');
        child.on('exit', () => resolve());
        child.kill('SIGKILL');
      }),
  };
}
