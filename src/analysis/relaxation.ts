/**
 * The additive relaxation of a region (branch-bound.ts) and what it proves.
 *
 * Inside a region, every open term (rectangle, interaction) is split among the issues it cuts:
 * weights lambda >= 0 summing to its value. Party p's per-issue function is then
 *
 *   f_p,a(c) = table entry of class c + sum of the lambda shares on issue a of the open terms of
 *              p that allow c,
 *
 * and every outcome x of the region satisfies u_p(x) <= certain_p + sum_a f_p,a(x_a): a satisfied
 * term allows x_a on every issue, so all its shares are counted; the others count >= 0. So the
 * *relaxed* problem "each issue picks a class independently, utilities add up" dominates the
 * region. When every open term cuts exactly one issue the relaxation is exact: the region is an
 * additive problem, solved exactly by merging per-issue frontiers (merge.ts).
 *
 * - `refine` moves each open term's weight towards the issues where its classes are not the best
 *   ones (block coordinate descent on the shares, as in max-sum diffusion): the bound
 *   sum_a max_c f_p,a(c) shrinks, never grows. Any split is valid; this only makes it tighter.
 * - `hull` (2 parties): the upper-right convex hull of the Minkowski sum over issues of the
 *   points (f_1,a(c), f_2,a(c)). Every outcome of the region lies below it, whatever weighted sum
 *   of the two utilities one looks at.
 * Browser-safe.
 */

/** Per issue a: classes lo[a]..hi[a] of a flat per-class array (offset[a] + c). */
export interface ClassRanges {
  lo: Int32Array;
  hi: Int32Array;
  offset: Int32Array;
}

/** Max of f over issue a's classes lo..hi, and where. */
export function issueMax(f: Float64Array, r: ClassRanges, a: number): number {
  let best = -Infinity;
  const o = r.offset[a];
  for (let c = r.lo[a]; c <= r.hi[a]; c++) if (f[o + c] > best) best = f[o + c];
  return best;
}

/** One issue's upper-right hull: its start vertex (largest u1, then u2) and edges, steepest first. */
export interface IssueHull {
  sx: number;
  sy: number;
  /** Edges, flat [dx0, dy0, slope0, dx1, ...]: dx < 0 (u1 given up), dy > 0, slope = dy / -dx. */
  edges: number[];
}

/** Per issue, the upper-right hull of {(f1[c], f2[c])}, by gift wrapping (it has few vertices). */
export function issueHulls(f1: Float64Array, f2: Float64Array, r: ClassRanges, m: number): IssueHull[] {
  const out: IssueHull[] = [];
  for (let a = 0; a < m; a++) {
    const o = r.offset[a];
    const lo = r.lo[a];
    const hi = r.hi[a];
    let cur = lo;
    for (let c = lo + 1; c <= hi; c++) {
      if (f1[o + c] > f1[o + cur] || (f1[o + c] === f1[o + cur] && f2[o + c] > f2[o + cur])) cur = c;
    }
    const hull: IssueHull = { sx: f1[o + cur], sy: f2[o + cur], edges: [] };
    for (;;) {
      // Next vertex: among points strictly higher, the steepest rise per unit of u1 given up (cur
      // has the largest u1 of all points at least as high, so dx >= 0).
      let next = -1;
      let bestSlope = -Infinity;
      let bestDx = 0;
      const px = f1[o + cur];
      const py = f2[o + cur];
      for (let c = lo; c <= hi; c++) {
        const dy = f2[o + c] - py;
        if (!(dy > 0)) continue;
        const dx = px - f1[o + c];
        const slope = dx > 0 ? dy / dx : Infinity;
        if (slope > bestSlope || (slope === bestSlope && dx > bestDx)) {
          bestSlope = slope;
          bestDx = dx;
          next = c;
        }
      }
      if (next < 0) break;
      hull.edges.push(f1[o + next] - px, f2[o + next] - py, bestSlope);
      cur = next;
    }
    out.push(hull);
  }
  return out;
}

/**
 * The Minkowski sum of the issues' hulls: every edge, sorted by slope (steepest first), with the
 * issue it comes from, so that the chain with one issue left out is a filter away.
 */
export class MinkowskiSum {
  readonly dx: Float64Array;
  readonly dy: Float64Array;
  readonly issue: Int32Array;
  readonly sx: number;
  readonly sy: number;

