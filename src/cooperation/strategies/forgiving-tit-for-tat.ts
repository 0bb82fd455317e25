import { C, stateless, type Action, type Strategy } from '../player.ts';
import { axl, cite } from './references.ts';

export const forgivingTitForTat: Strategy = {
  id: 'ForgivingTitForTat',
  name: 'Forgiving Tit For Tat',
  description:
    'Cooperates while the opponent has defected in at most 10% of the moves; above that it plays Tit For Tat.',
  citation: cite('Original name by Thomas Campbell', axl('forgiver.py', 'ForgivingTitForTat')),
  stochastic: false,
  memoryDepth: Infinity,
  create: stateless((h) => (h.oppDefections * 10 > h.length ? (h.opp[h.length - 1] as Action) : C)),
};
