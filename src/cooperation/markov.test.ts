import { describe, expect, it } from 'vitest';
import { axelrodCsv } from './testing.ts';
import { STANDARD_PAYOFFS } from './game.ts';
import { memoryOneLongRun } from './markov.ts';
import { playMatch } from './match.ts';
import { resolveStrategy } from './strategies/index.ts';
import type { FourVector } from './strategies/memory-one.ts';

const rows = axelrodCsv('noise_longrun_payoffs.csv');
const VECTORS: Record<string, FourVector> = {
  TitForTat: [1, 0, 1, 0],
  WinStayLoseShift: [1, 0, 0, 1],
  GTFT: [1, 1 / 3, 1, 1 / 3],
  Defector: [0, 0, 0, 0],
};

describe('noise_longrun_payoffs.csv', () => {
  it('has 27 rows', () => expect(rows.length).toBe(27));

  it.each(rows.map((r) => [r.player1, r.player2, r.noise, r] as const))(
    '%s v %s, noise %s: simulated long-run payoff within the README tolerance (0.015)',
    (p1, p2, e, r) => {
      const s1 = resolveStrategy(p1);
      const s2 = resolveStrategy(p2);
      // 5 matches of 100,000 turns (Axelrod's figures: 5 of 20,000).
      let u1 = 0;
      let u2 = 0;
      const reps = 5;
      const turns = 100_000;
      for (let k = 0; k < reps; k++) {
        const m = playMatch(s1, s2, { turns, noise: Number(e), seed: 1000 + k });
        u1 += m.scores[0] / turns / reps;
        u2 += m.scores[1] / turns / reps;
      }
      expect(Math.abs(u1 - Number(r.analytic_payoff_per_turn_p1))).toBeLessThan(0.015);
      expect(Math.abs(u2 - Number(r.analytic_payoff_per_turn_p2))).toBeLessThan(0.015);
    },
  );

  it.each(rows.map((r) => [r.player1, r.player2, r.noise, r] as const))(
    '%s v %s, noise %s: stationary distribution matches the analytic columns',
    (p1, p2, e, r) => {
      const lr = memoryOneLongRun(VECTORS[p1], VECTORS[p2], Number(e), STANDARD_PAYOFFS);
      const expected = [r.analytic_p_CC, r.analytic_p_CD, r.analytic_p_DC, r.analytic_p_DD].map(Number);
      lr.distribution.forEach((x, k) => expect(x).toBeCloseTo(expected[k], 6));
      expect(lr.payoffs[0]).toBeCloseTo(Number(r.analytic_payoff_per_turn_p1), 5);
      expect(lr.payoffs[1]).toBeCloseTo(Number(r.analytic_payoff_per_turn_p2), 5);
    },
  );
});
