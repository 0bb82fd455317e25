/**
 * The database store (Node only): SQLite by default, PostgreSQL with a postgres:// URL. One
 * persistence layer: the framework tracker's repository and the app's (scenarios, delegations,
 * jobs, cooperation games), on one schema migrated by ./migrations, plus first-run seeding.
 */
export { openStore, type Store } from './store.ts';
export { connect, migrate, parseTarget, resolveDbUrl, DEFAULT_SQLITE_PATH, type ConnectOptions } from './connect.ts';
export {
  FrameworkRepository,
  type FrameworkSummary,
  type ImportSummary,
  type SaveOptions,
  type ImportOptions,
} from './frameworks.ts';
export {
  ScenarioRepo,
  type StoredScenario,
  type ScenarioSummary,
  type ScenarioVersion,
  type ScenarioVersionDocument,
} from './scenarios.ts';
export { DelegationRepo, hashToken, sameHash, type Delegation } from './delegations.ts';
export { JobRepo, type JobRecord, type JobStatus } from './jobs.ts';
export {
  MediationRepo,
  type MediationRecord,
  type MediationRules,
  type MediationStatus,
  type ParticipantRecord,
  type RoundRecord,
  type RoundKind,
  type StoredProposal,
  type BlindResponse,
  type ResponseRecord,
  type EventRecord,
  type AuditRecord,
  type AgreedPackage,
} from './mediations.ts';
export { CooperationGameRepo, type StoredGame } from './cooperation-games.ts';
export { failNotFound } from './errors.ts';
export { seedIfFirstRun, type SeedReport } from './seed.ts';
export { MIGRATIONS, migrationProvider, type MigrationFactory } from './migrations/index.ts';
export type { Database, Dialect } from './schema.ts';
export {
  type AppDatabase,
  type ScenariosTable,
  type JobsTable,
  type CooperationGamesTable,
  appDb,
} from './app-tables.ts';
