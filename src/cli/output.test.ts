import { describe, expect, it } from 'vitest';
import { oneLine, table } from './output.ts';

describe('table', () => {
  it('keeps one line per row when a cell holds line breaks (an IATI title wrapped in its XML)', () => {
    const t = table(
      ['id', 'name', 'n'],
      [
        ['a', 'Emergency WASH,\n  Protection, and\r\nBasic Needs', 1],
        ['b', 'short', 22],
      ],
    );
    const lines = t.split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[2]).toBe('a   Emergency WASH, Protection, and Basic Needs   1');
    expect(lines[3]).toBe('b   short                                        22');
  });

  it('oneLine folds line breaks with their indentation into one space', () => {
    expect(oneLine('x\n   y\n\nz')).toBe('x y z');
    expect(oneLine('no breaks  here')).toBe('no breaks  here');
  });
});
