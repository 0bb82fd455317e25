import { C, D, type Action, type Strategy } from '../player.ts';
import { axl, cite, REF } from './references.ts';

export const prober3: Strategy = {
  id: 'Prober3',
  name: 'Prober 3',
  description: 'Plays D, C; if the opponent cooperated on move 2 it defects forever, otherwise it plays Tit For Tat.',
  citation: cite(REF.Prison1998, axl('prober.py', 'Prober3')),
  stochastic: false,
  memoryDepth: Infinity,
  create: () => ({
    next(h) {
      const n = h.length;
      if (n === 0) return D;
      if (n === 1) return C;
      if (h.opp[1] === C) return D;
      return h.opp[n - 1] as Action;
    },
  }),
};
