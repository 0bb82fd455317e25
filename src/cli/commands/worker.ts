/**
 * `commonground worker [--queue URL] [--concurrency k]`: a queue worker for studies that outgrow
 * one machine. It takes chunks (negotiation tournament sessions, cooperation pairs, ...) from the
 * BullMQ queue in Redis (REDIS_URL or --queue) and runs them on k worker threads. Start as many
 * as you like, on as many machines as can reach the Redis.
 *
 * SIGTERM / SIGINT: stop taking chunks, finish the running ones, exit 0. A second signal hands the
 * running chunks back to the queue (another worker takes them) and exits at once. A worker killed
 * outright (SIGKILL, power cut) loses its locks: its chunks are retried by the others.
 */
import type { Command } from 'commander';
import { fail } from '../../core/index.ts';
import { MAX_WORKERS, redactUrl, startQueueWorker } from '../../jobs/node.ts';
import { commandEntry } from './index.ts';

export function register(program: Command): void {
  program
    .command('worker')
    .description(commandEntry('worker').description)
    .option('--queue <url>', 'Redis URL of the job queue (default: $REDIS_URL)')
    .option('--concurrency <k>', 'chunks run at once, each on its own worker thread (default 1)')
    .option('--quiet', 'no log line per chunk on stderr')
    .addHelpText(
      'after',
      '\nExample:\n  REDIS_URL=redis://queue-host:6379 commonground worker --concurrency 4\n\n' +
        'Environment: CG_QUEUE_LOCK_MS (default 30000) is how long a chunk stays locked to a silent worker\n' +
        'before another takes it over.',
    )
    .action(async (o: { queue?: string; concurrency?: string; quiet?: boolean }) => {
      const url = o.queue ?? process.env.REDIS_URL;
      if (!url) fail('queue_url_required', {}, { path: ['--queue'] });
      const concurrency = o.concurrency === undefined ? 1 : Number(o.concurrency);
      if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > MAX_WORKERS)
        fail('invalid_concurrency', { max: MAX_WORKERS }, { path: ['--concurrency'], received: o.concurrency });
      const lockMs = process.env.CG_QUEUE_LOCK_MS ? Number(process.env.CG_QUEUE_LOCK_MS) : undefined;
      const log = (line: string) => process.stderr.write(`${new Date().toISOString()} ${line}\n`);
      // Signals are caught from the start: one that comes while the worker connects still stops it cleanly.
      let signals = 0;
      let onSignal: (sig: string) => void = () => signals++;
      process.on('SIGTERM', () => onSignal('SIGTERM'));
      process.on('SIGINT', () => onSignal('SIGINT'));
      const worker = await startQueueWorker(url, {
        concurrency,
        lockMs: lockMs && lockMs >= 200 ? lockMs : undefined,
        onEvent: o.quiet
          ? undefined
          : (e) =>
              log(
                e.type === 'start'
                  ? `start ${e.kind} ${e.id}`
                  : e.type === 'done'
                    ? `done ${e.kind} ${e.id} in ${e.ms} ms`
                    : `failed ${e.kind} ${e.id}: ${e.reason}`,
              ),
      });
      log(`worker ${process.pid} ready on ${redactUrl(url)}, ${concurrency} at a time`);
      await new Promise<void>((resolve) => {
        onSignal = (sig: string) => {
          signals++;
          if (signals === 1) {
            log(`${sig}: finishing the running chunks (send it again to hand them back and exit now)`);
            void worker.close().then(resolve);
          } else {
            log(`${sig}: handing the running chunks back to the queue`);
            void worker.close({ handBack: true }).then(resolve);
          }
        };
        if (signals > 0) {
          signals = 0;
          onSignal('SIGTERM');
        }
      });
      log(`worker ${process.pid} stopped after ${worker.completed} chunks`);
    });
}
