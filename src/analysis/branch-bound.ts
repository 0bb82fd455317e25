/**
 * Exact frontier of a linked issue group too large to enumerate (Genius hyper-rectangle profiles:
 * S-1NIKFRT-1 has 10^10 outcomes, ANAC 2014 style domains 10^20 and more), by branch and bound
 * over *regions*: products of class intervals (regions.ts), never single outcomes.
 *
 * A node is a region: one interval of classes per issue. Each term (rectangle, interaction, red
 * line) contains it (its value is certain), misses it (dead) or cuts some of its issues (open).
 * - Bounds: the additive relaxation of relaxation.ts, per party, its shares refined by a few
 *   coordinate-descent passes. With 2 parties a region is pruned when the found points cover the
 *   convex hull of its relaxation (every weighted sum of the two utilities at once); with more, when
 *   one found point covers the per-party bounds. A red line containing the region prunes it too.
 * - When every open term cuts a single issue, the region is an additive problem: its exact
 *   frontier is the merge of per-issue frontiers (merge.ts), no further splitting.
 * - Otherwise the region is split in two along the issue its open terms cut most, at the class
 *   boundary where most of them start or end (nearer the middle preferred); the child with the
 *   better bound on the sum of utilities is searched first (depth first).
 *
 * Clamped utility (Genius caps at 1): when the group is the only part of the domain whose utility
 * varies, points and bounds are compared after adding the other parts' constant and capping (the
 * cap is monotone, so a covered bound still covers every outcome below it); the values returned
 * are the raw ones.
 *
 * Exact: a pruned region holds only covered or infeasible outcomes; an additive region is solved
 * exactly. After `maxNodes` regions the search stops with a `FrontierBudgetError` that reports
 * what is proven: the points found, which of them no unexplored region can dominate, and per party
 * the best utility an unexplored region could still reach.
 * Browser-safe.
 */
import type { Domain } from '../model/index.ts';
import { Archive, pointsOf, type ArchivePoints } from './archive.ts';
import type { ComponentFrontier } from './component-frontier.ts';
import type { Component } from './components.ts';
import { groupSizes, JOINT_LIMIT, linkedGroups, solveRegion } from './region-solve.ts';
import { buildRegions, type Regions } from './regions.ts';
import { chainHeightAt, issueHulls, issueMax, MinkowskiSum, type ClassRanges } from './relaxation.ts';
import type { SharedSearch, StopReason } from './shared-search.ts';
import { budgetError, frontierOfArchive, provenFrontier, type PartialFrontier } from './frontier-budget.ts';

export {
  budgetError,
  frontierOfArchive,
  FrontierBudgetError,
  provenFrontier,
  type PartialFrontier,
} from './frontier-budget.ts';

/**
 * Default budget: whichever comes first, this many regions or this many seconds of search (about
 * 0.2-0.5 ms per region on the 10^20 rectangle domains, so the time limit usually stops first).
 * A search that hits either stops with what it proved, the limits stated in the error.
 */
export const DEFAULT_MAX_NODES = 200_000;
export const DEFAULT_MAX_SECONDS = 20;
/** The clock is read every this many regions. */
const CLOCK_EVERY = 16;

/** Coordinate-descent passes over the open terms' shares per region. */
const REFINE_PASSES = 2;
/**
 * Rounds of reduced-cost fixing per region. With found points to test against, a child region
 * first bounds and trims with its parent's shares (round 0: many children are pruned or shrink
 * here, before paying for the refinement), refines its shares in round 1, then trims again.
 */
const TRIM_ROUNDS = 3;

export interface BranchBoundOptions {
  maxNodes?: number;
  /** Time budget of the search in seconds (default DEFAULT_MAX_SECONDS). */
  maxSeconds?: number;
  /** Milliseconds clock (default performance.now); tests inject one. */
  clock?: () => number;
  /**
   * Largest linked group a region solves by enumeration (default JOINT_LIMIT). Tests set it low so
   * that small domains are split and pruned instead of solved at the root.
   */
  jointLimit?: number;
  /** Compare totals offset[p] + value, capped at max[p] (only when nothing else in the domain varies). */
  clamp?: { offset: number[]; max: number[] };
  /**
   * Tests: recompute every region's term status from scratch and throw when the incremental one
   * (only the issues whose interval changed are rechecked) differs.
   */
  selfCheck?: boolean;
  /**
   * A parallel search (jobs/parallel-frontier.ts): points, work, region count and stop flag shared
   * with the other threads; `maxNodes` then counts the regions of every thread.
   */
  shared?: SharedSearch;
}

interface Node {
  lo: Int32Array;
  hi: Int32Array;
  open: Int32Array;
  certain: Float64Array;
  /** Per-party upper bounds (key space: offset added, capped). */
  ub: Float64Array;
  /** 2 parties: the relaxation's hull chain (key space, uncapped). */
  chainX?: Float64Array;
  chainY?: Float64Array;
  /** -2: split needed on `splitIssue`; -1: leaf (single vector); 0: additive region. */
  kind: number;
  splitIssue: number;
  score: number;
  /**
   * Per open term (in `open` order) and constrained issue: its final share of the relaxation, then
   * (second half) the fraction of the region's classes on that issue it allows (warm start and
   * incremental status for the children).
   */
  lam?: Float64Array;
  /** Per party, the relaxation's f over the region's classes (issue by issue), matching `lam`. */
  fv?: Float64Array;
}

export function branchAndBoundComponent(
  domain: Domain,
  comp: Component,
  tol: number,
  opts: BranchBoundOptions = {},
): ComponentFrontier {
  const search = new Search(buildRegions(domain, comp), tol, opts);
  const out = search.run();
  if (out) return out;
  throw budgetError(search.partial(), domain, comp, search.maxNodes, search.maxSeconds);
}

/**
 * Regions of a component, flat: per region its m class lower ends, then its m upper ends (the
 * order of `Regions.issues`).
 */
export type RegionList = Int32Array;

/**
 * The first phase of a parallel search: the frontier when the search ended first, what it proved
 * when its budget ran out first, else its open regions.
 */
