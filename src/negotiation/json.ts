/**
 * JSON form of negotiation results (CLI `--json`, HTTP API): outcomes as {issue id: option id},
 * utilities as {party id: utility}. Browser-safe.
 */
import { outcomeToRecord, type Domain, type Outcome } from '../model/index.ts';
import type { DelinkedResult } from './delinked.ts';
import type { LinkageComparison } from './experiment.ts';
import { distanceToFrontier, distanceToNash, type Reference } from './metrics.ts';
import { noDealUtilities } from './view.ts';
import type { SessionResult } from './session.ts';
import type { TournamentResult } from './tournament.ts';
import type { OfferRecord } from './types.ts';

export type OffersMode = 'all' | 'summary';

export function byParty(domain: Pick<Domain, 'parties'>, values: readonly number[]): Record<string, number> {
  const out: Record<string, number> = {};
  domain.parties.forEach((p, i) => (out[p.id] = values[i]));
  return out;
}

export function offerJson(domain: Domain, o: OfferRecord, issue?: string): Record<string, unknown> {
  const e: Record<string, unknown> = {
    step: o.step,
    round: o.round,
    time: o.time,
    party: o.party < 0 ? 'mediator' : domain.parties[o.party].id,
    kind: o.kind,
  };
  if (issue) e.issue = issue;
  if (o.outcome) e.outcome = outcomeToRecord(domain, o.outcome);
  if (o.utilities) e.utilities = byParty(domain, o.utilities);
  if (o.issues) e.issues = o.issues.map((j) => domain.issues[j].id);
  if (o.votes) e.votes = Object.fromEntries(o.votes.map((v, i) => [domain.parties[i].id, v]));
  if (o.adopted !== undefined) e.adopted = o.adopted;
  return e;
}

/** Counts, first and last offer of each party (and the utility each conceded from first to last). */
export function offersSummary(domain: Domain, offers: readonly OfferRecord[]): Record<string, unknown> {
  const parties: Record<string, unknown> = {};
  domain.parties.forEach((p, i) => {
    const mine = offers.filter((o) => o.party === i && o.kind === 'offer');
    if (mine.length === 0) return;
    const first = mine[0].utilities?.[i] ?? null;
    const last = mine[mine.length - 1].utilities?.[i] ?? null;
    parties[p.id] = {
      offers: mine.length,
      firstUtility: first,
      lastUtility: last,
      conceded: first !== null && last !== null ? first - last : null,
    };
  });
  return {
    actions: offers.length,
    offers: offers.filter((o) => o.kind === 'offer' || o.kind === 'proposal').length,
    accepted: offers.filter((o) => o.kind === 'accept' || o.adopted === true).length,
    byParty: parties,
    first: offers.length ? offerJson(domain, offers[0]) : null,
    last: offers.length ? offerJson(domain, offers[offers.length - 1]) : null,
  };
}

function distances(ref: Reference | null, u: readonly number[]) {
  return ref ? { pareto: distanceToFrontier(u, ref), nash: distanceToNash(u, ref) } : null;
}

function agreementJson(domain: Domain, outcome: Outcome | null, u: readonly number[] | null) {
  return outcome && u ? { outcome: outcomeToRecord(domain, outcome), utilities: byParty(domain, u) } : null;
}

export function sessionJson(
  domain: Domain,
  r: SessionResult,
  ref: Reference | null,
  offers: OffersMode,
): Record<string, unknown> {
  return {
    domain: domain.id,
    mode: 'linked',
    protocol: r.protocol,
    parties: r.parties,
    agents: r.agents,
    seed: r.seed,
    end: r.end,
    walkedAway: r.walkedAway !== undefined ? domain.parties[r.walkedAway].id : null,
    agreement: agreementJson(domain, r.agreement, r.agreementUtilities),
    utilities: byParty(domain, r.utilities),
    noDeal: byParty(domain, r.noDeal),
    rounds: r.rounds,
    steps: r.steps,
    distances: distances(ref, r.utilities),
    nash: ref?.nash ? byParty(domain, ref.nash) : null,
    offers: offers === 'all' ? r.offers.map((o) => offerJson(domain, o)) : offersSummary(domain, r.offers),
  };
}

export function delinkedJson(
  domain: Domain,
  r: DelinkedResult,
  ref: Reference | null,
  offers: OffersMode,
): Record<string, unknown> {
  const any = r.issuesAgreed > 0;
  return {
    domain: domain.id,
    mode: 'delinked',
    order: r.order,
    protocol: r.sessions[0]?.result.protocol ?? null,
    parties: domain.parties.map((p) => p.id),
    agents: r.sessions[0]?.result.agents ?? [],
    seed: r.seed,
    agreement: any
      ? {
          ...agreementJson(domain, r.outcome, r.utilities)!,
          issuesAgreed: r.issuesAgreed,
          issuesChanged: r.issuesChanged,
        }
      : null,
    outcome: outcomeToRecord(domain, r.outcome),
    utilities: byParty(domain, r.utilities),
    statusQuo: byParty(domain, r.statusQuoUtilities),
    noDeal: byParty(domain, noDealUtilities(domain)),
    feasible: r.feasible,
    rounds: r.rounds,
    steps: r.sessions.reduce((s, x) => s + x.result.steps, 0),
    distances: distances(ref, r.utilities),
    nash: ref?.nash ? byParty(domain, ref.nash) : null,
    issues: r.sessions.map((s) => ({
      issue: s.issue,
      agreed: s.agreed === null ? null : domain.issues[s.index].options[s.agreed],
      statusQuo: domain.issues[s.index].options[domain.issues[s.index].statusQuo!],
      end: s.result.end,
      rounds: s.result.rounds,
      walkedAway: s.result.walkedAway !== undefined ? domain.parties[s.result.walkedAway].id : null,
    })),
    offers:
      offers === 'all'
        ? r.sessions.flatMap((s) =>
            s.result.offers.map((o) => offerJson(domain, liftOffer(o, s.index, s.base), s.issue)),
          )
        : Object.fromEntries(
            r.sessions.map((s) => [
              s.issue,
              offersSummary(
                domain,
                s.result.offers.map((o) => liftOffer(o, s.index, s.base)),
              ),
            ]),
          ),
  };
}

/** An issue session's offer as a full-domain outcome (the other issues at the session's base). */
function liftOffer(o: OfferRecord, j: number, base: Outcome): OfferRecord {
  if (!o.outcome) return o;
  const full = base.slice();
  full[j] = o.outcome[0];
  return { ...o, outcome: full, issues: o.issues ? [j] : undefined };
}

export function tournamentJson(r: TournamentResult, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    domains: r.domains,
    agents: r.agents,
    mode: r.mode,
    repetitions: r.repetitions,
    sessions: r.sessions,
    ...extra,
    ranking: r.ranking,
  };
}

export function comparisonJson(c: LinkageComparison, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    ...extra,
    byDomain: c.byDomain,
    rows: c.rows,
    linkedRanking: c.linked.ranking,
    delinkedRanking: c.delinked.ranking,
  };
}
