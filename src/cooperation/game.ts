/**
 * Stage games for two players: each period both choose joint action (C) or unilateral action (D).
 * Any 2x2 payoffs are allowed; each side's payoffs are kept from its own perspective
 * (u(own, other) = R, S, T, P), so an asymmetric game is two `OwnPayoffs`. Axelrod's default is
 * the symmetric Prisoner's Dilemma R=3, S=0, T=5, P=1 (axelrod/game.py).
 *
 * Browser-safe.
 */
import { CgError, problem, type Problem } from '../core/index.ts';
import type { OwnPayoffs } from './player.ts';

export interface Game {
  /** Payoffs of the first (row) player, from its own perspective. */
  row: OwnPayoffs;
  /** Payoffs of the second (column) player, from its own perspective. */
  col: OwnPayoffs;
}

export const STANDARD_PAYOFFS: Readonly<OwnPayoffs> = Object.freeze({ R: 3, S: 0, T: 5, P: 1 });

/** Both players have the same payoffs (Axelrod's `Game(r, s, t, p)`). */
export function symmetricGame(p: OwnPayoffs = STANDARD_PAYOFFS): Game {
  const own = { R: p.R, S: p.S, T: p.T, P: p.P };
  return { row: own, col: { ...own } };
}

export const DEFAULT_GAME: Game = symmetricGame();

/**
 * From bimatrix form: `rowPayoffs[i][j]` and `colPayoffs[i][j]` are the payoffs when the row
 * player plays i and the column player plays j, with index 0 = C and 1 = D.
 */
export function gameFromMatrices(rowPayoffs: number[][], colPayoffs: number[][]): Game {
  return {
    row: { R: rowPayoffs[0][0], S: rowPayoffs[0][1], T: rowPayoffs[1][0], P: rowPayoffs[1][1] },
    col: { R: colPayoffs[0][0], S: colPayoffs[1][0], T: colPayoffs[0][1], P: colPayoffs[1][1] },
  };
}

/** Bimatrix form of a game (row index = row player's action, column index = column player's). */
export function gameMatrices(g: Game): { rowPayoffs: number[][]; colPayoffs: number[][] } {
  return {
    rowPayoffs: [
      [g.row.R, g.row.S],
      [g.row.T, g.row.P],
    ],
    colPayoffs: [
      [g.col.R, g.col.T],
      [g.col.S, g.col.P],
    ],
  };
}

/** Payoff of a player with own action `own` against `other` (0 = C, 1 = D). */
export function ownPayoff(p: OwnPayoffs, own: number, other: number): number {
  return own === 0 ? (other === 0 ? p.R : p.S) : other === 0 ? p.T : p.P;
}

/** Lookup table indexed by `own * 2 + other`: [R, S, T, P]. */
export function payoffTable(p: OwnPayoffs): Float64Array {
  return Float64Array.of(p.R, p.S, p.T, p.P);
}

/** Scores of one turn: [row player's, column player's]. */
export function scoreTurn(g: Game, rowAction: number, colAction: number): [number, number] {
  return [ownPayoff(g.row, rowAction, colAction), ownPayoff(g.col, colAction, rowAction)];
}

/** T > R > P > S: unilateral action tempts, mutual joint action beats mutual unilateral action. */
export function isPrisonersDilemma(p: OwnPayoffs): boolean {
  return p.T > p.R && p.R > p.P && p.P > p.S;
}

/** Problems with a game's numbers (finite payoffs); empty when fine. */
export function gameProblems(g: Game, path: (string | number)[] = []): Problem[] {
  const problems: Problem[] = [];
  for (const side of ['row', 'col'] as const) {
    for (const k of ['R', 'S', 'T', 'P'] as const) {
      const v = g[side][k];
      if (typeof v !== 'number' || !Number.isFinite(v)) {
        problems.push(
          problem(
            'invalid_payoffs',
            { problem: 'finite', payoff: k, side, value: String(v) },
            { path: [...path, side, k] },
          ),
        );
      }
    }
  }
  return problems;
}

export function assertGame(g: Game, path: (string | number)[] = []): Game {
  const problems = gameProblems(g, path);
  if (problems.length) throw new CgError(problems);
  return g;
}

/** Parse `R,S,T,P` (e.g. `3,0,5,1`) into a symmetric game. */
export function parseRstp(text: string, path: (string | number)[] = ['payoffs']): Game {
  const parts = text.split(',').map((s) => s.trim());
  const nums = parts.map(Number);
  if (parts.length !== 4 || nums.some((n, i) => parts[i] === '' || !Number.isFinite(n))) {
    throw new CgError(problem('invalid_payoffs', { problem: 'four', text }, { path }));
  }
  return symmetricGame({ R: nums[0], S: nums[1], T: nums[2], P: nums[3] });
}
