import { C, D, stateless, type Strategy } from '../player.ts';
import { axl, cite, REF } from './references.ts';

export const alternator: Strategy = {
  id: 'Alternator',
  name: 'Alternator',
  description: 'Cooperates first, then plays the opposite of its own previous (executed) move: C, D, C, D, ...',
  citation: cite(REF.Axelrod1984, REF.Mittal2009, axl('alternator.py', 'Alternator')),
  stochastic: false,
  memoryDepth: 1,
  create: stateless((h) => (h.length === 0 ? C : h.own[h.length - 1] === C ? D : C)),
};
