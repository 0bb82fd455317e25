/**
 * Task kinds of negotiation runs:
 *
 * - `negotiation.tournament-chunk`: run some sessions of a tournament, all on one domain, and
 *   return their summaries. Session seeds are in the tasks (planTournament), so a summary does not
 *   depend on which thread runs it or when. The domain's Pareto frontier and Nash point are
 *   computed once per run and domain in each thread (`run` names the tournament).
 * - `negotiation.session`: one session, linked or delinked, streaming its actions in batches as
 *   progress items, then the session's JSON (see `runSessionJob`).
 *
 * Browser-safe.
 */
import type { Domain } from '../model/index.ts';
import {
  referenceFor,
  runTask,
  type Reference,
  type SessionSummary,
  type Task,
  type TournamentSpec,
} from '../negotiation/index.ts';
import { LruCache } from './cache.ts';
import { runSessionJob, type SessionParams } from './negotiation-session.ts';
import { defineTask } from './task.ts';

export interface NegotiationChunkInput {
  /** Names the tournament: a thread keeps each domain's reference points per run. */
  run: string;
  /** The tournament's spec with only this chunk's domain in `domains`. */
  spec: TournamentSpec;
  /** Index of that domain in the whole tournament (the tasks and summaries use it). */
  domain: number;
  tasks: Task[];
}

const references = new LruCache<string, Reference>(16);

export const negotiationChunk = defineTask<NegotiationChunkInput, SessionSummary[]>({
  run({ run, spec, domain, tasks }) {
    const ref = references.get(`${run}\u0000${domain}`, () => referenceFor(spec.domains[0]));
    return tasks.map((t) => ({ ...runTask(spec, { ...t, domain: 0 }, ref), domain }));
  },
});

export interface SessionInput {
  domain: Domain;
  params: SessionParams;
}

/** A batch of streamed actions and the share of the deadline used so far. */
export interface SessionProgress {
  offers: Record<string, unknown>[];
  progress: number;
}

export const negotiationSession = defineTask<SessionInput, Record<string, unknown>, SessionProgress>({
  run({ domain, params }, ctx) {
    return runSessionJob(domain, params, (offers, progress) => ctx.progress({ offers, progress }));
  },
});
