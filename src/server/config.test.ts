import { describe, expect, it } from 'vitest';
import { configFromEnv } from './config.ts';
import { isCgError } from '../core/index.ts';

const problemsOf = (env: Record<string, string>) => {
  try {
    configFromEnv(env, '/srv/cg');
    return [];
  } catch (e) {
    if (!isCgError(e)) throw e;
    return e.problems;
  }
};

describe('server settings from the environment', () => {
  it('defaults to the embedded SQLite file under the project', () => {
    expect(configFromEnv({}, '/srv/cg')).toMatchObject({
      port: 8080,
      host: '127.0.0.1',
      databaseUrl: 'sqlite:/srv/cg/data/commonground.db',
      adminTokens: [],
    });
  });

  it('accepts PostgreSQL URLs, sqlite: URLs and plain paths', () => {
    for (const url of [
      'postgres://u:p@db:5432/cg',
      'postgresql://db/cg?schema=app',
      'sqlite:./x.db',
      'sqlite://tmp/x.db',
      './data/x.db',
      '/var/lib/cg.db',
      'C:\\data\\cg.db',
    ]) {
      expect(problemsOf({ DATABASE_URL: url }), url).toEqual([]);
    }
  });

  it('refuses a database URL of another kind instead of making a SQLite file named after it', () => {
    for (const url of ['mysql://root@db/cg', 'postgress://db/cg', 'https://example.org/db']) {
      const problems = problemsOf({ DATABASE_URL: url });
      expect(problems, url).toHaveLength(1);
      expect(problems[0]).toMatchObject({ code: 'unsupported_database_url', path: ['DATABASE_URL'] });
      expect(problems[0].message).toContain('postgres://');
    }
  });

  it('names the bad variable', () => {
    expect(problemsOf({ PORT: 'abc' })[0].path).toEqual(['PORT']);
    expect(problemsOf({ CG_ADMIN_TOKEN: 'short' })[0].path).toEqual(['CG_ADMIN_TOKEN']);
  });

  it('sizes the job pool from CG_WORKERS (unset: one thread per core; 0: jobs in the server thread)', () => {
    expect(configFromEnv({}, '/srv/cg').workers).toBeUndefined();
    expect(configFromEnv({ CG_WORKERS: '3' }, '/srv/cg').workers).toBe(3);
    expect(configFromEnv({ CG_WORKERS: '0' }, '/srv/cg').workers).toBe(0);
    for (const bad of ['abc', '-1', '1.5', '65']) {
      const problems = problemsOf({ CG_WORKERS: bad });
      expect(problems, bad).toHaveLength(1);
      expect(problems[0].path, bad).toEqual(['CG_WORKERS']);
    }
  });

  it('logs readable lines on a terminal and JSON otherwise, unless LOG_FORMAT says which', () => {
    const format = (env: Record<string, string>, terminal: boolean) =>
      configFromEnv(env, '/srv/cg', terminal).logFormat;
    expect([format({}, true), format({}, false)]).toEqual(['pretty', 'json']);
    expect([format({ LOG_FORMAT: 'json' }, true), format({ LOG_FORMAT: 'pretty' }, false)]).toEqual(['json', 'pretty']);
    expect(problemsOf({ LOG_FORMAT: 'text' })[0]).toMatchObject({ path: ['LOG_FORMAT'] });
  });
});
