import { C, D, type Strategy } from '../player.ts';
import { axl, cite, REF } from './references.ts';

export const gradual: Strategy = {
  id: 'Gradual',
  name: 'Gradual',
  description:
    "Answers the opponent's defection with as many defections as the opponent has made in total, then cooperates twice to calm down (the CRISTAL-SMAC version; the punishment count includes defections made during punishment).",
  citation: cite(REF.Cristal2018, axl('titfortat.py', 'Gradual')),
  stochastic: false,
  memoryDepth: Infinity,
  create: () => {
    let calm = 0;
    let punish = 0;
    return {
      next(h) {
        const n = h.length;
        if (n === 0) return C;
        if (punish > 0) {
          punish--;
          return D;
        }
        if (calm > 0) {
          calm--;
          return C;
        }
        if (h.opp[n - 1] === D) {
          punish = h.oppDefections - 1;
          calm = 2;
          return D;
        }
        return C;
      },
    };
  },
};
