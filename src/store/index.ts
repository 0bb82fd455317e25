/** The database store (Node only): SQLite by default, PostgreSQL with a postgres:// URL. */
export { openStore, type Store } from './store.ts';
export { connect, migrate, parseTarget, resolveDbUrl, DEFAULT_SQLITE_PATH, type ConnectOptions } from './connect.ts';
export {
  FrameworkRepository,
  type FrameworkSummary,
  type ImportSummary,
  type SaveOptions,
  type ImportOptions,
} from './frameworks.ts';
export { MIGRATIONS, migrationProvider, type MigrationFactory } from './migrations/index.ts';
export type { Database, Dialect } from './schema.ts';
export {
  type AppDatabase,
  type ScenariosTable,
  type JobsTable,
  type CooperationGamesTable,
  appDb,
} from './app-tables.ts';