export type SplitResult =
  | { kind: 'done'; frontier: ComponentFrontier }
  | { kind: 'stopped'; partial: PartialFrontier }
  | {
      kind: 'split';
      /** Open regions, the one the sequential search would explore first first. */
      regions: RegionList;
      /** Per open region, its per-party bounds (key space), k each. */
      ub: Float64Array;
      /** Points found so far. */
      points: ArchivePoints;
      nodes: number;
    };

/** Search until `target` regions are open (or the search ends): the work a parallel search hands out. */
export function splitComponent(R: Regions, tol: number, opts: BranchBoundOptions, target: number): SplitResult {
  const search = new Search(R, tol, opts);
  const out = search.run(null, target);
  if (out) return { kind: 'done', frontier: out };
  if (search.stoppedBy !== 'split') return { kind: 'stopped', partial: search.partial() };
  return { kind: 'split', ...search.open(), points: search.points(), nodes: search.nodeCount };
}

/** One share of a parallel search: the regions `roots`, searched to the end or until the shared stop. */
export interface SubtreeResult {
  /** Its archive at the end (its own points and those it took from the others). */
  points: ArchivePoints;
  nodes: number;
  /** When it stopped early: why, after how long, and the bounds of the regions it left open (k each). */
  stopped: { by: StopReason; seconds: number; openUb: Float64Array } | null;
}

export function searchSubtrees(R: Regions, tol: number, opts: BranchBoundOptions, roots: RegionList): SubtreeResult {
  const search = new Search(R, tol, opts);
  const done = search.run(roots) !== null;
  const stopped = done ? null : { by: search.stoppedBy as StopReason, ...search.openBounds() };
  return { points: search.points(), nodes: search.nodeCount, stopped };
}

class Search {
  readonly maxNodes: number;
  readonly maxSeconds: number;
  private readonly jointLimit: number;
  private readonly selfCheck: boolean;
  private readonly clock: () => number;
  private startMs = 0;
  stoppedBy: StopReason | 'split' = 'regions';
  private stoppedMs = 0;
  private readonly shared: SharedSearch | null;
  private readonly k: number;
  private readonly m: number;
  private readonly offset: number[];
  private readonly max: number[];
  private readonly archive: Archive;
  private nodes = 0;
  /** First corner of the range `cornersBelow` found. */
  private firstCorner = 0;
  private chainBufX = new Float64Array(64);
  private chainBufY = new Float64Array(64);
  private readonly stack: Node[] = [];
  private readonly allTerms: Int32Array;
  private stoppedAt: Node | null = null;
  /** Table entries per party per flat class: table[p][offset[a] + c]. */
  private readonly table: Float64Array[];
  // Scratch.
  private readonly f: Float64Array[];
  private readonly diff: Float64Array;
  private readonly attr: Int32Array;
  /** Per term: how many of its issues it cuts (while open). */
  private readonly cutCnt: Int32Array;
  /**
   * Per term: bit a % 32 set when it constrains issue a. Issues 32 apart share a bit, so a term
   * may be rechecked needlessly, never skipped.
   */
  private readonly termMask: Int32Array;
  private readonly score: Float64Array;
  /** Shares: lam[termBase[t] + x]. */
  private readonly lam: Float64Array;
  private readonly termBase: Int32Array;
  /**
   * Flat per (term, constrained issue), at termBase[t] + x: the issue, and where its prefix counts
   * start in `prefix` (every term's RegionTerm.prefix end to end).
   */
  private readonly termIssue: Int32Array;
  private readonly prefixAt: Int32Array;
  private readonly prefix: Int32Array;
  /** Per term: the party whose f carries its shares (a positive term), else -1 (red lines, costs). */
  private readonly shareParty: Int32Array;
  private readonly cut: Uint8Array;
  /** Per term and constrained issue: the fraction of the region's classes it allows (1: not cut). */
  private readonly allows: Float64Array;
  /** Per issue: 1 when its interval changed since `allows` was computed. */
  private readonly changed: Uint8Array;
  private readonly prevLo: Int32Array;
  private readonly prevHi: Int32Array;
  private refineIn = new Float64Array(8);
  private refineOut = new Float64Array(8);
  private refineGap = new Float64Array(8);
  private readonly refineMax: Float64Array;
  private readonly blockMax: Float64Array;

  constructor(
    private readonly R: Regions,
    private readonly tol: number,
    opts: BranchBoundOptions,
  ) {
    const k = R.k;
    this.k = k;
    this.m = R.issues.length;
    this.maxNodes = opts.maxNodes ?? DEFAULT_MAX_NODES;
    this.maxSeconds = opts.maxSeconds ?? DEFAULT_MAX_SECONDS;
    this.jointLimit = opts.jointLimit ?? JOINT_LIMIT;
    this.selfCheck = opts.selfCheck ?? false;
    this.clock = opts.clock ?? (() => performance.now());
    this.shared = opts.shared ?? null;
    this.offset = opts.clamp?.offset ?? new Array<number>(k).fill(0);
    this.max = opts.clamp?.max ?? new Array<number>(k).fill(Infinity);
    this.archive = new Archive(k, tol);
    const T = R.totalClasses;
    this.table = Array.from({ length: k }, (_, p) => {
      const t = new Float64Array(T);
      R.issues.forEach((info, a) => {
        for (let c = 0; c < info.size; c++) t[R.offset[a] + c] = info.table[c * k + p];
      });
      return t;
    });
    this.f = Array.from({ length: k }, () => new Float64Array(T));
    this.diff = new Float64Array(T + this.m + 1);
    this.attr = new Int32Array(R.terms.length);
    this.cutCnt = new Int32Array(R.terms.length);
    this.termMask = Int32Array.from(R.terms, (t) => t.issues.reduce((mask, a) => mask | (1 << (a & 31)), 0));
    this.score = new Float64Array(this.m);
    this.termBase = new Int32Array(R.terms.length + 1);
    R.terms.forEach((t, i) => (this.termBase[i + 1] = this.termBase[i] + t.issues.length));
    this.lam = new Float64Array(this.termBase[R.terms.length]);
    this.shareParty = Int32Array.from(R.terms, (t) => (t.party >= 0 && t.value > 0 ? t.party : -1));
    const pairs = R.terms.flatMap((t) => t.prefix.map((pre, x) => ({ pre, issue: t.issues[x] })));
    this.termIssue = Int32Array.from(pairs, (e) => e.issue);
    this.prefixAt = new Int32Array(pairs.length);
    pairs.forEach((e, j) => j > 0 && (this.prefixAt[j] = this.prefixAt[j - 1] + pairs[j - 1].pre.length));
    this.prefix = new Int32Array(pairs.reduce((n, e) => n + e.pre.length, 0));
    pairs.forEach((e, j) => this.prefix.set(e.pre, this.prefixAt[j]));
    this.cut = new Uint8Array(this.termBase[R.terms.length]);
    this.allows = new Float64Array(this.termBase[R.terms.length]);
    this.changed = new Uint8Array(this.m);
    this.prevLo = new Int32Array(this.m);
    this.prevHi = new Int32Array(this.m);
    this.refineMax = new Float64Array(this.m);
    this.allTerms = Int32Array.from(R.terms, (_, t) => t);
    this.blockMax = new Float64Array(k);
  }

