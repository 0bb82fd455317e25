/**
 * The exact Pareto frontier of a domain, without enumerating its outcomes.
 *
 * 1. components.ts splits the issues into groups linked by interactions, red lines or rectangles.
 * 2. Each group's own frontier: enumeration of its joint options when there are at most
 *    ENUMERATION_LIMIT of them (red lines and interaction terms exact), branch and bound otherwise.
 * 3. merge.ts adds the groups one by one, dropping covered partial sums (exact for additive
 *    utility), and keeps back-pointers to rebuild one outcome per point.
 * 4. Clamp (Genius caps utility at 1): see `clampAndFilter`.
 * 5. Each point's utilities are recomputed with the reference `utilityOf` on its outcome, so the
 *    numbers reported are exactly those of the outcome shown.
 *
 * Frontier order: by the first party's utility descending, then the second's, and so on
 * (lexicographically descending). "First found" in tie-breaking means first in this order.
 * Browser-safe.
 */
import { CgError, problem } from '../core/index.ts';
import { type Domain, type Outcome, utilityOf } from '../model/index.ts';
import {
  branchAndBoundComponent,
  DEFAULT_MAX_NODES,
  DEFAULT_MAX_SECONDS,
  type BranchBoundOptions,
} from './branch-bound.ts';
import { type ComponentFrontier, ENUMERATION_LIMIT, enumerateComponent } from './component-frontier.ts';
import { type Component, type Decomposition, decompose } from './components.ts';
import { DEFAULT_LIMITS, type MergeLimits, mergeComponents } from './merge.ts';
import { skyline } from './skyline.ts';
import { defaultTolerance } from './tolerance.ts';
import { Frontier, type FrontierInfo, type Point } from './frontier.ts';

export interface FrontierOptions {
  /** Absolute utility tolerance (default: 1e-12 x the domain's utility scale, see tolerance.ts). */
  tolerance?: number;
  /** Memory guards of the merge. */
  limits?: Partial<MergeLimits>;
  /** Region budget of the branch and bound for groups too large to enumerate (default DEFAULT_MAX_NODES). */
  maxNodes?: number;
  /** Time budget of each branch and bound in seconds (default DEFAULT_MAX_SECONDS). */
  maxSeconds?: number;
  /** Milliseconds clock of the time budget (tests). */
  clock?: () => number;
  /** Largest linked group a branch-and-bound region enumerates (tests: 1 forces splitting to single classes). */
  jointLimit?: number;
  /** Groups with more joint options than this use branch and bound (default ENUMERATION_LIMIT = 2^20). */
  enumerationLimit?: number;
  /**
   * Frontiers of branch-and-bound groups already solved, by group index (`branchAndBoundPlan`):
   * a parallel search (jobs/parallel-frontier.ts) solves them first, on several threads.
   */
  solved?: ReadonlyMap<number, ComponentFrontier>;
}

/** A group computeFrontier solves by branch and bound, with the options it uses. */
export interface BranchBoundJob {
  /** Its index among the domain's groups (decompose order). */
  index: number;
  component: Component;
  options: BranchBoundOptions;
}

/** The tolerance and the groups computeFrontier would solve by branch and bound (none: it enumerates them all). */
export function branchAndBoundPlan(
  domain: Domain,
  opts: FrontierOptions = {},
): { tol: number; jobs: BranchBoundJob[] } {
  validateDomain(domain);
  return { tol: opts.tolerance ?? defaultTolerance(domain), jobs: planJobs(domain, decompose(domain), opts) };
}

function planJobs(domain: Domain, { components, constants }: Decomposition, opts: FrontierOptions): BranchBoundJob[] {
  const jobs: BranchBoundJob[] = [];
  components.forEach((c, ci) => {
    if (c.size <= BigInt(opts.enumerationLimit ?? ENUMERATION_LIMIT)) return;
    jobs.push({
      index: ci,
      component: c,
      options: {
        maxNodes: opts.maxNodes ?? DEFAULT_MAX_NODES,
        maxSeconds: opts.maxSeconds ?? DEFAULT_MAX_SECONDS,
        ...(opts.clock ? { clock: opts.clock } : {}),
        ...(opts.jointLimit !== undefined ? { jointLimit: opts.jointLimit } : {}),
        clamp: clampFor(domain, components, constants, ci),
      },
    });
  });
  return jobs;
}

export function validateDomain(domain: Domain): void {
  const problems: CgError['problems'] = [];
  const who = (p: number) => domain.parties[p]?.id ?? String(p);
  if (domain.parties.length === 0) problems.push(problem('no_parties', {}, { path: ['parties'] }));
  if (domain.utilities.length !== domain.parties.length) {
    problems.push(
      problem(
        'utility_count',
        { parties: domain.parties.length, found: domain.utilities.length },
        { path: ['utilities'] },
      ),
    );
  }
  domain.utilities.forEach((u, p) => {
    if (u.table.length !== domain.issues.length) {
      problems.push(
        problem(
          'table_shape',
          { party: who(p), rows: domain.issues.length, found: u.table.length },
          { path: ['utilities', p, 'table'] },
        ),
      );
      return;
    }
    u.table.forEach((row, j) => {
      if (row.length !== domain.issues[j].options.length) {
        problems.push(
          problem(
            'table_shape',
            { party: who(p), issue: domain.issues[j].id, options: domain.issues[j].options.length, found: row.length },
            { path: ['utilities', p, 'table', j] },
          ),
        );
      } else if (row.some((v) => !Number.isFinite(v))) {
        problems.push(
          problem('not_finite', { party: who(p), issue: domain.issues[j].id }, { path: ['utilities', p, 'table', j] }),
        );
      }
    });
    if (u.rectangles && !(u.rectangles.scale > 0)) {
      problems.push(problem('rectangle_scale', {}, { path: ['utilities', p, 'rectangles', 'scale'] }));
    }
  });
  if (problems.length) throw new CgError(problems);
}

