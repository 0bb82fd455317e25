import { C, D, type Action, type Strategy } from '../player.ts';
import { axl, cite, REF } from './references.ts';

export const contriteTitForTat: Strategy = {
  id: 'ContriteTitForTat',
  name: 'Contrite Tit For Tat',
  aliases: ['CTFT'],
  description:
    'Tit For Tat that notices when noise turned its own intended cooperation into a defection against a cooperating opponent; it then becomes contrite and does not retaliate until it has managed to cooperate. Without noise it plays exactly Tit For Tat.',
  citation: cite(REF.Axelrod1995, axl('titfortat.py', 'ContriteTitForTat (with TrackHistoryTransformer)')),
  stochastic: false,
  memoryDepth: 3,
  create: () => {
    let contrite = false;
    return {
      next(h) {
        const n = h.length;
        if (n === 0) return C;
        // Contrite and managed to cooperate: apologise.
        if (contrite && h.own[n - 1] === C) {
          contrite = false;
          return C;
        }
        // Noise flipped our own move, turning it into an unprovoked defection.
        if (h.intended[n - 1] !== h.own[n - 1] && h.own[n - 1] === D && h.opp[n - 1] === C) contrite = true;
        return h.opp[n - 1] as Action;
      },
    };
  },
};
