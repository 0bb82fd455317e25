import { C, D, type Strategy } from '../player.ts';
import { axl, cite } from './references.ts';

export const forgetfulGrudger: Strategy = {
  id: 'ForgetfulGrudger',
  name: 'Forgetful Grudger',
  description:
    'Defects after each opponent defection and keeps defecting until it has defected 10 times in a row, then forgets the grudge (a new defection restarts it).',
  citation: cite('Original name by Geraint Palmer', axl('grudger.py', 'ForgetfulGrudger')),
  stochastic: false,
  memoryDepth: 10,
  create: () => {
    const memLength = 10;
    let grudged = false;
    let memory = 0;
    return {
      next(h) {
        if (memory === memLength) {
          memory = 0;
          grudged = false;
        }
        if (h.length > 0 && h.opp[h.length - 1] === D) grudged = true;
        if (grudged) {
          memory++;
          return D;
        }
        return C;
      },
    };
  },
};
