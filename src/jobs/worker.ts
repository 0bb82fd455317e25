/**
 * The job pool's worker entry (compiled: dist/jobs/worker.js; from the sources it is started
 * through worker-tsx.mjs). Piscina calls the default export once per task with `{kind, input,
 * port}`; it runs the registered handler, streams progress items on `port` (then `{end: true}`),
 * and returns `{ok: true, output}` (buffers the kind names are moved, not copied) or, for bad
 * input, `{ok: false, problems, status}` so a CgError crosses the thread as data. Other errors are thrown
 * and reach the caller as errors.
 */
import type { MessagePort } from 'node:worker_threads';
import { move, transferableSymbol, valueSymbol } from 'piscina';
import { isCgError, type Problem } from '../core/index.ts';
import { outputTransfers, runHandler } from './registry.ts';

export interface WorkerTask {
  kind: string;
  input: unknown;
  /** Where progress items go, when the caller listens. */
  port?: MessagePort;
}

export type WorkerReply = { ok: true; output: unknown } | { ok: false; problems: Problem[]; status: number };

/** Messages on a task's port. */
export type PortMessage = { item: unknown } | { end: true };

export default async function runInWorker({ kind, input, port }: WorkerTask): Promise<unknown> {
  const controller = new AbortController();
  try {
    const output = await runHandler(kind, input, {
      signal: controller.signal,
      progress: (item) => port?.postMessage({ item } satisfies PortMessage),
    });
    const reply: WorkerReply = { ok: true, output };
    const transfer = outputTransfers(kind, output);
    return transfer.length ? move({ [transferableSymbol]: transfer, [valueSymbol]: reply } as never) : reply;
  } catch (e) {
    if (isCgError(e)) return { ok: false, problems: e.problems, status: e.status } satisfies WorkerReply;
    throw e;
  } finally {
    port?.postMessage({ end: true } satisfies PortMessage);
  }
}
