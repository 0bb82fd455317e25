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
export { parseSpread, formatSpread, spreadInterval, type Spread } from './uncertainty.ts';
export type { UncertaintySpec, GroupUncertaintySpec, ScenarioUncertainty } from './uncertainty.ts';
export { checkParameterSpec, checkGroupSpec, KIND_RANGE, type ParameterKind } from './uncertainty-check.ts';
export {
  preferencesOf,
  tableWeights,
  partyUtilityWith,
  domainWith,
  type PreferenceModel,
  type PartyPreferences,
} from './preferences.ts';
export {
  applyUncertainty,
  resolveParameterPath,
  parameterPath,
  BUILTIN_UNCERTAINTY,
  builtinRationaleIn,
  type AppliedUncertainty,
  type AppliedParameter,
  type AppliedDirichlet,
  type AppliedGroup,
  type ParameterRef,
  type UncertaintyOrigin,
} from './uncertainty-apply.ts';
export {
  parseUncertaintySetting,
  uncertaintySettingsFrom,
  parseIntervalText,
  UncertaintySettingsSchema,
  type UncertaintySettings,
  type GroupSetting,
  type ParameterSetting,
} from './uncertainty-settings.ts';
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
export {
  localizeScenario,
  untranslatedScenarioFields,
  scenarioTranslationProblems,
  SCENARIO_TEXT,
} from './localize.ts';
