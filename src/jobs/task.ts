/**
 * What a task is, independent of where it runs (this thread, a worker thread of the pool, later a
 * remote worker): a kind names a handler `(input, ctx) => output`. Inputs, outputs and progress
 * items are plain structured-clone-able data, so any executor can carry them.
 *
 * Browser-safe.
 */

export interface TaskContext<P = never> {
  /** Fires when the caller gives up on the task. A worker thread is terminated instead, so only
   * handlers run in the calling thread (or a later remote worker) see it fire. */
  readonly signal: AbortSignal;
  /** Stream one item to the caller while the task runs (items arrive in order, all before the output). */
  progress(item: P): void;
}

export interface TaskDefinition<I, O, P = never> {
  run(input: I, ctx: TaskContext<P>): O | Promise<O>;
  /** Buffers of the output to move to the caller instead of copying them (the output must not use them after). */
  transfer?(output: O): ArrayBuffer[];
}

/** Typed helper: `defineTask<Input, Output, Progress>({ run })`. */
export function defineTask<I, O, P = never>(def: TaskDefinition<I, O, P>): TaskDefinition<I, O, P> {
  return def;
}

/** A task stopped because its caller aborted it (cancel, shutdown, or a sibling task failing). */
export class TaskAborted extends Error {
  constructor(readonly reason?: unknown) {
    super(typeof reason === 'string' ? reason : 'the task was aborted');
    this.name = 'TaskAborted';
  }
}
