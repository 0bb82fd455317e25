/** Node adapters: the worker-thread pool and the tournaments that lease it. */
export * from './index.ts';
export { MAX_WORKERS, jobPoolStats, openJobPool, workerEntry, workersFromEnv, type JobPoolLease } from './pool.node.ts';
export {
  analyzeParallel,
  playTournamentParallel,
  runTournamentParallel,
  runRobustnessParallel,
  type RobustnessParallelOptions,
  type NegotiationParallelOptions,
  type ParallelOptions,
} from './parallel.node.ts';
// Queue mode (BullMQ on Redis) is loaded only when it is used: bullmq and ioredis cost a few hundred
// milliseconds to load, which every server start and CLI call would otherwise pay without REDIS_URL.
import type * as QueueModule from './queue.node.ts';
import type * as QueueWorkerModule from './queue-worker.node.ts';
import type * as RedisModule from './redis.node.ts';
import type * as StudyQueueModule from './study-queue.node.ts';

export { CANCEL_CHANNEL, STUDY_QUEUE, TASK_QUEUE } from './queue-names.ts';
export { redactUrl, redisOptions, type RedisConnection } from './redis-url.ts';
export type { QueueExecutorHandle, QueueExecutorOptions, QueueStats } from './queue.node.ts';
export type { QueueWorkerHandle, QueueWorkerOptions } from './queue-worker.node.ts';
export type { StudyPlan, StudyProcessor, StudyQueue } from './study-queue.node.ts';

export const checkRedis: typeof RedisModule.checkRedis = async (...a) =>
  (await import('./redis.node.ts')).checkRedis(...a);
export const openQueueExecutor: typeof QueueModule.openQueueExecutor = async (...a) =>
  (await import('./queue.node.ts')).openQueueExecutor(...a);
export const withQueueExecutor: typeof QueueModule.withQueueExecutor = async (...a) =>
  (await import('./queue.node.ts')).withQueueExecutor(...a);
export const queueStats: typeof QueueModule.queueStats = async (...a) =>
  (await import('./queue.node.ts')).queueStats(...a);
export const startQueueWorker: typeof QueueWorkerModule.startQueueWorker = async (...a) =>
  (await import('./queue-worker.node.ts')).startQueueWorker(...a);
export const openStudyQueue: typeof StudyQueueModule.openStudyQueue = async (...a) =>
  (await import('./study-queue.node.ts')).openStudyQueue(...a);
