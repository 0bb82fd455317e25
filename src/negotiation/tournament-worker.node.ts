/** Worker thread of a parallel tournament: runs the tasks it is sent and posts their summaries back. */
import { parentPort, workerData } from 'node:worker_threads';
import { referenceFor, type Reference } from './metrics.ts';
import { runTask, type Task, type TournamentSpec } from './tournament.ts';

const spec = (workerData as { spec: TournamentSpec }).spec;
const refs = new Map<number, Reference>();

parentPort!.on('message', (msg: { tasks: Task[] }) => {
  try {
    const summaries = msg.tasks.map((t) => {
      let ref = refs.get(t.domain);
      if (!ref) refs.set(t.domain, (ref = referenceFor(spec.domains[t.domain])));
      return runTask(spec, t, ref);
    });
    parentPort!.postMessage({ summaries });
  } catch (e) {
    parentPort!.postMessage({ error: e instanceof Error ? `${e.message}\n${e.stack ?? ''}` : String(e) });
  }
});
parentPort!.postMessage({ ready: true });
