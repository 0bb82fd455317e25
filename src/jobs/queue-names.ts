/** Names the queue mode shares between servers, CLI studies and workers (kept apart from bullmq, which loads lazily). */

/** The BullMQ queue that carries task chunks. */
export const TASK_QUEUE = 'cg-tasks';
/** The Redis pub/sub channel on which cancelled jobs are announced to workers. */
export const CANCEL_CHANNEL = 'cg:cancel';
/** The BullMQ queue that carries whole studies (server jobs in queue mode). */
export const STUDY_QUEUE = 'cg-studies';
