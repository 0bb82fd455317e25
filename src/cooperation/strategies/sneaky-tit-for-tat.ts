import { C, D, stateless, type Action, type Strategy } from '../player.ts';
import { axl, cite } from './references.ts';

export const sneakyTitForTat: Strategy = {
  id: 'SneakyTitForTat',
  name: 'Sneaky Tit For Tat',
  description:
    'Cooperates twice, then defects while the opponent has never defected; once punished it repents (cooperates after a defection that answered its own), otherwise plays Tit For Tat.',
  citation: cite('Original name by Karol Langner', axl('titfortat.py', 'SneakyTitForTat')),
  stochastic: false,
  memoryDepth: Infinity,
  create: stateless((h) => {
    const n = h.length;
    if (n < 2) return C;
    if (h.oppDefections === 0) return D;
    if (h.opp[n - 1] === D && h.own[n - 2] === D) return C;
    return h.opp[n - 1] as Action;
  }),
};
