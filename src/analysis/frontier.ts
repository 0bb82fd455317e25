/**
 * A computed Pareto frontier, reusable and cheap to query (negotiation analysis asks how far an
 * agreement is from the frontier and whether it is Pareto-optimal).
 *
 * Points are in frontier order (lexicographically descending utilities). Utilities are also kept
 * flat in a Float64Array for fast scans. Queries are O(n k); n is the frontier size, not the
 * outcome count.
 * Browser-safe.
 */
import type { Outcome } from '../model/index.ts';

export interface Point {
  /** One utility per party, in party order. */
  utilities: number[];
  /** An outcome reaching these utilities (option index per issue). */
  outcome: Outcome;
}

export interface FrontierInfo {
  groups: {
    issues: string[];
    jointOptions: string;
    kept: number;
    method: 'enumerate' | 'branch-and-bound';
    /** Regions the branch and bound evaluated. */
    nodes?: number;
  }[];
  feasibleOutcomes: bigint | null;
}

export class Frontier {
  /** Flat utilities: flat[i * k + p]. */
  readonly flat: Float64Array;

  constructor(
    readonly points: Point[],
    readonly k: number,
    readonly tolerance: number,
    readonly info: FrontierInfo,
  ) {
    this.flat = new Float64Array(points.length * k);
    points.forEach((pt, i) => this.flat.set(pt.utilities, i * k));
  }

  get size(): number {
    return this.points.length;
  }

  /** A frontier point covering `u` (>= u - tol on every party), or null (u is then infeasible). */
  covering(u: readonly number[]): Point | null {
    const { flat, k, tolerance: tol } = this;
    for (let i = 0; i < this.points.length; i++) {
      let p = 0;
      while (p < k && flat[i * k + p] >= u[p] - tol) p++;
      if (p === k) return this.points[i];
    }
    return null;
  }

  /** A frontier point that strictly improves on `u` for someone and is no worse for anyone (beyond tol), or null. */
  dominating(u: readonly number[]): Point | null {
    const { flat, k, tolerance: tol } = this;
    for (let i = 0; i < this.points.length; i++) {
      let p = 0;
      let better = false;
      while (p < k && flat[i * k + p] >= u[p] - tol) {
        if (flat[i * k + p] > u[p] + tol) better = true;
        p++;
      }
      if (p === k && better) return this.points[i];
    }
    return null;
  }

  /** True when no frontier point dominates `u` (u is Pareto-optimal, if it is feasible). */
  isParetoOptimal(u: readonly number[]): boolean {
    return this.dominating(u) === null;
  }

  /** Nearest frontier point (Euclidean distance in utility space) and that distance. */
  nearest(u: readonly number[]): { point: Point; distance: number } | null {
    const { flat, k } = this;
    let best = -1;
    let bestD = Infinity;
    for (let i = 0; i < this.points.length; i++) {
      let d = 0;
      for (let p = 0; p < k; p++) {
        const x = flat[i * k + p] - u[p];
        d += x * x;
      }
      if (d < bestD) {
        bestD = d;
        best = i;
      }
    }
    return best < 0 ? null : { point: this.points[best], distance: Math.sqrt(bestD) };
  }

  /** Euclidean distance from `u` to the nearest frontier point (Infinity for an empty frontier). */
  distance(u: readonly number[]): number {
    return this.nearest(u)?.distance ?? Infinity;
  }
}
