/**
 * Studies on the queue: the jobs a server records (a negotiation session, a comparison, a
 * cooperation tournament) as BullMQ jobs of their own, so they outlive the server process that
 * accepted them. A study job carries its plan (a study kind and its resolved input, as data); a
 * server takes it from the queue and orchestrates it, sending its chunks to the task queue
 * (queue.node.ts) where `commonground worker` processes run them. If that server stops, the
 * study goes back to the queue (at once on a clean shutdown, after its lock expires if the
 * process died) and the next server to start takes it over; its chunk ids are derived from the
 * study id, so chunks already done are not run again, and the result is the same.
 */
import { Queue, WaitingError, Worker, type Job } from 'bullmq';
import { Redis } from 'ioredis';
import { CANCEL_CHANNEL, decode, encode, openQueueExecutor, type QueueStats } from './queue.node.ts';
import type { Executor } from './executor.ts';
import { STUDY_QUEUE } from './queue-names.ts';
import { redisOptions } from './redis-url.ts';

export { STUDY_QUEUE };

export interface StudyPlan {
  kind: string;
  input: unknown;
}

interface StudyData {
  kind: string;
  input: string;
}

/** Runs one study: `signal` fires on cancel (reason 'request') or shutdown (reason 'handback'). */
export type StudyProcessor = (
  id: string,
  plan: StudyPlan,
  tasks: Executor,
  signal: AbortSignal,
) => Promise<'done' | 'handback'>;

export interface StudyQueueOptions {
  prefix?: string;
  /** How long a study stays locked to a silent server before another takes it (default 30 s). */
  lockMs?: number;
  /** Studies this server orchestrates at once (default 2, as the embedded mode runs). */
  concurrency?: number;
}

export interface StudyQueue {
  /** Put a study on the queue under the job id the server recorded. */
  enqueue(id: string, plan: StudyPlan): Promise<void>;
  /** Take studies from the queue and run them with `processor`. */
  process(processor: StudyProcessor): Promise<void>;
  /** Cancel a study: 'removed' if it was still waiting, 'signalled' if a server runs it. */
  cancel(id: string): Promise<'removed' | 'signalled'>;
  /** Whether the queue holds this study (waiting, running or delayed). */
  holds(id: string): Promise<boolean>;
  /** Chunks waiting and running, workers connected; studies waiting and running. */
  stats(): Promise<QueueStats & { studies: { waiting: number; active: number } }>;
  /** Stop taking studies; running ones are handed back to the queue (their signal fires with 'handback'). */
  close(): Promise<void>;
}

export async function openStudyQueue(url: string, opts: StudyQueueOptions = {}): Promise<StudyQueue> {
  const prefix = opts.prefix ?? 'bull';
  const tasks = await openQueueExecutor(url, { prefix });
  const connection = redisOptions(url);
  const studies = new Queue(STUDY_QUEUE, { connection, prefix });
  studies.on('error', () => {});
  const publisher = new Redis({ ...connection, maxRetriesPerRequest: null });
  publisher.on('error', () => {});
  const running = new Map<string, AbortController>();
  let worker: Worker<StudyData, string> | null = null;
  let subscriber: Redis | null = null;
  await studies.waitUntilReady();

  return {
    async enqueue(id, plan) {
      await studies.add(
        plan.kind,
        { kind: plan.kind, input: encode(plan.input) },
        { jobId: id, attempts: 1, removeOnComplete: true, removeOnFail: { age: 24 * 3600 } },
      );
    },

    async process(processor) {
      const lockDuration = opts.lockMs ?? 30_000;
      worker = new Worker<StudyData, string>(
        STUDY_QUEUE,
        async (job: Job<StudyData>, token?: string) => {
          const controller = new AbortController();
          running.set(job.id!, controller);
          try {
            const plan = { kind: job.data.kind, input: decode(job.data.input) };
            // The first server to take a study marks it; only a study taken again (its server
            // stopped) looks for chunks it finished before, which costs round trips per chunk.
            const first = await publisher.set(
              `${prefix}:${STUDY_QUEUE}:begun:${job.id!}`,
              '1',
              'EX',
              7 * 24 * 3600,
              'NX',
            );
            const outcome = await processor(
              job.id!,
              plan,
              tasks.forStudy(job.id!, { resumed: first !== 'OK' }),
              controller.signal,
            );
            if (outcome === 'handback') {
              await job.moveToWait(token);
              throw new WaitingError();
            }
            return outcome;
          } finally {
            running.delete(job.id!);
          }
        },
        {
          connection,
          prefix,
          concurrency: opts.concurrency ?? 2,
          lockDuration,
          stalledInterval: Math.max(500, Math.floor(lockDuration / 2)),
          maxStalledCount: 5,
          removeOnComplete: { count: 0 },
        },
      );
      worker.on('error', () => {});
      subscriber = new Redis({ ...connection, maxRetriesPerRequest: null });
      subscriber.on('error', () => {});
      await subscriber.subscribe(CANCEL_CHANNEL);
      subscriber.on('message', (_channel: string, id: string) => running.get(id)?.abort('request'));
      await worker.waitUntilReady();
    },

    async cancel(id) {
      const job = await studies.getJob(id);
      const state = job ? await job.getState() : 'unknown';
      if (state === 'waiting' || state === 'delayed' || state === 'prioritized') {
        await studies.remove(id);
        return 'removed';
      }
      const local = running.get(id);
      if (local) local.abort('request');
      else await publisher.publish(CANCEL_CHANNEL, id);
      return 'signalled';
    },

    async holds(id) {
      const job = await studies.getJob(id);
      if (!job) return false;
      const state = await job.getState();
      return state === 'waiting' || state === 'active' || state === 'delayed' || state === 'prioritized';
    },

    async stats() {
      const chunks = await tasks.stats();
      const c = await studies.getJobCounts('waiting', 'prioritized', 'delayed', 'active');
      return {
        ...chunks,
        studies: { waiting: (c.waiting ?? 0) + (c.prioritized ?? 0) + (c.delayed ?? 0), active: c.active ?? 0 },
      };
    },

    async close() {
      for (const c of running.values()) c.abort('handback');
      await worker?.close();
      subscriber?.disconnect();
      publisher.disconnect();
      await studies.close();
      await tasks.close();
    },
  };
}
