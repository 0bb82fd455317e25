/** GeniusWeb JSON import and export (browser-safe part; `folder.node.ts` reads a folder from disk). */
export { importGeniusWeb, type GeniusWebFile, type GeniusWebImportOptions } from './import.ts';
export { exportGeniusWeb, type GeniusWebExportOptions } from './export.ts';
