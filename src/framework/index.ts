/** Framework and accountability tracker: model, file format, audit and progress (browser-safe). */
export * from './model.ts';
export * from './period.ts';
export { frameworkFileSchema, crossCheck, normalizeFramework, ID_PATTERN, type FrameworkFile } from './schema.ts';
export { parseFrameworkText, parseYamlText, frameworkFromData, validateFramework } from './file.ts';
export * from './audit.ts';
export { gapReasonIn, gapText, ROLE_ES, type GapReason, type Measurability } from './gap-words.ts';
export * from './progress.ts';
export { clean } from './normalize.ts';
export { checkScenarioLinks, type LinkedScenario } from './scenario-links.ts';
export {
  localizeFramework,
  untranslatedFrameworkFields,
  frameworkTranslationProblems,
  FRAMEWORK_TEXT,
} from './localize.ts';