  get nodeCount(): number {
    return this.nodes;
  }

  /**
   * The frontier, or null when the search stopped early (see `partial`): by its budget, by the
   * shared stop flag, or (`splitAt` > 0) once that many regions are open.
   * `roots`: the regions to search (a parallel search's share; default the whole group).
   */
  run(roots: RegionList | null = null, splitAt = 0): ComponentFrontier | null {
    this.startMs = this.clock();
    const { m, shared } = this;
    if (shared) shared.poll(this.takePoint);
    if (!roots) {
      roots = new Int32Array(2 * m);
      this.R.issues.forEach((info, a) => (roots![m + a] = info.size - 1));
    }
    // Pushed last first, so the first is searched first.
    for (let r = roots.length / (2 * m) - 1; r >= 0; r--) {
      const node = this.evaluate(
        roots.slice(2 * m * r, 2 * m * r + m),
        roots.slice(2 * m * r + m, 2 * m * r + 2 * m),
        null,
      );
      if (node) this.stack.push(node);
    }
    while (this.stack.length > 0) {
      if (splitAt > 0 && this.stack.length >= splitAt) return this.stop(null, 'split');
      if (shared && this.stack.length >= 2 && shared.wantsWork()) {
        // A thread is idle: it gets the oldest open region (the largest).
        const gift = this.stack[0];
        if (shared.addWork(gift.lo, gift.hi, gift.ub)) this.stack.shift();
      }
      const node = this.stack.pop()!;
      if (shared) {
        shared.poll(this.takePoint);
        const why = shared.stopped;
        if (why) return this.stop(node, why);
      }
      if (this.covered(node)) continue;
      if (node.kind === -1) {
        this.leaf(node);
        continue;
      }
      if (node.kind === 0) {
        this.solve(node);
        continue;
      }
      if ((shared ? shared.regions : this.nodes) + 2 > this.maxNodes) return this.stop(node, 'regions');
      if (this.nodes % CLOCK_EVERY < 2 && this.clock() - this.startMs >= this.maxSeconds * 1000)
        return this.stop(node, 'time');
      const a = node.splitIssue;
      const cut = this.splitPoint(node, a);
      const hiA = node.hi.slice();
      hiA[a] = cut;
      const loB = node.lo.slice();
      loB[a] = cut + 1;
      const A = this.evaluate(node.lo, hiA, node, a);
      const B = this.evaluate(loB, node.hi, node, a);
      // evaluate() returns no region the archive covers.
      const kids = [A, B].filter((x): x is Node => x !== null);
      kids.sort((x, y) => x.score - y.score); // the better child is popped first
      this.stack.push(...kids);
    }
    return this.result();
  }

  private stop(node: Node | null, by: StopReason | 'split'): null {
    this.stoppedAt = node;
    this.stoppedBy = by;
    this.stoppedMs = this.clock() - this.startMs;
    // The other threads stop too (a split is this thread's own business).
    if (by !== 'split') this.shared?.stop(by);
    return null;
  }

  /** A point another thread found (SharedSearch.poll). */
  private readonly takePoint = (key: Float64Array, raw: Float64Array, joint: Int32Array): void => {
    this.archive.add(key, raw, joint);
  };

  /** The regions left open by a stopped search, the next to explore first, with their bounds. */
  open(): { regions: RegionList; ub: Float64Array } {
    const { k, m } = this;
    const nodes = this.openNodes();
    const regions = new Int32Array(2 * m * nodes.length);
    const ub = new Float64Array(k * nodes.length);
    nodes.forEach((node, r) => {
      regions.set(node.lo, 2 * m * r);
      regions.set(node.hi, 2 * m * r + m);
      ub.set(node.ub, k * r);
    });
    return { regions, ub };
  }

  /** After a stop: how long the search ran and the bounds of the regions it left open. */
  openBounds(): { seconds: number; openUb: Float64Array } {
    const nodes = this.openNodes();
    const openUb = new Float64Array(this.k * nodes.length);
    nodes.forEach((node, r) => openUb.set(node.ub, this.k * r));
    return { seconds: Math.round(this.stoppedMs) / 1000, openUb };
  }

  /** Open regions, the next to explore first. */
  private openNodes(): Node[] {
    const rest = this.stack.slice().reverse();
    return this.stoppedAt ? [this.stoppedAt, ...rest] : rest;
  }

  /** The points found so far, with their keys. */
  points(): ArchivePoints {
    return pointsOf(this.archive, this.m);
  }

  /** True when the archive covers every outcome the node's bounds allow. */
  private covered(node: Node): boolean {
    return this.coveredBy(node.ub, node.chainX, node.chainY);
  }

  /** `covered` for per-party bounds ub and (2 parties) the relaxation's hull chain. */
  private coveredBy(ub: Float64Array, chainX?: Float64Array, chainY?: Float64Array): boolean {
    if (this.archive.size === 0) return false;
    if (this.k !== 2 || !chainX || !chainY) return this.archive.covers(ub);
    const { keys } = this.archive;
    const n = this.archive.size;
    const tol = this.tol;
    const slack = tol * 1e-3;
    // Uncovered quadrants (archive.ts): corners (a[i].u1 + tol, a[i-1].u2 + tol); only those below ub matter.
    const end = this.cornersBelow(ub[0], ub[1]);
    for (let i = this.firstCorner; i <= end; i++) {
      const c1 = i < n ? keys[2 * i] + tol : -Infinity;
      const c2 = i > 0 ? keys[2 * (i - 1) + 1] + tol : -Infinity;
      if (!(this.max[0] > c1 && this.max[1] > c2)) continue; // beyond the cap
      const h = c1 === -Infinity ? chainY[chainY.length - 1] : chainHeightAt(chainX, chainY, c1);
      if (h > c2 - slack) return false;
    }
    return true;
  }

