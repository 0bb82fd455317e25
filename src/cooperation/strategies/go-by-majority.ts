/**
 * Go By Majority (Axelrod's `GoByMajority(memory_depth, soft)`): defects when the opponent has
 * defected more often than it has cooperated, within the last `memory` moves (all moves when
 * memory is infinite). On a tie the soft version cooperates and the hard version defects.
 * Display names follow Axelrod: "Soft Go By Majority", "Hard Go By Majority: 10", ...
 */
import { C, D, type Strategy } from '../player.ts';
import { axl, cite, REF } from './references.ts';

export function goByMajority(memory: number = Infinity, soft = true): Strategy {
  const finite = Number.isFinite(memory) && memory > 0;
  const suffix = finite ? `: ${memory}` : '';
  const kind = soft ? 'Soft' : 'Hard';
  const id = soft
    ? finite
      ? `GoByMajority${memory}`
      : 'GoByMajority'
    : finite
      ? `HardGoByMajority${memory}`
      : 'HardGoByMajority';
  return {
    id,
    name: `${kind} Go By Majority${suffix}`,
    aliases: finite
      ? [`${soft ? '' : 'Hard '}Go By Majority ${memory}`]
      : soft
        ? ['Go By Majority', 'Soft Majority', 'Grisell']
        : ['Hard Majority'],
    description: `${soft ? 'Cooperates' : 'Defects'} on a tie; otherwise plays the opponent's majority move over ${finite ? `its last ${memory} moves` : 'the whole match'}.`,
    citation: cite(REF.Axelrod1984, REF.Mittal2009, axl('gobymajority.py', id)),
    stochastic: false,
    memoryDepth: finite ? memory : Infinity,
    create: () => ({
      next(h) {
        const n = h.length;
        let defections: number;
        let window: number;
        if (finite && n > memory) {
          defections = 0;
          for (let k = n - memory; k < n; k++) defections += h.opp[k];
          window = memory;
        } else {
          defections = h.oppDefections;
          window = n;
        }
        const cooperations = window - defections;
        if (defections > cooperations) return D;
        if (defections === cooperations) return soft ? C : D;
        return C;
      },
    }),
  };
}

export const softGoByMajority = goByMajority();
export const hardGoByMajority = goByMajority(Infinity, false);
export const goByMajorityMemoryVariants: Strategy[] = [5, 10, 20, 40].flatMap((m) => [
  goByMajority(m, true),
  goByMajority(m, false),
]);
