/**
 * The server's jobs as data: a study plan names a study kind and its resolved input (the domain,
 * the parameters, the stage game, the prepared robustness run), so the same plan runs in this
 * process (embedded mode) or is put on the Redis queue and run by whichever server takes it (queue
 * mode, REDIS_URL), and runs again unchanged after a restart. Each kind calls the same runner with
 * the executor it is given.
 */
import type { Domain } from '../model/index.ts';
import type { Executor } from '../jobs/index.ts';
import { runTournamentJob, type GameChoice, type TournamentParams } from './cooperation-run.ts';
import type { JobContext } from './jobs.ts';
import { runComparisonJob, runSessionJob, type ComparisonParams, type SessionParams } from './negotiation/run.ts';
import { RobustnessCache, runRobustnessJob, type PreparedRobustness } from './robustness-run.ts';

/** What a study may need from the server that runs it besides the executor of its chunks. */
export interface StudyEnv {
  /**
   * This process's own pool, for steps that take everything the chunks returned (the robustness
   * merge): on the queue they would ship every chunk's records back through Redis.
   */
  local: Executor;
  /** Finished robustness results of this server, by run key (scenario version and settings). */
  robustnessCache: RobustnessCache;
}

/** An environment for callers that give none (each call its own cache). */
const bare = (tasks: Executor): StudyEnv => ({ local: tasks, robustnessCache: new RobustnessCache() });

const STUDIES = {
  'negotiation.session': (tasks: Executor, i: { domain: Domain; params: SessionParams }, ctx: JobContext) =>
    runSessionJob(tasks, i.domain, i.params, ctx),
  'negotiation.comparison': (tasks: Executor, i: { domain: Domain; params: ComparisonParams }, ctx: JobContext) =>
    runComparisonJob(tasks, i.domain, i.params, ctx),
  'cooperation.tournament': (
    tasks: Executor,
    i: { params: TournamentParams & { game?: unknown }; choice: GameChoice },
    ctx: JobContext,
  ) => runTournamentJob(tasks, i.params, ctx, i.choice),
  robustness: (tasks: Executor, i: PreparedRobustness, ctx: JobContext, env: StudyEnv) =>
    runRobustnessJob(tasks, i, ctx, env.robustnessCache, env.local),
};

type Studies = typeof STUDIES;
export type StudyKind = keyof Studies;

/** A job as data: a study kind and its input. */
export type Study = { [K in StudyKind]: { kind: K; input: Parameters<Studies[K]>[1] } }[StudyKind];

export function isStudyKind(kind: string): kind is StudyKind {
  return Object.prototype.hasOwnProperty.call(STUDIES, kind);
}

/** Run a study on `tasks` (the pool, the calling thread, or the queue's workers). */
export function runStudy(
  tasks: Executor,
  study: Study,
  ctx: JobContext,
  env: StudyEnv = bare(tasks),
): Promise<unknown> {
  if (!isStudyKind(study.kind)) throw new Error(`no study kind ${String(study.kind)}`);
  const run = STUDIES[study.kind] as (t: Executor, i: unknown, c: JobContext, e: StudyEnv) => Promise<unknown>;
  return run(tasks, study.input, ctx, env);
}