  /**
   * 2 parties: the uncovered quadrants' corners (c1, c2) with u1 > c1 - slack and u2 > c2 - slack,
   * i.e. the only ones a region bounded by (u1, u2) can reach: corners firstCorner..(returned
   * index), an empty range when first > last. Corner i is (a[i].u1 + tol, a[i-1].u2 + tol) with
   * -Infinity past the ends; the staircase has u1 descending and u2 ascending, so c1 falls and c2
   * rises with i and both ends are found by bisection.
   */
  private cornersBelow(u1: number, u2: number): number {
    const { keys } = this.archive;
    const n = this.archive.size;
    const tol = this.tol;
    const slack = tol * 1e-3;
    // First i with u1 > c1(i) - slack (i = n always qualifies: c1 = -Infinity).
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (u1 > keys[2 * mid] + tol - slack) hi = mid;
      else lo = mid + 1;
    }
    this.firstCorner = lo;
    // Last i with u2 > c2(i) - slack (i = 0 always qualifies: c2 = -Infinity).
    lo = 0;
    hi = n;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (u2 > keys[2 * (mid - 1) + 1] + tol - slack) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /**
   * Per-party bounds of the region from the current f (raw: offset added; ub: capped) and, with 2
   * parties, the Minkowski sum of the issues' hulls.
   */
  private bound(r: ClassRanges, certain: Float64Array, raw: Float64Array, ub: Float64Array): MinkowskiSum | null {
    const { k, m } = this;
    for (let p = 0; p < k; p++) {
      let b = certain[p];
      for (let a = 0; a < m; a++) b += issueMax(this.f[p], r, a);
      raw[p] = this.offset[p] + b;
      ub[p] = Math.min(raw[p], this.max[p]);
    }
    if (k !== 2) return null;
    return new MinkowskiSum(
      issueHulls(this.f[0], this.f[1], r, m),
      this.offset[0] + certain[0],
      this.offset[1] + certain[1],
    );
  }

  private leaf(node: Node): void {
    const { k, m, R } = this;
    const raw = new Float64Array(k);
    const joint = new Int32Array(m);
    for (let p = 0; p < k; p++) raw[p] = node.certain[p];
    for (let a = 0; a < m; a++) {
      const c = node.lo[a];
      joint[a] = R.issues[a].reps[c];
      for (let p = 0; p < k; p++) raw[p] += this.table[p][R.offset[a] + c];
    }
    this.addPoint(raw, joint);
  }

  private addPoint(raw: Float64Array, joint: Int32Array): void {
    const key = new Float64Array(this.k);
    for (let p = 0; p < this.k; p++) key[p] = Math.min(this.offset[p] + raw[p], this.max[p]);
    if (this.archive.add(key, raw, joint)) this.shared?.publish(key, raw, joint);
  }

  /**
   * Reduced-cost fixing: a class at either end of an issue's interval is dropped when the
   * relaxation restricted to it (that issue's class fixed, the others free) is covered by the
   * archive. Returns the number of classes dropped, or -1 when an issue has none left.
   */
  private trim(lo: Int32Array, hi: Int32Array, raw: Float64Array, sum: MinkowskiSum | null): number {
    const { k, m, R } = this;
    let dropped = 0;
    for (let a = 0; a < m; a++) {
      if (hi[a] === lo[a]) continue;
      let test: (v: Float64Array) => boolean;
      if (sum) {
        const need = sum.chainLength(a);
        if (need > this.chainBufX.length) {
          this.chainBufX = new Float64Array(2 * need);
          this.chainBufY = new Float64Array(2 * need);
        }
        const x = this.chainBufX;
        const y = this.chainBufY;
        const len = sum.chainInto(a, x, y);
        test = (v) => this.chainCovered(x, y, len, v[0], v[1]);
      } else {
        const maxA = Array.from({ length: k }, (_, p) => issueMax(this.f[p], { lo, hi, offset: R.offset }, a));
        const v = new Float64Array(k);
        test = (u) => {
          // The cap applies to the restricted sum, not to the capped bound.
          for (let p = 0; p < k; p++) v[p] = Math.min(raw[p] - maxA[p] + u[p], this.max[p]);
          return this.archive.covers(v);
        };
      }
      const from = lo[a];
      const to = hi[a];
      dropped += this.trimEnd(a, lo, hi, 1, test) + this.trimEnd(a, lo, hi, -1, test);
      if (this.selfCheck) this.checkTrim(a, from, to, lo[a], hi[a], test);
      if (lo[a] > hi[a]) return -1;
    }
    return dropped;
  }

  /**
   * Drops the covered classes at one end of issue a's interval (dir 1: from lo, -1: from hi),
   * as a test class by class would, but by blocks of doubling size: a block goes when the point
   * of its per-party maxima is covered (a covered point covers every point below it); a block
   * that is not is halved, down to the single class that stops the trimming.
   */
  private trimEnd(a: number, lo: Int32Array, hi: Int32Array, dir: number, test: (v: Float64Array) => boolean): number {
    const { k, f } = this;
    const o = this.R.offset[a];
    const top = this.blockMax;
    let size = 1;
    let dropped = 0;
    while (lo[a] <= hi[a]) {
      const n = Math.min(size, hi[a] - lo[a] + 1);
      const start = dir > 0 ? lo[a] : hi[a] - n + 1;
      for (let p = 0; p < k; p++) {
        let best = -Infinity;
        const fp = f[p];
        for (let c = start; c < start + n; c++) if (fp[o + c] > best) best = fp[o + c];
        top[p] = best;
      }
      if (test(top)) {
        if (dir > 0) lo[a] += n;
        else hi[a] -= n;
        dropped += n;
        size = 2 * n;
      } else if (n === 1) break;
      else size = n >> 1;
    }
    return dropped;
  }

