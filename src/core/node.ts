/** Node adapters (file system, worker threads). */
export * from './index.ts';
export { PROJECT_ROOT } from './project.node.ts';
export { moduleWorker } from './worker.node.ts';
