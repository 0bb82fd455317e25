import { C, D, stateless, type Strategy } from '../player.ts';
import { axl, cite, REF } from './references.ts';

export const hardTitFor2Tats: Strategy = {
  id: 'HardTitFor2Tats',
  name: 'Hard Tit For 2 Tats',
  description:
    'Cooperates first; defects if the opponent played two consecutive defections within its last three moves.',
  citation: cite(REF.Stewart2012, axl('titfortat.py', 'HardTitFor2Tats')),
  stochastic: false,
  memoryDepth: 3,
  create: stateless((h) => {
    const n = h.length;
    for (let k = Math.max(0, n - 3); k + 1 < n; k++) if (h.opp[k] === D && h.opp[k + 1] === D) return D;
    return C;
  }),
};
