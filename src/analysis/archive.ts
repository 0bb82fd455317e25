/**
 * The points a branch and bound has found so far, kept non-dominated (tolerance semantics of
 * tolerance.ts: y covers x when y_p >= x_p - tol for every party p), and the tests that let it
 * prune: does a found point cover a vector, does the archive cover a whole region of utility space.
 *
 * Each point has a `key` (the utilities compared: for a domain clamped at max utility, the clamped
 * totals), its raw component values and the joint option reaching it.
 *
 * 2 parties: the archive is a staircase (u1 descending, u2 ascending). What it does not cover is
 * a union of open quadrants with corners (a[i+1].u1 + tol, a[i].u2 + tol) (plus the two outer
 * ones), so a region P = {u : L <= u <= ub, w.u <= b for each weighted-sum bound} is covered iff
 * no corner c has a point of P strictly above it. P is down-closed above L with w >= 0, so that
 * point exists iff ub > c and w.max(c, L) <= b for every bound: one check per corner.
 * k parties (k >= 3): a region is covered when one point covers its upper corner ub.
 * Browser-safe.
 */

export interface WeightedBound {
  /** Non-negative weight per party. */
  w: Float64Array;
  /** Upper bound of w.u over the region. */
  b: number;
}

export class Archive {
  /** Keys, flat: keys[i * k + p]. 2 parties: sorted by u1 descending. */
  keys: number[] = [];
  raws: number[] = [];
  joints: Int32Array[] = [];

  constructor(
    readonly k: number,
    readonly tol: number,
  ) {}

  get size(): number {
    return this.joints.length;
  }

  /** True when a point of the archive covers `u` (within tol). */
  covers(u: ArrayLike<number>): boolean {
    const { k, tol, keys } = this;
    const n = this.joints.length;
    for (let i = 0; i < n; i++) {
      let p = 0;
      while (p < k && keys[i * k + p] >= u[p] - tol) p++;
      if (p === k) return true;
    }
    return false;
  }

  /** Add a point unless covered; drops the points it covers. Returns true when added. */
  add(key: ArrayLike<number>, raw: ArrayLike<number>, joint: Int32Array): boolean {
    if (this.covers(key)) return false;
    const { k, tol } = this;
    const keys: number[] = [];
    const raws: number[] = [];
    const joints: Int32Array[] = [];
    let at = -1;
    for (let i = 0; i < this.joints.length; i++) {
      let p = 0;
      while (p < k && key[p] >= this.keys[i * k + p] - tol) p++;
      if (p === k) continue; // covered by the new point
      if (at < 0 && k === 2 && this.keys[i * 2] < key[0]) at = joints.length;
      for (let q = 0; q < k; q++) {
        keys.push(this.keys[i * k + q]);
        raws.push(this.raws[i * k + q]);
      }
      joints.push(this.joints[i]);
    }
    if (at < 0) at = joints.length;
    keys.splice(at * k, 0, ...Array.from(key));
    raws.splice(at * k, 0, ...Array.from(raw));
    joints.splice(at, 0, joint);
    this.keys = keys;
    this.raws = raws;
    this.joints = joints;
    return true;
  }

  /**
   * True when every utility vector u of the region {low <= u <= ub, w.u <= b for each bound} is
   * covered by the archive (2 parties; k >= 3 uses the upper corner only).
   */
  coversRegion(ub: ArrayLike<number>, low: ArrayLike<number>, bounds: readonly WeightedBound[]): boolean {
    const { k, tol, keys } = this;
    const n = this.joints.length;
    if (n === 0) return false;
    if (k !== 2) return this.covers(ub);
    // Corners of the uncovered quadrants, left to right: (a0.u1 + tol, -inf), (a[i].u1 + tol, a[i-1].u2 + tol), (-inf, a[n-1].u2 + tol).
    for (let i = 0; i <= n; i++) {
      const c1 = i < n ? keys[2 * i] + tol : -Infinity;
      const c2 = i > 0 ? keys[2 * (i - 1) + 1] + tol : -Infinity;
      if (!(ub[0] > c1 && ub[1] > c2)) continue;
      const x1 = c1 > low[0] ? c1 : low[0];
      const x2 = c2 > low[1] ? c2 : low[1];
      let inside = true;
      for (const bd of bounds) {
        if (bd.w[0] * x1 + bd.w[1] * x2 > bd.b + tol * (bd.w[0] + bd.w[1])) {
          inside = false;
          break;
        }
      }
      if (inside) return false;
    }
    return true;
  }
}

/**
 * A stored archive's points, flat (a search's result travelling between threads): keys and raw
 * values k each, joint options m each.
 */
export interface ArchivePoints {
  count: number;
  keys: Float64Array;
  vals: Float64Array;
  joint: Int32Array;
}

/** An archive's points, flat (m issues per joint option). */
export function pointsOf(archive: Archive, m: number): ArchivePoints {
  const joint = new Int32Array(archive.size * m);
  archive.joints.forEach((j, i) => joint.set(j, i * m));
  return { count: archive.size, keys: Float64Array.from(archive.keys), vals: Float64Array.from(archive.raws), joint };
}

/** The archive that adding every point of `parts`, in order, leaves (a parallel search's merge). */
export function mergeArchives(k: number, m: number, tol: number, parts: readonly ArchivePoints[]): Archive {
  const out = new Archive(k, tol);
  for (const part of parts)
    for (let i = 0; i < part.count; i++) {
      const key = Array.from({ length: k }, (_, p) => part.keys[i * k + p]);
      const raw = Array.from({ length: k }, (_, p) => part.vals[i * k + p]);
      out.add(key, raw, part.joint.slice(i * m, i * m + m));
    }
  return out;
}
