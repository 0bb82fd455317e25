import { C, D, stateless, type Strategy } from '../player.ts';
import { axl, cite, REF } from './references.ts';

export const antiTitForTat: Strategy = {
  id: 'AntiTitForTat',
  name: 'Anti Tit For Tat',
  description: "Cooperates first, then plays the opposite of the opponent's previous move.",
  citation: cite(REF.Hilbe2013, axl('titfortat.py', 'AntiTitForTat')),
  stochastic: false,
  memoryDepth: 1,
  create: stateless((h) => (h.length > 0 && h.opp[h.length - 1] === C ? D : C)),
};