export function computeFrontier(domain: Domain, opts: FrontierOptions = {}): Frontier {
  validateDomain(domain);
  const tol = opts.tolerance ?? defaultTolerance(domain);
  const k = domain.parties.length;
  const decomposition = decompose(domain);
  const { components, constants } = decomposition;
  const jobs = planJobs(domain, decomposition, opts);
  const groups: FrontierInfo['groups'] = [];
  const comps: ComponentFrontier[] = components.map((c, ci) => {
    const job = jobs.find((j) => j.index === ci);
    const big = job !== undefined;
    const cf = job
      ? (opts.solved?.get(ci) ?? branchAndBoundComponent(domain, c, tol, job.options))
      : enumerateComponent(domain, c, tol);
    groups.push({
      issues: c.issues.map((j) => domain.issues[j].id),
      jointOptions: c.size.toString(),
      kept: cf.count,
      method: big ? 'branch-and-bound' : 'enumerate',
      ...(cf.nodes !== undefined ? { nodes: cf.nodes } : {}),
    });
    return cf;
  });
  let feasibleOutcomes: bigint | null = 1n;
  for (const c of comps)
    feasibleOutcomes = feasibleOutcomes === null || c.feasible === null ? null : feasibleOutcomes * c.feasible;
  if (comps.some((c) => c.count === 0)) feasibleOutcomes = 0n;

  const merged = mergeComponents(k, domain.issues.length, constants, comps, tol, { ...DEFAULT_LIMITS, ...opts.limits });
  const keep: ArrayLike<number> | null = exceedsClamp(domain, merged.vals, merged.n, k)
    ? clampAndFilter(domain, merged.vals, merged.n, k, tol)
    : null;

  const points: Point[] = [];
  const count = keep ? keep.length : merged.n;
  for (let t = 0; t < count; t++) {
    const outcome: Outcome = merged.outcomeOf(keep ? keep[t] : t);
    const u = new Array<number>(k);
    for (let p = 0; p < k; p++) u[p] = utilityOf(domain.utilities[p], outcome);
    points.push({ utilities: u, outcome });
  }
  points.sort(lexDesc);
  return new Frontier(points, k, tol, { groups, feasibleOutcomes });
}

/**
 * When every group but `ci` is constant (no terms, the same table entry for every option), a
 * party's total is that constant plus group ci's value, so its branch and bound may compare capped
 * totals (branch-bound.ts). Otherwise undefined: caps apply to sums over several groups.
 */
function clampFor(
  domain: Domain,
  components: Component[],
  constants: number[],
  ci: number,
): { offset: number[]; max: number[] } | undefined {
  const offset = constants.slice();
  for (let c = 0; c < components.length; c++) {
    if (c === ci) continue;
    if (components[c].terms.length > 0) return undefined;
    for (const j of components[c].issues)
      for (let p = 0; p < domain.parties.length; p++) {
        const row = domain.utilities[p].table[j];
        if (row.some((x) => x !== row[0])) return undefined;
        offset[p] += row[0] ?? 0;
      }
  }
  return { offset, max: domain.utilities.map((u) => u.max ?? Infinity) };
}

/** Lexicographically descending by utilities (the frontier order). */
export function lexDesc(a: Point, b: Point): number {
  for (let p = 0; p < a.utilities.length; p++) {
    const d = b.utilities[p] - a.utilities[p];
    if (d !== 0) return d;
  }
  return 0;
}

/** True when some point has a utility above its party's clamp (else clamping changes nothing). */
export function exceedsClamp(domain: Domain, vals: Float64Array, n: number, k: number): boolean {
  for (let p = 0; p < k; p++) {
    const max = domain.utilities[p].max;
    if (max === undefined) continue;
    for (let i = 0; i < n; i++) if (vals[i * k + p] > max) return true;
  }
  return false;
}

/**
 * Clamp each party's utility at its `max`, then drop points that became covered or tied.
 *
 * Why clamping the unclamped frontier is enough: clamping c(v) = (min(v_i, max_i))_i is monotone,
 * so y >= x - tol implies c(y) >= c(x) - tol. Every feasible outcome x is covered by some point y
 * of the unclamped frontier, hence c(x) is covered by c(y): the clamped images of the unclamped
 * frontier cover every clamped outcome, and filtering them gives the clamped frontier. (Clamping
 * can only merge points, never create a new non-dominated one.)
 */
export function clampAndFilter(domain: Domain, vals: Float64Array, n: number, k: number, tol: number): Int32Array {
  const c = vals.slice(0, n * k);
  for (let p = 0; p < k; p++) {
    const max = domain.utilities[p].max;
    if (max === undefined) continue;
    for (let i = 0; i < n; i++) if (c[i * k + p] > max) c[i * k + p] = max;
  }
  return skyline(c, n, k, tol);
}

/** The frontier as plain points (see computeFrontier for the reusable object). */
export function paretoFrontier(domain: Domain, opts: FrontierOptions = {}): Point[] {
  return computeFrontier(domain, opts).points;
}
