import { C, stateless, type Action, type Strategy } from '../player.ts';
import { axl, cite, REF } from './references.ts';

export const titForTat: Strategy = {
  id: 'TitForTat',
  name: 'Tit For Tat',
  aliases: ['TFT', "Rapoport's strategy"],
  description: "Cooperates on the first move, then copies the opponent's previous move.",
  citation: cite(REF.Axelrod1980, axl('titfortat.py', 'TitForTat')),
  stochastic: false,
  memoryDepth: 1,
  create: stateless((h) => (h.length === 0 ? C : (h.opp[h.length - 1] as Action))),
};
