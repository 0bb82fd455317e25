import { C, stateless, type Strategy } from '../player.ts';
import { axl, cite, REF } from './references.ts';

export const cooperator: Strategy = {
  id: 'Cooperator',
  name: 'Cooperator',
  aliases: ['ALLC', 'Always Cooperate'],
  description: 'Always chooses joint action (cooperates).',
  citation: cite(REF.Axelrod1984, REF.Mittal2009, axl('cooperator.py', 'Cooperator')),
  stochastic: false,
  memoryDepth: 0,
  create: stateless(() => C),
};
