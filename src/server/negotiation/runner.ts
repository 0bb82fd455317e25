/**
 * Runs negotiation jobs on a small pool of worker threads (default 2, one per core of the
 * reference machine), so a long session never blocks the server and its offers reach watchers
 * while it runs. Workers are started on first use and kept for the next job; a cancelled job's
 * worker is terminated at once (the session stops mid-run) and replaced on demand. With
 * `workers: 0` everything runs in the server's thread (tests; no mid-session cancel).
 */
import { moduleWorker } from '../../core/node.ts';
import { type Worker } from 'node:worker_threads';
import { CgError, type Problem } from '../../core/index.ts';
import type { Domain } from '../../model/index.ts';
import {
  planTournament,
  referenceFor,
  runTask,
  type Reference,
  type SessionSummary,
  type Task,
  type TournamentSpec,
} from '../../negotiation/index.ts';
import { checkCancelled, JobCancelled, type JobContext } from '../jobs.ts';
import { comparisonResult, comparisonSpecs, runSessionJob, type ComparisonParams, type SessionParams } from './run.ts';

type FromWorker =
  | { type: 'ready' }
  | { type: 'offers'; offers: Record<string, unknown>[]; progress: number }
  | { type: 'done'; result: Record<string, unknown> }
  | { type: 'summaries'; summaries: SessionSummary[] }
  | { type: 'error'; problems?: Problem[]; message?: string };

const tick = () => new Promise<void>((r) => setImmediate(r));

export class NegotiationRunner {
  private readonly idle: Worker[] = [];
  private readonly waiting: ((w: Worker) => void)[] = [];
  private count = 0;
  private closed = false;

  constructor(private readonly opts: { workers: number; chunk?: number }) {}

  /** One session; streams its actions to the job as items. */
  async session(domain: Domain, params: SessionParams, ctx: JobContext): Promise<Record<string, unknown>> {
    const onOffers = (offers: Record<string, unknown>[], progress: number) => {
      for (const o of offers) ctx.emit(o);
      ctx.progress(Math.min(progress, 0.999), 'negotiating');
    };
    if (this.opts.workers <= 0) {
      await tick();
      checkCancelled(ctx.signal);
      const result = runSessionJob(domain, params, onOffers);
      ctx.progress(1, 'done');
      return result;
    }
    const result = await this.withWorker(ctx.signal, (w) =>
      this.exchange<Record<string, unknown>>(w, { type: 'session', domain, params }, ctx.signal, (m) => {
        if (m.type === 'offers') onOffers(m.offers, m.progress);
        return m.type === 'done' ? m.result : undefined;
      }),
    );
    ctx.progress(1, 'done');
    return result;
  }

  /** Linked versus delinked: both tournaments, in chunks of sessions with progress. */
  async comparison(domain: Domain, params: ComparisonParams, ctx: JobContext): Promise<Record<string, unknown>> {
    const [linked, delinked] = comparisonSpecs(domain, params);
    const plans: [TournamentSpec, Task[]][] = [
      [linked, planTournament(linked)],
      [delinked, planTournament(delinked)],
    ];
    const total = plans.reduce((n, [, t]) => n + t.length, 0);
    const chunk = this.opts.chunk ?? 4;
    let done = 0;
    const out: SessionSummary[][] = [];
    const run = async (w: Worker | null) => {
      for (const [spec, tasks] of plans) {
        const summaries: SessionSummary[] = [];
        let ref: Reference | undefined;
        for (let i = 0; i < tasks.length; i += chunk) {
          checkCancelled(ctx.signal);
          const part = tasks.slice(i, i + chunk);
          if (w) {
            summaries.push(
              ...(await this.exchange<SessionSummary[]>(
                w,
                { type: 'tasks', spec, tasks: part, first: i === 0 },
                ctx.signal,
                (m) => (m.type === 'summaries' ? m.summaries : undefined),
              )),
            );
          } else {
            ref ??= referenceFor(spec.domains[0]);
            const r = ref;
            summaries.push(...part.map((t) => runTask(spec, t, r)));
            await tick();
          }
          done += part.length;
          ctx.progress(done / total, `${done} of ${total} sessions (${spec.mode})`);
        }
        out.push(summaries);
      }
    };
    if (this.opts.workers <= 0) await run(null);
    else await this.withWorker(ctx.signal, run);
    return comparisonResult(linked, delinked, out[0], out[1], params);
  }

