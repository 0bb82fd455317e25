import { C, D, type Action, type Strategy } from '../player.ts';
import { axl, cite, REF } from './references.ts';

const PUNISHMENT: readonly Action[] = [D, D, D, C, C];

export const softGrudger: Strategy = {
  id: 'SoftGrudger',
  name: 'Soft Grudger',
  description: 'Cooperates; answers a defection with D, D, D, D, C, C and then cooperates again.',
  citation: cite(REF.Li2011, axl('grudger.py', 'SoftGrudger')),
  stochastic: false,
  memoryDepth: 6,
  create: () => {
    let grudged = false;
    let memory = 0;
    return {
      next(h) {
        if (grudged) {
          const a = PUNISHMENT[memory];
          memory++;
          if (memory === PUNISHMENT.length) {
            memory = 0;
            grudged = false;
          }
          return a;
        }
        if (h.length > 0 && h.opp[h.length - 1] === D) {
          grudged = true;
          return D;
        }
        return C;
      },
    };
  },
};
