import { C, D, type Action, type Strategy } from '../player.ts';
import { axl, cite, REF } from './references.ts';

export const hardProber: Strategy = {
  id: 'HardProber',
  name: 'Hard Prober',
  description:
    'Plays D, D, C, C; if the opponent cooperated on moves 2 and 3 it defects forever, otherwise it plays Tit For Tat.',
  citation: cite(REF.Prison1998, axl('prober.py', 'HardProber')),
  stochastic: false,
  memoryDepth: Infinity,
  create: () => ({
    next(h) {
      const n = h.length;
      if (n < 2) return D;
      if (n < 4) return C;
      if (h.opp[1] === C && h.opp[2] === C) return D;
      return h.opp[n - 1] as Action;
    },
  }),
};
