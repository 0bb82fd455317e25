import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { CgError, formatPath, formatProblem, withFile } from './problems.ts';
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
    const text = formatProblem({
      code: 'too_small',
      path: ['parties', 0, 'reservation'],
      message: 'must be >= 0',
      file: 'x.yaml',
      line: 3,
      expected: 'a number >= 0',
      received: '-1',
    });
    expect(text).toBe('x.yaml:3: parties[0].reservation: must be >= 0 (expected a number >= 0, received -1)');
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
    const e = withFile(
      new CgError([
        { code: 'a', path: [], message: 'm' },
        { code: 'b', path: [], message: 'n', file: 'other' },
      ]),
      'f',
    );
    expect(e.problems.map((p) => p.file)).toEqual(['f', 'other']);
  });
});
