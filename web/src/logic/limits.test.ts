import { describe, expect, it } from 'vitest';
import { COMPARISON_LIMITS, comparisonSessions } from './limits.ts';
import { MAX_COMPARISON_AGENTS, MAX_COMPARISON_SESSIONS } from '../../../src/server/index.ts';

describe('comparison limits', () => {
  it("are the server's", () => {
    expect(COMPARISON_LIMITS.agents).toBe(MAX_COMPARISON_AGENTS);
    expect(COMPARISON_LIMITS.sessionsPerMode).toBe(MAX_COMPARISON_SESSIONS);
  });

  it('count every ordered tuple of the pool, one agent per party, per repetition', () => {
    // Brute force: enumerate the tuples.
    for (const [pool, parties, reps] of [
      [3, 2, 1],
      [3, 3, 2],
      [1, 3, 4],
      [4, 2, 3],
    ]) {
      let tuples = [[]] as number[][];
      for (let p = 0; p < parties; p++)
        tuples = tuples.flatMap((t) => Array.from({ length: pool }, (_, a) => [...t, a]));
      expect(comparisonSessions(pool, parties, reps)).toBe(tuples.length * reps);
    }
  });
});
