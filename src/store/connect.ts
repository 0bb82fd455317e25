/**
 * Open a database from a URL, set it up and migrate it.
 *
 * - `postgres://user:pass@host:port/db` (or `postgresql://`): PostgreSQL through a `pg` Pool. An
 *   optional `?schema=name` keeps all tables in that schema (created if missing); tests use one
 *   schema per test file.
 * - anything else is a SQLite file path (`sqlite:` prefix optional; `:memory:` for tests). The
 *   folder is created. Pragmas: WAL journal, foreign keys on, a short busy timeout, synchronous
 *   NORMAL. Write transactions start with BEGIN IMMEDIATE and a statement refused because another
 *   process holds the write lock is retried (`queuedWriter`) for up to CG_DB_WAIT_MS (default
 *   60 s), so concurrent writers (CLI commands, the server) queue instead of failing; past that
 *   wait, a `database_busy` problem.
 *
 * Node only.
 */
import { accessSync, constants, mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import type { PoolClient } from 'pg';
import {
  CompiledQuery,
  Kysely,
  sql,
  Migrator,
  PostgresDialect,
  SqliteDialect,
  SqliteDriver,
  type DatabaseConnection,
  type Driver,
} from 'kysely';
import { CgError, problem, type ParamsOf } from '../core/index.ts';
import { migrationProvider } from './migrations/index.ts';
import type { Database as Schema, Dialect } from './schema.ts';

export const DEFAULT_SQLITE_PATH = './data/commonground.db';

export interface ConnectOptions {
  /**
   * SQLite: longest wait in ms for another process's write lock before a `database_busy` problem
   * (default CG_DB_WAIT_MS, else 60 000).
   */
  busyTimeoutMs?: number;
  /** PostgreSQL pool size (default 10). */
  poolSize?: number;
}

export interface Target {
  dialect: Dialect;
  /** SQLite: absolute file path or `:memory:`. PostgreSQL: connection string without `schema`. */
  location: string;
  schema?: string;
}

/**
 * `--db` value, else `DATABASE_URL`, else the embedded SQLite file. An empty `--db` (say, an unset
 * shell variable) stays empty and is refused by `parseTarget`, rather than silently writing to
 * the default database; an empty `DATABASE_URL` counts as unset.
 */
export function resolveDbUrl(flag?: string, env: NodeJS.ProcessEnv = process.env): string {
  return flag ?? (env.DATABASE_URL || DEFAULT_SQLITE_PATH);
}

export function parseTarget(url: string): Target {
  if (/^postgres(ql)?:\/\//i.test(url)) {
    let u: URL;
    try {
      u = new URL(url);
    } catch {
      throw new CgError(
        problem('invalid_database_url', { problem: 'postgres', url: url.replace(/\/\/[^@]*@/, '//***@') }),
      );
    }
    const schema = u.searchParams.get('schema') ?? undefined;
    if (schema !== undefined && !/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) {
      throw new CgError(problem('invalid_database_url', { problem: 'schema', schema }, { path: ['schema'] }));
    }
    u.searchParams.delete('schema');
    return { dialect: 'postgres', location: u.toString(), schema };
  }
  const file = url.replace(/^sqlite:(\/\/)?/i, '');
  if (file === '') throw new CgError(problem('invalid_database_url', { problem: 'empty' }));
  return { dialect: 'sqlite', location: file === ':memory:' ? file : path.resolve(file) };
}

/** Default longest wait for SQLite's write lock (CG_DB_WAIT_MS overrides it). */
export const DEFAULT_DB_WAIT_MS = 60_000;

/**
 * SQLite's own busy handler waits at most this long per attempt. It blocks the thread while it
 * waits, so it is kept short and the rest of the wait is spent asleep between attempts (a server
 * keeps answering other requests meanwhile).
 */
const BUSY_SLICE_MS = 20;

/** CG_DB_WAIT_MS as a wait in ms (undefined when unset); anything but a whole number 0..3 600 000 is an error naming it. */
export function dbWaitFromEnv(env: Record<string, string | undefined> = process.env): number | undefined {
  const raw = env.CG_DB_WAIT_MS;
  if (raw === undefined || raw.trim() === '') return undefined;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0 || n > 3_600_000) {
    throw new CgError(
      problem('invalid_db_wait', { max: 3_600_000 }, { path: ['CG_DB_WAIT_MS'], file: 'environment', received: raw }),
    );
  }
  return n;
}

