/**
 * Negotiation jobs on the job pool (src/jobs): a session is one `negotiation.session` task whose
 * actions stream back as job items while it runs; a linked-versus-delinked comparison is two
 * tournaments cut into `negotiation.tournament-chunk` tasks, with progress per chunk. Cancelling
 * the job aborts its tasks (a running one's worker is terminated, so a session stops mid-run).
 * The same code runs everything in the server's thread with `inlineExecutor` (`workers: 0`).
 */
import type { Domain } from '../../model/index.ts';
import {
  comparisonJson,
  compareSpecs,
  linkageComparison,
  tournamentSessionCount,
  type ProtocolName,
  type TournamentResult,
  type TournamentSpec,
} from '../../negotiation/index.ts';
import { runTournamentOn, type Executor, type SessionParams } from '../../jobs/index.ts';
import type { JobContext } from '../jobs.ts';

export type { SessionParams };

export interface ComparisonParams {
  agents: string[];
  repetitions: number;
  protocol?: ProtocolName;
  order: 'sequential' | 'parallel';
  rounds: number;
  seed: number;
  mediatorIssues: number;
  selfPlay: boolean;
}

/** One session; streams its actions to the job as items. */
export async function runSessionJob(
  tasks: Executor,
  domain: Domain,
  params: SessionParams,
  ctx: JobContext,
): Promise<Record<string, unknown>> {
  const result = await tasks.run(
    'negotiation.session',
    { domain, params },
    {
      signal: ctx.signal,
      onProgress: ({ offers, progress }) => {
        for (const o of offers) ctx.emit(o);
        ctx.progress(Math.min(progress, 0.999), 'negotiating');
      },
    },
  );
  ctx.progress(1, 'done');
  return result;
}

/** Sessions per task of a comparison: small, so progress moves and a cancel lands between chunks. */
const COMPARISON_CHUNK = 4;

/** Linked versus delinked: both tournaments, in chunks of sessions with progress. */
export async function runComparisonJob(
  tasks: Executor,
  domain: Domain,
  params: ComparisonParams,
  ctx: JobContext,
): Promise<Record<string, unknown>> {
  const [linked, delinked] = comparisonSpecs(domain, params);
  const total = tournamentSessionCount(linked) + tournamentSessionCount(delinked);
  let before = 0;
  const results: TournamentResult[] = [];
  for (const spec of [linked, delinked]) {
    const r = await runTournamentOn(tasks, spec, {
      chunk: COMPARISON_CHUNK,
      signal: ctx.signal,
      onProgress: (done) => {
        ctx.progress((before + done) / total, `${before + done} of ${total} sessions (${spec.mode})`);
      },
    });
    before += r.sessions;
    results.push(r);
  }
  return comparisonResult(linked, results[0], results[1], params);
}

/** The two tournaments of a comparison (linked and delinked), same agents, seeds and deadline. */
export function comparisonSpecs(domain: Domain, p: ComparisonParams): [TournamentSpec, TournamentSpec] {
  return compareSpecs({
    domains: [domain],
    agents: p.agents,
    repetitions: p.repetitions,
    deadline: { rounds: p.rounds },
    protocol: p.protocol,
    order: p.order,
    mediatorIssues: p.mediatorIssues,
    seed: p.seed,
    selfPlay: p.selfPlay,
  });
}

function comparisonResult(
  linked: TournamentSpec,
  l: TournamentResult,
  d: TournamentResult,
  p: ComparisonParams,
): Record<string, unknown> {
  const c = linkageComparison(linked, l, d);
  return comparisonJson(c, {
    domain: linked.domains[0].id,
    agents: p.agents,
    repetitions: p.repetitions,
    rounds: p.rounds,
    seed: p.seed,
    protocol: p.protocol ?? null,
    sessions: l.sessions,
  });
}
