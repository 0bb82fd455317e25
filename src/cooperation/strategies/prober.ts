import { C, D, type Action, type Strategy } from '../player.ts';
import { axl, cite, REF } from './references.ts';

export const prober: Strategy = {
  id: 'Prober',
  name: 'Prober',
  description:
    'Plays D, C, C; if the opponent cooperated on moves 2 and 3 it defects forever, otherwise it plays Tit For Tat.',
  citation: cite(REF.Li2011, axl('prober.py', 'Prober')),
  stochastic: false,
  memoryDepth: Infinity,
  create: () => ({
    next(h) {
      const n = h.length;
      if (n === 0) return D;
      if (n < 3) return C;
      if (h.opp[1] === C && h.opp[2] === C) return D;
      return h.opp[n - 1] as Action;
    },
  }),
};
