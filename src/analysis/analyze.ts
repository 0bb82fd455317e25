/**
 * One call for everything the issue-linkage analysis reports: outcome count, exact Pareto
 * frontier, the four bargaining solutions and, when a status quo exists, the linkage analysis.
 * Deterministic: no randomness anywhere. Browser-safe.
 */
import { type Domain, type Outcome, outcomeCount, statusQuoOutcome, utilities } from '../model/index.ts';
import { bargainingSolutions } from './bargaining.ts';
import type { Frontier, Point } from './frontier.ts';
import { type LinkageResult, checkOutcome, linkageAnalysis } from './linkage.ts';
import { type FrontierOptions, computeFrontier } from './pareto.ts';

export interface AnalyzeOptions extends Omit<FrontierOptions, 'tolerance'> {
  /**
   * Status quo outcome (option index per issue). Overrides the issues' `statusQuo`; `null` means
   * "no status quo" even when the issues define one; undefined uses the issues' (if every issue has one).
   */
  statusQuo?: Outcome | null;
  /** Absolute utility tolerance (default 1e-12 x utility scale; see tolerance.ts). */
  tolerance?: number;
  /** Write the linkage summary sentences (default true). */
  summary?: boolean;
}

export interface AnalysisResult {
  outcomeCount: bigint;
  /** Outcomes that break no red line (null when not countable, i.e. a branch-and-bound group has red lines). */
  feasibleOutcomeCount: bigint | null;
  pareto: Point[];
  /** The reusable frontier object (queries: covering, dominating, nearest, distance). */
  frontier: Frontier;
  /** Disagreement point: status-quo utilities when there is a status quo, else reservation values. */
  disagreement: number[];
  disagreementSource: 'statusQuo' | 'reservation';
  /** Best acceptable utility per party (the Kalai–Smorodinsky ideal), null when nothing is acceptable. */
  ideal: number[] | null;
  nash: Point | null;
  kalaiSmorodinsky: Point | null;
  egalitarian: Point | null;
  utilitarian: Point | null;
  linkage: LinkageResult | null;
  tolerance: number;
}

export function analyze(domain: Domain, opts: AnalyzeOptions = {}): AnalysisResult {
  const frontier = computeFrontier(domain, opts);
  const tol = frontier.tolerance;
  let sq: Outcome | null = opts.statusQuo === undefined ? statusQuoOutcome(domain) : opts.statusQuo;
  if (sq) {
    checkOutcome(domain, sq, 'statusQuo');
    sq = sq.slice();
  }
  const disagreement = sq ? utilities(domain, sq) : domain.parties.map((p) => p.reservation);
  const sol = bargainingSolutions(domain, frontier, disagreement, tol);
  return {
    outcomeCount: outcomeCount(domain),
    feasibleOutcomeCount: frontier.info.feasibleOutcomes,
    pareto: frontier.points,
    frontier,
    disagreement,
    disagreementSource: sq ? 'statusQuo' : 'reservation',
    ideal: sol.ideal,
    nash: sol.nash,
    kalaiSmorodinsky: sol.kalaiSmorodinsky,
    egalitarian: sol.egalitarian,
    utilitarian: sol.utilitarian,
    // The linked package is the Nash point for the status-quo disagreement point: computed above.
    linkage: sq
      ? linkageAnalysis(domain, sq, frontier, { tolerance: tol, nash: sol.nash, summary: opts.summary })
      : null,
    tolerance: tol,
  };
}
