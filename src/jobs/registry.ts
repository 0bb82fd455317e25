/**
 * The task registry: every kind of task the job pool (or any other executor) can run, by name.
 * Adding a kind = writing its handler (task.ts) and listing it here; executors need no change.
 * Browser-safe.
 */
import { fail } from '../core/index.ts';
import { analysisRun, analysisText, scenarioRead } from './analysis-tasks.ts';
import { jointVsUnilateralStep, tournamentChunk } from './cooperation-tasks.ts';
import { frontierSubtrees } from './frontier-tasks.ts';
import { mediationTask } from './mediation-tasks.ts';
import { negotiationChunk, negotiationSession } from './negotiation-tasks.ts';
import { robustnessChunkTask, robustnessFinishTask, robustnessSensitivityTask } from './robustness-tasks.ts';
import type { TaskContext, TaskDefinition } from './task.ts';

export const TASKS = {
  'analysis.run': analysisRun,
  'analysis.text': analysisText,
  'scenario.read': scenarioRead,
  'frontier.subtrees': frontierSubtrees,
  'cooperation.tournament-chunk': tournamentChunk,
  'cooperation.joint-vs-unilateral': jointVsUnilateralStep,
  'negotiation.tournament-chunk': negotiationChunk,
  'negotiation.session': negotiationSession,
  'robustness.chunk': robustnessChunkTask,
  'robustness.sensitivity': robustnessSensitivityTask,
  'robustness.finish': robustnessFinishTask,
  'mediation.proposals': mediationTask,
};

type Tasks = typeof TASKS;
export type TaskKind = keyof Tasks;
export type TaskInput<K extends TaskKind> = Tasks[K] extends TaskDefinition<infer I, unknown, unknown> ? I : never;
export type TaskOutput<K extends TaskKind> = Tasks[K] extends TaskDefinition<unknown, infer O, unknown> ? O : never;
export type TaskProgress<K extends TaskKind> = Tasks[K] extends TaskDefinition<unknown, unknown, infer P> ? P : never;

export function isTaskKind(kind: string): kind is TaskKind {
  return Object.prototype.hasOwnProperty.call(TASKS, kind);
}

function definition(kind: string): TaskDefinition<unknown, unknown, unknown> {
  if (!isTaskKind(kind))
    fail('unknown_task_kind', { kind, known: Object.keys(TASKS) }, { path: ['kind'], received: kind });
  return TASKS[kind] as unknown as TaskDefinition<unknown, unknown, unknown>;
}

/** Run a task's handler in this thread (what every executor ends up calling, wherever it runs). */
export async function runHandler(kind: string, input: unknown, ctx: TaskContext<unknown>): Promise<unknown> {
  return await definition(kind).run(input, ctx);
}

/** The output's buffers to move rather than copy (empty when the kind moves none). */
export function outputTransfers(kind: string, output: unknown): ArrayBuffer[] {
  return definition(kind).transfer?.(output) ?? [];
}