  /** selfCheck: trimming issue a's interval from..to class by class must give lo..hi. */
  private checkTrim(
    a: number,
    from: number,
    to: number,
    lo: number,
    hi: number,
    test: (v: Float64Array) => boolean,
  ): void {
    const v = new Float64Array(this.k);
    const covered = (c: number): boolean => {
      for (let p = 0; p < this.k; p++) v[p] = this.f[p][this.R.offset[a] + c];
      return test(v);
    };
    let l = from;
    let h = to;
    while (l <= h && covered(l)) l++;
    while (h >= l && covered(h)) h--;
    if (l > h ? lo <= hi : l !== lo || h !== hi)
      throw new Error(`branch and bound self check: trimming issue ${a} gave ${lo}..${hi}, class by class ${l}..${h}`);
  }

  /** True when the archive covers the chain (x + dx, y + dy) and everything below it. */
  private chainCovered(x: Float64Array, y: Float64Array, len: number, dx: number, dy: number): boolean {
    const { keys } = this.archive;
    const n = this.archive.size;
    const tol = this.tol;
    const slack = tol * 1e-3;
    const top = Math.min(x[0] + dx, this.max[0]);
    const right = Math.min(y[len - 1] + dy, this.max[1]);
    const end = this.cornersBelow(top, right);
    for (let i = this.firstCorner; i <= end; i++) {
      const c1 = i < n ? keys[2 * i] + tol : -Infinity;
      const c2 = i > 0 ? keys[2 * (i - 1) + 1] + tol : -Infinity;
      const h = c1 === -Infinity ? y[len - 1] + dy : chainHeightAt(x, y, c1 - dx, len) + dy;
      if (h > c2 - slack) return false;
    }
    return true;
  }

  /** A region whose linked groups are all small: solved exactly (region-solve.ts). */
  private solve(node: Node): void {
    const merged = solveRegion(this.R, this.table, node.lo, node.hi, node.open, node.certain, this.tol);
    if (!merged) return;
    const { k } = this;
    for (let i = 0; i < merged.n; i++)
      this.addPoint(merged.vals.slice(i * k, i * k + k), Int32Array.from(merged.outcomeOf(i)));
  }

  /** Class boundary of issue a where most open terms start or end, nearer the middle preferred. */
  private splitPoint(node: Node, a: number): number {
    const { R } = this;
    const lo = node.lo[a];
    const hi = node.hi[a];
    const cuts = new Float64Array(hi - lo);
    for (let i = 0; i < node.open.length; i++) {
      const term = R.terms[node.open[i]];
      for (let x = 0; x < term.issues.length; x++) {
        if (term.issues[x] !== a) continue;
        const runs = term.runs[x];
        const w = Math.abs(term.value);
        for (let r = 0; r < runs.length; r += 2) {
          if (runs[r] > lo && runs[r] <= hi) cuts[runs[r] - 1 - lo] += w;
          if (runs[r + 1] >= lo && runs[r + 1] < hi) cuts[runs[r + 1] - lo] += w;
        }
      }
    }
    let best = (lo + hi) >> 1;
    let bestScore = -1;
    const width = hi - lo + 1;
    for (let c = lo; c < hi; c++) {
      const pos = (c - lo + 1) / width;
      const s = cuts[c - lo] * Math.min(pos, 1 - pos);
      if (s > bestScore) {
        bestScore = s;
        best = c;
      }
    }
    return best;
  }

