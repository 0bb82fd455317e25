import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { CgError, formatPath, formatProblem, problem, withFile } from './problems.ts';
import { parseWith } from './zod.ts';

describe('formatPath', () => {
  it('renders indexes and keys like JS accessors', () => {
    expect(formatPath(['parties', 1, 'weights', 'gun_smuggling'])).toBe('parties[1].weights.gun_smuggling');
    expect(formatPath(['options', 'a b'])).toBe('options["a b"]');
    expect(formatPath([])).toBe('');
  });
});

describe('formatProblem', () => {
  it('names file, line, path, expected and received', () => {
    const p = problem(
      'too_small',
      { origin: 'number', limit: 0, inclusive: true },
      { path: ['parties', 0, 'reservation'], file: 'x.yaml', line: 3, expected: 'a number >= 0', received: '-1' },
    );
    expect(formatProblem(p)).toBe(
      'x.yaml:3: parties[0].reservation: must be >= 0 (expected a number >= 0, received -1)',
    );
    expect(formatProblem(p, { locale: 'es', surface: 'cli' })).toBe(
      'x.yaml:3: parties[0].reservation: debe ser >= 0 (se esperaba a number >= 0, se recibió -1)',
    );
  });
});

describe('parseWith', () => {
  it('turns zod issues into problems with paths and the file name', () => {
    const schema = z.object({ parties: z.array(z.object({ weights: z.record(z.string(), z.number().min(0)) })) });
    let err: unknown;
    try {
      parseWith(schema, { parties: [{ weights: { a: 1 } }, { weights: { gun_smuggling: -2 } }] }, 's.yaml');
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(CgError);
    const p = (err as CgError).problems[0];
    expect(p.path).toEqual(['parties', 1, 'weights', 'gun_smuggling']);
    expect(p.file).toBe('s.yaml');
    expect(p.code).toBe('too_small');
  });

  it('withFile keeps existing file names', () => {
    const e = withFile(new CgError([problem('empty_csv', {}), problem('no_games', {}, { file: 'other' })]), 'f');
    expect(e.problems.map((p) => p.file)).toEqual(['f', 'other']);
  });
});
