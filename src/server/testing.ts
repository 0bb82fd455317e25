export { tinyScenario } from './fixtures.ts';
