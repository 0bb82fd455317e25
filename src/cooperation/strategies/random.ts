import { randomChoice, type Strategy } from '../player.ts';
import { axl, cite, REF } from './references.ts';

/** Cooperates with probability p each turn (Axelrod's `Random(p)`, default p = 0.5). */
export function randomPlayer(p = 0.5): Strategy {
  return {
    id: p === 0.5 ? 'Random' : `Random(${p})`,
    name: `Random: ${p}`,
    aliases: p === 0.5 ? ['Random'] : [],
    description: `Cooperates with probability ${p} on every move, independently. Seeded.`,
    citation: cite(REF.Axelrod1980, axl('rand.py', 'Random')),
    stochastic: p > 0 && p < 1,
    memoryDepth: 0,
    create: (info) => {
      const rng = info.rng;
      return { next: () => randomChoice(rng, p) };
    },
  };
}

export const random: Strategy = randomPlayer();
