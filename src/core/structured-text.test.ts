import fc from 'fast-check';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { isCgError, type CgError } from './problems.ts';
import { LIMITS } from './limits.ts';
import { readStructuredText, type ReadOptions } from './structured-text.ts';

function refusal(text: string, opts: ReadOptions = {}): CgError {
  try {
    readStructuredText(text, opts);
  } catch (e) {
    if (isCgError(e)) return e;
    throw e;
  }
  throw new Error('expected a refusal');
}

const json = { format: 'json' } as const;

/** JSON values without the names the reader refuses (fast-check's keys are arbitrary strings). */
const jsonValue = fc
  .jsonValue({ maxDepth: 6 })
  .filter((v) => !/"(__proto__|constructor|prototype)":/.test(JSON.stringify(v)));

describe('reading JSON', () => {
  it('gives what JSON.parse gives, for any JSON value (seeded property)', () => {
    fc.assert(
      fc.property(jsonValue, fc.boolean(), (v, pretty) => {
        const text = JSON.stringify(v, null, pretty ? 2 : undefined);
        expect(readStructuredText(text, json).data).toEqual(JSON.parse(text));
      }),
      { seed: 11, numRuns: 300 },
    );
  });

  it('refuses, as a syntax error with a line and column, every text JSON.parse refuses (seeded property)', () => {
    const mutated = fc
      .tuple(jsonValue, fc.nat(), fc.constantFrom('', '}', ']', ',', ':', '"', '\\', 'x', '\n', '01', '-'))
      .map(([v, at, insert]) => {
        const text = JSON.stringify(v);
        const k = at % (text.length + 1);
        return text.slice(0, k) + insert + text.slice(k + (insert === '' ? 1 : 0));
      });
    fc.assert(
      fc.property(mutated, (text) => {
        let valid = true;
        try {
          JSON.parse(text);
        } catch {
          valid = false;
        }
        if (valid) return;
        const e = refusal(text, json);
        expect(e.problems[0].code).toBe('syntax_error');
        expect(e.problems[0].line).toBeGreaterThanOrEqual(1);
        expect(e.problems[0].column).toBeGreaterThanOrEqual(1);
      }),
      { seed: 12, numRuns: 400 },
    );
  });

  it('names the line and column of a syntax error', () => {
    const e = refusal('{\n  "a": 1,\n  "b": }', { ...json, file: 'x.json' });
    expect(e.problems[0]).toMatchObject({ code: 'syntax_error', file: 'x.json', line: 3, column: 8 });
    expect(e.problems[0].message).toContain('unexpected "}"');
  });

  it('refuses duplicate keys (JSON.parse would keep the last silently)', () => {
    const e = refusal('{"a": 1,\n "b": {"c": 2, "c": 3}}', json);
    expect(e.problems).toMatchObject([{ code: 'duplicate_key', params: { key: 'c' }, line: 2, column: 16 }]);
  });

  it('refuses reserved names as keys, every one of them, with where they are', () => {
    const e = refusal('{"__proto__": {"x": 1}, "a": {"constructor": 1, "prototype": 2}}', json);
    expect(e.problems.map((p) => [p.code, p.params?.name, p.column])).toEqual([
      ['reserved_name', '__proto__', 2],
      ['reserved_name', 'constructor', 31],
      ['reserved_name', 'prototype', 49],
    ]);
  });

  it('refuses nesting beyond the limit at once, however deep the text goes', () => {
    const deep = '['.repeat(1_000_000) + ']'.repeat(1_000_000);
    const e = refusal(deep, json);
    expect(e.problems).toMatchObject([{ code: 'too_deep', params: { limit: LIMITS.depth }, line: 1, column: 65 }]);
    const ok = '['.repeat(LIMITS.depth) + ']'.repeat(LIMITS.depth);
    expect(readStructuredText(ok, json).data).toBeInstanceOf(Array);
  });

  it('refuses more values than the limit', () => {
    const e = refusal(JSON.stringify(Array.from({ length: 11 }, () => 1)), { ...json, maxValues: 10 });
    expect(e.problems[0]).toMatchObject({ code: 'too_many_values', params: { limit: 10 } });
    // A size limit: 413 (Content Too Large), as the catalogue entry says.
    expect(e.status).toBe(413);
  });

  it('reads an empty file as null and skips a byte-order mark', () => {
    expect(readStructuredText('  \n', json).data).toBeNull();
    expect(readStructuredText('\uFEFF{"a": 1}', json).data).toEqual({ a: 1 });
  });

  it('locates keys, items and missing paths', () => {
    const r = readStructuredText('{\n  "a": [1, {"b": "x"}],\n  "c": 2\n}', json);
    expect(r.locate(['a', 1, 'b'])).toEqual({ line: 2, column: 13 });
    expect(r.locate(['a', 1])).toEqual({ line: 2, column: 12 });
    expect(r.locate(['a', 7])).toEqual({ line: 2, column: 8 });
    expect(r.locate(['c'])).toEqual({ line: 3, column: 3 });
    expect(r.locate([])).toEqual({ line: 1, column: 1 });
  });
});

