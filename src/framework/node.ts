/** Node adapters (file system, worker threads). */
export * from './index.ts';
export { readTextFile } from './read-text.node.ts';
export { readFrameworkFileChecked } from './scenario-links.node.ts';
export { readFrameworkFile } from './file.node.ts';
