/**
 * Open a database from a URL, set it up and migrate it.
 *
 * - `postgres://user:pass@host:port/db` (or `postgresql://`): PostgreSQL through a `pg` Pool. An
 *   optional `?schema=name` keeps all tables in that schema (created if missing); tests use one
 *   schema per test file.
 * - anything else is a SQLite file path (`sqlite:` prefix optional; `:memory:` for tests). The
 *   folder is created. Pragmas: WAL journal, foreign keys on, busy timeout, synchronous NORMAL.
 *   Write transactions start with BEGIN IMMEDIATE so concurrent writers queue on the lock
 *   instead of failing when they upgrade from reading.
 *
 * Node only.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { CompiledQuery, Kysely, sql, Migrator, PostgresDialect, SqliteDialect, SqliteDriver, type DatabaseConnection, type Driver } from 'kysely';
import pg from 'pg';
import { CgError } from '../core/problems.ts';
import { migrationProvider } from './migrations/index.ts';
import type { Database as Schema, Dialect } from './schema.ts';

export const DEFAULT_SQLITE_PATH = './data/commonground.db';

export interface ConnectOptions {
  /** SQLite busy timeout in ms (default 10 000). */
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

/** `--db` value, else `DATABASE_URL`, else the embedded SQLite file. */
export function resolveDbUrl(flag?: string, env: NodeJS.ProcessEnv = process.env): string {
  return flag || env.DATABASE_URL || DEFAULT_SQLITE_PATH;
}

export function parseTarget(url: string): Target {
  if (/^postgres(ql)?:\/\//i.test(url)) {
    let u: URL;
    try {
      u = new URL(url);
    } catch {
      throw new CgError({ code: 'invalid_database_url', path: [], message: `not a valid PostgreSQL URL: ${url.replace(/\/\/[^@]*@/, '//***@')}` });
    }
    const schema = u.searchParams.get('schema') ?? undefined;
    if (schema !== undefined && !/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) {
      throw new CgError({ code: 'invalid_database_url', path: ['schema'], message: `schema must be a lower-case SQL identifier, got "${schema}"` });
    }
    u.searchParams.delete('schema');
    return { dialect: 'postgres', location: u.toString(), schema };
  }
  const file = url.replace(/^sqlite:(\/\/)?/i, '');
  if (file === '') throw new CgError({ code: 'invalid_database_url', path: [], message: 'empty database path' });
  return { dialect: 'sqlite', location: file === ':memory:' ? file : path.resolve(file) };
}

class ImmediateSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }
}

class ImmediateSqliteDialect extends SqliteDialect {
  readonly #config: ConstructorParameters<typeof SqliteDialect>[0];
  constructor(config: ConstructorParameters<typeof SqliteDialect>[0]) {
    super(config);
    this.#config = config;
  }
  override createDriver(): Driver {
    return new ImmediateSqliteDriver(this.#config);
  }
}

export interface Connection {
  db: Kysely<Schema>;
  dialect: Dialect;
  /** The raw better-sqlite3 handle (SQLite only), for pragmas such as integrity_check. */
  sqlite?: Database.Database;
}

function describeTarget(t: Target): string {
  return t.dialect === 'sqlite' ? t.location : t.location.replace(/\/\/[^@]*@/, '//***@') + (t.schema ? ` (schema ${t.schema})` : '');
}

export async function connect(url: string, opts: ConnectOptions = {}): Promise<Connection> {
  const target = parseTarget(url);
  let conn: Connection;
  if (target.dialect === 'sqlite') {
    if (target.location !== ':memory:') mkdirSync(path.dirname(target.location), { recursive: true });
    let sqlite: Database.Database;
    try {
      sqlite = new Database(target.location);
      sqlite.pragma('journal_mode = WAL');
      sqlite.pragma('foreign_keys = ON');
      sqlite.pragma(`busy_timeout = ${opts.busyTimeoutMs ?? 10_000}`);
      sqlite.pragma('synchronous = NORMAL');
    } catch (e) {
      throw new CgError({ code: 'database_unavailable', path: [], message: `cannot open SQLite database ${target.location}: ${(e as Error).message}` }, { status: 503 });
    }
    conn = { db: new Kysely<Schema>({ dialect: new ImmediateSqliteDialect({ database: sqlite }) }), dialect: 'sqlite', sqlite };
  } else {
    const pool = new pg.Pool({
      connectionString: target.location,
      max: opts.poolSize ?? 10,
      ...(target.schema ? { options: `-c search_path=${target.schema}` } : {}),
    });
    // An idle client losing its server (restart, killed backend) must not crash the process.
    pool.on('error', () => {});
    try {
      const client = await pool.connect();
      try {
        if (target.schema) await client.query(`create schema if not exists ${target.schema}`);
      } finally {
        client.release();
      }
    } catch (e) {
      await pool.end().catch(() => {});
      throw new CgError(
        { code: 'database_unavailable', path: [], message: `cannot connect to PostgreSQL at ${describeTarget(target)}: ${(e as Error).message}` },
        { status: 503 },
      );
    }
    conn = { db: new Kysely<Schema>({ dialect: new PostgresDialect({ pool }) }), dialect: 'postgres' };
  }
  await migrate(conn.db, conn.dialect, describeTarget(target));
  return conn;
}

/** Bring the schema to the latest migration. Idempotent; concurrent starts are serialised by Kysely's migration lock. */
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
    throw new CgError({ code: 'migration_failed', path: [], message: `migration ${failed?.migrationName ?? ''} failed on ${where}: ${(error as Error).message ?? String(error)}` }, { status: 500 });
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
