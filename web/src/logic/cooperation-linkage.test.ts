/**
 * The payoff-against-shadow curves cross zero exactly at the thresholds the engine computes in
 * closed form (analyseLinkage), on the built-in game and on random games; hand-checked values.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  analyseLinkage,
  parseCooperationScenario,
  scenarioIssues,
  type Issue,
} from '../../../src/cooperation/index.ts';
import { createRng } from '../../../src/core/index.ts';
import { PROJECT_ROOT } from '../../../src/core/node.ts';
import { marginCurves, pairMargin, partyMargin } from './cooperation-linkage.ts';

/** Brute force: scan delta on a fine grid for the first point from which the margin stays >= 0. */
function crossing(issues: Issue[]): number {
  const N = 20000;
  let last = Infinity;
  for (let s = N; s >= 0; s--) {
    const d = s / N;
    if (pairMargin(issues, d) >= -1e-12) last = d;
    else break;
  }
  return last;
}

describe('joint action against the shadow of the future', () => {
  it('hand-checked: the standard game (R3 S0 T5 P1) pays from delta = 0.5', () => {
    const p = { R: 3, S: 0, T: 5, P: 1 };
    expect(partyMargin([p], 0)).toBe(-2); // 3 - 5
    expect(partyMargin([p], 0.5)).toBe(0); // 3 - (2.5 + 0.5)
    expect(partyMargin([p], 0.75)).toBeCloseTo(1, 12); // 3 - (1.25 + 0.75)
  });

  it('crosses zero at the closed-form thresholds, alone and linked, on the built-in game', () => {
    const file = path.join(PROJECT_ROOT, 'scenarios/cooperation/joint-vs-unilateral.yaml');
    const sc = parseCooperationScenario(readFileSync(file, 'utf8'), file);
    const issues = scenarioIssues(sc, ['us', 'mexico']);
    const an = analyseLinkage(issues);
    issues.forEach((i, k) => expect(crossing([i])).toBeCloseTo(an.issues[k].pair, 3));
    expect(crossing(issues)).toBeCloseTo(an.linked.pair, 3);
    const curves = marginCurves(issues, 'linked', 10);
    expect(curves.filter((c) => c.series === 'linked')).toHaveLength(11);
    expect(new Set(curves.map((c) => c.series)).size).toBe(issues.length + 1);
  });

  it('agrees with analyseLinkage on random prisoner’s dilemmas', () => {
    const rng = createRng(7);
    for (let trial = 0; trial < 30; trial++) {
      const issues: Issue[] = Array.from({ length: 1 + rng.int(4) }, (_, k) => {
        const pd = () => {
          const P = rng.int(3);
          const R = P + 1 + rng.int(4);
          const T = R + 1 + rng.int(6);
          return { R, S: 0, T, P };
        };
        return { id: `i${k}`, game: { row: pd(), col: pd() } };
      });
      const an = analyseLinkage(issues);
      expect(crossing(issues), JSON.stringify(issues)).toBeCloseTo(an.linked.pair, 3);
    }
  });
});
