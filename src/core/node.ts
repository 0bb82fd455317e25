/** Node adapters (file system). */
export * from './index.ts';
export { PROJECT_ROOT, SHARED_DIR } from './project.node.ts';
