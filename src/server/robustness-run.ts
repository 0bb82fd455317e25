/**
 * Robustness runs as jobs. The request's settings are checked (and the run prepared) before the
 * job exists, so bad settings are a 400 naming the field and nothing is stored. The run goes to the
 * job pool: chunks of samples, the exact sensitivity and the finishing step (merge, summary, most
 * robust package, findings) are tasks (src/jobs), so the server's thread only tallies partial
 * estimates (a few counts per sample) and streams one about every tenth of the run. Results are
 * cached per (scenario id, version, settings): a stored scenario does not change without a new
 * version, so a cached result is never stale, and a repeated request gets a job that ends at once.
 */
import { CgError, type PathSegment, type Problem } from '../core/index.ts';
import {
  chunkBuffers,
  PartialTally,
  robustnessInput,
  type RobustnessInput,
  type RobustnessJson,
  type RobustnessSettings,
} from '../analysis/index.ts';
import {
  applyUncertainty,
  compileScenario,
  parseUncertaintySetting,
  preferencesOf,
  uncertaintySettingsFrom,
  withStatusQuo,
  type Scenario,
  type UncertaintySettings,
} from '../model/index.ts';
import { robustnessPartsOn, type Executor } from '../jobs/index.ts';
import type { JobContext } from './jobs.ts';
import type { JobRepo, StoredScenario } from '../store/index.ts';

export interface RobustnessBody {
  samples: number;
  seed: number;
  uncertainty?: string | Record<string, unknown>;
  statusQuo?: string;
  baseline: 'status-quo' | 'issue-by-issue';
  sensitivity: boolean;
}

export interface PreparedRobustness {
  input: RobustnessInput;
  settings: RobustnessSettings;
  /** Identifies the run's result: scenario, version and every setting as applied. */
  key: string;
}

const BODY: PathSegment[] = ['body'];

/** Problems raised with a path relative to a body field: put the field in front. */
function under<T>(head: PathSegment[], f: () => T, drop = 0): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof CgError)
      throw new CgError(
        e.problems.map((p: Problem) => ({ ...p, path: [...head, ...p.path.slice(drop)] })),
        { status: 400 },
      );
    throw e;
  }
}

/** Check the settings against the stored scenario and prepare the run (throws 400 problems naming the body field). */
export function prepareRobustness(s: StoredScenario, body: RobustnessBody): PreparedRobustness {
  const scenario = s.document as Scenario;
  let domain = compileScenario(scenario);
  if (body.statusQuo !== undefined) {
    const spec = body.statusQuo;
    // withStatusQuo names its flag (statusQuo) first: keep the rest of the path under body.statusQuo.
    domain = under([...BODY, 'statusQuo'], () => withStatusQuo(domain, spec).domain, 1);
  }
  const uncertainty: UncertaintySettings =
    body.uncertainty === undefined
      ? {}
      : typeof body.uncertainty === 'string'
        ? parseUncertaintySetting(body.uncertainty, [...BODY, 'uncertainty'])
        : uncertaintySettingsFrom(body.uncertainty, [...BODY, 'uncertainty']);
  const model = preferencesOf(domain, scenario);
  const applied = applyUncertainty(model, scenario, uncertainty, [...BODY, 'uncertainty']);
  const settings: RobustnessSettings = {
    samples: body.samples,
    seed: body.seed,
    baseline: body.baseline === 'issue-by-issue' ? 'issueByIssue' : 'disagreement',
    sensitivity: body.sensitivity,
  };
  const input = robustnessInput(model, applied, settings, BODY);
  const key = JSON.stringify([s.id, s.version, settings, body.statusQuo ?? null, uncertainty]);
  return { input, settings, key };
}

/** Finished results by run key, least recently used dropped first. */
export class RobustnessCache {
  private readonly map = new Map<string, RobustnessJson>();
  constructor(private readonly max = 50) {}

  get(key: string): RobustnessJson | undefined {
    const hit = this.map.get(key);
    if (hit !== undefined) {
      this.map.delete(key);
      this.map.set(key, hit);
    }
    return hit;
  }

  set(key: string, value: RobustnessJson): void {
    this.map.delete(key);
    this.map.set(key, value);
    if (this.map.size > this.max) this.map.delete(this.map.keys().next().value!);
  }

  get size(): number {
    return this.map.size;
  }

  /**
   * The most recently used result of a scenario version with the scenario's own status quo (any
   * samples, seed and uncertainty: the memo prints them), for the scenario memo.
   */
  latestFor(id: string, version: number): RobustnessJson | undefined {
    for (const key of [...this.map.keys()].reverse()) {
      const [kid, kversion, , statusQuo] = JSON.parse(key) as [string, number, unknown, string | null];
      if (kid === id && kversion === version && statusQuo === null) return this.map.get(key);
    }
    return undefined;
  }
}

/** Stored robustness jobs looked at for a memo when the cache has none (the newest first). */
export const MEMO_STUDY_JOBS = 20;

/**
 * The robustness study the scenario memo shows: the latest result of this scenario version with
 * its own status quo, from the cache, else from the finished jobs stored (a restarted server keeps
 * them); none when no study was run. Never computed here: a study is a job (POST .../robustness).
 */
export async function memoStudy(
  cache: RobustnessCache,
  jobs: JobRepo,
  s: Pick<StoredScenario, 'id' | 'version'>,
): Promise<RobustnessJson | null> {
  const hit = cache.latestFor(s.id, s.version);
  if (hit) return hit;
  for (const job of await jobs.list({ kind: 'robustness', limit: MEMO_STUDY_JOBS })) {
    const params = job.params as { version?: number; statusQuo?: string } | null;
    if (
      job.scenarioId === s.id &&
      job.status === 'succeeded' &&
      params?.version === s.version &&
      params.statusQuo === undefined &&
      job.result
    )
      return job.result as RobustnessJson;
  }
  return null;
}

/** Partial estimates streamed per run: one each time another tenth of the samples is in. */
export const PARTIAL_STEPS = 10;

/**
 * Run a prepared robustness run: its samples and sensitivity on `tasks` (the pool, or the queue's
 * workers), the finishing step on `local` (default `tasks`). In queue mode `local` is the server's
 * own pool: the finish takes every sample's records, which the server already holds (it tallies the
 * partial estimates from them), so they are not sent back through Redis a second time.
 */
export async function runRobustnessJob(
  tasks: Executor,
  run: PreparedRobustness,
  ctx: JobContext,
  cache: RobustnessCache,
  local: Executor = tasks,
): Promise<RobustnessJson> {
  const cached = cache.get(run.key);
  if (cached) {
    ctx.progress(1, 'cached result (same scenario version and settings)');
    return cached;
  }
  const { input } = run;
  const tally = new PartialTally(input);
  let step = 0;
  const parts = await robustnessPartsOn(tasks, input, run.settings, {
    signal: ctx.signal,
    onChunk: (chunk) => {
      tally.add(chunk);
      const reached = Math.floor((tally.samples / input.samples) * PARTIAL_STEPS);
      if (reached > step) {
        step = reached;
        ctx.emit(tally.estimate());
      }
    },
    // The last 5% is the finishing step (most robust package, findings).
    onProgress: (done, total) => ctx.progress(0.95 * (done / total), `${done} of ${total} samples`),
  });
  const result = await local.run(
    'robustness.finish',
    { input, chunks: parts.chunks, settings: run.settings, sensitivity: parts.sensitivity },
    { signal: ctx.signal, transfer: parts.chunks.flatMap(chunkBuffers) },
  );
  ctx.progress(1, 'done');
  cache.set(run.key, result);
  return result;
}
