/**
 * Heavy work of a request (an analysis, the validation of a large document) runs on the job pool,
 * never on the server's event loop, under three guards:
 *
 * - a time budget (`timeBudgetMs`): past it the task is aborted (its worker terminated) and the
 *   caller gets 422 `time_budget_exceeded` naming the budget;
 * - cancellation: when the client goes away before the answer, the task is aborted too;
 * - per-caller concurrency (`perCaller`): the owner (with a token), each delegation, and each IP
 *   address of callers without a token may run at most that many heavy tasks at once; one more is
 *   a 429 `too_many_requests` with Retry-After, so one caller cannot occupy every worker.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { CgError, problem, type PathSegment } from '../core/index.ts';
import type { Scenario } from '../model/index.ts';
import {
  TaskAborted,
  readScenario,
  type Executor,
  type ModelLimits,
  type TaskInput,
  type TaskKind,
  type TaskOutput,
} from '../jobs/index.ts';
import type { Principal } from './auth.ts';

export interface HeavyWorkOptions {
  /** Longest a task may run, in ms (default 30 000). */
  timeBudgetMs: number;
  /** Heavy tasks one caller may run at once (default: half the workers, at least 1). */
  perCaller: number;
  /** Size limits of analysed models. */
  modelLimits: ModelLimits;
  /** Seconds a refused caller is told to wait (Retry-After; default 1). */
  retryAfterSeconds?: number;
}

/** Bodies up to this size are validated in the server's thread (a few ms at most); larger ones on the pool. */
export const INLINE_READ_BYTES = 64 * 1024;

/** Whose share of the workers a request uses: the owner's token, a delegation, or an address. */
export function callerKey(p: Principal, ip: string): { key: string; kind: string } {
  if (p.kind === 'delegation') return { key: `delegation:${p.delegationId}`, kind: 'delegation' };
  // In local mode every caller without a token is the owner: share by address, as anonymous callers.
  if (p.kind === 'owner' && p.via === 'token') return { key: 'owner', kind: 'owner' };
  return { key: `ip:${ip}`, kind: `address ${ip}` };
}

export class HeavyWork {
  private readonly running = new Map<string, number>();

  constructor(
    private readonly tasks: Executor,
    readonly options: HeavyWorkOptions,
  ) {}

  /** Heavy tasks running now per caller (for tests). */
  inFlight(key: string): number {
    return this.running.get(key) ?? 0;
  }

  /**
   * Validate a scenario document of this request: small bodies here, large ones on the pool (under
   * the same guards as an analysis).
   */
  async readScenario(
    req: FastifyRequest,
    reply: FastifyReply,
    document: unknown,
    where: PathSegment[] = ['body'],
  ): Promise<Scenario> {
    const size = Number(req.headers['content-length'] ?? 0);
    if (!(size > INLINE_READ_BYTES)) return readScenario(document, where);
    return this.run(req, reply, 'scenario.read', { document, where }, 'validation');
  }

  /**
   * Run `kind` for this request under the guards. `what` names the work in the time-budget problem.
   */
  async run<K extends TaskKind>(
    req: FastifyRequest,
    reply: FastifyReply,
    kind: K,
    input: TaskInput<K>,
    what: 'analysis' | 'validation',
  ): Promise<TaskOutput<K>> {
    const { key, kind: caller } = callerKey(req.principal, req.ip);
    const limit = this.options.perCaller;
    const now = this.running.get(key) ?? 0;
    if (now >= limit) {
      const retryAfter = this.options.retryAfterSeconds ?? 1;
      reply.header('retry-after', String(retryAfter));
      throw new CgError(problem('too_many_requests', { caller, limit, retryAfter }));
    }
    this.running.set(key, now + 1);
    const budget = this.options.timeBudgetMs;
    const timeout = AbortSignal.timeout(budget);
    const gone = new AbortController();
    // The response closing before it was written means the client went away.
    const onClose = () => {
      if (!reply.raw.writableFinished) gone.abort('the client closed the connection');
    };
    reply.raw.once('close', onClose);
    try {
      return await this.tasks.run(kind, input, { signal: AbortSignal.any([timeout, gone.signal]) });
    } catch (e) {
      if (e instanceof TaskAborted && timeout.aborted && !gone.signal.aborted)
        throw new CgError(problem('time_budget_exceeded', { task: what, budgetMs: budget }));
      throw e;
    } finally {
      reply.raw.off('close', onClose);
      const left = (this.running.get(key) ?? 1) - 1;
      if (left > 0) this.running.set(key, left);
      else this.running.delete(key);
    }
  }
}