describe('reading YAML', () => {
  it('gives what the yaml package gives, for any JSON-like value written as YAML (seeded property)', () => {
    fc.assert(
      fc.property(jsonValue, (v) => {
        const text = stringifyYaml(v);
        expect(readStructuredText(text).data).toEqual(parseYaml(text));
      }),
      { seed: 13, numRuns: 300 },
    );
  });

  it('applies merge keys as YAML does: explicit keys win, earlier sources win', () => {
    const text = 'a: &a {x: 1, y: 1}\nb: &b {y: 2, z: 2}\nc:\n  <<: [*a, *b]\n  x: 3\n';
    const r = readStructuredText(text, { merge: true });
    expect(r.data).toEqual(parseYaml(text, { merge: true }));
    expect(r.data).toEqual({ a: { x: 1, y: 1 }, b: { y: 2, z: 2 }, c: { x: 3, y: 1, z: 2 } });
    // A merged key is located where it was written.
    expect(r.locate(['c', 'z'])).toEqual({ line: 2, column: 14 });
  });

  it('refuses a merge key whose value is not a mapping, an alias of one or a list of those', () => {
    for (const bad of ['<<: [1, 2]', '<<: 1', '<<: [[a]]', 'x: &s [1]\n  <<: *s']) {
      const e = refusal(`a:\n  ${bad}\n`, { merge: true });
      expect(e.problems.map((p) => p.code)).toContain('invalid_merge');
    }
    // Without merge keys `<<` is an ordinary key.
    expect(readStructuredText('<<: [1, 2]').data).toEqual({ '<<': [1, 2] });
  });

  it('refuses an alias bomb at once, naming the alias that goes over', () => {
    const levels = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let k = 1; k < 9; k++) {
      const prev = String.fromCharCode(96 + k);
      levels.push(
        `${String.fromCharCode(97 + k)}: &${String.fromCharCode(97 + k)} [${Array(10).fill(`*${prev}`).join(', ')}]`,
      );
    }
    const e = refusal(levels.join('\n'));
    expect(e.problems).toMatchObject([{ code: 'alias_expansion', params: { limit: LIMITS.aliasExpansion }, line: 4 }]);
  });

  it('refuses an alias bomb built from merge keys', () => {
    const lines = ['a0: &a0 {k0: 1, k1: 1, k2: 1, k3: 1, k4: 1, k5: 1, k6: 1, k7: 1, k8: 1, k9: 1}'];
    for (let k = 1; k < 12; k++) lines.push(`a${k}: &a${k} {x: [*a${k - 1}, *a${k - 1}, *a${k - 1}], <<: *a${k - 1}}`);
    expect(refusal(lines.join('\n'), { merge: true }).problems[0].code).toBe('alias_expansion');
  });

  it('accepts aliases that add little, sharing the value', () => {
    const r = readStructuredText('usual: &u {rationale: why, source: brief}\na: *u\nb: *u\n');
    expect(r.data).toEqual({
      usual: { rationale: 'why', source: 'brief' },
      a: { rationale: 'why', source: 'brief' },
      b: { rationale: 'why', source: 'brief' },
    });
  });

  it('refuses an alias to a node that contains it (a cycle) and an alias without an anchor', () => {
    expect(refusal('a: &a [1, *a]').problems[0]).toMatchObject({ code: 'alias_cycle', line: 1, column: 11 });
    expect(refusal('a: &a {b: {c: *a}}').problems[0].code).toBe('alias_cycle');
    expect(refusal('a: *nowhere').problems[0]).toMatchObject({ code: 'syntax_error', line: 1, column: 4 });
  });

  it('refuses nesting beyond the limit before composing (flow, block and compact sequences)', () => {
    const n = 20_000;
    for (const text of [
      '['.repeat(n) + ']'.repeat(n),
      '{a: '.repeat(n) + '1' + '}'.repeat(n),
      '- '.repeat(n) + 'x',
      Array.from({ length: 200 }, (_, i) => ' '.repeat(i) + 'a:').join('\n') + ' 1',
    ]) {
      const e = refusal(text);
      expect(e.problems).toMatchObject([{ code: 'too_deep', params: { limit: LIMITS.depth, format: 'YAML' } }]);
      expect(e.message).not.toMatch(/call stack/);
    }
  });

  it('refuses duplicate keys, reserved names and keys that are collections, all of them with their place', () => {
    const e = refusal('a: 1\nb:\n  __proto__: 1\n  c: 2\n  c: 3\n? [x]\n: 4\na: 5\n');
    expect(e.problems.map((p) => [p.code, p.line, p.column])).toEqual([
      ['reserved_name', 3, 3],
      ['duplicate_key', 5, 3],
      ['complex_key', 6, 3],
      ['duplicate_key', 8, 1],
    ]);
  });

  it('refuses a second document and reports syntax errors with their place', () => {
    expect(refusal('a: 1\n---\nb: 2\n').problems[0]).toMatchObject({ code: 'syntax_error', line: 2 });
    const e = refusal('a: [1, 2\n', { file: 'f.yaml' });
    expect(e.problems[0]).toMatchObject({ code: 'syntax_error', file: 'f.yaml' });
    expect(e.problems[0].line).toBeGreaterThanOrEqual(1);
  });

  it('locates keys and values, falling back to the deepest node that exists', () => {
    const r = readStructuredText('a:\n  - 1\n  - b: x\nc: 2\n');
    expect(r.locate(['a', 1, 'b'])).toEqual({ line: 3, column: 5 });
    expect(r.locate(['a', 1, 'nope'])).toEqual({ line: 3, column: 5 });
    expect(r.locate(['c'])).toEqual({ line: 4, column: 1 });
  });
});

describe('work grows linearly', () => {
  const keys = (n: number, asJson: boolean) =>
    asJson
      ? JSON.stringify(Object.fromEntries(Array.from({ length: n }, (_, i) => [`k${i}`, { v: i }])))
      : Array.from({ length: n }, (_, i) => `k${i}:\n  v: ${i}`).join('\n');

  for (const asJson of [false, true]) {
    it(`reading and locating every key of a ${asJson ? 'JSON' : 'YAML'} mapping costs the same per key at 2,000 and 8,000 keys`, () => {
      const perKey = (n: number) => {
        const work = { steps: 0 };
        const r = readStructuredText(keys(n, asJson), { format: asJson ? 'json' : 'yaml', work });
        for (let i = 0; i < n; i++) r.locate([`k${i}`, 'v']);
        return work.steps / n;
      };
      const small = perKey(2000);
      const large = perKey(8000);
      expect(large).toBeLessThanOrEqual(small * 1.05);
      // A few steps per value read (the syntax tree, then the data) and one per path segment located.
      expect(large).toBeLessThanOrEqual(10);
    });
  }
});
