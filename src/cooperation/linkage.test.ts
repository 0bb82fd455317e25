import { describe, expect, it } from 'vitest';
import { createRng } from '../core/index.ts';
import { symmetricGame } from './game.ts';
import {
  analyseLinkage,
  criticalDelta,
  linkedCriticalDelta,
  playLinkedMatch,
  simulateDeviation,
  type Issue,
} from './linkage.ts';
import type { OwnPayoffs } from './player.ts';
import { resolveStrategy } from './strategies/index.ts';

const grim = resolveStrategy('Grudger');
const alld = resolveStrategy('Defector');

// Issue A has a strong temptation (threshold 0.8), issue B a weak one (threshold 0.25).
const A: OwnPayoffs = { R: 3, S: 0, T: 7, P: 2 };
const B: OwnPayoffs = { R: 3, S: 0, T: 4, P: 0 };
const issues: Issue[] = [
  { id: 'a', game: symmetricGame(A) },
  { id: 'b', game: symmetricGame(B) },
];

describe('critical continuation probabilities', () => {
  it('single issue: (T-R)/(T-P); 1/2 for the standard game', () => {
    expect(criticalDelta({ R: 3, S: 0, T: 5, P: 1 })).toBe(0.5);
    expect(criticalDelta(A)).toBeCloseTo(0.8, 15);
    expect(criticalDelta(B)).toBe(0.25);
    expect(criticalDelta({ R: 3, S: 0, T: 3, P: 1 })).toBe(0);
  });
  it('linked: pooled sums, between the issue thresholds; identical issues gain nothing', () => {
    expect(linkedCriticalDelta([A, B])).toBeCloseTo(5 / 9, 15);
    expect(linkedCriticalDelta([A, A])).toBeCloseTo(criticalDelta(A), 15);
    const an = analyseLinkage(issues);
    expect(an.issues.map((i) => i.pair)).toEqual([criticalDelta(A), 0.25]);
    expect(an.linked.pair).toBeCloseTo(5 / 9, 15);
    expect(an.helped).toEqual(['a']);
  });
  it('matches a brute-force search over every deviation (any subset of issues) on random issue sets', () => {
    const rng = createRng(99);
    for (let trial = 0; trial < 40; trial++) {
      const k = 1 + rng.int(4);
      const ps: OwnPayoffs[] = Array.from({ length: k }, () => {
        const P = rng.int(5);
        const R = P + 1 + rng.int(5);
        // Every other trial mixes in issues with no temptation (T <= R, e.g. a harmony game).
        const T = trial % 2 ? P + rng.int(R - P + 9) : R + 1 + rng.int(8);
        return { R, S: P - 1 - rng.int(3), T, P };
      });
      // Smallest delta on a grid at which no deviation on any non-empty subset of issues pays.
      let found = NaN;
      for (let step = 1; step < 10_000; step++) {
        const d = step / 10_000;
        let ok = true;
        for (let mask = 1; mask < 1 << k && ok; mask++) {
          let coop = 0;
          let dev = 0;
          ps.forEach((p, i) => {
            coop += p.R / (1 - d);
            dev += (mask & (1 << i) ? p.T : p.R) + (d * p.P) / (1 - d); // punished on every issue afterwards
          });
          if (dev > coop + 1e-12) ok = false;
        }
        if (ok) {
          found = d;
          break;
        }
      }
      expect(Math.abs(found - linkedCriticalDelta(ps))).toBeLessThanOrEqual(1e-4);
    }
  });
});

describe('linking an issue with no temptation', () => {
  // Issue A tempts (threshold 0.8); H is a harmony game (T < R): nobody gains by defecting on it.
  const H: OwnPayoffs = { R: 5, S: 0, T: 3, P: 1 };
  const mixed: Issue[] = [issues[0], { id: 'h', game: symmetricGame(H) }];
  it('adds its stake to what a deviation loses and nothing to what it gains: 4 / (4 + 1 + 4)', () => {
    // The best deviation defects on A only (gain 4), then loses R - P on both issues (1 + 4) every period.
    expect(linkedCriticalDelta([A, H])).toBeCloseTo(4 / 9, 15);
    expect(linkedCriticalDelta([H])).toBe(0);
    expect(criticalDelta(H)).toBe(0);
  });
  it.each([0.3, 0.42, 0.47, 0.6])('delta %f: the simulated best deviation agrees with the threshold', (delta) => {
    const r = simulateDeviation(mixed, delta, grim, alld, { samples: 4000, seed: 2 });
    expect(r.sustainable).toBe(delta >= 4 / 9);
    expect(r.expectedDeviate).toBeCloseTo(7 + 5 + (delta * 3) / (1 - delta), 10);
    expect(Math.abs(r.cooperate - r.deviate - (r.expectedCooperate - r.expectedDeviate))).toBeLessThanOrEqual(
      4 * r.standardError + 1e-9,
    );
  });
});

describe('linked play in the engine', () => {
  it('a defection on one issue is punished on every issue by a linked grim trigger, only there by an unlinked one', () => {
    const cheat = { strategies: [grim, alld], linked: true };
    const linked = playLinkedMatch(issues, [cheat, { strategies: grim, linked: true }], { turns: 4 });
    expect(linked.actions[1]).toEqual(['CDDD', 'CDDD']);
    const unlinked = playLinkedMatch(issues, [cheat, { strategies: grim, linked: false }], { turns: 4 });
    // Unlinked: issue a is only punished once the cheater's own (linked) grim defects there in period 3.
    expect(unlinked.actions[1]).toEqual(['CCCD', 'CDDD']);
    // The cheater's own linked grim on issue a reacts to the punishment it now receives there.
    expect(linked.actions[0]).toEqual(['CCDD', 'DDDD']);
    expect(linked.scores[1]).toEqual([3 + 7 + 2 + 2, 0 + 0 + 0 + 0]);
  });

  it('the simulation agrees with the thresholds: issue a alone fails at delta 0.65, the linked pair holds', () => {
    const delta = 0.65;
    const alone = simulateDeviation([issues[0]], delta, grim, alld, { samples: 3000, seed: 1 });
    const both = simulateDeviation(issues, delta, grim, alld, { samples: 3000, seed: 1 });
    expect(alone.sustainable).toBe(false);
    expect(both.sustainable).toBe(true);
    for (const r of [alone, both]) {
      const expectedGain = r.expectedCooperate - r.expectedDeviate;
      expect(Math.abs(r.cooperate - r.deviate - expectedGain)).toBeLessThanOrEqual(4 * r.standardError);
    }
  });

  it.each([0.15, 0.4, 0.7, 0.9])(
    'delta %f: simulated sustainability of each issue and of the link matches the analytic thresholds',
    (delta) => {
      for (const set of [[issues[0]], [issues[1]], issues]) {
        const r = simulateDeviation(set, delta, grim, alld, { samples: 2000, seed: 5 });
        const analytic = delta >= linkedCriticalDelta(set.map((i) => i.game.row));
        expect(r.sustainable).toBe(analytic);
      }
    },
  );
});
