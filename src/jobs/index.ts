/**
 * Jobs: the worker pool and the task kinds it runs. A task kind (`cooperation.tournament-chunk`,
 * `negotiation.session`, ...) names a handler `(input, ctx) => output` over plain data; executors
 * run tasks in this thread (`inlineExecutor`) or on the worker-thread pool (node.ts). The drivers
 * here cut tournaments into tasks and put the results back together, identical for any executor.
 * Browser-safe; the pool is in node.ts.
 */
export { defineTask, TaskAborted, type TaskContext, type TaskDefinition } from './task.ts';
export {
  TASKS,
  isTaskKind,
  runHandler,
  type TaskInput,
  type TaskKind,
  type TaskOutput,
  type TaskProgress,
} from './registry.ts';
export { inlineExecutor, runAll, withCallingThread, type Executor, type RunOptions } from './executor.ts';
export { LruCache } from './cache.ts';
export { solveFrontierGroups, SPLIT_PER_THREAD, type ParallelFrontierOptions } from './parallel-frontier.ts';
export type { SubtreesInput, SubtreesOutput } from './frontier-tasks.ts';
export {
  DEFAULT_MODEL_LIMITS,
  analyseScenario,
  checkModelSize,
  isYamlBody,
  readScenario,
  scenarioProblems,
  type AnalysisInput,
  type ModelLimits,
  type YamlBody,
} from './analysis-tasks.ts';
export { playTournamentOn, type ChunkedTournamentOptions } from './cooperation-tournament.ts';
export { runTournamentOn, type ChunkedNegotiationOptions } from './negotiation-tournament.ts';
export {
  jointVsUnilateral,
  jointVsUnilateralOn,
  seriesMatches,
  type JointVsUnilateral,
  type SeriesParams,
} from './joint-vs-unilateral.ts';
export { emptyJointSums, type JointStepInput, type JointSums, type TournamentChunkInput } from './cooperation-tasks.ts';
export { type NegotiationChunkInput, type SessionInput, type SessionProgress } from './negotiation-tasks.ts';
export { MAX_RESULT_OFFERS, runSessionJob, type OfferSink, type SessionParams } from './negotiation-session.ts';
export {
  robustnessJsonOn,
  robustnessPartsOn,
  runRobustnessOn,
  type ChunkedRobustnessOptions,
  type RobustnessParts,
} from './robustness.ts';
export { type RobustnessChunkInput, type RobustnessFinishInput, type SensitivityInput } from './robustness-tasks.ts';
export { type MediationTaskInput, type MediationTaskOutput } from './mediation-tasks.ts';
export { mediationProposalsOn, robustRound, type RobustRoundSettings } from './mediation.ts';
