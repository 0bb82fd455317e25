/**
 * Bid search over ONE party's utility without enumerating the outcome space: the queries every
 * negotiating strategy needs ("my best bid", "the bid nearest my target utility", "the best bid
 * for my opponent model among those in my utility band").
 *
 * The utility is decomposed into components (see decompose.ts). Without residual coupling terms
 * the meet-in-the-middle engine answers exactly; with residual terms, or when even half the
 * components would be too many combinations, branch and bound answers exactly within a node
 * budget. All queries work on the party's clamped utility and only ever return outcomes that
 * respect the party's own red lines. Utilities are compared with a 1e-9 tolerance (sums in a
 * different order differ in the last bits); every returned utility is recomputed with the
 * reference `utilityOf`.
 *
 * Browser-safe: no Node imports.
 */
import { utilityOf, type Outcome, type PartyUtility } from '../../model/index.ts';
import { BranchAndBoundEngine, DEFAULT_NODE_BUDGET } from './bnb.ts';
import { decompose, MERGE_CAP, type Decomposition } from './decompose.ts';
import type { Engine, Goal } from './engine.ts';
import { LadderEngine } from './ladder.ts';
import { MITM_HALF_CAP, MitmEngine, mitmFits } from './mitm.ts';

export const EPS = 1e-9;

export interface Found {
  outcome: Outcome;
  /** The party's exact (clamped) utility of `outcome`. */
  utility: number;
}

export interface SearchOptions {
  mergeCap?: number;
  halfCap?: number;
  nodeBudget?: number;
  /** Largest outcome space searched exactly by branch and bound when meet-in-the-middle does not apply. */
  exactLimit?: number;
  /** Force an engine (tests compare them against brute force). */
  engine?: 'meet-in-the-middle' | 'branch-and-bound' | 'ladder';
}

/**
 * Engine choice: meet-in-the-middle when the utility decomposes and half the components fit
 * (exact); otherwise branch and bound when the outcome space has at most EXACT_BNB_LIMIT outcomes
 * (exact within its node budget); otherwise the utility ladder (approximate).
 */
export const EXACT_BNB_LIMIT = 1 << 16;

export type Objective = readonly (readonly number[])[];

export class BidSearch {
  readonly decomposition: Decomposition;
  readonly engine: Engine | null;
  private maxCache: Found | null | undefined;
  private minCache: Found | null | undefined;

  constructor(
    private readonly utility: PartyUtility,
    sizes: readonly number[],
    opts: SearchOptions = {},
  ) {
    this.decomposition = decompose(utility, [...sizes], opts.mergeCap ?? MERGE_CAP);
    const d = this.decomposition;
    const size = sizes.reduce((p, k) => p * k, 1);
    const kind =
      opts.engine ??
      (mitmFits(d, opts.halfCap ?? MITM_HALF_CAP)
        ? 'meet-in-the-middle'
        : size <= (opts.exactLimit ?? EXACT_BNB_LIMIT)
          ? 'branch-and-bound'
          : 'ladder');
    if (d.empty) this.engine = null;
    else if (kind === 'branch-and-bound')
      this.engine = new BranchAndBoundEngine(d, opts.nodeBudget ?? DEFAULT_NODE_BUDGET);
    else if (kind === 'ladder') this.engine = new LadderEngine(d, utility, { nodeBudget: opts.nodeBudget });
    else {
      if (d.residual.length > 0) throw new Error('meet-in-the-middle needs a utility without residual coupling terms');
      this.engine = new MitmEngine(d);
    }
  }

  /** True when no outcome respects the party's own red lines. */
  get empty(): boolean {
    return this.engine === null;
  }

  /** False when the last query hit the branch-and-bound node budget. */
  get lastExact(): boolean {
    return this.engine?.lastExact ?? true;
  }

  utilityOf(outcome: Outcome): number {
    return utilityOf(this.utility, outcome);
  }

  private run(lo: number, hi: number, goal: Goal): Found | null {
    if (!this.engine) return null;
    const o = this.engine.solve(lo, hi, goal);
    return o ? { outcome: o, utility: utilityOf(this.utility, o) } : null;
  }

  /** Raw-utility range whose clamped utility lies in [lo, hi] (widened by EPS). */
  private rawRange(lo: number, hi: number): [number, number] {
    const max = this.decomposition.max;
    return [lo - EPS, max !== undefined && hi >= max ? Infinity : hi + EPS];
  }

  /** The party's best outcome. */
  max(): Found | null {
    if (this.maxCache === undefined) this.maxCache = this.run(-Infinity, Infinity, { kind: 'max' });
    return this.maxCache;
  }

  /** The party's worst outcome (among those its own red lines allow). */
  min(): Found | null {
    if (this.minCache === undefined) this.minCache = this.run(-Infinity, Infinity, { kind: 'min' });
    return this.minCache;
  }

  /** The outcome with the smallest utility >= target, or null if none reaches it. */
  atLeast(target: number): Found | null {
    const max = this.decomposition.max;
    if (max !== undefined && target > max + EPS) return null;
    return this.run(target - EPS, Infinity, { kind: 'min' });
  }

  /** The outcome with the largest utility <= target, or null if every outcome is above it. */
  atMost(target: number): Found | null {
    const max = this.decomposition.max;
    if (max !== undefined && target >= max) return this.max();
    return this.run(-Infinity, target + EPS, { kind: 'max' });
  }

  /** The outcome whose utility is closest to target (Genius `getBidNearUtility`); ties go above. */
  nearest(target: number): Found | null {
    const max = this.decomposition.max;
    if (max !== undefined && target >= max) return this.max();
    let up: Found | null;
    let down: Found | null;
    if (this.engine?.bracket) {
      const [u, d] = this.engine.bracket(target - EPS, target + EPS);
      up = u ? { outcome: u, utility: utilityOf(this.utility, u) } : null;
      down = d ? { outcome: d, utility: utilityOf(this.utility, d) } : null;
    } else {
      up = this.atLeast(target);
      down = this.atMost(target);
    }
    if (!up) return down;
    if (!down) return up;
    return up.utility - target <= target - down.utility ? up : down;
  }

  /**
   * Among outcomes with utility in [lo, hi], the one maximising the additive objective
   * `objective[issue][option]` (ties: higher own utility). Null when the band is empty.
   */
  bestInRange(lo: number, hi: number, objective: Objective): Found | null {
    const max = this.decomposition.max;
    if (max !== undefined && lo > max + EPS) return null;
    const [a, b] = this.rawRange(lo, hi);
    return this.run(a, b, { kind: 'objective', table: objective });
  }
}

/** Search indexes are immutable, so strategies on the same profile share one (keyed by the profile object). */
const shared = new WeakMap<PartyUtility, Map<string, BidSearch>>();

export function bidSearchFor(utility: PartyUtility, sizes: readonly number[], opts: SearchOptions = {}): BidSearch {
  let byKey = shared.get(utility);
  if (!byKey) shared.set(utility, (byKey = new Map()));
  const key = `${sizes.join('x')}|${opts.mergeCap ?? ''}|${opts.halfCap ?? ''}|${opts.nodeBudget ?? ''}|${opts.exactLimit ?? ''}|${opts.engine ?? ''}`;
  let s = byKey.get(key);
  if (!s) byKey.set(key, (s = new BidSearch(utility, sizes, opts)));
  return s;
}
