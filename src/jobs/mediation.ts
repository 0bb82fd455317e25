/**
 * A mediation round's proposals on any executor. Without the concept `mostRobust` it is one
 * `mediation.proposals` task. With it, the Monte Carlo samples are computed first as
 * `robustness.chunk` tasks (spread over the pool's threads, exactly as a robustness run), then
 * the one `mediation.proposals` task merges them, searches the most robust package and picks the
 * round's proposals. Every step runs on the executor (never the caller's thread when that is a
 * pool), under the caller's signal (the server's time budget). Browser-safe.
 */
import { chunkBuffers, type Baseline, type RobustnessInput } from '../analysis/index.ts';
import type { Outcome } from '../model/index.ts';
import type { Executor } from './executor.ts';
import type { MediationTaskInput, MediationTaskOutput } from './mediation-tasks.ts';
import { robustnessPartsOn } from './robustness.ts';

export interface RobustRoundSettings {
  input: RobustnessInput;
  baseline: Baseline;
  /** Packages proposed in earlier rounds. */
  exclude: Outcome[];
}

export async function mediationProposalsOn(
  executor: Executor,
  task: Extract<MediationTaskInput, { mode: 'proposals' }>,
  robust: RobustRoundSettings | null,
  signal?: AbortSignal,
): Promise<MediationTaskOutput> {
  if (!robust || !task.concepts.includes('mostRobust')) return executor.run('mediation.proposals', task, { signal });
  const parts = await robustnessPartsOn(executor, robust.input, { sensitivity: false }, { signal });
  return executor.run(
    'mediation.proposals',
    {
      ...task,
      robust: { input: robust.input, chunks: parts.chunks, baseline: robust.baseline, exclude: robust.exclude },
    },
    { signal, transfer: parts.chunks.flatMap(chunkBuffers) },
  );
}
