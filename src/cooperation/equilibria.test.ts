import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { createRng } from '../core/index.ts';
import { EQUILIBRIA_ANCHORS, readJson } from './testing.ts';
import {
  extremeEquilibria,
  isNashEquilibrium,
  parseBimatrix,
  supportEnumeration,
  type BimatrixGame,
  type Equilibrium,
} from './equilibria.ts';
import { Rational } from './rational.ts';

interface AnchorEq {
  row: string[];
  col: string[];
  row_payoff: string;
  col_payoff: string;
}
interface AnchorGame {
  id: string;
  row_payoffs: string[][];
  col_payoffs: string[][];
  degenerate: boolean;
  equilibria: AnchorEq[];
  equilibria_count: number;
  expected_list_is_complete: boolean;
}

const data = readJson<{ games: AnchorGame[] }>(resolve(EQUILIBRIA_ANCHORS, 'games.json'));
const key = (row: readonly (string | Rational)[], col: readonly (string | Rational)[]) =>
  `${row.map((x) => Rational.parse(String(x)).toString()).join(',')}|${col.map((x) => Rational.parse(String(x)).toString()).join(',')}`;
const keyOf = (e: Equilibrium) => key(e.row, e.col);

describe('equilibria anchors (games.json)', () => {
  it('has 24 games', () => expect(data.games.length).toBe(24));
  it.each(data.games.map((g) => [g.id, g] as const))(
    '%s',
    (_id, g) => {
      const game = parseBimatrix(g.row_payoffs, g.col_payoffs);
      const found = extremeEquilibria(game);
      const foundKeys = new Map(found.map((e) => [keyOf(e), e]));
      for (const e of g.equilibria) {
        const hit = foundKeys.get(key(e.row, e.col));
        expect(hit, `listed equilibrium ${key(e.row, e.col)} not found`).toBeDefined();
        expect(hit!.rowPayoff.toString()).toBe(Rational.parse(e.row_payoff).toString());
        expect(hit!.colPayoff.toString()).toBe(Rational.parse(e.col_payoff).toString());
      }
      if (g.expected_list_is_complete) expect(found.length).toBe(g.equilibria.length);
      for (const e of found) expect(isNashEquilibrium(game, e.row, e.col)).toBe(true);
    },
    60_000,
  );
  it('von Stengel 6x6: all 75 equilibria, by both algorithms (exact support enumeration finds what floating-point Nashpy misses)', () => {
    const g = data.games.find((x) => x.id === 'vonstengel1999_6x6_75eq')!;
    const game = parseBimatrix(g.row_payoffs, g.col_payoffs);
    const v = extremeEquilibria(game).map(keyOf);
    expect(v).toHaveLength(75);
    expect(supportEnumeration(game).map(keyOf)).toEqual(v);
  }, 60_000);
  it('support enumeration misses extreme points of degenerate games that vertex enumeration finds', () => {
    for (const id of ['gambit_one_shot_trust', 'gambit_selten1975_fig2_rsf']) {
      const g = data.games.find((x) => x.id === id)!;
      const game = parseBimatrix(g.row_payoffs, g.col_payoffs);
      const support = supportEnumeration(game).map(keyOf);
      const vertex = extremeEquilibria(game).map(keyOf);
      expect(support.length).toBeLessThan(vertex.length);
      for (const k of support) expect(vertex).toContain(k);
    }
  });
});

function randomGame(rng: ReturnType<typeof createRng>, m: number, n: number, range: number): BimatrixGame {
  const mat = () =>
    Array.from({ length: m }, () => Array.from({ length: n }, () => Rational.of(rng.int(2 * range + 1) - range)));
  return { rowPayoffs: mat(), colPayoffs: mat() };
}

describe('equilibria on random games', () => {
  it('vertex enumeration equals support enumeration on random (generic) games', () => {
    const rng = createRng(2024);
    for (let t = 0; t < 60; t++) {
      const m = 2 + rng.int(3);
      const n = 2 + rng.int(3);
      const g = randomGame(rng, m, n, 1_000_000); // wide range: payoff ties (degeneracy) are very unlikely
      const a = extremeEquilibria(g).map(keyOf);
      const b = supportEnumeration(g).map(keyOf);
      expect(a).toEqual(b);
      expect(a.length % 2).toBe(1); // non-degenerate games have an odd number of equilibria
    }
  });

  it('pure equilibria agree with brute force on small-range (often degenerate) games', () => {
    const rng = createRng(7);
    for (let t = 0; t < 80; t++) {
      const m = 2 + rng.int(2);
      const n = 2 + rng.int(2);
      const g = randomGame(rng, m, n, 2);
      const found = extremeEquilibria(g);
      for (const e of found) expect(isNashEquilibrium(g, e.row, e.col)).toBe(true);
      const pureFound = new Set(
        found
          .filter(
            (e) =>
              e.row.every((x) => x.isZero() || x.eq(Rational.ONE)) &&
              e.col.every((x) => x.isZero() || x.eq(Rational.ONE)),
          )
          .map(keyOf),
      );
      const brute = new Set<string>();
      for (let i = 0; i < m; i++) {
        for (let j = 0; j < n; j++) {
          const x = Array.from({ length: m }, (_, k) => (k === i ? Rational.ONE : Rational.ZERO));
          const y = Array.from({ length: n }, (_, k) => (k === j ? Rational.ONE : Rational.ZERO));
          if (isNashEquilibrium(g, x, y)) brute.add(key(x, y));
        }
      }
      expect(pureFound).toEqual(brute);
      expect(found.length).toBeGreaterThan(0); // every finite game has an equilibrium
    }
  });

  it('rejects malformed games with paths', () => {
    expect(() => parseBimatrix([['1', 'x']], [['1', '2']])).toThrow(/row_payoffs\[0\]\[1\]/);
    expect(() => parseBimatrix([['1', '2']], [['1']])).toThrow(/same shape/);
  });
});
