import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CgError } from '../core/problems.ts';
import { DEFAULT_SQLITE_PATH, parseTarget, resolveDbUrl } from './connect.ts';

describe('resolveDbUrl', () => {
  it('takes --db, then DATABASE_URL, then the embedded SQLite file', () => {
    expect(resolveDbUrl('x.db', { DATABASE_URL: 'postgres://a/b' })).toBe('x.db');
    expect(resolveDbUrl(undefined, { DATABASE_URL: 'postgres://a/b' })).toBe('postgres://a/b');
    expect(resolveDbUrl(undefined, { DATABASE_URL: '' })).toBe(DEFAULT_SQLITE_PATH);
    expect(resolveDbUrl(undefined, {})).toBe('./data/commonground.db');
  });
});

describe('parseTarget', () => {
  it('reads PostgreSQL URLs with an optional schema', () => {
    expect(parseTarget('postgres://u:p@h:5432/db?schema=cg_x')).toEqual({ dialect: 'postgres', location: 'postgres://u:p@h:5432/db', schema: 'cg_x' });
    expect(parseTarget('postgresql://h/db')).toMatchObject({ dialect: 'postgres', schema: undefined });
    expect(() => parseTarget('postgres://h/db?schema=Bad-Name')).toThrow(CgError);
  });
  it('reads anything else as a SQLite path', () => {
    expect(parseTarget('data/x.db')).toEqual({ dialect: 'sqlite', location: path.resolve('data/x.db') });
    expect(parseTarget('sqlite:///tmp/y.db')).toEqual({ dialect: 'sqlite', location: '/tmp/y.db' });
    expect(parseTarget(':memory:')).toEqual({ dialect: 'sqlite', location: ':memory:' });
  });
});