  constructor(
    readonly hulls: readonly IssueHull[],
    baseX: number,
    baseY: number,
  ) {
    let sx = baseX;
    let sy = baseY;
    let count = 0;
    for (const h of hulls) {
      sx += h.sx;
      sy += h.sy;
      count += h.edges.length / 3;
    }
    this.sx = sx;
    this.sy = sy;
    // Each hull's edges come steepest first: merging the hulls (ties to the lower issue) gives the
    // order a stable sort by slope would, without sorting.
    this.dx = new Float64Array(count);
    this.dy = new Float64Array(count);
    this.issue = new Int32Array(count);
    const m = hulls.length;
    const at = new Int32Array(m);
    let sorted = true;
    let lastSlope = Infinity;
    for (let e = 0; e < count; e++) {
      let best = -1;
      let bestSlope = -Infinity;
      for (let a = 0; a < m; a++) {
        const edges = hulls[a].edges;
        const i = at[a];
        if (i < edges.length && (best < 0 || edges[i + 2] > bestSlope)) {
          best = a;
          bestSlope = edges[i + 2];
        }
      }
      const edges = hulls[best].edges;
      this.dx[e] = edges[at[best]];
      this.dy[e] = edges[at[best] + 1];
      this.issue[e] = best;
      at[best] += 3;
      // A hull whose rounded slopes do not decrease: sort after all, as the merge assumed otherwise.
      if (e > 0 && bestSlope > lastSlope) sorted = false;
      lastSlope = bestSlope;
    }
    if (!sorted) this.sortEdges();
  }

  /** The edges of every hull sorted by slope, steepest first (stable: ties by issue, then hull order). */
  private sortEdges(): void {
    const slopes: number[] = [];
    const dx: number[] = [];
    const dy: number[] = [];
    const issue: number[] = [];
    this.hulls.forEach((h, a) => {
      for (let i = 0; i < h.edges.length; i += 3) {
        dx.push(h.edges[i]);
        dy.push(h.edges[i + 1]);
        slopes.push(h.edges[i + 2]);
        issue.push(a);
      }
    });
    const order = Array.from(slopes, (_, i) => i).sort((i, j) => slopes[j] - slopes[i]);
    order.forEach((i, e) => {
      this.dx[e] = dx[i];
      this.dy[e] = dy[i];
      this.issue[e] = issue[i];
    });
  }

  /**
   * The upper-right concave chain, issue `skip` left out (-1: none): vertices from the point of
   * largest u1 to the point of largest u2 (u1 decreasing, u2 increasing).
   */
  chain(skip = -1): { x: Float64Array; y: Float64Array } {
    const n = this.chainLength(skip);
    const x = new Float64Array(n);
    const y = new Float64Array(n);
    this.chainInto(skip, x, y);
    return { x, y };
  }

  /** Vertex count of `chain(skip)`. */
  chainLength(skip = -1): number {
    let n = 1;
    for (let i = 0; i < this.issue.length; i++) if (this.issue[i] !== skip) n++;
    return n;
  }

  /** `chain(skip)` written into x and y (at least `chainLength(skip)` long); returns its vertex count. */
  chainInto(skip: number, x: Float64Array, y: Float64Array): number {
    x[0] = this.sx - (skip >= 0 ? this.hulls[skip].sx : 0);
    y[0] = this.sy - (skip >= 0 ? this.hulls[skip].sy : 0);
    let v = 0;
    for (let i = 0; i < this.issue.length; i++) {
      if (this.issue[i] === skip) continue;
      x[v + 1] = x[v] + this.dx[i];
      y[v + 1] = y[v] + this.dy[i];
      v++;
    }
    return v + 1;
  }
}

/**
 * Largest u2 of the chain's down-closure among points with u1 > c1 (chain u1 decreasing). -Infinity when none.
 * `n`: the chain's vertex count (default: all of x).
 */
export function chainHeightAt(x: Float64Array, y: Float64Array, c1: number, n = x.length): number {
  if (!(x[0] > c1)) return -Infinity;
  if (x[n - 1] > c1) return y[n - 1];
  // x[i] > c1 >= x[i + 1]: interpolate on the segment (the supremum, approached from u1 > c1).
  let lo = 0;
  let hi = n - 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (x[mid] > c1) lo = mid;
    else hi = mid;
  }
  const t = (x[lo] - c1) / (x[lo] - x[hi]);
  return y[lo] + t * (y[hi] - y[lo]);
}
