export * from './problems.ts';
export * from './zod.ts';
export * from './random.ts';
export * from './sorted.ts';
export * from './text.ts';
export * from './catalogue.ts';
export * from './locale.ts';
export * from './limits.ts';
export * from './structured-text.ts';
export * from './translations.ts';
export {
  exportFeatureText,
  type ExportFeature,
  type GeniusWebFault,
  type GeniusParams,
  type GeniusCase,
} from './messages/genius.ts';
export { type AllowedSetting } from './messages/robustness.ts';
export { studyMismatchText, type StudyMismatch } from './messages/cli.ts';
