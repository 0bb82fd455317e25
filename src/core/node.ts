/** Node adapters (file system). */
export * from './index.ts';
export { PROJECT_ROOT } from './project.node.ts';
