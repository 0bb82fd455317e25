import { C, D, type Action, type Strategy } from '../player.ts';
import { memoryOnePlayer } from './memory-one.ts';
import { JOSS_VECTOR } from './first-by-joss.ts';
import { axl, cite, REF } from './references.ts';

/**
 * Axelrod's `detect_cycle` (axelrod/_strategy_utils.py): the shortest prefix of length
 * `minSize..min(len/2, maxSize)` that, repeated, reproduces the whole sequence; null if none.
 */
export function detectCycle(seq: ArrayLike<number>, length: number, minSize = 1, maxSize = 12): number | null {
  const max = Math.min(Math.floor(length / 2), maxSize);
  for (let size = minSize; size <= max; size++) {
    let ok = true;
    for (let j = 0; j < length && ok; j++) if (seq[j] !== seq[j % size]) ok = false;
    if (ok) return size;
  }
  return null;
}

export const calculator: Strategy = {
  id: 'Calculator',
  name: 'Calculator',
  description:
    "Plays like Joss (Tit For Tat that cooperates with probability 0.9) for 20 moves; if the opponent's first 20 moves form a cycle it defects for the rest of the match, otherwise it plays Tit For Tat. Seeded.",
  citation: cite(REF.Prison1998, axl('calculator.py', 'Calculator')),
  stochastic: true,
  memoryDepth: Infinity,
  create: (info) => {
    const joss = memoryOnePlayer(info, JOSS_VECTOR, C);
    let cycle = false;
    return {
      next(h) {
        const n = h.length;
        if (n < 20) return joss.next(h);
        if (n === 20) cycle = detectCycle(h.opp, 20) !== null;
        if (cycle) return D;
        return h.opp[n - 1] as Action;
      },
    };
  },
};
