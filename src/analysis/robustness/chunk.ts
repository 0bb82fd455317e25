/**
 * One chunk of a Monte Carlo run: samples [start, end), each an exact analysis of its drawn
 * preferences (frontier, Nash, Kalai-Smorodinsky and, with a status quo, issue by issue versus
 * linked): the per-sample path of sample-analysis.ts, identical to `analyze` (`referenceChunk`). The result holds per sample the packages and
 * utilities the summary needs, in flat typed arrays (cheap to send between threads).
 *
 * A chunk depends only on (input, start, end), and sample i only on (seed, i): chunks can run in
 * any order on any thread, and `mergeChunks` puts them together the same way every time.
 * Browser-safe.
 */
import type { AppliedUncertainty, PreferenceModel } from '../../model/index.ts';
import { analyze } from '../analyze.ts';
import { packageLayout, tableRow } from './package-table.ts';
import { SampleAnalyzer } from './sample-analysis.ts';
import { Sampler } from './sample.ts';

/** Everything a chunk needs: plain data (structured-clone safe, so it can go to a worker). */
export interface RobustnessInput {
  model: PreferenceModel;
  applied: AppliedUncertainty;
  seed: number;
  samples: number;
  /** Table every component option's utilities per sample, for the most robust package (see package-table.ts). */
  tables: boolean;
}

/** Per-sample records of samples [start, end). n = end - start, m issues, k parties. */
export interface ChunkResult {
  start: number;
  end: number;
  /** n x m option indexes of the Nash package (with the status quo as disagreement point when there is one); -1: none. */
  nash: Int32Array;
  /** n x m Kalai-Smorodinsky package; -1: none. */
  ks: Int32Array;
  /** n x m issue-by-issue package; -1 when there is no status quo. */
  delinked: Int32Array;
  /** n x k utilities of the Nash package (NaN: none). */
  nashUtilities: Float64Array;
  /** n x k utilities of the issue-by-issue package (NaN: no status quo). */
  delinkedUtilities: Float64Array;
  /** n x k disagreement point (status-quo utilities, else reservation values). */
  disagreement: Float64Array;
  /** n x m: 1 when the issue is "no deal alone" in that sample. */
  noDealAlone: Uint8Array;
  /** With `input.tables`: n x width x k utilities of every component option (package-table.ts), else empty. */
  values: Float64Array;
}

export function emptyChunk(start: number, end: number, m: number, k: number, width = 0): ChunkResult {
  const n = Math.max(0, end - start);
  return {
    start,
    end,
    nash: new Int32Array(n * m).fill(-1),
    ks: new Int32Array(n * m).fill(-1),
    delinked: new Int32Array(n * m).fill(-1),
    nashUtilities: new Float64Array(n * k).fill(NaN),
    delinkedUtilities: new Float64Array(n * k).fill(NaN),
    disagreement: new Float64Array(n * k),
    noDealAlone: new Uint8Array(n * m),
    values: new Float64Array(n * width * k),
  };
}

/** The typed arrays of a chunk, to move between threads rather than copy. */
export function chunkBuffers(c: ChunkResult): ArrayBuffer[] {
  return [c.nash, c.ks, c.delinked, c.nashUtilities, c.delinkedUtilities, c.disagreement, c.noDealAlone, c.values].map(
    (a) => a.buffer as ArrayBuffer,
  );
}

/** Samples between two progress reports of a chunk. */
const PROGRESS_STEP = 125;

/** A chunk being filled: `step(from, to)` analyses samples [from, to) into `out`. */
interface ChunkFill {
  out: ChunkResult;
  step: (from: number, to: number) => void;
}

function fillPerSample(input: RobustnessInput, start: number, end: number): ChunkFill {
  const analyzer = SampleAnalyzer.for(input.model);
  if (!analyzer) return fillReference(input, start, end);
  const { model } = input;
  const m = model.domain.issues.length;
  const k = model.domain.parties.length;
  const width = input.tables ? analyzer.layout.width : 0;
  const out = emptyChunk(start, end, m, k, width);
  const sampler = new Sampler(model, input.applied);
  const step = (from: number, to: number) => {
    for (let i = from; i < to; i++) {
      const r = i - start;
      const domain = sampler.domain(input.seed, i);
      if (input.tables) analyzer.analyze(domain, out, r, out.values, r * width * k);
      else analyzer.analyze(domain, out, r);
    }
  };
  return { out, step };
}

