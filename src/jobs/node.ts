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
export {
  CANCEL_CHANNEL,
  TASK_QUEUE,
  openQueueExecutor,
  withQueueExecutor,
  queueStats,
  type QueueExecutorHandle,
  type QueueExecutorOptions,
  type QueueStats,
} from './queue.node.ts';
export { startQueueWorker, type QueueWorkerHandle, type QueueWorkerOptions } from './queue-worker.node.ts';
export { checkRedis, redactUrl, redisOptions, type RedisConnection } from './redis.node.ts';
export {
  STUDY_QUEUE,
  openStudyQueue,
  type StudyPlan,
  type StudyProcessor,
  type StudyQueue,
} from './study-queue.node.ts';
