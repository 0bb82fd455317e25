import type { OwnPayoffs, Strategy } from '../player.ts';
import { namedMemoryOne, type FourVector } from './memory-one.ts';
import { axl, cite, REF } from './references.ts';

/** Nowak & Sigmund's generosity for a game: min(1 - (T-R)/(R-S), (R-P)/(T-P)); 1/3 for 3,0,5,1. */
export function gtftGenerosity(g: OwnPayoffs): number {
  const a = g.R - g.S === 0 ? 0 : 1 - (g.T - g.R) / (g.R - g.S);
  const b = g.T - g.P === 0 ? 0 : (g.R - g.P) / (g.T - g.P);
  return Math.min(1, Math.max(0, Math.min(a, b)));
}

/** Generous Tit For Tat with a fixed generosity p (probability of cooperating after a defection). */
export function gtft(p?: number): Strategy {
  const vector = (g: OwnPayoffs): FourVector => {
    const q = p ?? gtftGenerosity(g);
    return [1, q, 1, q];
  };
  return namedMemoryOne(
    {
      id: p === undefined ? 'GTFT' : `GTFT(${p})`,
      name: p === undefined ? 'GTFT' : `GTFT: ${p}`,
      aliases: p === undefined ? ['Generous Tit For Tat', 'Generous TFT'] : [],
      description:
        "Tit For Tat that forgives: after the opponent's defection it still cooperates with probability p = min(1 - (T-R)/(R-S), (R-P)/(T-P)) (1/3 for the standard game). Seeded.",
      citation: cite(REF.Nowak1992, axl('memoryone.py', 'GTFT')),
      stochastic: true,
    },
    vector,
  );
}

export const generousTitForTat: Strategy = gtft();
