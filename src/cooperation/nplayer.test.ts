import { describe, expect, it } from 'vitest';
import { STANDARD_PAYOFFS, symmetricGame, ownPayoff } from './game.ts';
import { actionString, playMatch } from './match.ts';
import { linearNPlayerGame, playNPlayerMatch, playNPlayerTournament } from './nplayer.ts';
import { resolveStrategy, STRATEGIES } from './strategies/index.ts';

const S = (n: string) => resolveStrategy(n);

describe('n-party game', () => {
  it('the linear payoff is the mean of the two-party payoffs against each other party (all 2^3 profiles)', () => {
    const g = linearNPlayerGame(['us', 'mexico', 'canada'], STANDARD_PAYOFFS);
    for (let mask = 0; mask < 8; mask++) {
      const a = [0, 1, 2].map((i) => (mask >> i) & 1);
      for (let i = 0; i < 3; i++) {
        const others = [0, 1, 2].filter((j) => j !== i);
        const k = others.filter((j) => a[j] === 0).length;
        const table = a[i] === 0 ? g.payoffs[i].cooperate : g.payoffs[i].defect;
        const mean = others.reduce((s, j) => s + ownPayoff(STANDARD_PAYOFFS, a[i], a[j]), 0) / 2;
        expect(table[k]).toBeCloseTo(mean, 12);
      }
    }
  });

  it('with two parties it is exactly the two-party match (every pair of 19 strategies incl. stochastic ones, with noise and misreads)', () => {
    const g = linearNPlayerGame(['a', 'b'], STANDARD_PAYOFFS);
    const ss = [...STRATEGIES.slice(0, 15), S('GTFT'), S('Random'), S('Calculator'), S('Firm But Fair')];
    for (const s1 of ss) {
      for (const s2 of ss) {
        const opts = { turns: 30, noise: 0.1, misread: 0.1, seed: 17 };
        const two = playMatch(s1, s2, { ...opts, game: symmetricGame() });
        const n = playNPlayerMatch(g, [s1, s2], opts);
        expect(n.actions).toEqual([actionString(two.actions[0]), actionString(two.actions[1])]);
        expect(n.scores).toEqual(two.scores);
      }
    }
  });

  it('quorum: Tit For Tat reads the group as cooperative only when enough others acted jointly', () => {
    const g = linearNPlayerGame(['us', 'mexico', 'canada'], STANDARD_PAYOFFS);
    const strict = playNPlayerMatch(g, [S('Tit For Tat'), S('Defector'), S('Cooperator')], { turns: 4 });
    expect(strict.actions).toEqual(['CDDD', 'DDDD', 'CCCC']);
    const lenient = playNPlayerMatch(g, [S('Tit For Tat'), S('Defector'), S('Cooperator')], { turns: 4, quorum: 1 });
    expect(lenient.actions[0]).toBe('CCCC');
    // Scores: TFT with one joint partner and one unilateral one: (R + S)/2 per turn while cooperating.
    expect(lenient.scores[0]).toBe(4 * 1.5);
  });

  it('misreads only change what a party sees, scores use the true actions', () => {
    const g = linearNPlayerGame(['us', 'mexico', 'canada'], STANDARD_PAYOFFS);
    const r = playNPlayerMatch(g, [S('Cooperator'), S('Cooperator'), S('Grudger')], {
      turns: 50,
      misread: 0.2,
      seed: 3,
    });
    expect(r.actions[0]).toBe('C'.repeat(50));
    expect(r.actions[2]).toMatch(/^C+D+$/); // the grudger eventually misreads and then never forgives
    expect(r.scores[0]).toBeLessThan(150);
  });

  it('a three-party tournament ranks every strategy over all groups, reproducibly', () => {
    const g = linearNPlayerGame(['us', 'mexico', 'canada'], STANDARD_PAYOFFS);
    const ss = ['Tit For Tat', 'Defector', 'Cooperator', 'Grudger', 'Win-Stay Lose-Shift'].map(S);
    const a = playNPlayerTournament(g, ss, { turns: 50, repetitions: 2, noise: 0.05, seed: 1 });
    const b = playNPlayerTournament(g, ss, { turns: 50, repetitions: 2, noise: 0.05, seed: 1 });
    expect(a).toEqual(b);
    expect(a).toHaveLength(5);
    for (const r of a) expect(r.groups).toBe(6); // C(4, 2) groups per strategy
    expect(a.map((r) => r.meanScore)).toEqual([...a.map((r) => r.meanScore)].sort((x, y) => y - x));
  });
});
