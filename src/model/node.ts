/** Node adapters (file system, worker threads). */
export * from './index.ts';
export {
  isScenarioFile,
  readScenarioFile,
  scanBuiltinScenarios,
  SCENARIO_EXTENSIONS,
  SCENARIOS_DIR,
  PROJECT_ROOT,
} from './scenario-files.node.ts';
export { cachedScenarioDocument, SCENARIO_CACHE_DIR, writeScenarioCache } from './scenario-cache.node.ts';
