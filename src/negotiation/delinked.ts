/**
 * Delinked (issue-by-issue) negotiation, the way the brief says Mexico prefers to bargain: the same
 * parties negotiate each issue in its own session, with every other issue held where it stands,
 * and each session ends in its own agreement or that issue's status quo.
 *
 * Issue j's session is a one-issue domain whose option k is worth, to party p, exactly
 * u_p(base with issue j set to k), so interactions with the other issues count at their current
 * options; options that would break one of p's red lines in that context become single-option red
 * lines. The base is the status quo (parallel: every session starts from it) or the status quo
 * with the issues already settled (sequential, in issue order). A session never changes any other
 * issue. Each session gets the full deadline (its own talks). Parties keep their reservation
 * values; their no-deal utility in issue j's session is max(reservation, u_p(base)).
 *
 * Needs a status quo on every issue (what "no agreement on this issue" means). Browser-safe.
 */
import { CgError, deriveSeed, problem } from '../core/index.ts';
import {
  isFeasible,
  statusQuoOutcome,
  utilities,
  utilityOf,
  violates,
  type Domain,
  type Outcome,
  type RedLine,
} from '../model/index.ts';
import { runSession, type SessionConfig, type SessionResult } from './session.ts';
import type { OfferRecord } from './types.ts';

export type DelinkedOrder = 'sequential' | 'parallel';

export interface DelinkedConfig extends Omit<SessionConfig, 'initialText' | 'negotiators' | 'onRecord'> {
  order?: DelinkedOrder;
  /**
   * Called with each recorded action of every issue session as it happens, lifted to the full
   * domain (the other issues at the session's base; utilities are the same), with the issue index.
   */
  onRecord?: (rec: OfferRecord, issue: number) => void;
}

export interface IssueSession {
  issue: string;
  index: number;
  /** The outcome the session started from (other issues fixed here). */
  base: Outcome;
  result: SessionResult;
  /** Agreed option of this issue, or null (the issue keeps its status quo). */
  agreed: number | null;
}

export interface DelinkedResult {
  domain: string;
  order: DelinkedOrder;
  /** The run's seed (issue j's session uses deriveSeed(seed, 'issue', j)). */
  seed: number;
  sessions: IssueSession[];
  /** The combined outcome: every issue's agreed option or its status quo. */
  outcome: Outcome;
  /** Full-domain utilities of the combined outcome. */
  utilities: number[];
  /** Utilities of the status quo (nothing agreed anywhere). */
  statusQuoUtilities: number[];
  issuesAgreed: number;
  /** Issues whose agreed option differs from the status quo. */
  issuesChanged: number;
  /** False when the combined outcome breaks some party's multi-issue red line (possible in parallel mode). */
  feasible: boolean;
  /** Rounds summed over the issue sessions. */
  rounds: number;
}

export function requireStatusQuo(domain: Domain): Outcome {
  const sq = statusQuoOutcome(domain);
  if (sq) return sq;
  const missing = domain.issues.filter((i) => i.statusQuo === undefined).map((i) => i.id);
  throw new CgError(problem('no_status_quo', { missing, for: 'delinked', domain: domain.id }, { path: ['issues'] }));
}

/** The one-issue domain of issue j, other issues fixed at `base`. */
export function issueDomain(domain: Domain, j: number, base: Outcome): Domain {
  const issue = domain.issues[j];
  const o = base.slice();
  return {
    id: `${domain.id}#${issue.id}`,
    name: `${domain.name}: ${issue.name}`,
    parties: domain.parties.map((p) => ({ ...p })),
    issues: [{ ...issue, options: [...issue.options], statusQuo: base[j] }],
    utilities: domain.utilities.map((u) => {
      const row: number[] = [];
      const redLines: RedLine[] = [];
      issue.options.forEach((_, k) => {
        o[j] = k;
        row.push(utilityOf(u, o));
        if (u.redLines.some((l) => violates(l, o))) redLines.push({ options: [{ issue: 0, option: k }] });
      });
      return { table: [row], constant: 0, interactions: [], redLines };
    }),
    meta: { delinkedFrom: domain.id, issue: issue.id },
  };
}

/** An issue session's record as a full-domain one: the other issues at the session's base. */
export function liftRecord(rec: OfferRecord, j: number, base: Outcome): OfferRecord {
  if (!rec.outcome) return rec;
  const full = base.slice();
  full[j] = rec.outcome[0];
  return { ...rec, outcome: full, ...(rec.issues ? { issues: [j] } : {}) };
}

export function runDelinked(domain: Domain, config: DelinkedConfig): DelinkedResult {
  const sq = requireStatusQuo(domain);
  const order = config.order ?? 'sequential';
  const seed = (config.seed ?? 1) >>> 0;
  const combined = sq.slice();
  const sessions: IssueSession[] = [];
  domain.issues.forEach((issue, j) => {
    const base = order === 'sequential' ? combined.slice() : sq.slice();
    const sub = issueDomain(domain, j, base);
    const { onRecord, ...rest } = config;
    const result = runSession(sub, {
      ...rest,
      seed: deriveSeed(seed, 'issue', j),
      onRecord: onRecord && ((rec) => onRecord(liftRecord(rec, j, base), j)),
    });
    const agreed = result.agreement ? result.agreement[0] : null;
    if (agreed !== null) combined[j] = agreed;
    sessions.push({ issue: issue.id, index: j, base, result, agreed });
  });
  return {
    domain: domain.id,
    order,
    seed,
    sessions,
    outcome: combined,
    utilities: utilities(domain, combined),
    statusQuoUtilities: utilities(domain, sq),
    issuesAgreed: sessions.filter((s) => s.agreed !== null).length,
    issuesChanged: sessions.filter((s) => s.agreed !== null && s.agreed !== sq[s.index]).length,
    feasible: isFeasible(domain, combined),
    rounds: sessions.reduce((s, x) => s + x.result.rounds, 0),
  };
}
