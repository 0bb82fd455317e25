import { C, D, stateless, type Strategy } from '../player.ts';
import { axl, cite, REF } from './references.ts';

export const suspiciousTitForTat: Strategy = {
  id: 'SuspiciousTitForTat',
  name: 'Suspicious Tit For Tat',
  aliases: ['STFT', 'Mistrust'],
  description: "Defects on the first move, then copies the opponent's previous move.",
  citation: cite(REF.Hilbe2013, REF.Beaufils1997, axl('titfortat.py', 'SuspiciousTitForTat')),
  stochastic: false,
  memoryDepth: 1,
  create: stateless((h) => (h.length > 0 && h.opp[h.length - 1] === C ? C : D)),
};
