import { C, D, stateless, type Strategy } from '../player.ts';
import { axl, cite } from './references.ts';

export const aggravater: Strategy = {
  id: 'Aggravater',
  name: 'Aggravater',
  description: 'Grudger that defects on its first three moves whatever happens.',
  citation: cite('Original name by Thomas Campbell', axl('grudger.py', 'Aggravater')),
  stochastic: false,
  memoryDepth: Infinity,
  create: stateless((h) => (h.length < 3 || h.oppDefections > 0 ? D : C)),
};