  /**
   * The region lo..hi: certain values, open terms, relaxation bounds, and what to do with it.
   * A child starts from its parent's open terms, certain values, shares and f (only the parent's
   * open terms can change status, only on the issue split); the root from every term. Null when a
   * red line contains the region.
   *
   * f is kept up to date as terms change status, never rebuilt (after the root): a term that
   * dies or becomes certain takes its shares out, and a share on an issue the term no longer cuts
   * (spread evenly over the region there) moves to the issue the term is attributed to.
   */
  private evaluate(loIn: Int32Array, hiIn: Int32Array, parent: Node | null, splitOn = -1): Node | null {
    this.nodes++;
    this.shared?.addRegions(1);
    const { k, m, R, attr, score, termBase, cut: partial, allows, changed, lam, cutCnt, termMask } = this;
    const { termIssue, prefixAt, prefix, shareParty } = this;
    // Round 0 rechecks only the issue the parent was split on: on the others the parent's terms
    // allow the same classes (their `allows` come with its shares).
    if (parent) this.unpackShares(parent.open, parent.lam!);
    changed.fill(parent ? 0 : 1);
    if (parent) changed[splitOn] = 1;
    const lo = loIn.slice();
    const hi = hiIn.slice();
    if (parent) this.unpackF(parent, lo, hi);
    const parentCertain = parent ? parent.certain : new Float64Array(k);
    let certain = parentCertain;
    let open: number[] = [];
    const ub = new Float64Array(k);
    /** Uncapped per-party bounds (offset added). */
    const raw = new Float64Array(k);
    let chainX: Float64Array | undefined;
    let chainY: Float64Array | undefined;
    let source: ArrayLike<number> = parent ? parent.open : this.allTerms;
    // Without found points nothing can be pruned or trimmed: refine at once (the root, first dive).
    const refineRound = parent !== null && this.archive.size > 0 ? 1 : 0;
    for (let round = 0; ; round++) {
      // Later rounds start from the previous round's terms: the region only shrank.
      certain = round === 0 ? parentCertain.slice() : certain;
      if (round > 0) source = open;
      /** f holds the shares of `source` (else it is built below, at the root). */
      const live = parent !== null || round > 0;
      open = [];
      let maxCut = 0;
      let changedMask = 0;
      for (let a = 0; a < m; a++) if (changed[a]) changedMask |= 1 << (a & 31);
      for (let i = 0; i < source.length; i++) {
        const t = source[i];
        if ((termMask[t] & changedMask) === 0) {
          // Constrains no issue whose interval changed: its status, shares and flags stand.
          open.push(t);
          if (cutCnt[t] > maxCut) maxCut = cutCnt[t];
          continue;
        }
        const term = R.terms[t];
        const base = termBase[t];
        const shares = live && shareParty[t] >= 0;
        let dead = false;
        let cutCount = 0;
        let best = -1;
        let bestShare = 2;
        let moved = 0;
        const q = termBase[t + 1] - base;
        for (let x = 0; x < q; x++) {
          const a = termIssue[base + x];
          let share: number;
          if (changed[a]) {
            const at = prefixAt[base + x];
            const cnt = prefix[at + hi[a] + 1] - prefix[at + lo[a]];
            if (cnt === 0) {
              dead = true;
              break;
            }
            share = allows[base + x] = cnt / (hi[a] - lo[a] + 1);
            if (shares && share === 1 && lam[base + x] !== 0) {
              // No longer cut here: its share, even over the region's classes, leaves this issue.
              const v = lam[base + x];
              const f = this.f[term.party];
              const o = R.offset[a];
              for (let c = lo[a]; c <= hi[a]; c++) f[o + c] -= v;
              moved += v;
              lam[base + x] = 0;
            }
          } else share = allows[base + x];
          if (share < 1) {
            cutCount++;
            partial[base + x] = 1;
            if (share < bestShare) {
              bestShare = share;
              best = x;
            }
          } else partial[base + x] = 0;
        }
        if (dead || cutCount === 0) {
          if (!dead) {
            if (term.party < 0) return null; // inside a red line: infeasible
            certain[term.party] += term.value;
          }
          if (shares) this.dropShares(t, lo, hi);
          continue;
        }
        open.push(t);
        attr[t] = best;
        cutCnt[t] = cutCount;
        if (moved !== 0) {
          lam[base + best] += moved;
          const a = term.issues[best];
          this.addRuns(this.f[term.party], R.offset[a], term.runs[best], lo[a], hi[a], moved);
        }
        if (cutCount > maxCut) maxCut = cutCount;
      }
      if (this.selfCheck) this.checkStatus(lo, hi, source, open);

      // Per-party relaxation: every positive open term on its attributed issue (at the root), then
      // refined once, in round `refineRound`; the other rounds take the shares as they are (any
      // split of the shares bounds the region).
      const r: ClassRanges = { lo, hi, offset: R.offset };
      if (!live) for (let p = 0; p < k; p++) this.buildF(p, r, open, true);
      else if (this.selfCheck) this.checkF(r, open);
      if (round === refineRound && maxCut > 1)
        for (let p = 0; p < k; p++) for (let pass = 0; pass < REFINE_PASSES; pass++) this.refine(p, r, open);
      const sum = this.bound(r, certain, raw, ub);
      if (sum) {
        const chain = sum.chain();
        chainX = chain.x;
        chainY = chain.y;
      }
      if (this.archive.size === 0) break;
      if (this.coveredBy(ub, chainX, chainY)) return null;
      if (round >= TRIM_ROUNDS) break;
      const { prevLo, prevHi } = this;
      prevLo.set(lo);
      prevHi.set(hi);
      const trimmed = this.trim(lo, hi, raw, sum);
      for (let a = 0; a < m; a++) changed[a] = lo[a] !== prevLo[a] || hi[a] !== prevHi[a] ? 1 : 0;
      if (trimmed < 0) return null; // every class of some issue is covered: the whole region is
      // Nothing trimmed before the refinement: still refine, when there is something to refine
      // (next round's status pass is then a no-op).
      if (trimmed === 0 && (round >= refineRound || maxCut <= 1)) break;
    }
    let total = 0;
    for (let p = 0; p < k; p++) total += ub[p];
    let sumScore = total;
    if (chainX && chainY) {
      sumScore = -Infinity;
      for (let i = 0; i < chainX.length; i++) sumScore = Math.max(sumScore, chainX[i] + chainY[i]);
    }
    let kind = -2;
    let splitIssue = -1;
    if (open.length === 0) {
      kind = -1;
      for (let a = 0; a < m; a++) if (R.issues[a].varies && hi[a] > lo[a]) kind = 0; // tables vary: additive
    } else {
      // Solved exactly once every linked group is small; else split the heaviest cut issue of a large group.
      const groups = this.linkedGroups(open, score);
      if (this.selfCheck && linkedGroups(R, lo, hi, open).some((g, a) => g !== groups[a]))
        throw new Error(`branch and bound self check: linked groups in region ${lo.join(',')} / ${hi.join(',')}`);
      const sizes = groupSizes(groups, lo, hi);
      let best = 0;
      for (let a = 0; a < m; a++)
        if (sizes[groups[a]] > this.jointLimit && score[a] > best) {
          best = score[a];
          splitIssue = a;
        }
      if (splitIssue < 0) kind = 0;
    }
    return {
      lo,
      hi,
      open: Int32Array.from(open),
      certain,
      ub,
      chainX,
      chainY,
      kind,
      splitIssue,
      score: sumScore,
      // What the children start from (a region solved or at a leaf has none).
      lam: kind === -2 ? this.packShares(open) : undefined,
      fv: kind === -2 ? this.packF(lo, hi) : undefined,
    };
  }

