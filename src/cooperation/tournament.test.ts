import { describe, expect, it } from 'vitest';
import { axelrodCsv } from './testing.ts';
import { symmetricGame } from './game.ts';
import { playMatch } from './match.ts';
import { resolveStrategy, STRATEGIES } from './strategies/index.ts';
import { playTournament } from './tournament.ts';

const rows = axelrodCsv('deterministic_tournaments.csv');
const byTournament = new Map<string, Record<string, string>[]>();
for (const r of rows) byTournament.set(r.tournament_id, [...(byTournament.get(r.tournament_id) ?? []), r]);

describe('Axelrod deterministic_tournaments.csv', () => {
  it('has 11 tournaments, 41 rows', () => {
    expect(byTournament.size).toBe(11);
    expect(rows.length).toBe(41);
  });
  it.each([...byTournament.entries()])('%s: scores per repetition and ranks', (_id, players) => {
    const first = players[0];
    const names = first.players_in_order.split(';');
    const [R, S, T, P] = first.game_RSTP.split(',').map(Number);
    const edges = first.edges
      ? first.edges.split(';').map((e) => e.split('-').map(Number) as [number, number])
      : undefined;
    const res = playTournament(
      names.map((n) => resolveStrategy(n)),
      {
        turns: Number(first.turns),
        repetitions: Number(first.repetitions),
        game: symmetricGame({ R, S, T, P }),
        edges,
      },
    );
    for (const row of players) {
      const i = Number(row.player_index);
      expect(res.players[i]).toBe(row.player_name);
      for (const s of res.scores[i]) expect(s).toBe(Number(row.total_score_per_repetition));
      expect(res.ranking.indexOf(i)).toBe(Number(row.rank));
    }
  });
});

describe('Axelrod generated_tournament_15x200x10.csv (seed 1)', () => {
  const expected = axelrodCsv('generated_tournament_15x200x10.csv');
  const order = [
    'Cooperator',
    'Defector',
    'Alternator',
    'TitForTat',
    'TitFor2Tats',
    'TwoTitsForTat',
    'SuspiciousTitForTat',
    'HardTitForTat',
    'Grudger',
    'ForgetfulGrudger',
    'WinStayLoseShift',
    'GoByMajority',
    'HardGoByMajority',
    'Prober',
    'OriginalGradual',
  ];
  const res = playTournament(
    order.map((n) => resolveStrategy(n)),
    { turns: 200, repetitions: 10, seed: 1 },
  );
  it('ranks the 15 players exactly as Axelrod', () => {
    expect(res.rankedNames).toEqual(expected.map((r) => r.player_name));
  });
  it.each(expected.map((r) => [r.player_name, r] as const))(
    '%s: total, median normalised score, wins, cooperating rating',
    (name, r) => {
      const i = res.players.indexOf(name);
      expect(res.scores[i]).toEqual(new Array(10).fill(Number(r.total_score_per_repetition)));
      expect(res.summary[Number(r.rank)].medianScore).toBeCloseTo(Number(r.median_normalised_score), 6);
      expect(res.wins[i]).toEqual(new Array(10).fill(Number(r.wins_per_repetition)));
      expect(res.cooperatingRating[i]).toBeCloseTo(Number(r.cooperating_rating), 6);
    },
  );
});

describe('tournament rules', () => {
  it('payoff matrix holds per-turn match payoffs, self-play on the diagonal but out of the scores', () => {
    const names = ['Tit For Tat', 'Defector', 'Alternator'];
    const ss = names.map((n) => resolveStrategy(n));
    const res = playTournament(ss, { turns: 30, repetitions: 2 });
    for (let i = 0; i < 3; i++) {
      for (let j = 0; j < 3; j++) {
        const m = playMatch(ss[i], ss[j], { turns: 30 });
        expect(res.payoffMatrix[i][j]).toBeCloseTo(m.scores[0] / 30, 12);
      }
      const expectedTotal = [0, 1, 2]
        .filter((j) => j !== i)
        .reduce((a, j) => a + playMatch(ss[i], ss[j], { turns: 30 }).scores[0], 0);
      expect(res.scores[i]).toEqual([expectedTotal, expectedTotal]);
    }
  });

  it('a seeded noisy tournament is reproducible and the seed matters', () => {
    const ss = ['Tit For Tat', 'GTFT', 'Random', 'Win-Stay Lose-Shift'].map((n) => resolveStrategy(n));
    const a = playTournament(ss, { turns: 50, repetitions: 5, noise: 0.1, seed: 7 });
    const b = playTournament(ss, { turns: 50, repetitions: 5, noise: 0.1, seed: 7 });
    const c = playTournament(ss, { turns: 50, repetitions: 5, noise: 0.1, seed: 8 });
    expect(b.scores).toEqual(a.scores);
    expect(c.scores).not.toEqual(a.scores);
  });

  it('deterministic pairs reuse one match under a probabilistic end; each repetition is the prefix of its own length', () => {
    const ss = ['Tit For Tat', 'Alternator', 'Defector'].map((n) => resolveStrategy(n));
    const res = playTournament(ss, { probEnd: 0.1, repetitions: 6, seed: 3 });
    for (let r = 0; r < 6; r++) {
      for (let i = 0; i < 3; i++) {
        // The repetition's score recomputed from fresh matches of the sampled lengths.
        let total = 0;
        for (let j = 0; j < 3; j++) {
          if (j === i) continue;
          const L = res.matchLengths[r][i][j];
          expect(L).toBeGreaterThanOrEqual(1);
          total += playMatch(ss[i], ss[j], { turns: L }).scores[0];
        }
        expect(res.scores[i][r]).toBe(total);
      }
    }
    const lengths = new Set(res.matchLengths.map((m) => m[0][1]));
    expect(lengths.size).toBeGreaterThan(1);
  });

  it('asymmetric stage games: every pairing plays both roles, so the list order does not matter', () => {
    const game = { row: { R: 6, S: 0, T: 14, P: 2 }, col: { R: 3, S: 0, T: 5, P: 1 } };
    const names = ['Tit For Tat', 'Defector', 'Alternator', 'Grudger'];
    const ss = names.map((n) => resolveStrategy(n));
    const res = playTournament(ss, { turns: 20, repetitions: 2, game });
    const rev = playTournament([...ss].reverse(), { turns: 20, repetitions: 2, game });
    for (let i = 0; i < 4; i++) {
      let total = 0;
      for (let j = 0; j < 4; j++) {
        if (j === i) continue;
        total += playMatch(ss[i], ss[j], { turns: 20, game }).scores[0];
        total += playMatch(ss[j], ss[i], { turns: 20, game }).scores[1];
      }
      expect(res.scores[i]).toEqual([total, total]);
      expect(rev.scores[3 - i]).toEqual(res.scores[i]);
      expect(res.matchLengths[0][i][(i + 1) % 4]).toBe(40);
    }
  });

  it('every built-in strategy can play a short noisy tournament', () => {
    const res = playTournament(STRATEGIES, { turns: 20, repetitions: 1, noise: 0.05, misread: 0.05, seed: 1 });
    expect(res.ranking).toHaveLength(STRATEGIES.length);
    for (const row of res.normalisedScores) for (const v of row) expect(Number.isFinite(v)).toBe(true);
  });
});
