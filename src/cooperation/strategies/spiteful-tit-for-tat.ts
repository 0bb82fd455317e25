import { C, D, type Action, type Strategy } from '../player.ts';
import { axl, cite, REF } from './references.ts';

export const spitefulTitForTat: Strategy = {
  id: 'SpitefulTitForTat',
  name: 'Spiteful Tit For Tat',
  description: 'Plays Tit For Tat until the opponent defects twice in a row, then defects for the rest of the match.',
  citation: cite(REF.Prison1998, axl('titfortat.py', 'SpitefulTitForTat')),
  stochastic: false,
  memoryDepth: Infinity,
  create: () => {
    let retaliating = false;
    return {
      next(h) {
        const n = h.length;
        if (n === 0) return C;
        if (n >= 2 && h.opp[n - 1] === D && h.opp[n - 2] === D) retaliating = true;
        return retaliating ? D : (h.opp[n - 1] as Action);
      },
    };
  },
};
