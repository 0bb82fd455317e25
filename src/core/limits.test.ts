import { describe, expect, it } from 'vitest';
import { CgError, capProblems, problem, type Problem } from './problems.ts';
import { LIMITS, isReservedName, valueTreeProblems } from './limits.ts';

const many = (n: number): Problem[] =>
  Array.from({ length: n }, (_, i) => problem('duplicate_key', { key: `k${i}` }, { file: 'f.yaml', line: i + 1 }));

describe('the problem cap', () => {
  it('keeps the first problems and says how many more there were', () => {
    const capped = capProblems(many(50_000));
    expect(capped).toHaveLength(LIMITS.problems + 1);
    expect(capped[99].params).toEqual({ key: 'k99' });
    expect(capped[100]).toMatchObject({ code: 'more_problems', params: { count: 49_900, shown: 100 }, file: 'f.yaml' });
    expect(capped[100].message).toBe('... and 49,900 more problems (only the first 100 are listed)');
  });

  it('is idempotent: an error re-wrapped with its problems keeps the count', () => {
    const once = new CgError(many(250));
    const again = new CgError(once.problems.map((p) => ({ ...p, path: ['body', ...p.path] })));
    expect(again.problems).toHaveLength(101);
    expect(again.problems[100].params).toEqual({ count: 150, shown: 100 });
    expect(new CgError(many(3)).problems).toHaveLength(3);
  });
});

describe('checking a built value', () => {
  it('refuses nesting beyond the limit, naming the path, without recursion', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 100_000; i++) deep = [deep];
    const problems = valueTreeProblems({ a: deep }, { path: ['body'] });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ code: 'too_deep', params: { limit: 64, format: 'data' } });
    expect(problems[0].path).toEqual(['body', 'a', ...Array(63).fill(0)]);
  });

  it('refuses reserved keys wherever they are (own properties, as JSON.parse makes them)', () => {
    const v = JSON.parse('{"a": [{"__proto__": 1}], "b": {"constructor": {"prototype": 2}}}');
    expect(valueTreeProblems(v).map((p) => [p.params?.name, p.path])).toEqual([
      ['__proto__', ['a', 0, '__proto__']],
      ['constructor', ['b', 'constructor']],
    ]);
    expect(valueTreeProblems({ a: 'constructor', b: ['prototype'] })).toEqual([]);
  });

  it('refuses more values than the limit', () => {
    // The object, its two keys, the array and its three items, and 4: eight values.
    expect(valueTreeProblems({ a: [1, 2, 3], b: 4 }, { maxValues: 7 })[0].code).toBe('too_many_values');
    expect(valueTreeProblems({ a: [1, 2, 3], b: 4 }, { maxValues: 8 })).toEqual([]);
  });

  it('knows the reserved names and nothing else', () => {
    expect(['__proto__', 'constructor', 'prototype'].every(isReservedName)).toBe(true);
    expect(['proto', 'Constructor', 'toString', '', 1].some(isReservedName)).toBe(false);
  });
});
