/** Public API of the model: the compiled domain and the scenario format. Browser-safe. */
export * from './domain.ts';
export * from './scenario.ts';
export { checkScenario } from './scenario-check.ts';
export {
  compileScenario,
  loadScenarioData,
  loadScenarioText,
  validateScenario,
  type LoadedScenario,
  type ValidateOptions,
} from './scenario-compile.ts';
export { parseYamlText, type ParsedText } from './source-text.ts';
export { parseStatusQuoSpec, withStatusQuo } from './status-quo.ts';
export {
  provenance,
  provenanceCounts,
  paragraphs,
  locateQuote,
  normaliseQuote,
  type ProvenanceEntry,
  type ProvenanceKind,
  type ProvenanceCounts,
  type Basis,
} from './provenance.ts';