function isBusy(e: unknown): boolean {
  const code = (e as { code?: unknown })?.code;
  return typeof code === 'string' && (code === 'SQLITE_BUSY' || code.startsWith('SQLITE_BUSY_'));
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/**
 * The writers queue across processes: a statement refused with SQLITE_BUSY (another process holds
 * the write lock) had no effect, so it is retried, sleeping 10 ms doubling to 250 ms between
 * attempts, until `waitMs` have passed; then a `database_busy` problem (503 in the API, exit 2 in
 * the CLI), never a bare "database is locked". Transactions start with BEGIN IMMEDIATE, so the
 * lock is taken (or waited for) before anything is read or written.
 */
function queuedWriter(conn: DatabaseConnection, waitMs: number, database: string): DatabaseConnection {
  return {
    async executeQuery(query) {
      const start = Date.now();
      let delay = 10;
      for (;;) {
        try {
          return await conn.executeQuery(query);
        } catch (e) {
          if (!isBusy(e)) throw e;
          const waited = Date.now() - start;
          if (waited >= waitMs) throw new CgError(problem('database_busy', { database, waitedMs: waited }));
          await sleep(Math.min(delay, waitMs - waited));
          delay = Math.min(delay * 2, 250);
        }
      }
    },
    streamQuery: (query, chunkSize) => conn.streamQuery(query, chunkSize),
  };
}

class ImmediateSqliteDriver extends SqliteDriver {
  #queued: DatabaseConnection | undefined;
  constructor(
    config: ConstructorParameters<typeof SqliteDialect>[0],
    private readonly wait: { waitMs: number; database: string },
  ) {
    super(config);
  }
  override async acquireConnection(): Promise<DatabaseConnection> {
    const conn = await super.acquireConnection();
    this.#queued ??= queuedWriter(conn, this.wait.waitMs, this.wait.database);
    return this.#queued;
  }
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }
}

