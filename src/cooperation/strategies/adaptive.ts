import { C, D, type Action, type Strategy } from '../player.ts';
import { ownPayoff } from '../game.ts';
import { axl, cite, REF } from './references.ts';

const OPENING: readonly Action[] = [C, C, C, C, C, C, D, D, D, D, D];

export const adaptive: Strategy = {
  id: 'Adaptive',
  name: 'Adaptive',
  description:
    'Opens with C x6 then D x5, then plays whichever action has earned it more in total so far (ties go to D).',
  citation: cite(REF.Li2011, axl('adaptive.py', 'Adaptive')),
  stochastic: false,
  memoryDepth: Infinity,
  create: (info) => {
    const g = info.game;
    let scoreC = 0;
    let scoreD = 0;
    return {
      next(h) {
        const n = h.length;
        if (n > 0) {
          const own = h.own[n - 1];
          const s = ownPayoff(g, own, h.opp[n - 1]);
          if (own === C) scoreC += s;
          else scoreD += s;
        }
        if (n < OPENING.length) return OPENING[n];
        return scoreC > scoreD ? C : D;
      },
    };
  },
};
