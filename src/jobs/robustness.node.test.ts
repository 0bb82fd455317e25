/**
 * Robustness runs on the job pool give exactly the result of a run in one thread, for any number
 * of threads, and so does the server's path (finished by a `robustness.finish` task).
 */
import { describe, expect, it } from 'vitest';
import { PartialTally, randomDomain, robustnessInput, robustnessJson, runRobustness } from '../analysis/index.ts';
import { applyUncertainty, preferencesOf } from '../model/index.ts';
import { inlineExecutor, robustnessJsonOn, robustnessPartsOn } from './index.ts';
import { openJobPool, runRobustnessParallel } from './node.ts';

function prepared(samples: number) {
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
  return robustnessInput(model, applyUncertainty(model), { samples, seed: 9 });
}

describe('runRobustnessParallel (the CLI: this thread and k - 1 pool threads)', () => {
  it('gives the same result for 1, 2 and 3 threads as the single-thread run, with progress to the last sample', async () => {
    const input = prepared(1100);
    const settings = { sensitivity: false };
    const reference = robustnessJson(runRobustness(input, settings));
    for (const workers of [1, 2, 3]) {
      const seen: number[] = [];
      const r = await runRobustnessParallel(input, settings, { workers, onProgress: (done) => seen.push(done) });
      expect(robustnessJson(r), `${workers} workers`).toEqual(reference);
      // Progress streams from inside the chunks: in order, never more than 125 samples at a step, to the end.
      expect(seen.at(-1)).toBe(1100);
      seen.forEach((d, i) => {
        const step = d - (i > 0 ? seen[i - 1] : 0);
        expect(step).toBeGreaterThan(0);
        expect(step).toBeLessThanOrEqual(125);
      });
    }
    // With the sensitivity, which runs as a task of its own beside the chunks.
    const withSensitivity = robustnessJson(await runRobustnessParallel(input, {}, { workers: 2 }));
    expect(withSensitivity).toEqual(robustnessJson(runRobustness(input)));
    expect(withSensitivity.sensitivity!.weights.length).toBe(15);
  });
});

describe('robustnessJsonOn (the server: chunks, sensitivity and finishing all on the executor)', () => {
  it('writes the single-thread document on the pool and in this thread; partial tallies end at the final shares', async () => {
    const input = prepared(600);
    const reference = robustnessJson(runRobustness(input));
    const tally = new PartialTally(input);
    const inline = await robustnessJsonOn(inlineExecutor, input, {}, { onChunk: (c) => tally.add(c) });
    expect(inline).toEqual(reference);
    const last = tally.estimate();
    expect(last.samples).toBe(600);
    expect(last.dealShare).toEqual(reference.dealShare);
    const { noneWorse: _n, ...beats } = reference.linkageBeatsDelinked!;
    expect(last.linkageBeatsDelinked).toEqual(beats);
    for (const [issue, options] of Object.entries(reference.optionFrequencies))
      for (const [option, share] of Object.entries(options)) {
        expect(last.optionFrequencies[issue][option].probability).toBe(share);
        expect(last.optionFrequencies[issue][option].ci).toEqual(reference.optionFrequencyCi[issue][option]);
      }
    for (const [issue, share] of Object.entries(reference.noDealAloneShare!))
      expect(last.noDealAloneShare![issue].probability).toBe(share);

    const pool = openJobPool({ threads: 2 });
    try {
      expect(await robustnessJsonOn(pool.executor, input)).toEqual(reference);
    } finally {
      await pool.close();
    }
  });

  it('stops at once when aborted, with the abort as the reason', async () => {
    const input = prepared(2000);
    const stop = new AbortController();
    const run = robustnessJsonOn(
      inlineExecutor,
      input,
      {},
      { signal: stop.signal, onChunk: () => stop.abort('enough') },
    );
    await expect(run).rejects.toMatchObject({ name: 'TaskAborted' });
  });

  it('stops a big chunk in this thread at its next progress step once aborted', async () => {
    const input = prepared(2000); // in one thread the first chunk is 1,000 samples
    const stop = new AbortController();
    const seen: number[] = [];
    const run = robustnessPartsOn(
      inlineExecutor,
      input,
      { sensitivity: false },
      {
        signal: stop.signal,
        onProgress: (done) => {
          seen.push(done);
          stop.abort('enough');
        },
      },
    );
    await expect(run).rejects.toMatchObject({ name: 'TaskAborted' });
    expect(seen).toEqual([125]);
  });
});
