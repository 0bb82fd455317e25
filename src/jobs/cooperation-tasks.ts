/**
 * Task kinds of cooperation tournaments:
 *
 * - `cooperation.tournament-chunk`: play a range of a tournament's pairs (indices into
 *   `tournamentPairs`) and return their raw outcomes packed in one Float64Array (moved, not
 *   copied). Match seeds derive from the spec's seed, the pair and the repetition, so a chunk's
 *   numbers do not depend on which thread plays it or when.
 * - `cooperation.joint-vs-unilateral`: the next matches of the joint-versus-unilateral series
 *   (the mean payoff per turn of a player who cooperated and of one who defected), added to the
 *   running sums it is given. The caller chains these steps in order, so the sums are added in
 *   exactly the order one thread would add them (bit-identical, whatever the payoffs).
 *
 * Browser-safe.
 */
import { deriveSeed } from '../core/index.ts';
import {
  emptyRaw,
  MatchEngine,
  packRaw,
  playMatch,
  playPairs,
  resolveStrategies,
  scoreTurn,
  specStrategies,
  type Game,
  type Strategy,
  type TournamentSpec,
} from '../cooperation/index.ts';
import { LruCache } from './cache.ts';
import { defineTask } from './task.ts';

export interface TournamentChunkInput {
  spec: TournamentSpec;
  /** First pair index of the chunk and how many pairs follow it. */
  start: number;
  count: number;
}

/** Strategies resolved per list of ids (a worker serves chunks of several tournaments). */
const strategiesById = new LruCache<string, Strategy[]>(8);
const engine = new MatchEngine();

export const tournamentChunk = defineTask<TournamentChunkInput, Float64Array<ArrayBuffer>>({
  run({ spec, start, count }) {
    const strategies = strategiesById.get(spec.strategies.join('\u0000'), () => specStrategies(spec));
    const pairs = Array.from({ length: count }, (_, k) => start + k);
    const raw = emptyRaw(count * spec.repetitions);
    playPairs(spec, strategies, pairs, raw, 0, engine);
    return packRaw(raw);
  },
  transfer: (data) => [data.buffer],
});

/** Running sums of the joint-versus-unilateral series, one slot per turn. */
export interface JointSums {
  joint: Float64Array<ArrayBuffer>;
  unilateral: Float64Array<ArrayBuffer>;
  nJ: Float64Array<ArrayBuffer>;
  nU: Float64Array<ArrayBuffer>;
}

export interface JointStepInput {
  /** Strategy names as the request gave them. */
  strategies: string[];
  game: Game;
  turns: number;
  noise: number;
  misread: number;
  probEnd: number;
  seed: number;
  /** The next matches to play: [row player, column player] indices into `strategies`. */
  matches: [number, number][];
  sums: JointSums;
}

export function emptyJointSums(turns: number): JointSums {
  return {
    joint: new Float64Array(turns),
    unilateral: new Float64Array(turns),
    nJ: new Float64Array(turns),
    nU: new Float64Array(turns),
  };
}

const strategiesByName = new LruCache<string, Strategy[]>(8);

export const jointVsUnilateralStep = defineTask<JointStepInput, JointSums>({
  run(p) {
    const strategies = strategiesByName.get(p.strategies.join('\u0000'), () => resolveStrategies(p.strategies));
    const sums = p.sums;
    for (const [i, j] of p.matches) {
      const m = playMatch(strategies[i], strategies[j], {
        turns: p.turns,
        noise: p.noise,
        misread: p.misread,
        probEnd: p.probEnd,
        game: p.game,
        seed: deriveSeed(p.seed, 'joint-vs-unilateral', i, j),
      });
      for (let t = 0; t < m.turns && t < p.turns; t++) {
        const a = m.actions[0][t];
        const b = m.actions[1][t];
        const [pa, pb] = scoreTurn(p.game, a, b);
        for (const [act, pay] of [
          [a, pa],
          [b, pb],
        ] as const) {
          if (act === 0) {
            sums.joint[t] += pay;
            sums.nJ[t]++;
          } else {
            sums.unilateral[t] += pay;
            sums.nU[t]++;
          }
        }
      }
    }
    return sums;
  },
  transfer: (s) => [s.joint.buffer, s.unilateral.buffer, s.nJ.buffer, s.nU.buffer],
});
