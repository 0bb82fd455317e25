/**
 * Task kind of the parallel branch and bound (parallel-frontier.ts):
 *
 * - `frontier.subtrees`: one thread's part of the search of one large linked issue group. It
 *   claims queued regions from the shared state (SharedSearch) until the search is over, searches
 *   each with the points every thread has found (giving open regions away when another thread is
 *   idle), and returns the points it holds at the end (merged), the regions it counted and, when
 *   the threads were stopped (budget), the bounds of the regions it left open.
 *
 * The group's region structure is built once per thread and search (`key`), not once per region.
 * The threads share memory and block while they wait for work, so this kind runs on the pool's
 * worker threads, never in a caller's thread or on the queue.
 * Browser-safe.
 */
import {
  buildRegions,
  decompose,
  mergeArchives,
  pointsOf,
  searchSubtrees,
  SharedSearch,
  type ArchivePoints,
  type Regions,
  type StopReason,
} from '../analysis/index.ts';
import type { Domain } from '../model/index.ts';
import { defineTask } from './task.ts';

export interface SubtreesInput {
  /** Names this search: a thread builds its regions once. */
  key: string;
  domain: Domain;
  /** The group's index among the domain's linked groups (decompose order). */
  group: number;
  tol: number;
  maxNodes: number;
  /** Wall-clock deadline of the whole search (ms since the epoch). */
  deadline: number;
  jointLimit?: number;
  clamp?: { offset: number[]; max: number[] };
  /** The shared state (SharedSearch), its queue filled. */
  shared: SharedArrayBuffer;
}

export interface SubtreesOutput {
  points: ArchivePoints;
  /** Regions this task evaluated. */
  nodes: number;
  /** Why the threads stopped early, or null when every region it took was searched to the end. */
  stopped: StopReason | null;
  /** Bounds of the regions it left open (k each; empty unless stopped). */
  openUb: Float64Array;
}

let cached: { key: string; R: Regions } | null = null;

function regionsOf(input: SubtreesInput): Regions {
  if (cached?.key !== input.key) {
    cached = null; // the old structure may go before the new one is built
    const comp = decompose(input.domain).components[input.group];
    cached = { key: input.key, R: buildRegions(input.domain, comp) };
  }
  return cached.R;
}

export const frontierSubtrees = defineTask<SubtreesInput, SubtreesOutput>({
  run(input) {
    try {
      return subtrees(input);
    } catch (e) {
      // The other threads stop at their next region instead of searching on for nothing.
      SharedSearch.stop(input.shared, 'error');
      throw e;
    }
  },
});

function subtrees(input: SubtreesInput): SubtreesOutput {
  const R = regionsOf(input);
  const k = input.domain.parties.length;
  const m = R.issues.length;
  const parts: ArchivePoints[] = [];
  const openUb: number[] = [];
  let nodes = 0;
  let stopped: StopReason | null = null;
  const work = new SharedSearch(k, m, input.shared);
  for (let i = work.claim(); i >= 0; i = work.claim()) {
    try {
      const seconds = (input.deadline - Date.now()) / 1000;
      const out = searchSubtrees(
        R,
        input.tol,
        {
          maxNodes: input.maxNodes,
          // Past the deadline: stop at the first split, leaving the region open.
          maxSeconds: Math.max(seconds, 1e-9),
          ...(input.jointLimit !== undefined ? { jointLimit: input.jointLimit } : {}),
          ...(input.clamp ? { clamp: input.clamp } : {}),
          // A view of its own: the new search polls every shared point from the first.
          shared: new SharedSearch(k, m, input.shared),
        },
        work.region(i),
      );
      nodes += out.nodes;
      parts.push(out.points);
      if (out.stopped) {
        stopped = out.stopped.by;
        openUb.push(...out.stopped.openUb);
        break;
      }
    } finally {
      work.done();
    }
  }
  stopped ??= work.stopped;
  return {
    points: pointsOf(mergeArchives(k, m, input.tol, parts), m),
    nodes,
    stopped,
    openUb: Float64Array.from(openUb),
  };
}
