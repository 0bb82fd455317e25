/**
 * Cyclers repeat a fixed sequence of moves whatever the opponent does (Axelrod's `Cycler(cycle)`,
 * display name `Cycler CCD`). Also stands in for Axelrod's test `MockPlayer(actions=...)`, which
 * plays a given sequence cyclically.
 */
import { CgError, problem } from '../../core/index.ts';
import { C, D, type Action, type Strategy } from '../player.ts';
import { axl, cite, REF } from './references.ts';

export function parseCycle(cycle: string): Action[] {
  const s = cycle.trim().toUpperCase();
  if (!/^[CD]+$/.test(s)) {
    throw new CgError(problem('invalid_cycle', { cycle }, { path: ['cycle'] }));
  }
  return [...s].map((ch) => (ch === 'C' ? C : D));
}

export function cycler(cycle: string): Strategy {
  const moves = parseCycle(cycle);
  const text = moves.map((a) => (a === C ? 'C' : 'D')).join('');
  const named = ['CCD', 'DC', 'DDC', 'CCCD', 'CCCCCD'].includes(text);
  const len = moves.length;
  return {
    id: named ? `Cycler${text}` : `Cycler(${text})`,
    name: `Cycler ${text}`,
    aliases: [`MockPlayer(cycle=${text})`],
    description: `Plays ${text} over and over, ignoring the opponent.`,
    citation:
      named && (text === 'CCD' || text === 'DDC')
        ? cite(REF.Mittal2009, axl('cycler.py', `Cycler${text}`))
        : cite('Original name by Marc Harper', axl('cycler.py', 'Cycler')),
    stochastic: false,
    memoryDepth: len - 1,
    create: () => ({ next: (h) => moves[h.length % len] }),
  };
}

export const cyclerCCD = cycler('CCD');
export const cyclerDC = cycler('DC');
export const cyclerDDC = cycler('DDC');
export const cyclerCCCD = cycler('CCCD');
export const cyclerCCCCCD = cycler('CCCCCD');
