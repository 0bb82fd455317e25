import { C, D, stateless, type Strategy } from '../player.ts';
import { axl, cite, REF } from './references.ts';

export const twoTitsForTat: Strategy = {
  id: 'TwoTitsForTat',
  name: 'Two Tits For Tat',
  aliases: ['TTFT'],
  description:
    'Cooperates first and answers each defection with two defections (defects if the opponent defected in either of the last two moves).',
  citation: cite(REF.Axelrod1984, axl('titfortat.py', 'TwoTitsForTat')),
  stochastic: false,
  memoryDepth: 2,
  create: stateless((h) => {
    const n = h.length;
    return (n >= 1 && h.opp[n - 1] === D) || (n >= 2 && h.opp[n - 2] === D) ? D : C;
  }),
};
