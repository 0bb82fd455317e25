import { C, D, type Strategy } from '../player.ts';
import { axl, cite, REF } from './references.ts';

export const adaptiveTitForTat: Strategy = {
  id: 'AdaptiveTitForTat',
  name: 'Adaptive Tit For Tat: 0.5',
  aliases: ['Adaptive Tit For Tat', 'ATFT'],
  description:
    'Keeps an image of the opponent, world in [0, 1] starting at 0.5, moved halfway towards 1 after its cooperation and towards 0 after its defection; cooperates while world >= 0.5.',
  citation: cite(REF.Tzafestas2000, axl('titfortat.py', 'AdaptiveTitForTat')),
  stochastic: false,
  memoryDepth: Infinity,
  create: () => {
    const rate = 0.5;
    let world = 0.5;
    return {
      next(h) {
        const n = h.length;
        if (n === 0) return C;
        if (h.opp[n - 1] === C) world += rate * (1 - world);
        else world -= rate * world;
        return world >= 0.5 ? C : D;
      },
    };
  },
};