function fillReference(input: RobustnessInput, start: number, end: number): ChunkFill {
  const { model } = input;
  const m = model.domain.issues.length;
  const k = model.domain.parties.length;
  const layout = input.tables ? packageLayout(model.domain) : null;
  const width = layout ? layout.width : 0;
  const out = emptyChunk(start, end, m, k, width);
  const sampler = new Sampler(model, input.applied);
  const issueIndex = new Map(model.domain.issues.map((issue, j) => [issue.id, j]));
  const step = (from: number, to: number) => {
    for (let i = from; i < to; i++) {
      const r = i - start;
      const domain = sampler.domain(input.seed, i);
      const res = analyze(domain, { statusQuo: model.statusQuo, summary: false });
      if (res.nash) {
        out.nash.set(res.nash.outcome, r * m);
        out.nashUtilities.set(res.nash.utilities, r * k);
      }
      if (res.kalaiSmorodinsky) out.ks.set(res.kalaiSmorodinsky.outcome, r * m);
      out.disagreement.set(res.disagreement, r * k);
      if (res.linkage) {
        out.delinked.set(res.linkage.delinked.outcome, r * m);
        out.delinkedUtilities.set(res.linkage.delinked.utilities, r * k);
        for (const id of res.linkage.noDealAlone) out.noDealAlone[r * m + issueIndex.get(id)!] = 1;
      }
      if (layout) tableRow(layout, domain, out.values, r * width * k);
    }
  };
  return { out, step };
}

function runFill(fill: ChunkFill, start: number, end: number, onProgress?: (done: number) => void): ChunkResult {
  for (let from = start; from < end; from += PROGRESS_STEP) {
    const to = Math.min(end, from + PROGRESS_STEP);
    fill.step(from, to);
    if (onProgress && to < end) onProgress(to - start);
  }
  return fill.out;
}

/**
 * Run samples [start, end) of `input`; `onProgress` hears the samples done so far every
 * PROGRESS_STEP samples (not at the end: the result says that).
 */
export function robustnessChunk(
  input: RobustnessInput,
  start: number,
  end: number,
  onProgress?: (done: number) => void,
): ChunkResult {
  return runFill(fillPerSample(input, start, end), start, end, onProgress);
}

/**
 * As `robustnessChunk`, awaiting `pause()` after every PROGRESS_STEP samples: in a thread that
 * also hands out the other threads' chunks (the CLI's calling thread), the pause lets the event
 * loop turn so a pool thread that finished gets its next chunk at once instead of idling until
 * this whole chunk is done. The records are the same as `robustnessChunk`'s.
 */
export async function robustnessChunkPausing(
  input: RobustnessInput,
  start: number,
  end: number,
  pause: () => Promise<void>,
  onProgress?: (done: number) => void,
): Promise<ChunkResult> {
  const fill = fillPerSample(input, start, end);
  for (let from = start; from < end; from += PROGRESS_STEP) {
    const to = Math.min(end, from + PROGRESS_STEP);
    fill.step(from, to);
    if (to < end) {
      onProgress?.(to - start);
      await pause();
    }
  }
  return fill.out;
}

/**
 * Samples [start, end) by the full analysis of each drawn domain (`analyze`): the reference the
 * per-sample path (sample-analysis.ts) is tested against, and the path for domains with a
 * component too large to table.
 */
export function referenceChunk(
  input: RobustnessInput,
  start: number,
  end: number,
  onProgress?: (done: number) => void,
): ChunkResult {
  return runFill(fillReference(input, start, end), start, end, onProgress);
}

/** Put chunks together in sample order; they must cover 0..samples exactly once. */
export function mergeChunks(input: RobustnessInput, chunks: readonly ChunkResult[]): ChunkResult {
  const m = input.model.domain.issues.length;
  const k = input.model.domain.parties.length;
  const sorted = [...chunks].sort((a, b) => a.start - b.start);
  let at = 0;
  for (const c of sorted) {
    if (c.start !== at) throw new Error(`robustness chunks do not cover samples ${at}..${c.start} exactly once`);
    at = c.end;
  }
  if (at !== input.samples) throw new Error(`robustness chunks end at sample ${at}, not ${input.samples}`);
  const width = input.tables ? (packageLayout(input.model.domain)?.width ?? 0) : 0;
  const out = emptyChunk(0, input.samples, m, k, width);
  for (const c of sorted) {
    out.values.set(c.values, c.start * width * k);
    out.nash.set(c.nash, c.start * m);
    out.ks.set(c.ks, c.start * m);
    out.delinked.set(c.delinked, c.start * m);
    out.nashUtilities.set(c.nashUtilities, c.start * k);
    out.delinkedUtilities.set(c.delinkedUtilities, c.start * k);
    out.disagreement.set(c.disagreement, c.start * k);
    out.noDealAlone.set(c.noDealAlone, c.start * m);
  }
  return out;
}
