/**
 * Each strategy's exact move sequences. Rows taken from Axelrod's own strategy tests
 * (axelrod/tests/strategies/test_*.py) are marked; the anchors CSV (match.test.ts) covers the
 * others. Opponents named MockPlayer play the given sequence cyclically.
 */
import { describe, expect, it } from 'vitest';
import { createRng } from '../../core/index.ts';
import { STANDARD_PAYOFFS } from '../game.ts';
import { actionString, playMatch } from '../match.ts';
import { C, D, type History, type Strategy } from '../player.ts';
import { closestStrategyNames, cycler, detectCycle, normaliseName, resolveStrategy, STRATEGIES } from './index.ts';

const S = (name: string) => resolveStrategy(name);
const mock = (seq: string) => cycler(seq);

/** Play and return both action strings. */
function versus(player: Strategy, opponent: Strategy, turns: number): [string, string] {
  const m = playMatch(player, opponent, { turns });
  return [actionString(m.actions[0]), actionString(m.actions[1])];
}

/** Axelrod-style expected actions: list of [own, opp] pairs as a string pair. */
function pairs(...ps: string[]): [string, string] {
  return [ps.map((p) => p[0]).join(''), ps.map((p) => p[1]).join('')];
}
const rep = (s: string, n: number) => s.repeat(n);

function history(own: string, opp: string, intended = own): History {
  const enc = (s: string) => Uint8Array.from([...s].map((c) => (c === 'C' ? C : D)));
  return {
    length: own.length,
    own: enc(own),
    opp: enc(opp),
    intended: enc(intended),
    ownDefections: [...own].filter((c) => c === 'D').length,
    oppDefections: [...opp].filter((c) => c === 'D').length,
  };
}

const info = { length: 200, game: STANDARD_PAYOFFS, noise: 0, rng: createRng(1) };

