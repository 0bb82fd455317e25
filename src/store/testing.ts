export { ENGINES, postgresTestDb, type TestDb } from './testing/engines.ts';
export { holdSqliteLock } from './testing/lock-holder.ts';
