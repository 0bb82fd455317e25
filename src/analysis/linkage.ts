/**
 * Linkage analysis: what bargaining all issues together (one package) buys over bargaining each
 * issue alone, starting from the status quo (the brief: delinked issues are zero-sum games).
 *
 * - Delinked: each issue j alone, every other issue at the status quo. Option o is "on the table"
 *   when no party is worse off than at the status quo (gain u_p(sq with j=o) - u_p(sq) >= -tol for
 *   every p) and the changed outcome breaks no red line. Among those: max product of the gains
 *   (gains <= tol count as 0), then max sum, then the status-quo option, then option order.
 *   An issue is "no deal alone" when no table option gives any party a gain above tol (in
 *   particular when nothing but the status quo survives). The delinked package combines every
 *   issue's choice; its utilities are recomputed (interaction terms may make the whole differ
 *   from the sum of the parts).
 * - Linked: the Nash solution over whole packages with d = status-quo utilities (null when no
 *   package makes every party strictly better off).
 * - gain[p] = u_p(linked) - u_p(delinked) (0 when there is no linked package); totalGain = sum.
 * - Concessions/gains of party p in the linked package: issues where changing only that issue from
 *   the status quo to the linked option lowers (concession) or raises (gain) p's utility by more
 *   than tol.
 * Browser-safe.
 */
import { CgError, problem } from '../core/index.ts';
import { type Domain, type Outcome, isFeasible, utilities, utilityOf } from '../model/index.ts';
import { bargainingSolutions, nashKey, sumOf } from './bargaining.ts';
import type { Frontier, Point } from './frontier.ts';
import { computeFrontier } from './pareto.ts';
import { defaultTolerance } from './tolerance.ts';
import { linkageSummary } from './summary.ts';

export interface IssueDeal {
  issueId: string;
  /** Option ids on the table (no party worse off than at the status quo), in option order. */
  tableOptions: string[];
  /** Option chosen when the issue is bargained alone. */
  chosen: string;
  /** Per-party gain of the chosen option over the status quo (this issue alone). */
  gains: number[];
}

export interface LinkageResult {
  statusQuo: Point;
  delinked: Point;
  /** False when the combined issue-by-issue choices break a red line. */
  delinkedFeasible: boolean;
  linked: Point | null;
  /** Linked minus delinked utilities, per party (0 when there is no linked package). */
  gain: number[];
  totalGain: number;
  /** Issues on which nothing but the status quo (or options worth exactly the same) survives alone. */
  noDealAlone: string[];
  perIssue: IssueDeal[];
  /** party id -> issue ids it concedes / gains on in the linked package. */
  concessions: Record<string, string[]>;
  gains: Record<string, string[]>;
  summary: string[];
}

export function checkOutcome(domain: Domain, outcome: readonly number[], what: string): void {
  if (!Array.isArray(outcome) || outcome.length !== domain.issues.length) {
    throw new CgError(
      problem(
        'invalid_outcome',
        {
          what,
          issues: domain.issues.length,
          found: Array.isArray(outcome) ? (outcome as readonly number[]).length : typeof outcome,
        },
        { path: [what] },
      ),
    );
  }
  const problems = outcome.flatMap((o, j) =>
    Number.isInteger(o) && o >= 0 && o < domain.issues[j].options.length
      ? []
      : [
          problem(
            'unknown_option',
            { option: String(o), issue: domain.issues[j].id, maxIndex: domain.issues[j].options.length - 1 },
            { path: [what, domain.issues[j].id] },
          ),
        ],
  );
  if (problems.length) throw new CgError(problems);
}

export interface LinkageOptions {
  tolerance?: number;
  /** Write the summary sentences (default true; analyses run thousands of times skip them). */
  summary?: boolean;
  /** The Nash point for the status-quo disagreement point, when the caller has it already. */
  nash?: Point | null;
}