describe('strategy library', () => {
  it('has at least the 49 built-ins, each with a description and a citation', () => {
    expect(STRATEGIES.length).toBeGreaterThanOrEqual(49);
    for (const s of STRATEGIES) {
      expect(s.description.length).toBeGreaterThan(20);
      expect(s.citation).toMatch(/axelrod\/strategies\//);
    }
  });
  it('every name, class name and alias resolves to its own strategy, and no two strategies share one', () => {
    const seen = new Map<string, string>();
    for (const s of STRATEGIES) {
      for (const key of [s.id, s.name, ...(s.aliases ?? [])]) {
        expect(resolveStrategy(key).name).toBe(s.name);
        const k = normaliseName(key);
        if (seen.has(k)) expect(seen.get(k)).toBe(s.name);
        seen.set(k, s.name);
      }
    }
  });
  it('accepts names case-, space- and punctuation-insensitively and by abbreviation', () => {
    expect(S('tit for tat').name).toBe('Tit For Tat');
    expect(S('TITFORTAT').name).toBe('Tit For Tat');
    expect(S('tft').name).toBe('Tit For Tat');
    expect(S('win stay lose shift').name).toBe('Win-Stay Lose-Shift');
    expect(S('grim trigger').name).toBe('Grudger');
    expect(S('Go By Majority').name).toBe('Soft Go By Majority');
    expect(S('Generous Tit For Tat').name).toBe('GTFT');
    // "TFT" for "Tit For Tat" inside a name, as the README and the literature write them.
    expect(S('Spiteful TFT').name).toBe('Spiteful Tit For Tat');
    expect(S('Contrite TFT').name).toBe('Contrite Tit For Tat');
    expect(S('suspicious tft').name).toBe('Suspicious Tit For Tat');
    expect(S('Forgiving TFT').name).toBe('Forgiving Tit For Tat');
    const abbreviated = new Map<string, string>();
    for (const st of STRATEGIES) {
      for (const key of [st.id, st.name, ...(st.aliases ?? [])]) {
        if (!/tit\s*for\s*tat/i.test(key)) continue;
        const short = key.replace(/tit\s*for\s*tat/i, 'TFT');
        expect(S(short).name, short).toBe(st.name);
        const k = normaliseName(short);
        if (abbreviated.has(k)) expect(abbreviated.get(k)).toBe(st.name);
        abbreviated.set(k, st.name);
      }
    }
    expect(abbreviated.size).toBeGreaterThanOrEqual(10);
  });
  it('parses parameterised names', () => {
    expect(S('MockPlayer(cycle=DCC)').name).toBe('Cycler DCC');
    expect(S('Cycler CDDC').name).toBe('Cycler CDDC');
    expect(S('Random: 0.3').name).toBe('Random: 0.3');
    expect(S('GTFT: 0.1').name).toBe('GTFT: 0.1');
    expect(S('Generic Memory One Player: (1, 0, 1, 0), C').name).toBe('Generic Memory One Player: (1, 0, 1, 0), C');
    expect(S('Hard Go By Majority: 7').name).toBe('Hard Go By Majority: 7');
    expect(S('NTitsForMTats(2,1)').name).toBe('N Tit(s) For M Tat(s): 2, 1');
    for (const s of [
      S('Cycler CDDC'),
      S('Random: 0.3'),
      S('Generic Memory One Player: (1, 0, 1, 0), C'),
      S('NTitsForMTats(2,1)'),
      S('Hard Go By Majority: 7'),
    ]) {
      expect(resolveStrategy(s.id).name).toBe(s.name);
    }
  });
  it('rejects an unknown name with the closest names', () => {
    expect(() => S('Tit For Tatt')).toThrow(/closest: "Tit For Tat"/);
    expect(closestStrategyNames('Grudgr')[0]).toBe('Grudger');
    expect(() => S('Random: 1.5')).toThrow(/probability/);
  });
});

describe('move sequences from Axelrod strategy tests', () => {
  it('Forgiving Tit For Tat (test_forgiver.py)', () => {
    expect(versus(S('ForgivingTitForTat'), S('Cooperator'), 5)).toEqual(
      pairs(...rep('CC,', 5).split(',').filter(Boolean)),
    );
    expect(versus(S('ForgivingTitForTat'), S('Defector'), 6)).toEqual(['CDDDDD', 'DDDDDD']);
    expect(versus(S('ForgivingTitForTat'), S('Alternator'), 11)).toEqual(['C' + rep('CD', 5), 'C' + rep('DC', 5)]);
    expect(versus(S('ForgivingTitForTat'), mock('CCCCCCCCCD'), 50)).toEqual([rep('C', 50), rep('CCCCCCCCCD', 5)]);
  });
  it('Forgiver (test_forgiver.py)', () => {
    expect(versus(S('Forgiver'), mock('DCCCCCCCCC'), 50)).toEqual([rep('CDDDDDDDDD', 5), rep('DCCCCCCCCC', 5)]);
    expect(versus(S('Forgiver'), mock('CCCCCCCCCD'), 50)).toEqual([rep('C', 50), rep('CCCCCCCCCD', 5)]);
    expect(versus(S('Forgiver'), S('Defector'), 11)).toEqual(['C' + rep('D', 10), rep('D', 11)]);
  });
  it('Omega TFT (test_titfortat.py)', () => {
    expect(versus(S('OmegaTFT'), S('SuspiciousTitForTat'), 9)).toEqual(['CDCDCCCCC', 'DCDCDCCCC']);
    expect(versus(S('OmegaTFT'), S('Alternator'), 14)).toEqual(['CCDCDCCCDDDDDD', rep('CD', 7)]);
  });
  it('Adaptive Tit For Tat (test_titfortat.py)', () => {
    expect(versus(S('AdaptiveTitForTat'), S('Alternator'), 5)).toEqual(['CCDCD', 'CDCDC']);
  });
  it('Slow Tit For Two Tats 2 (test_titfortat.py)', () => {
    expect(versus(S('SlowTitForTwoTats2'), mock('CCDDCDDCCDD'), 11)).toEqual(['CCCCDDDDDCC', 'CCDDCDDCCDD']);
  });
  it('N Tit(s) For M Tat(s) (test_titfortat.py)', () => {
    expect(versus(S('NTitsForMTats'), mock('CDDCCDC'), 7)).toEqual(['CCCDDDC', 'CDDCCDC']);
    expect(versus(S('NTitsForMTats(1,2)'), mock('DDDCC'), 6)).toEqual(['CCDDCC', 'DDDCCD']);
    expect(versus(S('NTitsForMTats(2,1)'), mock('DCCDC'), 5)).toEqual(['CDDCD', 'DCCDC']);
    expect(versus(S('NTitsForMTats(0,1)'), S('Alternator'), 19)).toEqual([rep('C', 19), 'C' + rep('DC', 9)]);
    expect(versus(S('NTitsForMTats(1,0)'), S('Alternator'), 19)).toEqual([rep('D', 19), 'C' + rep('DC', 9)]);
  });
  it('Aggravater, Opposite Grudger, GrudgerAlternator (test_grudger.py)', () => {
    expect(versus(S('Aggravater'), S('Cooperator'), 23)).toEqual(['DDD' + rep('C', 20), rep('C', 23)]);
    expect(versus(S('Aggravater'), mock(rep('C', 10) + 'D' + rep('C', 20)), 31)).toEqual([
      'DDD' + rep('C', 8) + rep('D', 20),
      rep('C', 10) + 'D' + rep('C', 20),
    ]);
    expect(versus(S('OppositeGrudger'), S('Cooperator'), 21)).toEqual(['D' + rep('C', 20), rep('C', 21)]);
    expect(versus(S('OppositeGrudger'), S('Defector'), 20)).toEqual([rep('D', 20), rep('D', 20)]);
    expect(versus(S('OppositeGrudger'), mock('C' + rep('D', 30)), 31)).toEqual([
      'D' + rep('C', 30),
      'C' + rep('D', 30),
    ]);
    expect(versus(S('GrudgerAlternator'), S('Defector'), 41)).toEqual(['C' + rep('DC', 20), rep('D', 41)]);
    expect(versus(S('GrudgerAlternator'), mock(rep('C', 10) + 'D' + rep('C', 20)), 31)).toEqual([
      rep('C', 11) + rep('DC', 10),
      rep('C', 10) + 'D' + rep('C', 20),
    ]);
  });
  it('Forgetful Grudger forgets after 10 defections (test_grudger.py)', () => {
    const opp = 'CCD' + rep('C', 10);
    expect(versus(S('ForgetfulGrudger'), mock(opp), 40)[0]).toBe(rep('CCC' + rep('D', 10), 3) + 'C');
  });
  it('Adaptive (test_adaptive.py)', () => {
    expect(versus(S('Adaptive'), S('Cooperator'), 14)).toEqual([rep('C', 6) + rep('D', 8), rep('C', 14)]);
    expect(versus(S('Adaptive'), S('Defector'), 14)).toEqual([rep('C', 6) + rep('D', 8), rep('D', 14)]);
    expect(versus(S('Adaptive'), S('Alternator'), 14)).toEqual([rep('C', 6) + rep('D', 8), rep('CD', 7)]);
    expect(versus(S('Adaptive'), S('TitForTat'), 13)).toEqual([
      rep('C', 6) + rep('D', 5) + 'CC',
      rep('C', 7) + rep('D', 5) + 'C',
    ]);
  });
  it('Calculator: cycle detection at move 21, then D forever or Tit For Tat (test_calculator.py)', () => {
    const calc = S('Calculator').create(info);
    expect(calc.next(history(rep('C', 20), rep('CD', 10)))).toBe(D);
    const calc2 = S('Calculator').create(info);
    const noCycle = 'CCDCCDCCCDCCCCDCCCCC';
    expect(calc2.next(history(rep('C', 20), noCycle))).toBe(C);
    expect(calc2.next(history(rep('C', 21), noCycle + 'D'))).toBe(D);
    expect(calc2.next(history(rep('C', 22), noCycle + 'DC'))).toBe(C);
    const calc3 = S('Calculator').create(info);
    expect(calc3.next(history(rep('C', 20), rep('C', 20)))).toBe(D);
    expect(detectCycle([0, 1, 1, 0, 0, 1, 1, 0], 8)).toBe(4);
    expect(detectCycle([0, 1, 1, 0, 0, 1, 1], 7)).toBe(null);
  });
  it('Gradual payoffs over 1000 turns (test_titfortat.py, Gradual.test_specific_set_of_results)', () => {
    const opponents = [
      'Gradual',
      'TitForTat',
      'GoByMajority',
      'Grudger',
      'WinStayLoseShift',
      'Prober',
      'Defector',
      'Generic Memory One Player: (1, 0, 0, 0), D',
      'Cooperator',
      'CyclerCCD',
      'CyclerDDC',
    ];
    const expected = [3000, 3000, 3000, 3000, 3000, 2999, 983, 983, 3000, 3596, 2302];
    expect(opponents.map((o) => playMatch(S('Gradual'), S(o), { turns: 1000 }).scores[0])).toEqual(expected);
  });
  it('Original Gradual payoffs over 1000 turns (test_titfortat.py, test_output_from_literature; Random left out)', () => {
    const opponents = [
      'Cooperator',
      'Defector',
      'TitForTat',
      'Grudger',
      'CyclerDDC',
      'CyclerCCD',
      'GoByMajority',
      'SuspiciousTitForTat',
      'Prober',
      'OriginalGradual',
      'WinStayLoseShift',
    ];
    const expected = [3000, 915, 3000, 3000, 2219, 3472, 3000, 2996, 2999, 3000, 3000];
    expect(opponents.map((o) => playMatch(S('OriginalGradual'), S(o), { turns: 1000 }).scores[0])).toEqual(expected);
  });
});

describe('move sequences derived from the definitions', () => {
  it('Go By Majority with memory 5 (soft cooperates on ties, hard defects)', () => {
    // Opponent DDDCCCCCC repeated; window = last 5 opponent moves.
    expect(versus(S('Soft Go By Majority: 5'), mock('DDDCCCCCC'), 13)[0]).toBe('CDDDDDCCCCCCD');
    expect(versus(S('Hard Go By Majority: 5'), mock('DDDCCCCCC'), 13)[0]).toBe('DDDDDDCCCCCCD');
    expect(versus(S('GoByMajority10'), S('Alternator'), 6)[0]).toBe('CCCCCC');
    expect(versus(S('HardGoByMajority10'), S('Alternator'), 6)[0]).toBe('DCDCDC');
  });
  it('Contrite Tit For Tat: plays Tit For Tat without noise', () => {
    for (const o of [
      'Alternator',
      'Defector',
      'SuspiciousTitForTat',
      'CyclerDDC',
      'Prober',
      'OriginalGradual',
      'WinStayLoseShift',
    ]) {
      expect(versus(S('ContriteTitForTat'), S(o), 30)).toEqual(versus(S('TitForTat'), S(o), 30));
    }
  });
  it('Contrite Tit For Tat: after noise turns its C into D against a cooperator it does not retaliate until it has cooperated', () => {
    const p = S('ContriteTitForTat').create(info);
    // Turn 1: intended C, executed D (noise); opponent C -> contrite, plays TFT (C).
    expect(p.next(history('D', 'C', 'C'))).toBe(C);
    // Turn 2: the opponent retaliates (D) but our last move was C while contrite -> apologise with C.
    expect(p.next(history('DC', 'CD', 'CC'))).toBe(C);
    // No longer contrite: Tit For Tat again.
    expect(p.next(history('DCC', 'CDD', 'CCC'))).toBe(D);
    const tft = S('TitForTat').create(info);
    expect(tft.next(history('DC', 'CD', 'CC'))).toBe(D);
  });
  it('Contrite Tit For Tat: a deliberate D (no noise) does not make it contrite', () => {
    const p = S('ContriteTitForTat').create(info);
    expect(p.next(history('D', 'C', 'D'))).toBe(C);
    expect(p.next(history('DC', 'CD', 'DC'))).toBe(D);
  });
  it('Sneaky Tit For Tat, Spiteful Tit For Tat, Bully and Anti Tit For Tat against Alternator', () => {
    expect(versus(S('SneakyTitForTat'), S('Alternator'), 5)[0]).toBe('CCDCC');
    expect(versus(S('SpitefulTitForTat'), mock('CCDDC'), 6)[0]).toBe('CCCDDD');
    expect(versus(S('Bully'), S('Alternator'), 5)[0]).toBe('DDCDC');
    expect(versus(S('AntiTitForTat'), S('Alternator'), 5)[0]).toBe('CDCDC');
  });
});

/** Conditional cooperation frequencies of `s` by last-round state (own, opp), over a long match. */
function conditional(s: Strategy, opponent: Strategy, turns: number, seed: number) {
  const m = playMatch(s, opponent, { turns, seed });
  const [a, b] = m.actions;
  const count = [0, 0, 0, 0];
  const coop = [0, 0, 0, 0];
  for (let t = 1; t < turns; t++) {
    const state = a[t - 1] * 2 + b[t - 1];
    count[state]++;
    if (a[t] === C) coop[state]++;
  }
  return { first: a[0], freq: coop.map((c, k) => (count[k] ? c / count[k] : NaN)), count };
}

describe('stochastic strategies: seeded and with the stated probabilities', () => {
  const cases: [string, number[]][] = [
    ['GTFT', [1, 1 / 3, 1, 1 / 3]],
    ['Firm But Fair', [1, 0, 1, 2 / 3]],
    ['First by Joss', [0.9, 0, 0.9, 0]],
    ['Stochastic WSLS', [0.95, 0.05, 0.05, 0.95]],
    ['ZD-Extort-2', [8 / 9, 1 / 2, 1 / 3, 0]],
    ['ZD-GTFT-2', [1, 1 / 8, 1, 1 / 4]],
    ['Generic Memory One Player: (0.2, 0.4, 0.6, 0.8), C', [0.2, 0.4, 0.6, 0.8]],
  ];
  it.each(cases)('%s: cooperates first, then with its four-vector after CC, CD, DC, DD', (name, vector) => {
    const { first, freq, count } = conditional(S(name), S('Random'), 40_000, 11);
    expect(first).toBe(C);
    freq.forEach((f, k) => {
      if (count[k] < 500) return; // state rarely visited (e.g. DD for GTFT against Random is common; CC for ZD-Extort is common)
      const sd = Math.sqrt((vector[k] * (1 - vector[k])) / count[k]);
      expect(Math.abs(f - vector[k])).toBeLessThanOrEqual(5 * sd + 1e-12);
    });
  });
  it('Random cooperates half the time, Random: 0.3 thirty percent', () => {
    const m = playMatch(S('Random'), S('Random: 0.3'), { turns: 20_000, seed: 5 });
    expect(m.cooperations[0] / 20_000).toBeCloseTo(0.5, 1);
    expect(m.cooperations[1] / 20_000).toBeCloseTo(0.3, 1);
  });
  it('the same seed replays a stochastic match exactly; another seed does not', () => {
    const a = playMatch(S('GTFT'), S('Random'), { turns: 300, seed: 9 });
    const b = playMatch(S('GTFT'), S('Random'), { turns: 300, seed: 9 });
    const c = playMatch(S('GTFT'), S('Random'), { turns: 300, seed: 10 });
    expect(actionString(b.actions[0])).toBe(actionString(a.actions[0]));
    expect(actionString(c.actions[1])).not.toBe(actionString(a.actions[1]));
  });
  it('GTFT generosity follows the game: p = min(1 - (T-R)/(R-S), (R-P)/(T-P))', async () => {
    const { gtftGenerosity } = await import('./gtft.ts');
    expect(gtftGenerosity({ R: 3, S: 0, T: 5, P: 1 })).toBeCloseTo(1 / 3, 15);
    expect(gtftGenerosity({ R: 3, S: 0, T: 4, P: 1 })).toBeCloseTo(2 / 3, 15);
  });
});
