export { ENGINES, type TestDb } from './testing/engines.ts';
