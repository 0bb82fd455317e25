/** Job records: status, progress and result of negotiation and cooperation runs. */
import type { Kysely } from 'kysely';
import type { AppDatabase, JobsTable } from './app-tables.ts';
import { problem, type Problem } from '../core/index.ts';

export type JobStatus = 'queued' | 'running' | 'succeeded' | 'failed' | 'cancelled';

export interface JobRecord {
  id: string;
  kind: string;
  status: JobStatus;
  scenarioId: string | null;
  /** Who started it: `owner` or `delegation:<id>`. */
  principal: string;
  params: unknown;
  progress: number;
  message: string | null;
  result: unknown;
  error: Problem[] | null;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
}

function fromRow(r: JobsTable): JobRecord {
  return {
    id: r.id,
    kind: r.kind,
    status: r.status as JobStatus,
    scenarioId: r.scenario_id,
    principal: r.principal,
    params: JSON.parse(r.params),
    progress: Number(r.progress),
    message: r.message,
    result: r.result === null ? null : JSON.parse(r.result),
    error: r.error === null ? null : JSON.parse(r.error),
    createdAt: r.created_at,
    startedAt: r.started_at,
    finishedAt: r.finished_at,
  };
}

export class JobRepo {
  constructor(private readonly db: Kysely<AppDatabase>) {}

  async insert(j: {
    id: string;
    kind: string;
    scenarioId: string | null;
    principal?: string;
    params: unknown;
  }): Promise<void> {
    await this.db
      .insertInto('jobs')
      .values({
        id: j.id,
        kind: j.kind,
        status: 'queued',
        scenario_id: j.scenarioId,
        principal: j.principal ?? 'owner',
        params: JSON.stringify(j.params),
        progress: 0,
        message: null,
        result: null,
        error: null,
        created_at: new Date().toISOString(),
        started_at: null,
        finished_at: null,
      })
      .execute();
  }

  async started(id: string): Promise<void> {
    await this.db
      .updateTable('jobs')
      .set({ status: 'running', started_at: new Date().toISOString() })
      .where('id', '=', id)
      .execute();
  }

  async progress(id: string, progress: number, message: string | null): Promise<void> {
    await this.db.updateTable('jobs').set({ progress, message }).where('id', '=', id).execute();
  }

  async finish(
    id: string,
    status: Exclude<JobStatus, 'queued' | 'running'>,
    out: { result?: unknown; error?: Problem[]; message?: string | null },
  ): Promise<void> {
    await this.db
      .updateTable('jobs')
      .set({
        status,
        progress: status === 'succeeded' ? 1 : undefined,
        result: out.result === undefined ? null : JSON.stringify(out.result),
        error: out.error === undefined ? null : JSON.stringify(out.error),
        message: out.message ?? null,
        finished_at: new Date().toISOString(),
      })
      .where('id', '=', id)
      .execute();
  }

  async find(id: string): Promise<JobRecord | null> {
    const r = await this.db.selectFrom('jobs').selectAll().where('id', '=', id).executeTakeFirst();
    return r ? fromRow(r) : null;
  }

  async list(opts: { kind?: string; limit?: number; principal?: string } = {}): Promise<JobRecord[]> {
    let q = this.db
      .selectFrom('jobs')
      .selectAll()
      .orderBy('created_at', 'desc')
      .orderBy('id')
      .limit(opts.limit ?? 50);
    if (opts.kind) q = q.where('kind', '=', opts.kind);
    if (opts.principal) q = q.where('principal', '=', opts.principal);
    return (await q.execute()).map(fromRow);
  }

  /** At start-up: jobs left queued or running by a previous process can never finish. */
  async failInterrupted(): Promise<number> {
    const error: Problem[] = [problem('interrupted', {})];
    const res = await this.db
      .updateTable('jobs')
      .set({
        status: 'failed',
        error: JSON.stringify(error),
        message: 'interrupted by a server restart',
        finished_at: new Date().toISOString(),
      })
      .where('status', 'in', ['queued', 'running'])
      .executeTakeFirst();
    return Number(res.numUpdatedRows);
  }
}
