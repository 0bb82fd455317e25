import { C, D, stateless, type Strategy } from '../player.ts';
import { axl, cite, REF } from './references.ts';

export const bully: Strategy = {
  id: 'Bully',
  name: 'Bully',
  aliases: ['Reverse Tit For Tat'],
  description: "Defects first, then plays the opposite of the opponent's previous move (the reverse of Tit For Tat).",
  citation: cite(REF.Nachbar1992, axl('titfortat.py', 'Bully')),
  stochastic: false,
  memoryDepth: 1,
  create: stateless((h) => (h.length > 0 && h.opp[h.length - 1] === D ? C : D)),
};