export function linkageAnalysis(
  domain: Domain,
  statusQuo: Outcome,
  frontier?: Frontier | readonly Point[],
  opts: LinkageOptions = {},
): LinkageResult {
  checkOutcome(domain, statusQuo, 'statusQuo');
  const tol =
    opts.tolerance ??
    (frontier && !Array.isArray(frontier) ? (frontier as Frontier).tolerance : defaultTolerance(domain));
  const front = frontier ?? computeFrontier(domain, { tolerance: tol });
  const k = domain.parties.length;
  const sq = statusQuo.slice();
  const dSq = utilities(domain, sq);

  const perIssue: IssueDeal[] = [];
  const noDealAlone: string[] = [];
  const delinkedOutcome = sq.slice();
  domain.issues.forEach((issue, j) => {
    // Status-quo option first, then option order.
    const candidates = [sq[j], ...issue.options.map((_, o) => o).filter((o) => o !== sq[j])];
    const table: number[] = [];
    let best = -1;
    let bestGains: number[] = [];
    let bestKey: { pos: boolean; key: number; keyTol: number } = { pos: false, key: 0, keyTol: 0 };
    let bestSum = -Infinity;
    for (const o of candidates) {
      const out = sq.slice();
      out[j] = o;
      if (o !== sq[j] && !isFeasible(domain, out)) continue;
      const g = domain.utilities.map((u, p) => utilityOf(u, out) - dSq[p]);
      if (o !== sq[j] && g.some((x) => x < -tol)) continue;
      table.push(o);
      const nk = nashKey(g, new Array<number>(k).fill(0), tol);
      const key = nk ? { pos: true, ...nk } : { pos: false, key: 0, keyTol: 0 };
      const sum = sumOf(g);
      let better: boolean;
      if (best < 0) better = true;
      else if (key.pos !== bestKey.pos) better = key.pos;
      else {
        const t = Math.max(key.keyTol, bestKey.keyTol);
        if (key.pos && key.key > bestKey.key + t) better = true;
        else if (key.pos && key.key < bestKey.key - t) better = false;
        else better = sum > bestSum + k * tol;
      }
      if (better) {
        best = o;
        bestGains = g;
        bestKey = key;
        bestSum = sum;
      }
    }
    table.sort((a, b) => a - b);
    perIssue.push({
      issueId: issue.id,
      tableOptions: table.map((o) => issue.options[o]),
      chosen: issue.options[best],
      gains: bestGains,
    });
    if (!bestGains.some((x) => x > tol)) noDealAlone.push(issue.id);
    delinkedOutcome[j] = best;
  });

  const delinked: Point = { utilities: utilities(domain, delinkedOutcome), outcome: delinkedOutcome };
  const linked = opts.nash !== undefined ? opts.nash : bargainingSolutions(domain, front, dSq, tol).nash;
  const gain = linked ? linked.utilities.map((x, p) => x - delinked.utilities[p]) : new Array<number>(k).fill(0);

  const concessions: Record<string, string[]> = {};
  const gains: Record<string, string[]> = {};
  for (const party of domain.parties) {
    concessions[party.id] = [];
    gains[party.id] = [];
  }
  if (linked) {
    domain.issues.forEach((issue, j) => {
      if (linked.outcome[j] === sq[j]) return;
      const out = sq.slice();
      out[j] = linked.outcome[j];
      domain.parties.forEach((party, p) => {
        const delta = utilityOf(domain.utilities[p], out) - dSq[p];
        if (delta < -tol) concessions[party.id].push(issue.id);
        else if (delta > tol) gains[party.id].push(issue.id);
      });
    });
  }
  const result: LinkageResult = {
    statusQuo: { utilities: dSq, outcome: sq },
    delinked,
    delinkedFeasible: isFeasible(domain, delinkedOutcome),
    linked,
    gain,
    totalGain: sumOf(gain),
    noDealAlone,
    perIssue,
    concessions,
    gains,
    summary: [],
  };
  if (opts.summary !== false) result.summary = linkageSummary(domain, result, tol);
  return result;
}
