import { C, D, stateless, type Strategy } from '../player.ts';
import { axl, cite, REF } from './references.ts';

export const titFor2Tats: Strategy = {
  id: 'TitFor2Tats',
  name: 'Tit For 2 Tats',
  aliases: ['TF2T', 'Tit For Two Tats'],
  description: 'Cooperates unless the opponent defected on both of the last two moves.',
  citation: cite(REF.Axelrod1984, axl('titfortat.py', 'TitFor2Tats')),
  stochastic: false,
  memoryDepth: 2,
  create: stateless((h) => (h.length >= 2 && h.opp[h.length - 1] === D && h.opp[h.length - 2] === D ? D : C)),
};
