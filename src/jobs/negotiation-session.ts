/**
 * One negotiation session as a job computes it, the same in a worker thread or in the calling
 * thread: linked (one package over every issue) or delinked (issue by issue), streaming every
 * action (offer, acceptance, walk-away, mediator proposal) with every party's utilities as it is
 * made, then the session's JSON (src/negotiation/json.ts) with the distances to the Pareto
 * frontier and the Nash point. Browser-safe.
 */
import type { Domain } from '../model/index.ts';
import {
  delinkedJson,
  offerJson,
  referenceFor,
  runDelinked,
  runSession,
  sessionJson,
  type ProtocolName,
} from '../negotiation/index.ts';

export interface SessionParams {
  agents: string[];
  mode: 'linked' | 'delinked';
  protocol?: ProtocolName;
  order: 'sequential' | 'parallel';
  rounds: number;
  seed: number;
  mediatorIssues: number;
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
