import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runCliSync } from '../testing.node.ts';
import { EQUILIBRIA_ANCHORS } from '../../cooperation/testing.ts';

function cli(...args: string[]) {
  const r = runCliSync(args);
  return { code: r.code, out: r.stdout, err: r.stderr };
}

const dirs: string[] = [];
function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'cg-eq-'));
  dirs.push(d);
  return d;
}
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('commonground equilibria', () => {
  it('solves the whole anchors file and finds every listed equilibrium', () => {
    const r = cli('equilibria', resolve(EQUILIBRIA_ANCHORS, 'games.json'), '--json');
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.out);
    expect(doc).toHaveLength(24);
    for (const g of doc) expect(g.check.allFound).toBe(true);
    expect(doc.find((g: { id: string }) => g.id === 'vonstengel1999_6x6_75eq').equilibria).toHaveLength(75);
  }, 60_000);

  it('solves one game given with numbers and prints exact fractions', () => {
    const dir = tempDir();
    const f = join(dir, 'g.json');
    writeFileSync(
      f,
      JSON.stringify({
        row_payoffs: [
          [2, 0],
          [0, 1],
        ],
        col_payoffs: [
          [0, 1],
          [1, 0],
        ],
      }),
    );
    const r = cli('equilibria', f);
    expect(r.code).toBe(0);
    expect(r.out).toContain('row (1/2, 1/2)  col (1/3, 2/3)  payoffs 2/3, 1/2');
  });

  it('rejects a malformed game with its path, exit 2', () => {
    const dir = tempDir();
    const f = join(dir, 'bad.json');
    writeFileSync(f, JSON.stringify({ games: [{ row_payoffs: [['1', 'a']], col_payoffs: [['1', '2']] }] }));
    const r = cli('equilibria', f);
    expect(r.code).toBe(2);
    expect(r.err).toContain('games[0].row_payoffs[0][1]');
    expect(cli('equilibria', join(dir, 'missing.json')).code).toBe(2);
  });

  it('rejects malformed listed equilibria and files with no games, naming the path, never a crash', () => {
    const dir = tempDir();
    const game = {
      row_payoffs: [
        [1, 2],
        [3, 4],
      ],
      col_payoffs: [
        [1, 2],
        [3, 4],
      ],
    };
    const cases: [unknown, string[]][] = [
      [{ ...game, equilibria: [{ row: [1, 0] }] }, ['equilibria[0].col: col must be a list of 2 probabilities']],
      [{ ...game, equilibria: [null] }, ['equilibria[0]: each listed equilibrium must be an object']],
      [{ ...game, equilibria: 'all of them' }, ['equilibria: equilibria must be a list']],
      [
        { games: [{ ...game, equilibria: [{ row: ['x', 1], col: [0, 1] }] }] },
        ['games[0].equilibria[0].row[0]: expected a rational number'],
      ],
      [
        { ...game, equilibria: [{ row: [0, 1, 0], col: [0, 1] }] },
        ['equilibria[0].row: row must be a list of 2 probabilities (the game is 2x2)'],
      ],
      [[], ['the file lists no games']],
      [{ games: [] }, ['games: the file lists no games']],
    ];
    cases.forEach(([doc, messages], i) => {
      const f = join(dir, `bad${i}.json`);
      writeFileSync(f, JSON.stringify(doc));
      const r = cli('equilibria', f);
      expect(r.code, JSON.stringify(doc)).toBe(2);
      expect(r.out).toBe('');
      for (const m of messages) expect(r.err).toContain(`${f}: ${m}`);
      expect(r.err).not.toMatch(/TypeError|Cannot read properties|\n\s+at /);
    });
    // A well-formed list given with numbers and strings is compared exactly.
    const ok = join(dir, 'ok.json');
    writeFileSync(ok, JSON.stringify({ ...game, equilibria: [{ row: [0, '1'], col: ['0/3', 1] }] }));
    const r = cli('equilibria', ok, '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)[0].check).toEqual({ listed: 1, allFound: true, sameSet: true });
  });
});
