import { C, D, stateless, type Strategy } from '../player.ts';
import { axl, cite } from './references.ts';

export const forgiver: Strategy = {
  id: 'Forgiver',
  name: 'Forgiver',
  description: 'Cooperates unless the opponent has defected in more than 10% of the moves so far.',
  citation: cite('Original name by Thomas Campbell', axl('forgiver.py', 'Forgiver')),
  stochastic: false,
  memoryDepth: Infinity,
  create: stateless((h) => (h.oppDefections * 10 > h.length ? D : C)),
};
