import { describe, expect, it } from 'vitest';
import { axelrodCsv } from './anchors.node.ts';
import { playMatch, actionString, sampleLength } from './match.ts';
import { resolveStrategy } from './strategies/index.ts';
import { symmetricGame } from './game.ts';

const matches = axelrodCsv('deterministic_matches.csv');
const pairwise = axelrodCsv('generated_pairwise_200turns.csv');

/** Axelrod's anchors name MockPlayer rows by display name; every other row by class name. */
function strategyOf(cls: string, name: string) {
  return resolveStrategy(cls === 'MockPlayer' || cls === 'MemoryOnePlayer' ? name : cls === 'GoByMajority' ? name : cls);
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
  it.each(pairwise.map((r, i) => [i, `${r.player1_name} v ${r.player2_name}`, r] as const))('pair %i (%s) reproduces actions, scores, cooperations', (_i, _n, r) => {
    const res = playMatch(resolveStrategy(r.player1_class), resolveStrategy(r.player2_class), { turns: 200 });
    expect(res.players).toEqual([r.player1_name, r.player2_name]);
    expect(actionString(res.actions[0])).toBe(r.player1_actions);
    expect(actionString(res.actions[1])).toBe(r.player2_actions);
    expect(res.scores).toEqual([Number(r.player1_score), Number(r.player2_score)]);
    expect(res.cooperations).toEqual([Number(r.player1_cooperations), Number(r.player2_cooperations)]);
  });
});
