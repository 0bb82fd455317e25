import { C, D, type Strategy } from '../player.ts';
import { axl, cite } from './references.ts';

/** Retaliates with N defections once the opponent has defected M times in a row. */
export function nTitsForMTats(N = 3, M = 2): Strategy {
  const dflt = N === 3 && M === 2;
  return {
    id: dflt ? 'NTitsForMTats' : `NTitsForMTats(${N},${M})`,
    name: `N Tit(s) For M Tat(s): ${N}, ${M}`,
    aliases: dflt ? ['N Tit(s) For M Tat(s)'] : [],
    description: `Answers ${M} consecutive defections by the opponent with ${N} defections; otherwise cooperates.`,
    citation: cite('Original name by Marc Harper', axl('titfortat.py', 'NTitsForMTats')),
    stochastic: false,
    memoryDepth: Math.max(N, M),
    create: () => {
      let retaliate = 0;
      return {
        next(h) {
          const n = h.length;
          let triggered = M === 0;
          if (!triggered && n >= M) {
            triggered = true;
            for (let k = n - M; k < n; k++) if (h.opp[k] !== D) triggered = false;
          }
          if (triggered) retaliate = N;
          if (retaliate > 0) {
            retaliate--;
            return D;
          }
          return C;
        },
      };
    },
  };
}

export const nTitsForMTatsDefault = nTitsForMTats();
