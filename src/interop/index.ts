/** Interoperability with other tools' formats (browser-safe parts). */
export * from './genius/index.ts';
export * from './geniusweb/index.ts';
export { exportGenius, type ExportOptions, type ExportResult } from './genius/export.ts';
export { exportFeatures } from './export-check.ts';
export { planAttach, type MappedIndicator } from './csv/attach.ts';
export { type Observation, observationToActual, parseIndicatorsCsv, stringifyIndicatorsCsv } from './csv/indicators.ts';
export { frameworkToIati } from './iati/export.ts';
export { parseCsv } from './csv/rfc4180.ts';
export { iatiToFramework } from './iati/index.ts';
