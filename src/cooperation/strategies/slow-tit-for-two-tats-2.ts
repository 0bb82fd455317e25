import { C, stateless, type Action, type Strategy } from '../player.ts';
import { axl, cite, REF } from './references.ts';

export const slowTitForTwoTats2: Strategy = {
  id: 'SlowTitForTwoTats2',
  name: 'Slow Tit For Two Tats 2',
  description:
    'Cooperates twice; then copies the opponent when it played the same move twice in a row, otherwise repeats its own previous move.',
  citation: cite(REF.Prison1998, axl('titfortat.py', 'SlowTitForTwoTats2')),
  stochastic: false,
  memoryDepth: 2,
  create: stateless((h) => {
    const n = h.length;
    if (n < 2) return C;
    if (h.opp[n - 2] === h.opp[n - 1]) return h.opp[n - 1] as Action;
    return h.own[n - 1] as Action;
  }),
};
