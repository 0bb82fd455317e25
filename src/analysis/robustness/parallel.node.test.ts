/** Robustness runs on worker threads give exactly the result of a run in one thread. */
import { describe, expect, it } from 'vitest';
import { applyUncertainty, preferencesOf } from '../../model/index.ts';
import { randomDomain } from '../random-domain.ts';
import { runRobustnessParallel } from './parallel.node.ts';
import { robustnessInput, runRobustness } from './run.ts';
import { robustnessJson } from './json.ts';

describe('runRobustnessParallel', () => {
  it('gives the same result for 1, 2 and 3 threads as the single-thread run, with progress to the last sample', async () => {
    const domain = randomDomain(12, {
      parties: 3,
      issues: 5,
      minOptions: 2,
      maxOptions: 4,
      statusQuo: true,
      interactions: 2,
      redLines: 1,
    });
    const model = preferencesOf(domain);
    const input = robustnessInput(model, applyUncertainty(model), { samples: 1100, seed: 9 });
    const settings = { sensitivity: false };
    const reference = robustnessJson(runRobustness(input, settings));
    for (const workers of [1, 2, 3]) {
      const seen: number[] = [];
      const r = await runRobustnessParallel(input, settings, { workers, onProgress: (done) => seen.push(done) });
      expect(robustnessJson(r), `${workers} workers`).toEqual(reference);
      expect(Math.max(...seen)).toBe(1100);
      expect(seen).toHaveLength(9); // 125-sample chunks
    }
    // With the sensitivity, which this thread computes while the workers start.
    const withSensitivity = robustnessJson(await runRobustnessParallel(input, {}, { workers: 2 }));
    expect(withSensitivity).toEqual(robustnessJson(runRobustness(input)));
    expect(withSensitivity.sensitivity!.weights.length).toBe(15);
  });
});
