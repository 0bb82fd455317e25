/** Node adapters: the worker-thread pool and the tournaments that lease it. */
export * from './index.ts';
export { MAX_WORKERS, jobPoolStats, openJobPool, workerEntry, workersFromEnv, type JobPoolLease } from './pool.node.ts';
export {
  playTournamentParallel,
  runTournamentParallel,
  runRobustnessParallel,
  type RobustnessParallelOptions,
  type NegotiationParallelOptions,
  type ParallelOptions,
} from './parallel.node.ts';