  /**
   * Issues linked by the open terms (region-solve.ts `linkedGroups`), from the cut flags the
   * status pass just set: per issue, the lowest issue of its group. Also each issue's score: the
   * summed |value| of the open terms cutting it.
   */
  private linkedGroups(open: number[], score: Float64Array): Int32Array {
    const { m, R, termBase, cut } = this;
    score.fill(0);
    const parent = new Int32Array(m);
    for (let a = 0; a < m; a++) parent[a] = a;
    const find = (x: number): number => {
      while (parent[x] !== x) x = parent[x] = parent[parent[x]];
      return x;
    };
    for (let i = 0; i < open.length; i++) {
      const t = open[i];
      const term = R.terms[t];
      const base = termBase[t];
      let first = -1;
      const w = Math.abs(term.value) || 1;
      for (let x = 0; x < term.issues.length; x++) {
        if (!cut[base + x]) continue;
        const a = term.issues[x];
        score[a] += w;
        if (first < 0) first = a;
        else {
          const ra = find(first);
          const rb = find(a);
          if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
      }
    }
    for (let a = 0; a < m; a++) parent[a] = find(a);
    return parent;
  }

  /** Party p's f over the region lo..hi, issue by issue, for every party (Node.fv). */
  private packF(lo: Int32Array, hi: Int32Array): Float64Array {
    const { k, m, R } = this;
    let n = 0;
    for (let a = 0; a < m; a++) n += hi[a] - lo[a] + 1;
    const out = new Float64Array(k * n);
    let at = 0;
    for (let p = 0; p < k; p++)
      for (let a = 0; a < m; a++) {
        const o = R.offset[a];
        out.set(this.f[p].subarray(o + lo[a], o + hi[a] + 1), at);
        at += hi[a] - lo[a] + 1;
      }
    return out;
  }

  /** The parent's f back in place on the classes of lo..hi (inside the parent's region). */
  private unpackF(parent: Node, lo: Int32Array, hi: Int32Array): void {
    const { k, m, R } = this;
    const fv = parent.fv!;
    let at = 0;
    for (let p = 0; p < k; p++)
      for (let a = 0; a < m; a++) {
        const o = R.offset[a];
        const from = at + lo[a] - parent.lo[a];
        this.f[p].set(fv.subarray(from, from + hi[a] - lo[a] + 1), o + lo[a]);
        at += parent.hi[a] - parent.lo[a] + 1;
      }
  }

  /** A term leaving the open set (dead or certain): its shares out of f over the region. */
  private dropShares(t: number, lo: Int32Array, hi: Int32Array): void {
    const { R, lam, termBase } = this;
    const term = R.terms[t];
    const base = termBase[t];
    const f = this.f[term.party];
    for (let x = 0; x < term.issues.length; x++) {
      const v = lam[base + x];
      if (v === 0) continue;
      const a = term.issues[x];
      this.addRuns(f, R.offset[a], term.runs[x], lo[a], hi[a], -v);
      lam[base + x] = 0;
    }
  }

  /** selfCheck: the maintained f must match f rebuilt from the shares. */
  private checkF(r: ClassRanges, open: number[]): void {
    const { k, m, R } = this;
    for (let p = 0; p < k; p++) {
      const kept = this.f[p].slice();
      this.buildF(p, r, open, false);
      for (let a = 0; a < m; a++)
        for (let c = r.lo[a]; c <= r.hi[a]; c++) {
          const i = R.offset[a] + c;
          if (Math.abs(kept[i] - this.f[p][i]) > 1e-9 * (1 + Math.abs(kept[i])))
            throw new Error(`branch and bound self check: f of party ${p} at issue ${a} class ${c}`);
        }
    }
  }

  /** selfCheck: the status of the terms `source` in lo..hi from scratch must match the incremental one. */
  private checkStatus(lo: Int32Array, hi: Int32Array, source: ArrayLike<number>, open: number[]): void {
    const { R, termBase, attr, cut, allows } = this;
    const isOpen = new Set(open);
    for (let i = 0; i < source.length; i++) {
      const t = source[i];
      const term = R.terms[t];
      let dead = false;
      let cutCount = 0;
      let best = -1;
      let bestShare = 2;
      const flags: number[] = [];
      const shares: number[] = [];
      for (let x = 0; x < term.issues.length && !dead; x++) {
        const a = term.issues[x];
        const cnt = term.prefix[x][hi[a] + 1] - term.prefix[x][lo[a]];
        const share = cnt / (hi[a] - lo[a] + 1);
        dead = cnt === 0;
        flags.push(share < 1 ? 1 : 0);
        shares.push(share);
        if (share < 1) {
          cutCount++;
          if (share < bestShare) {
            bestShare = share;
            best = x;
          }
        }
      }
      const shouldOpen = !dead && cutCount > 0;
      let ok = shouldOpen === isOpen.has(t);
      if (ok && shouldOpen) {
        ok = attr[t] === best;
        for (let x = 0; x < flags.length; x++)
          if (cut[termBase[t] + x] !== flags[x] || allows[termBase[t] + x] !== shares[x]) ok = false;
      }
      if (!ok) throw new Error(`branch and bound self check: term ${t} in region ${lo.join(',')} / ${hi.join(',')}`);
    }
  }

  /** The shares and `allows` of the terms `open`, in that order, then their attributed issues (Node.lam). */
  private packShares(open: ArrayLike<number>): Float64Array {
    const { lam, allows, termBase, attr } = this;
    let n = 0;
    for (let i = 0; i < open.length; i++) n += termBase[open[i] + 1] - termBase[open[i]];
    const out = new Float64Array(2 * n + open.length);
    let at = 0;
    for (let i = 0; i < open.length; i++) {
      const t = open[i];
      for (let j = termBase[t]; j < termBase[t + 1]; j++) {
        out[at] = lam[j];
        out[n + at] = allows[j];
        at++;
      }
      out[2 * n + i] = attr[t];
    }
    return out;
  }

  /**
   * Inverse of `packShares`: the shares, `allows` and attributed issues of the terms `open` back
   * in place, with the cut flags and counts they imply.
   */
  private unpackShares(open: ArrayLike<number>, packed: Float64Array): void {
    const { lam, allows, termBase, attr, cut, cutCnt } = this;
    const n = (packed.length - open.length) >> 1;
    let at = 0;
    for (let i = 0; i < open.length; i++) {
      const t = open[i];
      let cuts = 0;
      for (let j = termBase[t]; j < termBase[t + 1]; j++) {
        lam[j] = packed[at];
        const share = (allows[j] = packed[n + at]);
        cut[j] = share < 1 ? 1 : 0;
        cuts += cut[j];
        at++;
      }
      cutCnt[t] = cuts;
      attr[t] = packed[2 * n + i];
    }
  }

  /**
   * f[p] over the region's classes from scratch: table entries plus each positive open term of p,
   * its whole value on its attributed issue (`cold`, the root) or its shares as they are.
   */
  private buildF(p: number, r: ClassRanges, open: number[], cold: boolean): void {
    const { m, R, attr, lam, termBase, diff } = this;
    const f = this.f[p];
    const table = this.table[p];
    for (let a = 0; a < m; a++) {
      const o = R.offset[a] + a;
      diff.fill(0, o + r.lo[a], o + r.hi[a] + 2);
    }
    for (let i = 0; i < open.length; i++) {
      const t = open[i];
      const term = R.terms[t];
      if (this.shareParty[t] !== p) continue;
      const base = termBase[t];
      const q = term.issues.length;
      if (cold) {
        for (let x = 0; x < q; x++) lam[base + x] = 0;
        lam[base + attr[t]] = term.value;
      }
      for (let x = 0; x < q; x++) {
        const share = lam[base + x];
        if (!share) continue;
        const a = term.issues[x];
        const o = R.offset[a] + a;
        const runs = term.runs[x];
        for (let z = 0; z < runs.length; z += 2) {
          const s = runs[z] > r.lo[a] ? runs[z] : r.lo[a];
          const e = runs[z + 1] < r.hi[a] ? runs[z + 1] : r.hi[a];
          if (s > e) continue;
          diff[o + s] += share;
          diff[o + e + 1] -= share;
        }
      }
    }
    for (let a = 0; a < m; a++) {
      const o = R.offset[a];
      let run = 0;
      for (let c = r.lo[a]; c <= r.hi[a]; c++) {
        run += diff[o + a + c];
        f[o + c] = table[o + c] + run;
      }
    }
  }

  /**
   * One pass of coordinate descent on the shares of party p's positive open terms that reach the
   * maximum of an issue they hold a share on: each is taken out, the gap between each cut issue's
   * maximum and its maximum over the term's classes measured, and its value put back where it
   * raises the maxima least (into the gaps first, the excess evenly).
   */
  private refine(p: number, r: ClassRanges, open: number[]): void {
    const { R, lam, termBase, cut: partial, shareParty, cutCnt } = this;
    const f = this.f[p];
    // Per cut issue of the term: max of f over the classes it allows (inside) and over the others
    // (outside), in one scan. Taking a share s out lowers exactly the inside classes by s, so the
    // issue's maximum and the gap follow without rescanning.
    let inside = this.refineIn;
    let outside = this.refineOut;
    const mx = this.refineMax;
    for (let a = 0; a < this.m; a++) mx[a] = issueMax(f, r, a);
    for (let i = 0; i < open.length; i++) {
      const t = open[i];
      // A term cutting one issue has nowhere else to go.
      if (shareParty[t] !== p || cutCnt[t] < 2) continue;
      const term = R.terms[t];
      const base = termBase[t];
      const q = termBase[t + 1] - base;
      if (q > inside.length) {
        inside = this.refineIn = new Float64Array(q);
        outside = this.refineOut = new Float64Array(q);
      }
      // Skip terms whose shares all sit where they cost nothing (their classes miss the maximum):
      // a scan of the term's own classes against the maintained maxima.
      let costly = false;
      for (let x = 0; x < q && !costly; x++) {
        if (!lam[base + x]) continue;
        const a = term.issues[x];
        const o = R.offset[a];
        const runs = term.runs[x];
        const top = mx[a];
        const lo = r.lo[a];
        const hi = r.hi[a];
        for (let z = 0; z < runs.length && !costly; z += 2) {
          const e = runs[z + 1] < hi ? runs[z + 1] : hi;
          for (let c = runs[z] > lo ? runs[z] : lo; c <= e; c++)
            if (f[o + c] >= top) {
              costly = true;
              break;
            }
        }
      }
      if (!costly) continue;
      for (let x = 0; x < q; x++) {
        if (!partial[base + x]) continue;
        const a = term.issues[x];
        const o = R.offset[a];
        // Along the term's runs of allowed classes: the gaps are outside, the runs inside.
        const runs = term.runs[x];
        const lo = r.lo[a];
        const hi = r.hi[a];
        let vin = -Infinity;
        let vout = -Infinity;
        let c = lo;
        for (let z = 0; z < runs.length && c <= hi; z += 2) {
          if (runs[z + 1] < c) continue;
          const s = runs[z] < c ? c : runs[z];
          const e = runs[z + 1] < hi ? runs[z + 1] : hi;
          for (; c < s && c <= hi; c++) if (f[o + c] > vout) vout = f[o + c];
          for (; c <= e; c++) if (f[o + c] > vin) vin = f[o + c];
        }
        for (; c <= hi; c++) if (f[o + c] > vout) vout = f[o + c];
        inside[x] = vin;
        outside[x] = vout;
      }
      let G = 0;
      let cutCount = 0;
      const g = q <= this.refineGap.length ? this.refineGap : (this.refineGap = new Float64Array(q));
      for (let x = 0; x < q; x++) {
        g[x] = 0;
        if (!partial[base + x]) continue;
        cutCount++;
        // Gap once the share is out: the issue's maximum minus the maximum over the term's classes.
        const gap = outside[x] - (inside[x] - lam[base + x]);
        g[x] = gap > 0 ? gap : 0;
        G += g[x];
      }
      const V = term.value;
      for (let x = 0; x < q; x++) {
        if (!partial[base + x]) continue;
        const share = G >= V ? (G > 0 ? (g[x] * V) / G : V / cutCount) : g[x] + (V - G) / cutCount;
        const delta = share - lam[base + x];
        lam[base + x] = share;
        const a = term.issues[x];
        if (delta) this.addRuns(f, R.offset[a], term.runs[x], r.lo[a], r.hi[a], delta);
        const now = inside[x] + delta;
        mx[a] = now > outside[x] ? now : outside[x];
      }
    }
  }

  private addRuns(f: Float64Array, o: number, runs: Int32Array, lo: number, hi: number, v: number): void {
    for (let s = 0; s < runs.length; s += 2) {
      const e = runs[s + 1] < hi ? runs[s + 1] : hi;
      for (let c = runs[s] > lo ? runs[s] : lo; c <= e; c++) f[o + c] += v;
    }
  }

  private result(): ComponentFrontier {
    return frontierOfArchive(this.archive, this.R, this.nodes);
  }

  /** After `run` returned null: the points found and what the unexplored regions still allow. */
  partial(): PartialFrontier {
    const { k, archive, tol } = this;
    const found = this.result();
    const { proven, upper } = provenFrontier(found, archive.keys, this.openBounds().openUb, k, tol);
    return {
      nodes: this.nodes,
      stoppedBy: this.stoppedBy === 'time' ? 'time' : 'regions',
      seconds: Math.round(this.stoppedMs) / 1000,
      found,
      proven,
      upper,
    };
  }
}
