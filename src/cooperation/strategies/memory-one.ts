/**
 * Memory-one players: the probability of cooperating depends only on the last round, seen from
 * the player's own side: (P(C | CC), P(C | CD), P(C | DC), P(C | DD)) with the own action first.
 * Axelrod's `MemoryOnePlayer(four_vector, initial)`; display name
 * `Generic Memory One Player: (p1, p2, p3, p4), C`.
 */
import {
  C,
  randomChoice,
  type Action,
  type MatchInfo,
  type OwnPayoffs,
  type Player,
  type Strategy,
} from '../player.ts';
import { axl, cite, REF } from './references.ts';

export type FourVector = readonly [number, number, number, number];

/** A memory-one player; `vector` may depend on the match's stage game. */
export function memoryOnePlayer(info: MatchInfo, vector: FourVector, initial: Action): Player {
  const [pcc, pcd, pdc, pdd] = vector.map((p) => Math.min(1, Math.max(0, p)));
  const rng = info.rng;
  return {
    next(h) {
      const n = h.length;
      if (n === 0) return initial;
      const own = h.own[n - 1];
      const opp = h.opp[n - 1];
      const p = own === C ? (opp === C ? pcc : pcd) : opp === C ? pdc : pdd;
      return randomChoice(rng, p);
    },
  };
}

/** Axelrod's generic `MemoryOnePlayer`. */
export function memoryOne(vector: FourVector, initial: Action = C): Strategy {
  const label = `(${vector.map(String).join(', ')}), ${initial === C ? 'C' : 'D'}`;
  return {
    id: `MemoryOnePlayer(${vector.join(',')},${initial === C ? 'C' : 'D'})`,
    name: `Generic Memory One Player: ${label}`,
    description: `Memory-one player cooperating with probabilities ${label.split('),')[0]}) after CC, CD, DC, DD (own move first); first move ${initial === C ? 'C' : 'D'}.`,
    citation: cite(REF.Nowak1990, axl('memoryone.py', 'MemoryOnePlayer')),
    stochastic: vector.some((p) => p > 0 && p < 1),
    memoryDepth: vector.every((p) => p === 0) || vector.every((p) => p === 1) ? 0 : 1,
    create: (info) => memoryOnePlayer(info, vector, initial),
  };
}

/** A named memory-one strategy whose vector may depend on the stage game. */
export function namedMemoryOne(
  base: Omit<Strategy, 'create' | 'memoryDepth'> & { memoryDepth?: number },
  vector: (game: OwnPayoffs) => FourVector,
  initial: Action = C,
): Strategy {
  return { memoryDepth: 1, ...base, create: (info) => memoryOnePlayer(info, vector(info.game), initial) };
}
