/**
 * `npm start`'s entry point as a user meets it: a busy port and a database URL of another kind are
 * one clear line each, never a stack trace or a stray file; the banner gives the main answer; logs
 * are readable lines on a terminal and JSON lines on a pipe (LOG_FORMAT chooses either).
 */
import { describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serverEntry } from './testing.ts';

function start(env: Record<string, string>, cwd: string) {
  return spawnSync(process.execPath, [serverEntry()], {
    cwd,
    env: { ...process.env, LOG_LEVEL: 'warn', HOST: '127.0.0.1', ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
}

describe('npm start refuses bad settings clearly', () => {
  it('says the port is in use and how to choose another', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cg-start-'));
    const busy = createServer();
    await new Promise<void>((r) => busy.listen(0, '127.0.0.1', r));
    const port = (busy.address() as { port: number }).port;
    try {
      const run = start({ PORT: String(port), DATABASE_URL: `sqlite:${join(dir, 'cg.db')}` }, dir);
      expect(run.status).toBe(1);
      expect(run.stderr).toContain(`127.0.0.1:${port} is already in use`);
      expect(run.stderr).toContain('set PORT');
      expect(run.stderr).not.toMatch(/\n\s+at /);
    } finally {
      busy.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses a database URL of another kind without creating anything', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cg-start-'));
    try {
      const run = start({ PORT: '0', DATABASE_URL: 'mysql://root@localhost/cg' }, dir);
      expect(run.status).toBe(2);
      expect(run.stderr).toContain('DATABASE_URL must be postgres://');
      expect(readdirSync(dir)).toEqual([]);
      expect(existsSync(join(dir, 'mysql:'))).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('npm start on a fresh database', () => {
  it('seeds the built-in scenarios and prints the North America linkage answer under the URL', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cg-start-'));
    const child = spawn(process.execPath, [serverEntry()], {
      cwd: dir,
      env: {
        ...process.env,
        LOG_LEVEL: 'warn',
        HOST: '127.0.0.1',
        PORT: '0',
        DATABASE_URL: `sqlite:${join(dir, 'cg.db')}`,
      },
    });
    let out = '';
    try {
      await new Promise<void>((done, fail) => {
        const timer = setTimeout(() => fail(new Error(`no banner after 60 s:\n${out}`)), 60_000);
        child.stdout.on('data', (d: Buffer) => {
          out += d.toString();
          if (out.includes('Explore it')) {
            clearTimeout(timer);
            done();
          }
        });
        child.on('exit', (code) => fail(new Error(`exited ${code}:\n${out}`)));
      });
      const url = /running at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(out)![1];
      const analysis = (await (await fetch(`${url}api/scenarios/north-america/analysis`)).json()) as {
        linkage: {
          statusQuo: { utilities: number[] };
          delinked: { utilities: number[] };
          linked: { utilities: number[] };
        };
      };
      const row = (label: string) =>
        new RegExp(`${label.replace(/[()]/g, '\\$&')}\\s+(.+)`).exec(out)![1].trim().split(/\s+/).map(Number);
      const round = (us: number[]) => us.map((u) => Number(u.toFixed(3)));
      expect(row('issue by issue')).toEqual(round(analysis.linkage.delinked.utilities));
      expect(row('linked (Nash)')).toEqual(round(analysis.linkage.linked.utilities));
      expect(out).toMatch(/Bargained one at a time, \d+ of 12 issues end in no deal/);
      expect(out).toContain(`Explore it, edit weights and run negotiations: ${url}#/explorer`);
    } finally {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
      rmSync(dir, { recursive: true, force: true });
    }
  }, 90_000);
});

/**
 * Runs the compiled server on a fresh database until its banner, makes one request, stops it with
 * SIGTERM and returns everything it wrote to stdout. `terminal`: stdout is a pseudo-terminal
 * (util-linux `script`), as when a person runs `npm start`; otherwise a pipe, as under a process
 * manager. On a terminal the server is stopped once the banner is out (no request is made).
 */
async function serverOutput(env: Record<string, string>, terminal = false): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'cg-logs-'));
  const fullEnv = {
    ...process.env,
    LOG_LEVEL: 'info',
    HOST: '127.0.0.1',
    PORT: '0',
    DATABASE_URL: `sqlite:${join(dir, 'cg.db')}`,
    ...env,
  };
  const child = terminal
    ? spawn('script', ['-qefc', `'${process.execPath}' '${serverEntry()}'`, '/dev/null'], { cwd: dir, env: fullEnv })
    : spawn(process.execPath, [serverEntry()], { cwd: dir, env: fullEnv });
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  try {
    await new Promise<void>((done, fail) => {
      const timer = setTimeout(() => fail(new Error(`no banner after 60 s:\n${out}`)), 60_000);
      child.once('error', fail);
      child.stdout.on('data', () => {
        if (out.includes('Explore it')) {
          clearTimeout(timer);
          done();
        }
      });
    });
    if (!terminal) {
      const url = /running at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(out)![1];
      expect((await fetch(`${url}api/health`)).status).toBe(200);
    }
  } finally {
    child.kill('SIGTERM');
    await exited;
    rmSync(dir, { recursive: true, force: true });
  }
  // Terminal output: colours and carriage returns removed, so lines compare as text.
  // eslint-disable-next-line no-control-regex
  return out.replace(/\u001b\[[0-9;]*m/g, '').replace(/\r/g, '');
}

const jsonLines = (out: string) =>
  out
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l) as { level: number; time: number; msg: string; [k: string]: unknown });
const readableLine = /^\[\d\d:\d\d:\d\d\.\d{3}\] (INFO|WARN|ERROR): /;

describe('npm start logs', () => {
  it('writes JSON lines on a pipe (a process manager), every one complete, through to the shutdown', async () => {
    const out = await serverOutput({});
    const logs = jsonLines(out);
    expect(out.split('\n').filter((l) => readableLine.test(l))).toEqual([]);
    expect(logs.every((l) => l.level === 30 && typeof l.time === 'number')).toBe(true);
    const messages = logs.map((l) => l.msg);
    expect(messages).toContain('incoming request');
    expect(logs.find((l) => l.msg === 'incoming request')).toMatchObject({
      req: { method: 'GET', url: '/api/health' },
    });
    expect(logs.find((l) => l.msg === 'request completed')).toMatchObject({ res: { statusCode: 200 } });
    expect(messages.slice(-2)).toEqual(['shutting down: finishing in-flight requests', 'shut down cleanly']);
  }, 90_000);

  it('with LOG_FORMAT=pretty writes one readable line per event, requests as method, URL, status and time', async () => {
    const out = await serverOutput({ LOG_FORMAT: 'pretty' });
    const lines = out.split('\n').filter((l) => readableLine.test(l));
    expect(jsonLines(out)).toEqual([]);
    expect(lines.find((l) => l.includes('seeded the built-in'))).toMatch(
      /INFO: seeded the built-in .* \{"scenarios":\[/,
    );
    expect(lines).toContainEqual(expect.stringMatching(/INFO: Server listening at http:\/\/127\.0\.0\.1:\d+$/));
    const get = lines.findIndex((l) => /INFO: req-\d+ GET \/api\/health$/.test(l));
    expect(get).toBeGreaterThanOrEqual(0);
    expect(lines[get + 1]).toMatch(/INFO: req-\d+ 200 in \d+\.\d ms$/);
    expect(lines.slice(-2).map((l) => l.replace(readableLine, ''))).toEqual([
      'shutting down: finishing in-flight requests {"signal":"SIGTERM"}',
      'shut down cleanly',
    ]);
  }, 90_000);

  it('writes readable lines on a terminal by default, and JSON there with LOG_FORMAT=json', async () => {
    const pretty = await serverOutput({}, true);
    expect(pretty).toMatch(/^\[\d\d:\d\d:\d\d\.\d{3}\] INFO: Server listening at http:\/\/127\.0\.0\.1:\d+$/m);
    expect(jsonLines(pretty)).toEqual([]);
    const json = await serverOutput({ LOG_FORMAT: 'json' }, true);
    // (Lines logged before the banner: pino writes JSON asynchronously, and on a terminal the
    // server is stopped as soon as the banner is out.)
    expect(jsonLines(json).map((l) => l.msg)).toContain(
      'seeded the built-in scenarios, frameworks and cooperation games',
    );
    expect(json.split('\n').filter((l) => readableLine.test(l))).toEqual([]);
  }, 120_000);

  it('refuses an unknown LOG_FORMAT, naming the variable and the choices', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cg-start-'));
    try {
      const run = start({ PORT: '0', DATABASE_URL: `sqlite:${join(dir, 'cg.db')}`, LOG_FORMAT: 'yaml' }, dir);
      expect(run.status).toBe(2);
      expect(run.stderr).toContain('LOG_FORMAT');
      expect(run.stderr).toMatch(/json.*pretty/);
      expect(readdirSync(dir)).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
