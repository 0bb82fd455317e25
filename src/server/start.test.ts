/**
 * `npm start`'s entry point as a user meets it when something is wrong: a busy port and a
 * database URL of another kind are one clear line each, never a stack trace or a stray file.
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
