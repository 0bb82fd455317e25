/**
 * A robustness run on any executor: the samples are cut into chunks (`robustness.chunk` tasks)
 * and, alongside, the exact sensitivity runs as one `robustness.sensitivity` task. Chunks come
 * back in any order; finishing merges them in sample order, so the result is identical to
 * `runRobustness` in one thread for any number of workers. Browser-safe.
 */
import {
  chunkPlan,
  CHUNK_SAMPLES,
  finishRobustness,
  type ChunkResult,
  type RobustnessInput,
  type RobustnessJson,
  type RobustnessResult,
  type RobustnessSettings,
  type SensitivityResult,
} from '../analysis/index.ts';
import { chunkBuffers } from '../analysis/index.ts';
import { runAll, type Executor } from './executor.ts';
import type { RobustnessChunkInput } from './robustness-tasks.ts';

export interface ChunkedRobustnessOptions {
  /** Called with (samples done, samples in all) as chunks finish. */
  onProgress?: (done: number, total: number) => void;
  /** Each chunk as it finishes, in any order (for partial estimates); before `onProgress`. */
  onChunk?: (chunk: ChunkResult) => void;
  signal?: AbortSignal;
}

export interface RobustnessParts {
  chunks: ChunkResult[];
  sensitivity: SensitivityResult | null;
}

/** Which sensitivity the settings ask for (null: none). */
function sensitivityWanted(settings: RobustnessSettings): { values: boolean } | null {
  const s = settings.sensitivity ?? true;
  return s === false ? null : { values: typeof s === 'object' ? s.values : true };
}

/** Run every chunk and the sensitivity on `executor`; the parts `finishRobustness` needs. */
export async function robustnessPartsOn(
  executor: Executor,
  input: RobustnessInput,
  settings: RobustnessSettings = {},
  opts: ChunkedRobustnessOptions = {},
): Promise<RobustnessParts> {
  // Guided chunks for the executor's threads; with partial estimates (onChunk, the server) no
  // chunk is over a tenth of the run, so an estimate comes at least every tenth.
  const most = opts.onChunk ? Math.max(CHUNK_SAMPLES, Math.ceil(input.samples / 10)) : undefined;
  const inputs: RobustnessChunkInput[] = chunkPlan(input.samples, executor.capacity, most).map(([start, end]) => ({
    input,
    start,
    end,
  }));
  const chunks: ChunkResult[] = [];
  // Samples done per chunk (from its progress items, then its result) and in all.
  const doneIn = new Array<number>(inputs.length).fill(0);
  let done = 0;
  const advance = (i: number, to: number) => {
    if (to <= doneIn[i]) return;
    done += to - doneIn[i];
    doneIn[i] = to;
    opts.onProgress?.(done, input.samples);
  };
  const stop = new AbortController();
  const onAbort = () => stop.abort(opts.signal?.reason);
  if (opts.signal?.aborted) onAbort();
  else opts.signal?.addEventListener('abort', onAbort, { once: true });
  // The chunks are asked for first: with the calling thread in the executor (the CLI), that thread
  // takes a chunk and the sensitivity goes to a pool thread, so nothing waits for the pool to start.
  const sampling = runAll(executor, 'robustness.chunk', inputs, {
    signal: stop.signal,
    onResult: (i, chunk) => {
      chunks.push(chunk);
      opts.onChunk?.(chunk);
      advance(i, chunk.end - chunk.start);
    },
    onProgress: opts.onProgress ? (i, n) => advance(i, n) : undefined,
  });
  const wanted = sensitivityWanted(settings);
  const exact = wanted
    ? executor.run('robustness.sensitivity', { model: input.model, values: wanted.values }, { signal: stop.signal })
    : Promise.resolve(null);
  // Either part failing stops the other.
  const guard = <T>(p: Promise<T>) =>
    p.catch((e: unknown) => {
      stop.abort('the other part of the robustness run failed');
      throw e;
    });
  try {
    const [, sens] = await Promise.all([guard(sampling), guard(exact)]);
    return { chunks, sensitivity: sens };
  } finally {
    opts.signal?.removeEventListener('abort', onAbort);
  }
}

/** A whole run on `executor`, finished in this thread (the CLI and benchmarks, which own their thread). */
export async function runRobustnessOn(
  executor: Executor,
  input: RobustnessInput,
  settings: RobustnessSettings = {},
  opts: ChunkedRobustnessOptions = {},
): Promise<RobustnessResult> {
  const parts = await robustnessPartsOn(executor, input, settings, opts);
  return finishRobustness(input, parts.chunks, settings, parts.sensitivity);
}

/** A whole run on `executor`, finished there too (`robustness.finish`): the JSON document (the server). */
export async function robustnessJsonOn(
  executor: Executor,
  input: RobustnessInput,
  settings: RobustnessSettings = {},
  opts: ChunkedRobustnessOptions = {},
): Promise<RobustnessJson> {
  const parts = await robustnessPartsOn(executor, input, settings, opts);
  return executor.run(
    'robustness.finish',
    { input, chunks: parts.chunks, settings, sensitivity: parts.sensitivity },
    { signal: opts.signal, transfer: parts.chunks.flatMap(chunkBuffers) },
  );
}
