/**
 * The framework repository: every multi-row change runs in one transaction (a failure leaves the
 * database as it was), and every change bumps the framework's `version`.
 *
 * Optimistic concurrency: a writer may say which version it read (`expectedVersion`); the
 * transaction first runs `UPDATE frameworks SET version = version + 1 WHERE id = ? AND version = ?`
 * and fails with a CgError (status 409) when another writer got there first. That UPDATE also
 * takes the row lock (PostgreSQL) or the database write lock (SQLite, BEGIN IMMEDIATE), so two
 * writers of one framework never interleave and no update is lost.
 */
import { sql, type Kysely, type Selectable, type Transaction } from 'kysely';
import { CgError, problem } from '../core/index.ts';
import {
  auditFramework,
  type AuditReport,
  validateFramework,
  countFramework,
  walkIndicators,
  type Actual,
  type Framework,
} from '../framework/index.ts';
import { planAttach, type MappedIndicator } from '../interop/index.ts';
import type { Observation } from '../interop/index.ts';
import { insertBatched, batchSize } from './batch.ts';
import { conflict, notFound } from './errors.ts';
import { progressFromDb } from './progress.ts';
import { actualRow, frameworkFromRows, frameworkRow, structureRows, targetRows } from './rows.ts';
import type { Database, Dialect } from './schema.ts';
import type { ProgressReport } from '../framework/index.ts';

type Db = Kysely<Database> | Transaction<Database>;

export interface FrameworkSummary {
  id: string;
  name: string;
  status: string;
  version: number;
  updatedAt: string;
  /** The file's `translations` block (display names in lists; undefined: none). */
  translations?: Framework['translations'];
}

export interface SaveOptions {
  /** `create` (default) fails if the id exists; `upsert` replaces an existing framework. */
  mode?: 'create' | 'upsert';
  /** Replace only if the stored version is this one (409 otherwise). */
  expectedVersion?: number;
  onProgress?: (p: { stage: string; done: number; total: number }) => void | Promise<void>;
}

export interface ImportOptions {
  /** Attach only to this framework (default: every stored framework that maps the rows). */
  frameworkId?: string;
  expectedVersion?: number;
  /** Rows no indicator maps become errors. */
  strict?: boolean;
  file?: string;
  onProgress?: (p: { done: number; total: number }) => void | Promise<void>;
}

export interface ImportSummary {
  rows: number;
  attached: number;
  unmatched: number;
  frameworks: { id: string; version: number; values: number }[];
}

const nowIso = () => new Date().toISOString();

const alreadyExists = (id: string, version: number) =>
  new CgError(
    problem('already_exists', { kind: 'framework', id, version, replace: true }, { path: ['framework', id] }),
  );

function isUniqueViolation(e: unknown): boolean {
  const err = e as { code?: string; message?: string };
  return err?.code === '23505' || /UNIQUE constraint failed/.test(err?.message ?? '');
}

export class FrameworkRepository {
  constructor(
    readonly db: Kysely<Database>,
    readonly dialect: Dialect,
  ) {}

  async list(): Promise<FrameworkSummary[]> {
    const rows = await this.db
      .selectFrom('frameworks')
      .select(['id', 'name', 'status', 'version', 'updated_at', 'translations_json'])
      .orderBy('id')
      .execute();
    return rows.map((r) => ({
      id: r.id,
      name: r.name,
      status: r.status,
      version: r.version,
      updatedAt: r.updated_at,
      ...(r.translations_json ? { translations: JSON.parse(r.translations_json) as Framework['translations'] } : {}),
    }));
  }

