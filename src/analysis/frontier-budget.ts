/**
 * What a branch and bound returns (branch-bound.ts, and the parallel search of
 * jobs/parallel-frontier.ts): a group's frontier from its archive of found points and, for a
 * search its budget stopped, what it proves (`provenFrontier`) and the error that carries it.
 * Browser-safe.
 */
import { CgError, problem } from '../core/index.ts';
import type { Domain } from '../model/index.ts';
import { pointsOf, type Archive } from './archive.ts';
import type { ComponentFrontier } from './component-frontier.ts';
import type { Component } from './components.ts';
import type { Regions } from './regions.ts';

/** What a search stopped by its node budget proves. */
export interface PartialFrontier {
  nodes: number;
  /** Which limit stopped the search. */
  stoppedBy: 'regions' | 'time';
  /** Search time when it stopped, in seconds. */
  seconds: number;
  /** Points found (raw component values), each reached by its joint option. */
  found: ComponentFrontier;
  /** Per found point: 1 when no unexplored region can hold a point dominating it. */
  proven: Uint8Array;
  /** Per party: the best (capped) utility an unexplored region could still reach. */
  upper: number[];
}

export class FrontierBudgetError extends CgError {
  constructor(
    readonly partial: PartialFrontier,
    group: string[],
    jointOptions: string,
    maxNodes: number,
    maxSeconds: number,
  ) {
    const proven = partial.proven.reduce((a, b) => a + b, 0);
    super(
      problem(
        'analysis_too_large',
        {
          group,
          jointOptions,
          maxNodes,
          maxSeconds,
          stoppedBy: partial.stoppedBy,
          nodes: partial.nodes,
          seconds: partial.seconds,
          found: partial.found.count,
          proven,
          upper: partial.upper,
        },
        { path: ['issues'] },
      ),
    );
  }
}

export function budgetError(
  partial: PartialFrontier,
  domain: Domain,
  comp: Component,
  maxNodes: number,
  maxSeconds: number,
): FrontierBudgetError {
  const group = comp.issues.map((j) => domain.issues[j].id);
  return new FrontierBudgetError(partial, group, comp.size.toString(), maxNodes, maxSeconds);
}

/** The points of an archive as a group's frontier (joint options in the order of `R.issues`). */
export function frontierOfArchive(archive: Archive, R: Regions, nodes: number): ComponentFrontier {
  const { count, joint, vals } = pointsOf(archive, R.issues.length);
  return { issues: R.issues.map((info) => info.issue), count, joint, vals, feasible: null, nodes };
}

/**
 * What a stopped search proves from the points found and the bounds of the regions left open (k
 * each): which points no open region can dominate, and per party the best bound still open.
 */
export function provenFrontier(
  found: ComponentFrontier,
  keys: ArrayLike<number>,
  openUb: Float64Array,
  k: number,
  tol: number,
): { proven: Uint8Array; upper: number[] } {
  const open = openUb.length / k;
  const upper = new Array<number>(k).fill(-Infinity);
  for (let r = 0; r < open; r++) for (let p = 0; p < k; p++) upper[p] = Math.max(upper[p], openUb[r * k + p]);
  const proven = new Uint8Array(found.count);
  for (let i = 0; i < found.count; i++) {
    // A region can hold a point dominating a only if its bound reaches a everywhere and beyond it somewhere.
    let threat = false;
    for (let r = 0; r < open && !threat; r++) {
      let reaches = true;
      let beyond = false;
      for (let p = 0; p < k; p++) {
        const x = keys[i * k + p];
        const u = openUb[r * k + p];
        if (u < x - tol) reaches = false;
        if (u > x + tol) beyond = true;
      }
      threat = reaches && beyond;
    }
    proven[i] = threat ? 0 : 1;
  }
  return { proven, upper };
}
