/** Node adapters (file system, worker threads). */
export * from './index.ts';
export {
  isScenarioFile,
  readScenarioFile,
  scanBuiltinScenarios,
  SCENARIO_EXTENSIONS,
  PROJECT_ROOT,
} from './scenario-files.node.ts';
