/** Node adapters (file system, worker threads). */
export * from './index.ts';
export { readGeniusFolder } from './genius/folder.node.ts';
export { readGeniusWebFolder, looksLikeGeniusWeb } from './geniusweb/folder.node.ts';
export { readIndicatorsCsv } from './csv/indicators.node.ts';
export { readIatiFile } from './iati/file.node.ts';
export { validateIatiXml } from './iati/xsd.node.ts';
