import type { Strategy } from '../player.ts';
import { namedMemoryOne } from './memory-one.ts';
import { axl, cite, REF } from './references.ts';

export const firmButFair: Strategy = namedMemoryOne(
  {
    id: 'FirmButFair',
    name: 'Firm But Fair',
    description:
      'Cooperates except after receiving the sucker payoff (C against D); after mutual defection it cooperates with probability 2/3. Seeded.',
    citation: cite(REF.Frean1994, axl('memoryone.py', 'FirmButFair')),
    stochastic: true,
  },
  () => [1, 0, 1, 2 / 3],
);
