/**
 * Long-run play of two memory-one strategies under implementation noise, computed exactly as the
 * stationary distribution of the 4-state Markov chain over the last round (CC, CD, DC, DD), seen
 * from player 1. A cross-check for the simulator (noise_longrun_payoffs.csv) and a fast way to get
 * the long-run payoffs of memory-one strategies.
 *
 * Noise e: the intended action is flipped with probability e, so P(C) = p (1 - e) + (1 - p) e.
 * Four-vectors are (P(C|CC), P(C|CD), P(C|DC), P(C|DD)) with the own action first.
 *
 * Browser-safe.
 */
import type { OwnPayoffs } from './player.ts';
import type { FourVector } from './strategies/memory-one.ts';

export interface LongRun {
  /** Stationary probabilities of CC, CD, DC, DD (player 1's action first). */
  distribution: [number, number, number, number];
  payoffs: [number, number];
}

/** Solve A x = b by Gaussian elimination with partial pivoting (small dense systems). */
export function solveLinear(A: number[][], b: number[]): number[] {
  const n = b.length;
  const M = A.map((row, i) => [...row, b[i]]);
  for (let c = 0; c < n; c++) {
    let piv = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(M[r][c]) > Math.abs(M[piv][c])) piv = r;
    if (Math.abs(M[piv][c]) < 1e-300) throw new Error('singular system');
    [M[c], M[piv]] = [M[piv], M[c]];
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const f = M[r][c] / M[c][c];
      if (f !== 0) for (let k = c; k <= n; k++) M[r][k] -= f * M[c][k];
    }
  }
  return M.map((row, i) => row[n] / row[i]);
}

/**
 * Stationary distribution of two memory-one players with noise `noise`. Needs an ergodic chain
 * (true for any noise in (0, 1)).
 */
export function memoryOneLongRun(
  p: FourVector,
  q: FourVector,
  noise: number,
  g1: OwnPayoffs,
  g2: OwnPayoffs = g1,
): LongRun {
  const flip = (x: number) => x * (1 - noise) + (1 - x) * noise;
  // Player 2 sees state CD (from player 1's side) as DC from its own side.
  const qOwn = [q[0], q[2], q[1], q[3]];
  const T: number[][] = [];
  for (let s = 0; s < 4; s++) {
    const a = flip(p[s]);
    const b = flip(qOwn[s]);
    T.push([a * b, a * (1 - b), (1 - a) * b, (1 - a) * (1 - b)]);
  }
  // pi (T - I) = 0 with sum(pi) = 1: transpose, replace the last equation by the normalisation.
  const A: number[][] = [];
  for (let j = 0; j < 4; j++) A.push([0, 1, 2, 3].map((i) => T[i][j] - (i === j ? 1 : 0)));
  A[3] = [1, 1, 1, 1];
  const pi = solveLinear(A, [0, 0, 0, 1]) as [number, number, number, number];
  const u1 = pi[0] * g1.R + pi[1] * g1.S + pi[2] * g1.T + pi[3] * g1.P;
  const u2 = pi[0] * g2.R + pi[1] * g2.T + pi[2] * g2.S + pi[3] * g2.P;
  return { distribution: pi, payoffs: [u1, u2] };
}
