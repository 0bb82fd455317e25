import { describe, expect, it } from 'vitest';
import { FrequencyModel, LEARNING_COEF } from './frequency.ts';

describe('frequency opponent model (HardHeaded)', () => {
  it('starts uniform, then raises the weight of issues the opponent keeps unchanged (golden value 0.2/n)', () => {
    const m = new FrequencyModel([3, 3, 3]);
    expect(m.weights).toEqual([1 / 3, 1 / 3, 1 / 3]);
    m.update([0, 0, 0]);
    expect(m.weights).toEqual([1 / 3, 1 / 3, 1 / 3]); // one bid: nothing to compare
    m.update([0, 1, 2]); // issue 0 unchanged
    const g = LEARNING_COEF / 3;
    const total = 1 + g;
    expect(m.weights[0]).toBeCloseTo((1 / 3 + g) / total, 15);
    expect(m.weights[1]).toBeCloseTo(1 / 3 / total, 15);
    expect(m.weights.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    // Value counts: start at 1, +1 for each option offered from the second bid on.
    expect(m.counts).toEqual([
      [2, 1, 1],
      [1, 2, 1],
      [1, 1, 2],
    ]);
  });

  it('learns which issue an opponent cares about from a concession sequence that never moves on it', () => {
    const m = new FrequencyModel([4, 4, 4, 4]);
    // The opponent holds issue 2 at option 3 and moves on the others.
    const bids = [
      [0, 0, 3, 0],
      [1, 0, 3, 0],
      [1, 1, 3, 0],
      [1, 1, 3, 1],
      [2, 1, 3, 1],
      [2, 2, 3, 1],
      [2, 2, 3, 2],
    ];
    bids.forEach((b) => m.update(b));
    const w = m.weights;
    expect(w.indexOf(Math.max(...w))).toBe(2);
    const t = m.table();
    expect(t[2][3]).toBe(w[2]); // most offered option of issue 2 is worth the full weight
    expect(m.utility([0, 0, 3, 0])).toBeGreaterThan(m.utility([0, 0, 0, 0]));
  });
});
