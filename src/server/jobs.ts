/**
 * Jobs for long runs (negotiation sessions, comparisons, cooperation tournaments, robustness runs).
 *
 * A job is recorded in the database (status, progress, result, error). Live state (progress and
 * the items a run streams as it goes, e.g. offers) is kept in memory and pushed to subscribers
 * (server-sent events).
 *
 * Embedded mode (default): jobs run in this process, at most `concurrency` at once, their chunks
 * on the worker-thread pool. They survive only within the process: at start-up, jobs a previous
 * process left queued or running are marked failed (`interrupted`); on shutdown, running jobs
 * are asked to stop and are recorded as cancelled once their current step returns.
 *
 * Queue mode (REDIS_URL, `attachQueue`): a job is a study plan (studies.ts) put on the Redis
 * queue; a server takes it and orchestrates it, its chunks run on `commonground worker`
 * processes. On shutdown the running studies are handed back to the queue (not cancelled) and
 * the next server to start resumes them: no `interrupted` in this mode.
 */
import { randomUUID } from 'node:crypto';
import type { FastifyBaseLogger, FastifyReply } from 'fastify';
import { CgError, isCgError, problem, type Problem } from '../core/index.ts';
import { inlineExecutor, type Executor } from '../jobs/index.ts';
import type { StudyPlan, StudyQueue } from '../jobs/node.ts';
import type { JobRecord, JobRepo } from '../store/index.ts';
import { RobustnessCache } from './robustness-run.ts';
import { runStudy, type Study, type StudyEnv } from './studies.ts';

export interface JobContext {
  signal: AbortSignal;
  /** Report progress in [0, 1] with an optional message. */
  progress(fraction: number, message?: string): void;
  /** Stream one item (an offer, a round result) to watchers. */
  emit(item: unknown): void;
}

export type JobRun = (ctx: JobContext) => Promise<unknown>;

export type JobEvent =
  | { type: 'progress'; progress: number; message: string | null }
  | { type: 'item'; index: number; item: unknown }
  | { type: 'done'; job: JobRecord };

interface Live {
  controller: AbortController;
  progress: number;
  message: string | null;
  items: unknown[];
  listeners: Set<(e: JobEvent) => void>;
  /** Resolves once the job's final status is recorded. */
  finished: Promise<void>;
  markFinished: () => void;
  lastWrite: number;
  /** This process runs the job (in queue mode another server may: its progress is in the database). */
  runsHere: boolean;
}

export class JobCancelled extends Error {
  constructor() {
    super('cancelled');
    this.name = 'JobCancelled';
  }
}

/** Throw `JobCancelled` if the job was asked to stop (call between steps). */
export function checkCancelled(signal: AbortSignal): void {
  if (signal.aborted) throw new JobCancelled();
}

export class JobManager {
  private readonly live = new Map<string, Live>();
  private readonly queue: { id: string; run: JobRun }[] = [];
  private running = 0;
  private closing = false;
  /** What studies take from this server besides their chunks' executor: its own pool and caches. */
  private readonly env: StudyEnv;

  constructor(
    private readonly repo: JobRepo,
    private readonly log: FastifyBaseLogger,
    private readonly opts: {
      concurrency?: number;
      progressWriteMs?: number;
      tasks?: Executor;
      /** The server's robustness results (shared with the reports, which show the latest study). */
      robustnessCache?: RobustnessCache;
    } = {},
  ) {
    this.env = { local: opts.tasks ?? inlineExecutor, robustnessCache: opts.robustnessCache ?? new RobustnessCache() };
  }

  private studyQueue: StudyQueue | null = null;

  /** Queue mode: jobs go on `queue` and this server takes studies from it (including ones a stopped server left). */
  async attachQueue(queue: StudyQueue): Promise<void> {
    this.studyQueue = queue;
    await queue.process((id, plan, tasks, signal) => this.runQueued(id, plan, tasks, signal));
  }

