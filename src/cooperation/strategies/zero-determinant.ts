/**
 * Zero-determinant memory-one players (Press & Dyson 2012; Stewart & Plotkin 2012). The
 * four-vector enforces s (S_xy - l) = S_yx - l between the long-run payoffs; Axelrod's formula in
 * axelrod/strategies/zero_determinant.py (LRPlayer). Probabilities are clamped to [0, 1] when a
 * non-standard game pushes them outside (Axelrod raises an error instead).
 */
import type { OwnPayoffs, Strategy } from '../player.ts';
import { namedMemoryOne, type FourVector } from './memory-one.ts';
import { axl, cite, REF } from './references.ts';

export function zdVector(g: OwnPayoffs, phi: number, s: number, l: number): FourVector {
  const { R, S, T, P } = g;
  return [
    1 - phi * (1 - s) * (R - l),
    1 - phi * (s * (l - S) + (T - l)),
    phi * (l - S + s * (T - l)),
    phi * (1 - s) * (l - P),
  ];
}

export const zdExtort2: Strategy = namedMemoryOne(
  {
    id: 'ZDExtort2',
    name: 'ZD-Extort-2: 0.1111111111111111, 0.5',
    aliases: ['ZD-Extort-2', 'ZD Extort 2'],
    description:
      'Extortionate zero-determinant player (phi = 1/9, s = 1/2, l = P): four-vector (8/9, 1/2, 1/3, 0) for the standard game. Seeded.',
    citation: cite(REF.Stewart2012, REF.Press2012, axl('zero_determinant.py', 'ZDExtort2')),
    stochastic: true,
  },
  (g) => zdVector(g, 1 / 9, 0.5, g.P),
);

export const zdGTFT2: Strategy = namedMemoryOne(
  {
    id: 'ZDGTFT2',
    name: 'ZD-GTFT-2: 0.25, 0.5',
    aliases: ['ZD-GTFT-2', 'ZD GTFT 2'],
    description:
      'Generous zero-determinant player (phi = 1/4, s = 1/2, l = R): four-vector (1, 1/8, 1, 1/4) for the standard game. Seeded.',
    citation: cite(REF.Stewart2012, axl('zero_determinant.py', 'ZDGTFT2')),
    stochastic: true,
  },
  (g) => zdVector(g, 0.25, 0.5, g.R),
);
