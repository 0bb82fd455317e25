/**
 * Worker thread of negotiation jobs (started by runner.ts). Messages:
 * - `{type: 'session', domain, params}`: runs one session, posting `{type: 'offers', offers,
 *   progress}` while it runs and `{type: 'done', result}` at the end.
 * - `{type: 'tasks', spec, tasks, first}`: runs tournament tasks, posting `{type: 'summaries',
 *   summaries}` (`first` marks a job's first chunk: cached frontiers are dropped).
 * Failures post `{type: 'error', problems}` (bad input, a CgError) or `{type: 'error', message}`.
 */
import { parentPort } from 'node:worker_threads';
import { isCgError } from '../../core/index.ts';
import type { Domain } from '../../model/index.ts';
import { referenceFor, runTask, type Reference, type Task, type TournamentSpec } from '../../negotiation/index.ts';
import { runSessionJob, type SessionParams } from './run.ts';

type Msg =
  | { type: 'session'; domain: Domain; params: SessionParams }
  | { type: 'tasks'; spec: TournamentSpec; tasks: Task[]; first: boolean };

/** Frontier and Nash point per domain index, kept for the chunks of one job (reset by `first`). */
let refs = new Map<number, Reference>();
const port = parentPort!;

port.on('message', (m: Msg) => {
  try {
    if (m.type === 'session') {
      const result = runSessionJob(m.domain, m.params, (offers, progress) =>
        port.postMessage({ type: 'offers', offers, progress }),
      );
      port.postMessage({ type: 'done', result });
    } else {
      if (m.first) refs = new Map();
      const summaries = m.tasks.map((t) => {
        let ref = refs.get(t.domain);
        if (!ref) refs.set(t.domain, (ref = referenceFor(m.spec.domains[t.domain])));
        return runTask(m.spec, t, ref);
      });
      port.postMessage({ type: 'summaries', summaries });
    }
  } catch (e) {
    if (isCgError(e)) port.postMessage({ type: 'error', problems: e.problems });
    else
      port.postMessage({ type: 'error', message: e instanceof Error ? `${e.message}\n${e.stack ?? ''}` : String(e) });
  }
});
port.postMessage({ type: 'ready' });
