import { C, D, stateless, type Strategy } from '../player.ts';
import { axl, cite, REF } from './references.ts';

export const hardTitForTat: Strategy = {
  id: 'HardTitForTat',
  name: 'Hard Tit For Tat',
  description: 'Cooperates first; defects if the opponent defected in any of its last three moves.',
  citation: cite(REF.PD2017, axl('titfortat.py', 'HardTitForTat')),
  stochastic: false,
  memoryDepth: 3,
  create: stateless((h) => {
    const n = h.length;
    for (let k = Math.max(0, n - 3); k < n; k++) if (h.opp[k] === D) return D;
    return C;
  }),
};