class ImmediateSqliteDialect extends SqliteDialect {
  readonly #config: ConstructorParameters<typeof SqliteDialect>[0];
  constructor(
    config: ConstructorParameters<typeof SqliteDialect>[0],
    private readonly wait: { waitMs: number; database: string },
  ) {
    super(config);
    this.#config = config;
  }
  override createDriver(): Driver {
    return new ImmediateSqliteDriver(this.#config, this.wait);
  }
}

export interface Connection {
  db: Kysely<Schema>;
  dialect: Dialect;
  /** The raw better-sqlite3 handle (SQLite only), for pragmas such as integrity_check. */
  sqlite?: Database.Database;
}

/**
 * Why SQLite may have failed to open a file, when the file system says so: SQLite writes its
 * journal (`-wal`, `-shm`) next to the database, so even reading needs a writable folder.
 */
function sqliteHint(file: string): { isFolder?: true; unwritable?: { folder: string; code: string } } {
  const dir = path.dirname(file);
  try {
    if (statSync(file, { throwIfNoEntry: false })?.isDirectory()) return { isFolder: true };
  } catch {
    return {};
  }
  try {
    accessSync(dir, constants.W_OK);
  } catch (e) {
    return { unwritable: { folder: dir, code: String((e as NodeJS.ErrnoException).code) } };
  }
  return {};
}

function describeTarget(t: Target): string {
  return t.dialect === 'sqlite'
    ? t.location
    : t.location.replace(/\/\/[^@]*@/, '//***@') + (t.schema ? ` (schema ${t.schema})` : '');
}

export async function connect(url: string, opts: ConnectOptions = {}): Promise<Connection> {
  const target = parseTarget(url);
  let conn: Connection;
  if (target.dialect === 'sqlite') {
    const unavailable = (why: ParamsOf<'database_unavailable'>) => new CgError(problem('database_unavailable', why));
    if (target.location !== ':memory:') {
      const dir = path.dirname(target.location);
      try {
        mkdirSync(dir, { recursive: true });
      } catch (e) {
        throw unavailable({ problem: 'folder', folder: dir, database: target.location, reason: (e as Error).message });
      }
    }
    let sqlite: Database.Database | undefined;
    const waitMs = opts.busyTimeoutMs ?? dbWaitFromEnv() ?? DEFAULT_DB_WAIT_MS;
    try {
      // The driver of each engine loads only when that engine is used.
      const { default: BetterSqlite } = await import('better-sqlite3');
      sqlite = new BetterSqlite(target.location);
      sqlite.pragma('journal_mode = WAL');
      sqlite.pragma('foreign_keys = ON');
      sqlite.pragma(`busy_timeout = ${Math.min(BUSY_SLICE_MS, waitMs)}`);
      sqlite.pragma('synchronous = NORMAL');
    } catch (e) {
      sqlite?.close();
      throw unavailable({
        problem: 'open',
        database: target.location,
        reason: (e as Error).message,
        ...sqliteHint(target.location),
      });
    }
    conn = {
      db: new Kysely<Schema>({
        dialect: new ImmediateSqliteDialect({ database: sqlite }, { waitMs, database: target.location }),
      }),
      dialect: 'sqlite',
      sqlite,
    };
  } else {
    const { default: pg } = await import('pg');
    const pool = new pg.Pool({
      connectionString: target.location,
      max: opts.poolSize ?? 10,
      ...(target.schema ? { options: `-c search_path=${target.schema}` } : {}),
    });
    // An idle client losing its server (restart, killed backend) must not crash the process.
    pool.on('error', () => {});
    let client: PoolClient;
    try {
      client = await pool.connect();
    } catch (e) {
      await pool.end().catch(() => {});
      throw new CgError(
        problem('database_unavailable', {
          problem: 'connect',
          database: describeTarget(target),
          reason: (e as Error).message,
        }),
      );
    }
    try {
      if (target.schema) await createSchema(client, target.schema);
    } catch (e) {
      await pool.end().catch(() => {});
      throw new CgError(
        problem(
          'database_unavailable',
          {
            problem: 'schema',
            schema: target.schema ?? '',
            database: describeTarget(target),
            reason: (e as Error).message,
          },
          { path: ['schema'] },
        ),
      );
    } finally {
      client.release();
    }
    conn = { db: new Kysely<Schema>({ dialect: new PostgresDialect({ pool }) }), dialect: 'postgres' };
  }
  await migrate(conn.db, conn.dialect, describeTarget(target));
  return conn;
}

/**
 * `create schema if not exists` is not safe against itself: two sessions creating the same new
 * schema at once can both pass the check, and the second then fails on the catalogue's unique
 * index (23505) or with duplicate_schema (42P06). Either way the schema now exists, which is all
 * we wanted (two processes starting on a new deployment, say the server and a CLI command).
 */
async function createSchema(client: PoolClient, schema: string): Promise<void> {
  try {
    await client.query(`create schema if not exists ${schema}`);
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (code !== '23505' && code !== '42P06') throw e;
    const r = await client.query('select 1 from pg_namespace where nspname = $1', [schema]);
    if (r.rowCount !== 1) throw e;
  }
}

/** Bring the schema to the latest migration. Idempotent; concurrent starts are serialised by Kysely's migration lock. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- Kysely's Migrator works on Kysely<any>: migrations must not depend on today's schema types
export async function migrate(db: Kysely<any>, dialect: Dialect, where = 'the database'): Promise<string[]> {
  // PostgreSQL: keep Kysely's bookkeeping tables in the schema the data lives in; otherwise its
  // existence check may find another schema's tables and skip creating ours.
  let migrationTableSchema: string | undefined;
  if (dialect === 'postgres') {
    const r = await sql<{ s: string }>`select current_schema() as s`.execute(db);
    migrationTableSchema = r.rows[0]?.s;
  }
  const migrator = new Migrator({ db, provider: migrationProvider(dialect), migrationTableSchema });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error');
    const message = (error as Error).message ?? String(error);
    const unknown = /previously executed migration (\S+) is missing/.exec(message);
    if (unknown) {
      throw new CgError(problem('migration_failed', { problem: 'newer', where, migration: unknown[1] }));
    }
    throw new CgError(
      problem(
        'migration_failed',
        failed
          ? { problem: 'failed', where, migration: failed.migrationName, reason: message }
          : { problem: 'cannot', where, reason: message },
      ),
    );
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
