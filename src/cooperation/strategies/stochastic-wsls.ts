import type { Strategy } from '../player.ts';
import { namedMemoryOne } from './memory-one.ts';
import { axl, cite } from './references.ts';

export const stochasticWSLS: Strategy = namedMemoryOne(
  {
    id: 'StochasticWSLS',
    name: 'Stochastic WSLS: 0.05',
    aliases: ['Stochastic WSLS'],
    description: 'Win-Stay Lose-Shift that errs with probability 0.05: four-vector (0.95, 0.05, 0.05, 0.95). Seeded.',
    citation: cite('Original name by Marc Harper', axl('memoryone.py', 'StochasticWSLS')),
    stochastic: true,
  },
  () => [0.95, 0.05, 0.05, 0.95],
);
