/**
 * Opens the database the server runs on and brings the app's tables up to date.
 * `sqlite:<file>` / a plain path / `:memory:` for the embedded default, `postgres://...` for PostgreSQL.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { Kysely, Migrator, PostgresDialect, SqliteDialect, type MigrationProvider } from 'kysely';
import { appMigrations, type AppTables } from '../store/app-tables.ts';

export interface OpenDb {
  db: Kysely<AppTables>;
  dialect: 'sqlite' | 'postgres';
  close(): Promise<void>;
}

export async function openDatabase(url: string): Promise<OpenDb> {
  let db: Kysely<AppTables>;
  let dialect: 'sqlite' | 'postgres';
  if (/^postgres(ql)?:\/\//.test(url)) {
    const pg = await import('pg');
    db = new Kysely<AppTables>({ dialect: new PostgresDialect({ pool: new pg.default.Pool({ connectionString: url, max: 10 }) }) });
    dialect = 'postgres';
  } else {
    const file = url.replace(/^sqlite:(\/\/)?/, '');
    if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
    const { default: Database } = await import('better-sqlite3');
    const sqlite = new Database(file);
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('foreign_keys = ON');
    db = new Kysely<AppTables>({ dialect: new SqliteDialect({ database: sqlite }) });
    dialect = 'sqlite';
  }
  const provider: MigrationProvider = { getMigrations: async () => appMigrations };
  const { error, results } = await new Migrator({ db, provider }).migrateToLatest();
  if (error) {
    await db.destroy();
    throw error;
  }
  void results;
  return { db, dialect, close: () => db.destroy() };
}
