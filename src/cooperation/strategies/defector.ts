import { D, stateless, type Strategy } from '../player.ts';
import { axl, cite, REF } from './references.ts';

export const defector: Strategy = {
  id: 'Defector',
  name: 'Defector',
  aliases: ['ALLD', 'Always Defect'],
  description: 'Always chooses unilateral action (defects).',
  citation: cite(REF.Axelrod1984, REF.Mittal2009, axl('defector.py', 'Defector')),
  stochastic: false,
  memoryDepth: 0,
  create: stateless(() => D),
};
