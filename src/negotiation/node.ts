/** Node adapters (file system). Tournaments on worker threads: src/jobs. */
export * from './index.ts';
