/**
 * What a negotiation job computes, the same in a worker thread or in the server's thread:
 *
 * - `runSessionJob`: one session, linked (one package over every issue) or delinked (issue by
 *   issue), streaming every action (offer, acceptance, walk-away, mediator proposal) with every
 *   party's utilities as it is made, then the session's JSON (src/negotiation/json.ts) with the
 *   distances to the Pareto frontier and the Nash point.
 * - `comparisonSpecs` / `comparisonResult`: the linked-versus-delinked experiment of
 *   `compareLinkage`, split into tasks so a job can report progress and stop between chunks.
 */
import type { Domain } from '../../model/index.ts';
import {
  comparisonJson,
  compareSpecs,
  delinkedJson,
  linkageComparison,
  referenceFor,
  runDelinked,
  runSession,
  sessionJson,
  tournamentResult,
  type ProtocolName,
  type SessionSummary,
  type TournamentSpec,
  offerJson,
} from '../../negotiation/index.ts';

export interface SessionParams {
  agents: string[];
  mode: 'linked' | 'delinked';
  protocol?: ProtocolName;
  order: 'sequential' | 'parallel';
  rounds: number;
  seed: number;
  mediatorIssues: number;
}

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

/** Receives streamed actions in batches with the share of the deadline used so far. */
export type OfferSink = (batch: Record<string, unknown>[], progress: number) => void;

/** Results keep the whole transcript up to this many actions, else its summary. */
export const MAX_RESULT_OFFERS = 20_000;

export function runSessionJob(
  domain: Domain,
  p: SessionParams,
  sink: OfferSink,
  batchSize = 40,
): Record<string, unknown> {
  let batch: Record<string, unknown>[] = [];
  let progress = 0;
  let count = 0;
  const push = (item: Record<string, unknown>, at: number) => {
    batch.push(item);
    count++;
    progress = at;
    if (batch.length >= batchSize) flush();
  };
  const flush = () => {
    if (batch.length) sink(batch, progress);
    batch = [];
  };
  const base = {
    agents: p.agents,
    protocol: p.protocol,
    deadline: { rounds: p.rounds },
    seed: p.seed,
    mediatorIssues: p.mediatorIssues,
  };
  const ref = referenceFor(domain);
  let json: Record<string, unknown>;
  if (p.mode === 'linked') {
    const r = runSession(domain, { ...base, onRecord: (rec) => push(offerJson(domain, rec), rec.time) });
    flush();
    json = sessionJson(domain, r, ref, count <= MAX_RESULT_OFFERS ? 'all' : 'summary');
  } else {
    const n = domain.issues.length;
    const r = runDelinked(domain, {
      ...base,
      order: p.order,
      onRecord: (rec, j) => push(offerJson(domain, rec, domain.issues[j].id), (j + rec.time) / n),
    });
    flush();
    json = delinkedJson(domain, r, ref, count <= MAX_RESULT_OFFERS ? 'all' : 'summary');
  }
  sink([], 1);
  return { ...json, noDeal: byParty(domain, ref.noDeal), offerCount: count };
}

/** Values by party id. */
function byParty(domain: Domain, values: number[]): Record<string, number> {
  return Object.fromEntries(domain.parties.map((party, i) => [party.id, values[i]]));
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

export function comparisonResult(
  linked: TournamentSpec,
  delinked: TournamentSpec,
  l: SessionSummary[],
  d: SessionSummary[],
  p: ComparisonParams,
): Record<string, unknown> {
  const c = linkageComparison(linked, tournamentResult(linked, l), tournamentResult(delinked, d));
  return comparisonJson(c, {
    domain: linked.domains[0].id,
    agents: p.agents,
    repetitions: p.repetitions,
    rounds: p.rounds,
    seed: p.seed,
    protocol: p.protocol ?? null,
    sessions: l.length,
  });
}
