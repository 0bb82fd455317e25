import { C, D, stateless, type Strategy } from '../player.ts';
import { axl, cite, REF } from './references.ts';

export const grudger: Strategy = {
  id: 'Grudger',
  name: 'Grudger',
  aliases: ['Grim Trigger', 'Grim', "Friedman's strategy", 'Spite'],
  description: 'Cooperates until the opponent defects once, then defects for the rest of the match (grim trigger).',
  citation: cite(REF.Friedman1971, REF.Axelrod1980, REF.Li2011, axl('grudger.py', 'Grudger')),
  stochastic: false,
  memoryDepth: Infinity,
  create: stateless((h) => (h.oppDefections > 0 ? D : C)),
};
