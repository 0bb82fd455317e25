import { C, D, type Strategy } from '../player.ts';
import { axl, cite, REF } from './references.ts';

export const originalGradual: Strategy = {
  id: 'OriginalGradual',
  name: 'Original Gradual',
  description:
    "Beaufils et al.'s Gradual as published: punishes the n-th punished defection with n defections, then cooperates twice; defections during punishment or calming are not counted. Reproduces the scores of Beaufils et al. (1997).",
  citation: cite(REF.Beaufils1997, axl('titfortat.py', 'OriginalGradual')),
  stochastic: false,
  memoryDepth: Infinity,
  create: () => {
    let calming = false;
    let punishing = false;
    let count = 0;
    let limit = 0;
    return {
      next(h) {
        if (calming) {
          calming = false;
          return C;
        }
        if (punishing) {
          if (count < limit) {
            count++;
            return D;
          }
          calming = true;
          punishing = false;
          count = 0;
          return C;
        }
        if (h.length > 0 && h.opp[h.length - 1] === D) {
          punishing = true;
          count++;
          limit++;
          return D;
        }
        return C;
      },
    };
  },
};