  /** Stop every worker (server shutdown). */
  async close(): Promise<void> {
    this.closed = true;
    const all = this.idle.splice(0);
    await Promise.all(all.map((w) => w.terminate()));
  }

  // -------------------------------------------------------------------------------------------

  private async withWorker<T>(signal: AbortSignal, f: (w: Worker) => Promise<T>): Promise<T> {
    const w = await this.acquire();
    let healthy = true;
    try {
      return await f(w);
    } catch (e) {
      // Bad input reported by the worker leaves it usable; a cancel or a crash does not.
      healthy = e instanceof CgError && !signal.aborted;
      throw e;
    } finally {
      if (healthy && !this.closed) this.release(w);
      else this.discard(w);
    }
  }

  private async acquire(): Promise<Worker> {
    const w = this.idle.pop();
    if (w) return w;
    if (this.count < this.opts.workers) {
      this.count++;
      try {
        return await this.spawn();
      } catch (e) {
        this.count--;
        throw e;
      }
    }
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  private release(w: Worker): void {
    const next = this.waiting.shift();
    if (next) next(w);
    else this.idle.push(w);
  }

  private discard(w: Worker): void {
    void w.terminate();
    this.count--;
    const next = this.waiting.shift();
    if (next && !this.closed) {
      this.count++;
      this.spawn().then(next, () => {
        this.count--;
      });
    }
  }

  private spawn(): Promise<Worker> {
    const w = moduleWorker(new URL('./worker.ts', import.meta.url));
    w.unref();
    return new Promise((resolve, reject) => {
      const onMessage = (m: FromWorker) => {
        if (m.type !== 'ready') return;
        cleanup();
        resolve(w);
      };
      const onError = (e: Error) => {
        cleanup();
        reject(e);
      };
      const onExit = (code: number) => {
        cleanup();
        reject(new Error(`negotiation worker exited with code ${code} before it was ready`));
      };
      const cleanup = () => {
        w.off('message', onMessage);
        w.off('error', onError);
        w.off('exit', onExit);
      };
      w.on('message', onMessage);
      w.on('error', onError);
      w.on('exit', onExit);
    });
  }

  /** Send one message; `handle` returns the answer when it arrives (undefined: keep listening). */
  private exchange<T>(
    w: Worker,
    msg: unknown,
    signal: AbortSignal,
    handle: (m: FromWorker) => T | undefined,
  ): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const cleanup = () => {
        w.off('message', onMessage);
        w.off('error', onError);
        w.off('exit', onExit);
        signal.removeEventListener('abort', onAbort);
      };
      const onMessage = (m: FromWorker) => {
        if (m.type === 'error') {
          cleanup();
          reject(m.problems ? new CgError(m.problems) : new Error(`negotiation worker failed: ${m.message}`));
          return;
        }
        const r = handle(m);
        if (r !== undefined) {
          cleanup();
          resolve(r);
        }
      };
      const onError = (e: Error) => {
        cleanup();
        reject(e);
      };
      const onExit = (code: number) => {
        cleanup();
        reject(new Error(`negotiation worker exited with code ${code}`));
      };
      const onAbort = () => {
        cleanup();
        reject(new JobCancelled());
      };
      if (signal.aborted) return onAbort();
      w.on('message', onMessage);
      w.on('error', onError);
      w.on('exit', onExit);
      signal.addEventListener('abort', onAbort, { once: true });
      w.postMessage(msg);
    });
  }
}