  /**
   * Record a job and run it: `run` is a study plan (data; the only form queue mode takes) or, for
   * embedded-only callers, a function.
   */
  async start(
    kind: string,
    scenarioId: string | null,
    params: unknown,
    run: JobRun | Study,
    opts: { principal?: string } = {},
  ): Promise<JobRecord> {
    if (this.closing) {
      throw new CgError(problem('shutting_down', {}));
    }
    if (this.studyQueue && typeof run === 'function') throw new Error('queue mode runs study plans only');
    const id = randomUUID();
    await this.repo.insert({ id, kind, scenarioId, params, principal: opts.principal });
    this.makeLive(id);
    if (this.studyQueue) await this.studyQueue.enqueue(id, run as Study);
    else {
      const tasks = this.env.local;
      this.queue.push({ id, run: typeof run === 'function' ? run : (ctx) => runStudy(tasks, run, ctx, this.env) });
      this.pump();
    }
    return (await this.repo.find(id))!;
  }

  /** A study this server took from the queue (new, or resumed after a restart). */
  private async runQueued(
    id: string,
    plan: StudyPlan,
    tasks: Executor,
    signal: AbortSignal,
  ): Promise<'done' | 'handback'> {
    const rec = await this.repo.find(id);
    if (!rec || rec.status === 'succeeded' || rec.status === 'failed' || rec.status === 'cancelled') return 'done';
    const live = this.live.get(id) ?? this.makeLive(id);
    const onAbort = () => live.controller.abort(signal.reason);
    if (signal.aborted) onAbort();
    else signal.addEventListener('abort', onAbort, { once: true });
    try {
      return await this.execute(id, (ctx) => runStudy(tasks, plan as Study, ctx, this.env));
    } finally {
      signal.removeEventListener('abort', onAbort);
    }
  }

  private makeLive(id: string): Live {
    let markFinished!: () => void;
    const finished = new Promise<void>((r) => (markFinished = r));
    const live: Live = {
      controller: new AbortController(),
      progress: 0,
      message: null,
      items: [],
      listeners: new Set(),
      finished,
      markFinished,
      lastWrite: 0,
      runsHere: false,
    };
    this.live.set(id, live);
    return live;
  }

  private pump(): void {
    const limit = this.opts.concurrency ?? 2;
    while (this.running < limit && this.queue.length > 0) {
      const next = this.queue.shift()!;
      this.running++;
      void this.execute(next.id, next.run).finally(() => {
        this.running--;
        this.pump();
      });
    }
  }

  private async execute(id: string, run: JobRun): Promise<'done' | 'handback'> {
    const live = this.live.get(id)!;
    const writeEvery = this.opts.progressWriteMs ?? 250;
    live.runsHere = true;
    const ctx: JobContext = {
      signal: live.controller.signal,
      progress: (fraction, message) => {
        live.progress = Math.max(0, Math.min(1, fraction));
        if (message !== undefined) live.message = message;
        this.publish(id, { type: 'progress', progress: live.progress, message: live.message });
        const now = Date.now();
        if (now - live.lastWrite >= writeEvery) {
          live.lastWrite = now;
          this.repo
            .progress(id, live.progress, live.message)
            .catch((e) => this.log.warn({ err: e, job: id }, 'could not record job progress'));
        }
      },
      emit: (item) => {
        live.items.push(item);
        this.publish(id, { type: 'item', index: live.items.length - 1, item });
      },
    };
    try {
      if (live.controller.signal.aborted) throw new JobCancelled();
      await this.repo.started(id);
      this.log.info({ job: id }, 'job started');
      const result = await run(ctx);
      if (live.controller.signal.aborted) throw new JobCancelled();
      await this.repo.finish(id, 'succeeded', { result, message: live.message });
      this.log.info({ job: id }, 'job succeeded');
    } catch (e) {
      if (live.controller.signal.reason === 'handback') {
        // Queue mode shutdown: the study goes back to the queue, its record stays running.
        this.log.info({ job: id }, 'job handed back to the queue');
        return 'handback';
      }
      if (e instanceof JobCancelled || live.controller.signal.aborted) {
        const by = live.controller.signal.reason === 'shutdown' ? 'shutdown' : 'request';
        const error = problem('cancelled', { by });
        await this.repo.finish(id, 'cancelled', { error: [error], message: error.message });
        this.log.info({ job: id }, 'job cancelled');
      } else {
        const problems: Problem[] = isCgError(e) ? e.problems : [problem('job_failed', {})];
        if (!isCgError(e)) this.log.error({ err: e, job: id }, 'job failed');
        await this.repo.finish(id, 'failed', { error: problems, message: problems[0].message });
      }
    }
    await this.finished(id, live);
    return 'done';
  }

