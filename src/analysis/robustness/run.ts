/**
 * A whole robustness run: prepare (check the settings), run the chunks (here, one after the other;
 * `runRobustnessOn` in src/jobs hands them to the job pool), and finish (merge the chunks
 * in sample order, summarise, search the most robust package, compute the exact sensitivity).
 * Finishing depends only on the merged samples, so the result is the same whoever ran the chunks.
 * Browser-safe.
 */
import { fail, type PathSegment } from '../../core/index.ts';
import type { AppliedUncertainty, Outcome, PreferenceModel } from '../../model/index.ts';
import { analyze, type AnalysisResult } from '../analyze.ts';
import { type ChunkResult, mergeChunks, robustnessChunk, type RobustnessInput } from './chunk.ts';
import { type Baseline, type MostRobust, mostRobustPackage } from './most-robust.ts';
import { MAX_TABLE, packageLayout } from './package-table.ts';
import { sensitivity, type SensitivityResult } from './sensitivity.ts';
import { type MonteCarloSummary, summarise } from './summary.ts';

/** Most samples a run may ask for (about a minute for North America on one core). */
export const MAX_SAMPLES = 100_000;
export const DEFAULT_SAMPLES = 2_000;
export const DEFAULT_SEED = 1;
/** Smallest chunk, and the step of the progress a chunk reports while it runs. */
export const CHUNK_SAMPLES = 125;
/** Largest chunk: a chunk costs its input's copy and the analyzer's set-up (a few ms), so chunks are big. */
export const MAX_CHUNK_SAMPLES = 2500;

export interface RobustnessSettings {
  samples?: number;
  seed?: number;
  /** No-deal point of the most robust package: the disagreement point (default) or the issue-by-issue package. */
  baseline?: Baseline;
  /** Exact sensitivity of weights, and of values (default both). */
  sensitivity?: boolean | { values: boolean };
}

/** Check samples and seed (problems name the setting: `--samples` on the CLI, `samples` in the API). */
export function robustnessInput(
  model: PreferenceModel,
  applied: AppliedUncertainty,
  settings: RobustnessSettings = {},
  base: PathSegment[] | null = [],
): RobustnessInput {
  // base null: the message names the setting itself (the CLI's flags), no data path.
  const at = (field: string) => ({ path: base === null ? [] : [...base, field] });
  const samples = settings.samples ?? DEFAULT_SAMPLES;
  if (!Number.isInteger(samples) || samples < 1 || samples > MAX_SAMPLES)
    fail('robustness_sample_count', { given: String(samples), max: MAX_SAMPLES }, at('samples'));
  const seed = settings.seed ?? DEFAULT_SEED;
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff)
    fail('robustness_bad_seed', { given: String(seed) }, at('seed'));
  if (settings.baseline === 'issueByIssue' && !model.statusQuo) {
    const issues = model.domain.issues.filter((i) => i.statusQuo === undefined).map((i) => i.id);
    fail('robustness_needs_status_quo', { issues }, at('baseline'));
  }
  const layout = packageLayout(model.domain);
  const tables = layout !== null && samples * layout.width * model.domain.parties.length <= MAX_TABLE;
  return { model, applied, seed, samples, tables };
}

/** Chunk boundaries: [start, end) pairs covering every sample. */
export function chunkRanges(samples: number, size = CHUNK_SAMPLES): [number, number][] {
  const out: [number, number][] = [];
  for (let start = 0; start < samples; start += size) out.push([start, Math.min(samples, start + size)]);
  return out;
}

/**
 * Chunks for `threads` threads taking them as they free up ("guided" scheduling): each chunk is
 * half the samples left per thread, between CHUNK_SAMPLES and `most`, so the first chunks are big
 * (few hand-overs, few set-ups) and the last ones small (the threads finish together). How the
 * samples are cut never changes the result (sample i depends only on the seed and i).
 */
export function chunkPlan(samples: number, threads: number, most = MAX_CHUNK_SAMPLES): [number, number][] {
  const out: [number, number][] = [];
  const per = 2 * Math.max(1, threads);
  for (let start = 0; start < samples;) {
    const rest = samples - start;
    const size = Math.min(rest, Math.max(CHUNK_SAMPLES, Math.min(most, Math.ceil(rest / per))));
    out.push([start, start + size]);
    start += size;
  }
  return out;
}

export interface RobustnessResult {
  input: RobustnessInput;
  baseline: Baseline;
  /** The analysis at the nominal preferences. */
  nominal: AnalysisResult;
  monteCarlo: MonteCarloSummary;
  mostRobust: MostRobust;
  sensitivity: SensitivityResult | null;
}

export function finishRobustness(
  input: RobustnessInput,
  chunks: readonly ChunkResult[],
  settings: RobustnessSettings = {},
  /** The exact sensitivity when computed already (it depends on the nominal preferences only). */
  computed?: SensitivityResult | null,
): RobustnessResult {
  const table = mergeChunks(input, chunks);
  const nominal = analyze(input.model.domain, { statusQuo: input.model.statusQuo });
  const nash: Outcome | null = nominal.nash?.outcome ?? null;
  const ks: Outcome | null = nominal.kalaiSmorodinsky?.outcome ?? null;
  const baseline = settings.baseline ?? 'disagreement';
  const sens = settings.sensitivity ?? true;
  return {
    input,
    baseline,
    nominal,
    monteCarlo: summarise(input, table, nash),
    mostRobust: mostRobustPackage(input, table, { nash, ks }, { baseline }),
    sensitivity: !sens
      ? null
      : (computed ?? sensitivity(input.model, { values: typeof sens === 'object' ? sens.values : true })),
  };
}

/** Run every chunk in this thread, reporting progress after each. */
export function runRobustness(
  input: RobustnessInput,
  settings: RobustnessSettings = {},
  onProgress?: (done: number, total: number) => void,
): RobustnessResult {
  const chunks: ChunkResult[] = [];
  for (const [start, end] of chunkPlan(input.samples, 1)) {
    chunks.push(robustnessChunk(input, start, end, (done) => onProgress?.(start + done, input.samples)));
    onProgress?.(end, input.samples);
  }
  return finishRobustness(input, chunks, settings);
}
