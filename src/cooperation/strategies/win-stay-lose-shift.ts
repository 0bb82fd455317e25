import { C, D, stateless, type Strategy } from '../player.ts';
import { axl, cite, REF } from './references.ts';

export const winStayLoseShift: Strategy = {
  id: 'WinStayLoseShift',
  name: 'Win-Stay Lose-Shift',
  aliases: ['WSLS', 'Pavlov'],
  description:
    'Cooperates first; keeps its move after a good outcome (CC or DD) and switches after a bad one (CD or DC). Four-vector (1, 0, 0, 1).',
  citation: cite(REF.Nowak1993, REF.Kraines1989, axl('memoryone.py', 'WinStayLoseShift')),
  stochastic: false,
  memoryDepth: 1,
  create: stateless((h) => {
    const n = h.length;
    if (n === 0) return C;
    return h.own[n - 1] === h.opp[n - 1] ? C : D;
  }),
};
