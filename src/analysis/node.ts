/** Node adapters of the analysis engine (worker threads). */
export * from './index.ts';
export {
  runRobustnessParallel,
  runChunksParallel,
  type ParallelRobustnessOptions,
} from './robustness/parallel.node.ts';
