/**
 * Linked versus delinked: the same agents negotiate the same domains once as one package over all
 * issues and once issue by issue (each issue its own session, the others held at the status quo),
 * with the same seeds. Reports, per domain and per agent tuple, the agreement rate (linked: share
 * of sessions ending in agreement; delinked: share of issue sessions ending in agreement), the
 * share of agreements that change anything from the status quo, and mean joint utility (sum over
 * parties of the final utilities) against the status quo's. Browser-safe (runs in this thread;
 * the CLI runs the two tournaments on worker threads).
 */
import { statusQuoOutcome, utilities } from '../model/index.ts';
import { requireStatusQuo } from './delinked.ts';
import { runTournament, type SessionSummary, type TournamentResult, type TournamentSpec } from './tournament.ts';

export interface LinkageRow {
  domain: string;
  /** Agent per party ("all" for a domain's aggregate row). */
  agents: string;
  sessions: number;
  linkedAgreement: number;
  delinkedAgreement: number;
  linkedMoved: number;
  delinkedMoved: number;
  linkedJoint: number;
  delinkedJoint: number;
  statusQuoJoint: number;
}

export interface LinkageComparison {
  rows: LinkageRow[];
  /** One row per domain, over every agent tuple. */
  byDomain: LinkageRow[];
  linked: TournamentResult;
  delinked: TournamentResult;
}

export function compareSpecs(spec: TournamentSpec): [TournamentSpec, TournamentSpec] {
  spec.domains.forEach(requireStatusQuo);
  return [
    { ...spec, mode: 'linked' },
    { ...spec, mode: 'delinked' },
  ];
}

function mean(xs: number[]): number {
  return xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : NaN;
}

export function linkageComparison(
  spec: TournamentSpec,
  linked: TournamentResult,
  delinked: TournamentResult,
): LinkageComparison {
  const sqJoint = spec.domains.map((d) => utilities(d, statusQuoOutcome(d)!).reduce((a, b) => a + b, 0));
  const groups = new Map<string, { domain: number; agents: string; l: SessionSummary[]; d: SessionSummary[] }>();
  const key = (s: SessionSummary) => `${s.domain}|${s.agents.join(',')}`;
  for (const s of linked.summaries) {
    const k = key(s);
    if (!groups.has(k))
      groups.set(k, { domain: s.domain, agents: s.agents.map((a) => spec.agents[a]).join(' / '), l: [], d: [] });
    groups.get(k)!.l.push(s);
  }
  for (const s of delinked.summaries) groups.get(key(s))!.d.push(s);
  const row = (domain: number, agents: string, l: SessionSummary[], d: SessionSummary[]): LinkageRow => ({
    domain: spec.domains[domain].id,
    agents,
    sessions: l.length,
    linkedAgreement: mean(l.map((x) => x.agreementShare)),
    delinkedAgreement: mean(d.map((x) => x.agreementShare)),
    linkedMoved: mean(l.map((x) => x.movedShare)),
    delinkedMoved: mean(d.map((x) => x.movedShare)),
    linkedJoint: mean(l.map((x) => x.welfare)),
    delinkedJoint: mean(d.map((x) => x.welfare)),
    statusQuoJoint: sqJoint[domain],
  });
  const rows = [...groups.values()].map((g) => row(g.domain, g.agents, g.l, g.d));
  const byDomain = spec.domains.map((_, di) => {
    const l = linked.summaries.filter((s) => s.domain === di);
    const d = delinked.summaries.filter((s) => s.domain === di);
    return row(di, 'all', l, d);
  });
  return { rows, byDomain, linked, delinked };
}

/** Run both modes in this thread. */
export function compareLinkage(spec: TournamentSpec): LinkageComparison {
  const [l, d] = compareSpecs(spec);
  return linkageComparison(spec, runTournament(l), runTournament(d));
}
