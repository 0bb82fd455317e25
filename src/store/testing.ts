export { ENGINES, postgresTestDb, type TestDb } from './testing/engines.ts';
