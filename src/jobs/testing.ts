/**
 * Test helpers for the queue mode: a real Redis (Debian's `redis-server`) on a free port, owned
 * by the test file that starts it. Never skipped: without redis-server the tests fail, saying how
 * to install it (`.ci/test-env` does).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { Redis } from 'ioredis';

export interface TestRedis {
  url: string;
  port: number;
  stop(): Promise<void>;
}

/** A free TCP port on 127.0.0.1 (the OS picks it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      srv.close(() => (typeof addr === 'object' && addr ? resolve(addr.port) : reject(new Error('no port'))));
    });
  });
}

/** Start `redis-server` on a free port (no persistence) and wait until it answers PING. */
export async function startRedis(): Promise<TestRedis> {
  const probe = spawnSync('redis-server', ['--version'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0)
    throw new Error(
      "redis-server is not installed: the queue-mode tests need Debian's redis-server " +
        '(apt-get install redis-server; .ci/test-env installs it).',
    );
  const port = await freePort();
  const child: ChildProcess = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--daemonize', 'no'],
    { stdio: 'ignore' },
  );
  const url = `redis://127.0.0.1:${port}`;
  const deadline = Date.now() + 10_000;
  for (;;) {
    const client = new Redis({ host: '127.0.0.1', port, lazyConnect: true, retryStrategy: () => null });
    client.on('error', () => {});
    try {
      await client.connect();
      if ((await client.ping()) === 'PONG') break;
    } catch {
      if (Date.now() > deadline || child.exitCode !== null) {
        child.kill('SIGKILL');
        throw new Error(`redis-server did not start on port ${port}`);
      }
      await new Promise((r) => setTimeout(r, 50));
    } finally {
      client.disconnect();
    }
  }
  return {
    url,
    port,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGKILL');
      }),
  };
}

export interface SpawnedWorker {
  child: ChildProcess;
  /** What the worker logged on stderr so far. */
  log: () => string;
  exited: Promise<number | null>;
  /** SIGKILL unless it has exited, and wait for the exit. */
  kill(): Promise<void>;
}

/** Start a `commonground worker` process (`bin`: the CLI's entry) and wait until it says it is ready. */
export async function spawnQueueWorker(
  bin: string,
  url: string,
  opts: { concurrency?: number; env?: Record<string, string>; cwd?: string } = {},
): Promise<SpawnedWorker> {
  const child = spawn(
    process.execPath,
    [bin, 'worker', '--queue', url, '--concurrency', String(opts.concurrency ?? 1)],
    {
      cwd: opts.cwd,
      env: { ...process.env, ...opts.env },
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  let text = '';
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  await new Promise<void>((resolve, reject) => {
    child.stderr!.on('data', (d: Buffer) => {
      text += d.toString();
      if (text.includes(' ready on ')) resolve();
    });
    void exited.then((code) => reject(new Error(`worker exited with ${code} before it was ready:\n${text}`)));
  });
  return {
    child,
    log: () => text,
    exited,
    async kill() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await exited;
    },
  };
}
