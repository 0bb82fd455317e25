import { C, D, stateless, type Strategy } from '../player.ts';
import { axl, cite } from './references.ts';

export const oppositeGrudger: Strategy = {
  id: 'OppositeGrudger',
  name: 'Opposite Grudger',
  description: 'Defects until the opponent cooperates once, then cooperates for the rest of the match.',
  citation: cite('Original name by Geraint Palmer', axl('grudger.py', 'OppositeGrudger')),
  stochastic: false,
  memoryDepth: Infinity,
  create: stateless((h) => (h.length - h.oppDefections > 0 ? C : D)),
};