  private async finished(id: string, live: Live): Promise<void> {
    const job = (await this.repo.find(id))!;
    this.publish(id, { type: 'done', job });
    live.listeners.clear();
    live.markFinished();
    // Keep streamed items a little while so late pollers still see them, then free memory.
    setTimeout(() => this.live.delete(id), 10 * 60_000).unref();
  }

  private publish(id: string, e: JobEvent): void {
    const live = this.live.get(id);
    if (!live) return;
    for (const l of live.listeners) l(e);
  }

  /** Job record with live progress and the streamed items from index `since` on. */
  async get(id: string, since = 0): Promise<(JobRecord & { items: unknown[]; itemCount: number }) | null> {
    const rec = await this.repo.find(id);
    if (!rec) return null;
    const live = this.live.get(id);
    if (live?.runsHere && (rec.status === 'running' || rec.status === 'queued')) {
      rec.progress = live.progress;
      rec.message = live.message;
    }
    const items = live ? live.items.slice(since) : [];
    return { ...rec, items, itemCount: live ? live.items.length : 0 };
  }

  /** Subscribe to a job's events; returns an unsubscribe function, or null if the job is not live. */
  async subscribe(id: string, listener: (e: JobEvent) => void): Promise<(() => void) | null> {
    let live = this.live.get(id);
    if (!live && this.studyQueue) {
      // Queue mode: a job left by a previous server is live again once a server takes it up.
      const rec = await this.repo.find(id);
      if (rec && (rec.status === 'queued' || rec.status === 'running')) live = this.live.get(id) ?? this.makeLive(id);
    }
    if (!live) return null;
    live.listeners.add(listener);
    return () => live.listeners.delete(listener);
  }

  /** Cancel a job, at a user's request or because the server shuts down (`reason` is kept as the abort reason). */
  cancel(id: string, reason: 'request' | 'shutdown' = 'request'): boolean {
    const live = this.live.get(id);
    if (!live || live.controller.signal.aborted) return false;
    live.controller.abort(reason);
    // A queued job is removed from the queue and finished at once.
    const qi = this.queue.findIndex((q) => q.id === id);
    if (qi >= 0) {
      const [q] = this.queue.splice(qi, 1);
      this.running++;
      void this.execute(q.id, q.run).finally(() => {
        this.running--;
      });
    }
    return true;
  }

  /**
   * Cancel at a user's request, in either mode: in queue mode a study still waiting on the queue is
   * removed and recorded as cancelled here, a running one is stopped by whichever server runs it.
   */
  async cancelJob(id: string): Promise<boolean> {
    if (!this.studyQueue) return this.cancel(id);
    const rec = await this.repo.find(id);
    if (!rec || (rec.status !== 'queued' && rec.status !== 'running')) return false;
    const how = await this.studyQueue.cancel(id);
    if (how === 'removed') {
      const error = problem('cancelled', { by: 'request' });
      await this.repo.finish(id, 'cancelled', { error: [error], message: error.message });
      await this.finished(id, this.live.get(id) ?? this.makeLive(id));
    }
    return true;
  }

  /** Stop accepting jobs, ask running ones to stop, and wait (up to `timeoutMs`) for them to settle. */
  async shutdown(timeoutMs = 10_000): Promise<void> {
    this.closing = true;
    if (this.studyQueue) {
      // Hand the running studies back to the queue; the next server resumes them.
      await this.studyQueue.close();
      return;
    }
    const pending: Promise<void>[] = [];
    for (const [id, live] of this.live) {
      if (!live.controller.signal.aborted) {
        const rec = await this.repo.find(id);
        if (rec && (rec.status === 'running' || rec.status === 'queued')) {
          this.cancel(id, 'shutdown');
          pending.push(live.finished);
        }
      }
    }
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([Promise.all(pending), new Promise<void>((r) => (timer = setTimeout(r, timeoutMs)))]);
    if (timer) clearTimeout(timer);
  }
}

/** The 202 reply of a route that started a job: where to watch it, and the job as queued. */
export function accepted(reply: FastifyReply, job: JobRecord): FastifyReply {
  const { principal: _p, ...rest } = job;
  return reply
    .status(202)
    .header('location', `/api/jobs/${job.id}`)
    .send({ ...rest, items: [], itemCount: 0 });
}
