import type { Strategy } from '../player.ts';
import { namedMemoryOne } from './memory-one.ts';
import { axl, cite, REF } from './references.ts';

export const JOSS_VECTOR = [0.9, 0, 0.9, 0] as const;

export const firstByJoss: Strategy = namedMemoryOne(
  {
    id: 'FirstByJoss',
    name: 'First by Joss: 0.9',
    aliases: ['First by Joss', 'Joss'],
    description:
      'Tit For Tat that sneaks in a defection: after the opponent cooperates it cooperates only with probability 0.9. Seeded.',
    citation: cite(REF.Axelrod1980, axl('axelrod_first.py', 'FirstByJoss')),
    stochastic: true,
  },
  () => JOSS_VECTOR,
);
