/**
 * A mediation round's proposals on any executor. Without the concept `mostRobust` it is one
 * `mediation.proposals` task. With it, the Monte Carlo samples are computed first as
 * `robustness.chunk` tasks (spread over the pool's threads, exactly as a robustness run), then
 * the one `mediation.proposals` task merges them, searches the most robust package and picks the
 * round's proposals. Every step runs on the executor (never the caller's thread when that is a
 * pool), under the caller's signal (the server's time budget). Browser-safe.
 */
import { chunkBuffers, robustnessInput, type Baseline, type RobustnessInput } from '../analysis/index.ts';
import { applyUncertainty, preferencesOf, type Domain, type Outcome, type Scenario } from '../model/index.ts';
import type { Executor } from './executor.ts';
import type { MediationTaskInput, MediationTaskOutput } from './mediation-tasks.ts';
import { robustnessPartsOn } from './robustness.ts';

export interface RobustRoundSettings {
  input: RobustnessInput;
  baseline: Baseline;
  /** Packages proposed in earlier rounds. */
  exclude: Outcome[];
}

/**
 * The Monte Carlo of a round's most robust package, on the combined private preferences: the
 * uncertainty the scenario states (in the delegations' own entries or scenario-wide), else the
 * built-in default, as a robustness run applies it; the no-deal point each party must beat is the
 * issue-by-issue package when every issue has a status quo, else the disagreement point. Earlier
 * proposals are excluded, so a later round proposes the most robust package not yet proposed.
 */
export function robustRound(
  combined: Scenario,
  domain: Domain,
  settings: { samples: number; seed: number },
  previous: number[][],
): RobustRoundSettings {
  const model = preferencesOf(domain, combined);
  const applied = applyUncertainty(model, combined, {}, []);
  const baseline = model.statusQuo ? 'issueByIssue' : 'disagreement';
  const input = robustnessInput(model, applied, { ...settings, baseline }, []);
  return { input, baseline, exclude: previous };
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
