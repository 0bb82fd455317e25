/**
 * In-process jobs for long runs (negotiation sessions, cooperation tournaments).
 *
 * A job is recorded in the database (status, progress, result, error) and run in this process.
 * Live state (progress and the items a run streams as it goes, e.g. offers) is kept in memory
 * and pushed to subscribers (server-sent events). Jobs survive only within the process: at
 * start-up, jobs a previous process left queued or running are marked failed (`interrupted`).
 * On shutdown, running jobs are asked to stop (their AbortSignal fires) and are recorded as
 * cancelled once their current step returns.
 */
import { randomUUID } from 'node:crypto';
import type { FastifyBaseLogger, FastifyReply } from 'fastify';
import { CgError, isCgError, problem, type Problem } from '../core/index.ts';
import type { JobRecord, JobRepo } from '../store/index.ts';

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

  constructor(
    private readonly repo: JobRepo,
    private readonly log: FastifyBaseLogger,
    private readonly opts: { concurrency?: number; progressWriteMs?: number } = {},
  ) {}

  async start(
    kind: string,
    scenarioId: string | null,
    params: unknown,
    run: JobRun,
    opts: { principal?: string } = {},
  ): Promise<JobRecord> {
    if (this.closing) {
      throw new CgError(problem('shutting_down', {}));
    }
    const id = randomUUID();
    await this.repo.insert({ id, kind, scenarioId, params, principal: opts.principal });
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
    };
    this.live.set(id, live);
    this.queue.push({ id, run });
    this.pump();
    return (await this.repo.find(id))!;
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

  private async execute(id: string, run: JobRun): Promise<void> {
    const live = this.live.get(id)!;
    const writeEvery = this.opts.progressWriteMs ?? 250;
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
    } finally {
      const job = (await this.repo.find(id))!;
      this.publish(id, { type: 'done', job });
      live.listeners.clear();
      live.markFinished();
      // Keep streamed items a little while so late pollers still see them, then free memory.
      setTimeout(() => this.live.delete(id), 10 * 60_000).unref();
    }
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
    if (live && (rec.status === 'running' || rec.status === 'queued')) {
      rec.progress = live.progress;
      rec.message = live.message;
    }
    const items = live ? live.items.slice(since) : [];
    return { ...rec, items, itemCount: live ? live.items.length : 0 };
  }

  /** Subscribe to a job's events; returns an unsubscribe function, or null if the job is not live. */
  subscribe(id: string, listener: (e: JobEvent) => void): (() => void) | null {
    const live = this.live.get(id);
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

  /** Stop accepting jobs, ask running ones to stop, and wait (up to `timeoutMs`) for them to settle. */
  async shutdown(timeoutMs = 10_000): Promise<void> {
    this.closing = true;
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
