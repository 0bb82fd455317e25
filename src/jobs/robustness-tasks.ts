/**
 * Task kinds of robustness runs (src/analysis/robustness):
 *
 * - `robustness.chunk`: samples [start, end) of a run, each an exact analysis of its drawn
 *   preferences; the per-sample records come back as typed arrays (moved, not copied), and the
 *   samples done so far as progress items while it runs. Sample i depends only on (seed, i), so a
 *   chunk's records do not depend on which thread runs it.
 * - `robustness.sensitivity`: the exact sensitivity of the nominal Nash package (no samples).
 * - `robustness.finish`: merge the chunks in sample order, summarise, search the most robust
 *   package and write the JSON document (for callers that must keep their thread free: the server).
 *
 * Browser-safe.
 */
import {
  chunkBuffers,
  finishRobustness,
  robustnessChunkPausing,
  robustnessJson,
  sensitivity,
  type ChunkResult,
  type RobustnessInput,
  type RobustnessJson,
  type RobustnessSettings,
  type SensitivityResult,
} from '../analysis/index.ts';
import type { PreferenceModel } from '../model/index.ts';
import { defineTask, TaskAborted } from './task.ts';

export interface RobustnessChunkInput {
  input: RobustnessInput;
  start: number;
  end: number;
}

/** Let the event loop turn (setImmediate in Node, a zero timeout elsewhere). */
const turn = () =>
  new Promise<void>((resolve) => (typeof setImmediate === 'function' ? setImmediate(resolve) : setTimeout(resolve, 0)));

/**
 * Progress of a chunk: samples done in it so far. Between progress steps the chunk lets the event
 * loop turn: in the calling thread (the CLI's `withCallingThread`) that thread also hands the pool
 * threads their next chunks, which it could not do while a whole chunk ran. In the calling thread
 * (where aborting cannot terminate a worker) the chunk also stops at its next step once aborted.
 */
export const robustnessChunkTask = defineTask<RobustnessChunkInput, ChunkResult, number>({
  run: ({ input, start, end }, ctx) =>
    robustnessChunkPausing(input, start, end, turn, (done) => {
      if (ctx.signal.aborted) throw new TaskAborted(ctx.signal.reason);
      ctx.progress(done);
    }),
  transfer: chunkBuffers,
});

export interface SensitivityInput {
  model: PreferenceModel;
  /** Also the option values. */
  values: boolean;
}

export const robustnessSensitivityTask = defineTask<SensitivityInput, SensitivityResult>({
  run: ({ model, values }) => sensitivity(model, { values }),
});

export interface RobustnessFinishInput {
  input: RobustnessInput;
  chunks: ChunkResult[];
  settings: RobustnessSettings;
  sensitivity: SensitivityResult | null;
}

export const robustnessFinishTask = defineTask<RobustnessFinishInput, RobustnessJson>({
  run: ({ input, chunks, settings, sensitivity: sens }) =>
    robustnessJson(finishRobustness(input, chunks, settings, sens)),
});
