import { describe, expect, it } from 'vitest';
import { createRng } from '../../core/index.ts';
import { parseCsv, stringifyCsv } from './rfc4180.ts';
import { errorOf } from '../../framework/testing.ts';

describe('parseCsv', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks', () => {
    const text = 'a,b,c\r\n1,"x, y","say ""hi"""\r\n2,"two\nlines",\n';
    const recs = parseCsv(text);
    expect(recs.map((r) => r.fields)).toEqual([
      ['a', 'b', 'c'],
      ['1', 'x, y', 'say "hi"'],
      ['2', 'two\nlines', ''],
    ]);
    expect(recs.map((r) => r.line)).toEqual([1, 2, 3]);
    expect(recs[2].starts[2]).toEqual({ line: 4, column: 8 });
  });
  it('drops a BOM, skips empty lines, accepts a missing final newline', () => {
    expect(parseCsv('\ufeffa,b\n\n1,2').map((r) => r.fields)).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });
  it('names line and column of syntax errors', () => {
    const e1 = errorOf(() => parseCsv('a,b\n1,"open\n2,3\n'));
    expect(e1.problems[0]).toMatchObject({ code: 'csv_syntax', line: 2, column: 3 });
    const e2 = errorOf(() => parseCsv('a,b\n1,"x"y\n'));
    expect(e2.problems[0]).toMatchObject({ line: 2, column: 6 });
    const e3 = errorOf(() => parseCsv('a,b\n1,x"y\n', 'f.csv'));
    expect(e3.problems[0]).toMatchObject({ line: 2, column: 4, file: 'f.csv' });
  });
  it('round-trips random tables (seeded)', () => {
    const rng = createRng(4180);
    const alphabet = ['a', 'b', ',', '"', '\n', '\r\n', ' ', 'é', '1'];
    for (let t = 0; t < 300; t++) {
      const cols = 1 + rng.int(5);
      const rows = Array.from({ length: 1 + rng.int(6) }, () =>
        Array.from({ length: cols }, () =>
          Array.from({ length: rng.int(6) }, () => alphabet[rng.int(alphabet.length)]).join(''),
        ),
      );
      // A record whose only field is empty is an empty line, which the reader skips by design.
      const kept = rows.filter((r) => !(cols === 1 && r[0] === ''));
      expect(parseCsv(stringifyCsv(kept)).map((r) => r.fields)).toEqual(kept);
    }
  });
});
