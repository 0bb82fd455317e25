import { C, D, stateless, type Strategy } from '../player.ts';
import { axl, cite, REF } from './references.ts';

export const grudgerAlternator: Strategy = {
  id: 'GrudgerAlternator',
  name: 'GrudgerAlternator',
  description: 'Cooperates until the opponent defects once, then alternates D and C for the rest of the match.',
  citation: cite(REF.Prison1998, axl('grudger.py', 'GrudgerAlternator')),
  stochastic: false,
  memoryDepth: Infinity,
  create: stateless((h) => (h.oppDefections > 0 && h.own[h.length - 1] === C ? D : C)),
};