  /**
   * Give a stored framework that has no translations these (frameworks stored before migration
   * 0005 lost their file's block): texts only, so the version stays. True when it was missing.
   */
  async addMissingTranslations(id: string, translations: Framework['translations']): Promise<boolean> {
    if (!translations) return false;
    const r = await this.db
      .updateTable('frameworks')
      .set({ translations_json: JSON.stringify(translations) })
      .where('id', '=', id)
      .where('translations_json', 'is', null)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) > 0;
  }

  async version(id: string, db: Db = this.db): Promise<number | undefined> {
    const r = await db.selectFrom('frameworks').select('version').where('id', '=', id).executeTakeFirst();
    return r?.version;
  }

  /**
   * Run reads on one connection inside one read transaction, so they all see one committed state
   * (PostgreSQL REPEATABLE READ; SQLite's deferred BEGIN gives a WAL snapshot). Without it, a
   * replace committed between two of the reads would return a framework torn between versions.
   */
  private async snapshot<T>(f: (db: Kysely<Database>) => Promise<T>): Promise<T> {
    return this.db.connection().execute(async (conn) => {
      await sql
        .raw(this.dialect === 'postgres' ? 'begin isolation level repeatable read read only' : 'begin')
        .execute(conn);
      let result: T;
      try {
        result = await f(conn);
      } catch (e) {
        await sql
          .raw('rollback')
          .execute(conn)
          .catch(() => {});
        throw e;
      }
      await sql.raw('commit').execute(conn);
      return result;
    });
  }

  /** Load a framework; `actuals: false` skips the (possibly huge) actuals table. Consistent even while another writer replaces it. */
  async get(id: string, opts: { actuals?: boolean } = {}, db?: Db): Promise<{ framework: Framework; version: number }> {
    if (!db) return this.snapshot((conn) => this.get(id, opts, conn));
    const framework = await db.selectFrom('frameworks').selectAll().where('id', '=', id).executeTakeFirst();
    if (!framework) throw notFound(id);
    const byFw = <
      T extends
        | 'areas'
        | 'objectives'
        | 'results'
        | 'indicators'
        | 'actions'
        | 'action_actors'
        | 'budgets'
        | 'disbursements'
        | 'linkages',
    >(
      t: T,
    ) =>
      db
        .selectFrom(t as 'areas')
        .selectAll()
        .where('framework_id', '=', id)
        .orderBy('position')
        .execute() as unknown as Promise<Selectable<Database[T]>[]>;
    const [areas, objectives, results, indicators, actions, actors, budgets, disbursements, linkages] =
      await Promise.all([
        byFw('areas'),
        byFw('objectives'),
        byFw('results'),
        byFw('indicators'),
        byFw('actions'),
        byFw('action_actors'),
        byFw('budgets'),
        byFw('disbursements'),
        byFw('linkages'),
      ]);
    const targets = await db
      .selectFrom('indicator_targets as t')
      .innerJoin('indicators as i', 'i.key', 't.indicator_key')
      .selectAll('t')
      .where('i.framework_id', '=', id)
      .orderBy('t.indicator_key')
      .orderBy('t.position')
      .execute();
    const actuals =
      opts.actuals === false
        ? []
        : await db
            .selectFrom('indicator_actuals as a')
            .innerJoin('indicators as i', 'i.key', 'a.indicator_key')
            .selectAll('a')
            .where('i.framework_id', '=', id)
            .orderBy('a.indicator_key')
            .orderBy('a.id')
            .execute();
    return {
      framework: frameworkFromRows({
        framework,
        areas,
        objectives,
        results,
        indicators,
        targets,
        actuals,
        actions,
        actors,
        budgets,
        disbursements,
        linkages,
      }),
      version: framework.version,
    };
  }

  /** Store a framework (validated first) in one transaction. */
  async save(
    input: Framework,
    opts: SaveOptions = {},
  ): Promise<{ version: number; created: boolean; counts: Record<string, number> }> {
    const fw = validateFramework(input, `framework ${input.id}`);
    const counts = countFramework(fw);
    try {
      return await this.db.transaction().execute(async (trx) => {
        let existing = await this.version(fw.id, trx);
        let version = 1;
        let createdAt = nowIso();
        if (existing === undefined) {
          if (opts.expectedVersion !== undefined) throw notFound(fw.id);
          // ON CONFLICT DO NOTHING: a writer that created the same id meanwhile makes this insert
          // wait for it and then insert nothing (PostgreSQL), and we replace its row like any other.
          const r = await trx
            .insertInto('frameworks')
            .values(frameworkRow(fw, version, createdAt))
            .onConflict((oc) => oc.column('id').doNothing())
            .executeTakeFirst();
          if (Number(r.numInsertedOrUpdatedRows ?? 0) === 0) existing = await this.version(fw.id, trx);
        }
        if (existing !== undefined) {
          if ((opts.mode ?? 'create') === 'create') throw alreadyExists(fw.id, existing);
          version = await this.bump(trx, fw.id, opts.expectedVersion);
          const row = await trx
            .selectFrom('frameworks')
            .select('created_at')
            .where('id', '=', fw.id)
            .executeTakeFirstOrThrow();
          createdAt = row.created_at;
          // Cascades remove objectives, results, indicators, targets, actuals, actions and their children.
          await trx.deleteFrom('linkages').where('framework_id', '=', fw.id).execute();
          await trx.deleteFrom('areas').where('framework_id', '=', fw.id).execute();
          const { id: _id, ...rest } = frameworkRow(fw, version, nowIso(), createdAt);
          await trx.updateTable('frameworks').set(rest).where('id', '=', fw.id).execute();
        }
        await this.insertStructure(trx, fw, opts.onProgress);
        return { version, created: existing === undefined, counts };
      });
    } catch (e) {
      const now = isUniqueViolation(e) ? await this.version(fw.id) : undefined;
      if (now !== undefined && (opts.mode ?? 'create') === 'create') throw alreadyExists(fw.id, now);
      throw e;
    }
  }

  /** Read-modify-write with optimistic concurrency: load, apply `mutate`, save if nobody else wrote meanwhile. */
  async update(id: string, mutate: (fw: Framework) => Framework | void): Promise<{ version: number }> {
    const { framework, version } = await this.get(id);
    const next = mutate(framework) ?? framework;
    if (next.id !== id) throw new CgError(problem('invalid_update', {}, { path: ['id'] }));
    const r = await this.save(next, { mode: 'upsert', expectedVersion: version });
    return { version: r.version };
  }

  async remove(id: string, expectedVersion?: number): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      await this.bump(trx, id, expectedVersion);
      await trx.deleteFrom('frameworks').where('id', '=', id).execute();
    });
  }

  /** Attach CSV observations as actuals (insert or replace by period), all in one transaction. */
  async importObservations(obs: readonly Observation[], opts: ImportOptions = {}): Promise<ImportSummary> {
    return this.db.transaction().execute(async (trx) => {
      // Lock the frameworks before reading their indicators, so that a replace committed meanwhile
      // cannot delete the indicators the actuals are about to reference (PostgreSQL row locks, in
      // id order; SQLite's BEGIN IMMEDIATE already holds the write lock for the whole transaction).
      if (this.dialect === 'postgres') {
        let lock = trx.selectFrom('frameworks').select('id').orderBy('id').forUpdate();
        if (opts.frameworkId !== undefined) lock = lock.where('id', '=', opts.frameworkId);
        await lock.execute();
      }
      let q = trx
        .selectFrom('indicators')
        .select(['key', 'framework_id', 'id', 'unit', 'dataset_id', 'dataset_country'])
        .where('dataset_id', 'is not', null);
      if (opts.frameworkId !== undefined) {
        if ((await this.version(opts.frameworkId, trx)) === undefined) throw notFound(opts.frameworkId);
        q = q.where('framework_id', '=', opts.frameworkId);
      }
      const rows = await q.orderBy('framework_id').orderBy('position').execute();
      const keyOf = new Map(rows.map((r) => [`${r.framework_id}|${r.id}`, r.key]));
      const mapped: MappedIndicator[] = rows.map((r) => ({
        frameworkId: r.framework_id,
        indicatorId: r.id,
        unit: r.unit,
        dataset: { indicatorId: r.dataset_id!, country: r.dataset_country! },
      }));
      const plan = planAttach(mapped, obs, { file: opts.file, strict: opts.strict });
      const perFw = new Map<string, number>();
      for (const m of plan.matches) perFw.set(m.frameworkId, (perFw.get(m.frameworkId) ?? 0) + 1);
      const frameworks: ImportSummary['frameworks'] = [];
      for (const [id, values] of [...perFw].sort()) {
        const version = await this.bump(trx, id, opts.frameworkId === id ? opts.expectedVersion : undefined);
        frameworks.push({ id, version, values });
      }
      await this.upsertActuals(
        trx,
        plan.matches.map((m) => ({ key: keyOf.get(`${m.frameworkId}|${m.indicatorId}`)!, actual: m.actual })),
        opts.onProgress,
      );
      return { rows: obs.length, attached: plan.matches.length, unmatched: plan.unmatched.length, frameworks };
    });
  }

  /** Attach actuals to indicators of one framework by indicator id (insert or replace by period). */
  async addActuals(
    frameworkId: string,
    items: readonly { indicatorId: string; actual: Actual }[],
    opts: { expectedVersion?: number; onProgress?: ImportOptions['onProgress'] } = {},
  ): Promise<{ version: number }> {
    return this.db.transaction().execute(async (trx) => {
      const version = await this.bump(trx, frameworkId, opts.expectedVersion);
      const keys = new Map(
        (
          await trx.selectFrom('indicators').select(['key', 'id']).where('framework_id', '=', frameworkId).execute()
        ).map((r) => [r.id, r.key]),
      );
      const seen = new Set<string>();
      for (const [n, i] of items.entries()) {
        const k = `${i.indicatorId}|${i.actual.period}`;
        if (seen.has(k))
          throw new CgError(
            problem(
              'duplicate_actual',
              { indicator: i.indicatorId, period: i.actual.period },
              { path: ['actuals', n] },
            ),
          );
        seen.add(k);
      }
      const missing = [...new Set(items.map((i) => i.indicatorId).filter((id) => !keys.has(id)))];
      if (missing.length)
        throw new CgError(
          problem('unknown_indicator', { framework: frameworkId, indicators: missing }, { path: ['indicators'] }),
        );
      await this.upsertActuals(
        trx,
        items.map((i) => ({ key: keys.get(i.indicatorId)!, actual: i.actual })),
        opts.onProgress,
      );
      return { version };
    });
  }

  async progress(id: string, opts: { currency?: string } = {}): Promise<ProgressReport> {
    return this.snapshot((conn) => progressFromDb(conn, id, opts));
  }

  /** Audit a stored framework (structure only; actuals are not read). */
  async audit(id: string): Promise<AuditReport> {
    const { framework } = await this.get(id, { actuals: false });
    return auditFramework(framework);
  }

  // -------------------------------------------------------------------------------------------

  /** Bump the version (checking `expected` when given); 404 when missing, 409 on a stale version. */
  private async bump(trx: Transaction<Database>, id: string, expected?: number): Promise<number> {
    let q = trx
      .updateTable('frameworks')
      .set((eb) => ({ version: eb('version', '+', 1), updated_at: nowIso() }))
      .where('id', '=', id);
    if (expected !== undefined) q = q.where('version', '=', expected);
    const r = await q.returning('version').executeTakeFirst();
    if (r) return r.version;
    const current = await this.version(id, trx);
    if (current === undefined) throw notFound(id);
    throw conflict(id, expected!, current);
  }

  private async insertStructure(
    trx: Transaction<Database>,
    fw: Framework,
    onProgress?: SaveOptions['onProgress'],
  ): Promise<void> {
    const s = structureRows(fw);
    const d = this.dialect;
    await insertBatched(trx, d, 'areas', s.areas);
    await insertBatched(trx, d, 'objectives', s.objectives);
    await insertBatched(trx, d, 'results', s.results);
    // Indicators: insert in batches and read back their generated keys.
    const keys = new Map<string, number>();
    const size = batchSize(d, 13);
    for (let i = 0; i < s.indicators.length; i += size) {
      const got = await trx
        .insertInto('indicators')
        .values(s.indicators.slice(i, i + size))
        .returning(['key', 'id'])
        .execute();
      for (const g of got) keys.set(g.id, g.key);
    }
    const indicators = [...walkIndicators(fw)].map((w) => w.indicator);
    await insertBatched(
      trx,
      d,
      'indicator_targets',
      indicators.flatMap((ind) => targetRows(keys.get(ind.id)!, ind)),
    );
    const total = indicators.reduce((n, ind) => n + ind.actuals.length, 0);
    await this.insertActuals(
      trx,
      (function* () {
        for (const ind of indicators) {
          const key = keys.get(ind.id)!;
          for (const a of ind.actuals) yield actualRow(key, a);
        }
      })(),
      onProgress ? (done) => onProgress({ stage: 'actuals', done, total }) : undefined,
    );
    await insertBatched(trx, d, 'actions', s.actions);
    await insertBatched(trx, d, 'action_actors', s.actors);
    await insertBatched(trx, d, 'budgets', s.budgets);
    await insertBatched(trx, d, 'disbursements', s.disbursements);
    await insertBatched(trx, d, 'linkages', s.linkages);
  }

  /**
   * Bulk-insert actuals. SQLite: Kysely multi-row INSERTs under the parameter limit. PostgreSQL:
   * one `INSERT ... SELECT FROM unnest($1::int[], ...)` per 20 000 rows (11 array parameters per
   * statement instead of 11 per row; no COPY needed). `upsert` replaces a period's value.
   */
  private async insertActuals(
    trx: Transaction<Database>,
    rows: Iterable<ReturnType<typeof actualRow>>,
    onBatch?: (done: number) => void | Promise<void>,
    upsert = false,
  ): Promise<void> {
    const pgPath = this.dialect === 'postgres';
    const size = pgPath ? 20_000 : batchSize(this.dialect, 11);
    let buf: ReturnType<typeof actualRow>[] = [];
    let done = 0;
    const flush = async () => {
      if (!buf.length) return;
      if (pgPath) await insertActualsUnnest(trx, buf, upsert);
      else {
        let q = trx.insertInto('indicator_actuals').values(buf);
        if (upsert) {
          q = q.onConflict((oc) =>
            oc.columns(['indicator_key', 'period']).doUpdateSet((eb) => ({
              period_start: eb.ref('excluded.period_start'),
              period_end: eb.ref('excluded.period_end'),
              placeable: eb.ref('excluded.placeable'),
              value: eb.ref('excluded.value'),
              source_title: eb.ref('excluded.source_title'),
              source_url: eb.ref('excluded.source_url'),
              quality: eb.ref('excluded.quality'),
              qualifier: eb.ref('excluded.qualifier'),
              note: eb.ref('excluded.note'),
            })),
          );
        }
        await q.execute();
      }
      done += buf.length;
      buf = [];
      await onBatch?.(done);
    };
    for (const r of rows) {
      buf.push(r);
      if (buf.length >= size) await flush();
    }
    await flush();
  }

  private async upsertActuals(
    trx: Transaction<Database>,
    items: readonly { key: number; actual: Actual }[],
    onProgress?: ImportOptions['onProgress'],
  ): Promise<void> {
    const total = items.length;
    await this.insertActuals(
      trx,
      (function* () {
        for (const i of items) yield actualRow(i.key, i.actual);
      })(),
      onProgress ? (done) => onProgress({ done, total }) : undefined,
      true,
    );
  }
}

const ACTUAL_COLUMNS = [
  'indicator_key',
  'period',
  'period_start',
  'period_end',
  'placeable',
  'value',
  'source_title',
  'source_url',
  'quality',
  'qualifier',
  'note',
] as const;
const PG_TYPES = ['int4', 'text', 'text', 'text', 'int4', 'float8', 'text', 'text', 'text', 'text', 'text'] as const;

async function insertActualsUnnest(
  trx: Transaction<Database>,
  rows: readonly ReturnType<typeof actualRow>[],
  upsert: boolean,
): Promise<void> {
  const arrays = ACTUAL_COLUMNS.map((c) => rows.map((r) => r[c] ?? null));
  const cols = sql.join(ACTUAL_COLUMNS.map((c) => sql.ref(c)));
  const params = sql.join(arrays.map((a, i) => sql`${a}::${sql.raw(PG_TYPES[i])}[]`));
  const onConflict = upsert
    ? sql` on conflict (indicator_key, period) do update set ${sql.join(ACTUAL_COLUMNS.slice(2).map((c) => sql`${sql.ref(c)} = excluded.${sql.ref(c)}`))}`
    : sql``;
  await sql`insert into indicator_actuals (${cols}) select * from unnest(${params})${onConflict}`.execute(trx);
}
