import { C, D, type Action, type Strategy } from '../player.ts';
import { axl, cite, REF } from './references.ts';

export const omegaTFT: Strategy = {
  id: 'OmegaTFT',
  name: 'Omega TFT: 3, 8',
  aliases: ['Omega TFT'],
  description:
    'Tit For Tat that breaks C/D deadlock loops by cooperating (after 3 alternations) and defects for good once a randomness counter of the opponent reaches 8; built to cope with noise.',
  citation: cite(REF.Slany2007, axl('titfortat.py', 'OmegaTFT')),
  stochastic: false,
  memoryDepth: Infinity,
  create: () => {
    const deadlockThreshold = 3;
    const randomnessThreshold = 8;
    let randomness = 0;
    let deadlock = 0;
    return {
      next(h) {
        const n = h.length;
        if (n === 0) return C;
        const last = h.opp[n - 1] as Action;
        if (n === 1) return last;
        const prev = h.opp[n - 2];
        let move: Action;
        if (deadlock >= deadlockThreshold) {
          move = C;
          deadlock = deadlock === deadlockThreshold ? deadlockThreshold + 1 : 0;
        } else {
          if (prev === C && last === C) randomness--;
          if (prev !== last) randomness++;
          if (h.own[n - 1] !== last) randomness++;
          if (randomness >= randomnessThreshold) {
            move = D;
          } else {
            move = last;
            if (prev !== last) deadlock++;
            else deadlock = 0;
          }
        }
        return move;
      },
    };
  },
};
