import { describe, expect, it } from 'vitest';
import { axelrodCsv } from './testing.ts';
import { playMatch, actionString, matchLength, sampleLength, MAX_TURNS } from './match.ts';
import { CgError } from '../core/index.ts';
import { resolveStrategy } from './strategies/index.ts';
import { symmetricGame } from './game.ts';

const matches = axelrodCsv('deterministic_matches.csv');
const pairwise = axelrodCsv('generated_pairwise_200turns.csv');

/** Axelrod's anchors name MockPlayer rows by display name; every other row by class name. */
function strategyOf(cls: string, name: string) {
  return resolveStrategy(
    cls === 'MockPlayer' || cls === 'MemoryOnePlayer' ? name : cls === 'GoByMajority' ? name : cls,
  );
}

describe('Axelrod deterministic_matches.csv', () => {
  it('has 132 rows', () => expect(matches.length).toBe(132));
  it.each(matches.map((r) => [r.row_id, r] as const))('row %s reproduces actions and scores', (_id, r) => {
    const s1 = strategyOf(r.player1_class, r.player1_name);
    const s2 = strategyOf(r.player2_class, r.player2_name);
    const turns = Number(r.turns);
    const res = playMatch(s1, s2, { turns });
    expect(actionString(res.actions[0])).toBe(r.player1_actions);
    expect(actionString(res.actions[1])).toBe(r.player2_actions);
    expect(res.scores).toEqual([Number(r.player1_score), Number(r.player2_score)]);
  });
});

describe('Axelrod generated_pairwise_200turns.csv', () => {
  it('has 120 rows', () => expect(pairwise.length).toBe(120));
  it.each(pairwise.map((r, i) => [i, `${r.player1_name} v ${r.player2_name}`, r] as const))(
    'pair %i (%s) reproduces actions, scores, cooperations',
    (_i, _n, r) => {
      const res = playMatch(resolveStrategy(r.player1_class), resolveStrategy(r.player2_class), { turns: 200 });
      expect(res.players).toEqual([r.player1_name, r.player2_name]);
      expect(actionString(res.actions[0])).toBe(r.player1_actions);
      expect(actionString(res.actions[1])).toBe(r.player2_actions);
      expect(res.scores).toEqual([Number(r.player1_score), Number(r.player2_score)]);
      expect(res.cooperations).toEqual([Number(r.player1_cooperations), Number(r.player2_cooperations)]);
    },
  );
});

describe('match semantics beyond the anchors', () => {
  const S = (n: string) => resolveStrategy(n);
  it('noise flips the intended action and both players record the flip (noise 1 flips every move)', () => {
    const m = playMatch(S('Tit For Tat'), S('Tit For Tat'), { turns: 6, noise: 1 });
    // Intended C,C -> executed D,D; then each copies D -> intends D -> executed C; and so on.
    expect(actionString(m.actions[0])).toBe('DCDCDC');
    expect(actionString(m.actions[1])).toBe('DCDCDC');
    expect(m.scores).toEqual([12, 12]); // DD, CC, DD, CC, DD, CC
  });
  it("misreads change only the misreading player's view; scores use true actions", () => {
    const m = playMatch(S('Tit For Tat'), S('Cooperator'), { turns: 5, misread: [1, 0] });
    expect(actionString(m.perceived[0])).toBe('DDDDD'); // Tit For Tat sees Cooperator defect every time
    expect(actionString(m.actions[0])).toBe('CDDDD');
    expect(actionString(m.perceived[1])).toBe('CDDDD');
    expect(m.scores).toEqual([3 + 4 * 5, 3]);
  });
  it('noise and misread rates are realised at the stated probabilities', () => {
    const m = playMatch(S('Cooperator'), S('Cooperator'), { turns: 100_000, noise: 0.1, misread: 0.3, seed: 8 });
    expect(1 - m.cooperations[0] / 100_000).toBeCloseTo(0.1, 2);
    let flips = 0;
    for (let t = 0; t < 100_000; t++) if (m.perceived[0][t] !== m.actions[1][t]) flips++;
    expect(flips / 100_000).toBeCloseTo(0.3, 2);
  });
  it('Axelrod sample_length: ceil(ln(1-r)/ln(1-p)), and the mean match length is 1/p', () => {
    expect(sampleLength(0.5, 0.4)).toBe(1);
    expect(sampleLength(0.5, 0.8)).toBe(3);
    expect(sampleLength(1, 0.3)).toBe(1);
    expect(sampleLength(0, 0.3)).toBe(Infinity);
    let total = 0;
    for (let s = 0; s < 4000; s++) total += playMatch(S('Cooperator'), S('Defector'), { probEnd: 0.1, seed: s }).turns;
    expect(total / 4000).toBeGreaterThan(9.5);
    expect(total / 4000).toBeLessThan(10.5);
  });
  it('players are told the length only when it is fixed', () => {
    const seen: number[] = [];
    const probe = {
      ...S('Cooperator'),
      create: (info: { length: number }) => (seen.push(info.length), { next: () => 0 as const }),
    };
    playMatch(probe, S('Defector'), { turns: 7 });
    playMatch(probe, S('Defector'), { probEnd: 0.2 });
    expect(seen).toEqual([7, Infinity]);
  });
  it('rejects bad options with the option named', () => {
    expect(() => playMatch(S('tft'), S('tft'), { turns: 0 })).toThrow(/turns/);
    expect(() => playMatch(S('tft'), S('tft'), { noise: 1.5 })).toThrow(/noise/);
    expect(() => playMatch(S('tft'), S('tft'), { misread: -0.1 })).toThrow(/misread/);
    expect(() => playMatch(S('tft'), S('tft'), { turns: Infinity })).toThrow(/probEnd/);
  });
  it('refuses more turns than the engine can hold at once, and cuts a probabilistic end there', () => {
    let err: unknown;
    try {
      playMatch(S('tft'), S('alld'), { turns: MAX_TURNS + 1 });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(CgError);
    expect((err as CgError).problems[0]).toMatchObject({ code: 'invalid_turns', path: ['turns'] });
    // A continuation probability this close to 1 draws lengths far beyond the cap for most seeds.
    const drawn = [1, 2, 3, 4, 5].map((s) => matchLength(Infinity, 1e-12, s));
    expect(Math.max(...drawn)).toBe(MAX_TURNS);
    expect(drawn.every((n) => n >= 1 && n <= MAX_TURNS)).toBe(true);
    expect(matchLength(MAX_TURNS, 0, 1)).toBe(MAX_TURNS);
  });
  it('a different stage game changes scores, not moves of reactive players', () => {
    const g = symmetricGame({ R: 0, S: -1, T: 1, P: -10 });
    const m = playMatch(S('Tit For Tat'), S('Defector'), { turns: 3, game: g });
    expect(m.scores).toEqual([-1 - 20, 1 - 20]);
  });
});
