import { C, D, type Action, type Strategy } from '../player.ts';
import { axl, cite, REF } from './references.ts';

export const prober2: Strategy = {
  id: 'Prober2',
  name: 'Prober 2',
  description:
    'Plays D, C, C; if the opponent played D then C on moves 2 and 3 it cooperates forever, otherwise it plays Tit For Tat.',
  citation: cite(REF.Prison1998, axl('prober.py', 'Prober2')),
  stochastic: false,
  memoryDepth: Infinity,
  create: () => ({
    next(h) {
      const n = h.length;
      if (n === 0) return D;
      if (n < 3) return C;
      if (h.opp[1] === D && h.opp[2] === C) return C;
      return h.opp[n - 1] as Action;
    },
  }),
};
