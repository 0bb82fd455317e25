/**
 * The exact frontier of large non-linear groups on several threads: the branch and bound of
 * analysis/branch-bound.ts, its regions shared out.
 *
 * 1. This thread searches until SPLIT_PER_THREAD open regions per thread are waiting (the top
 *    splits, before any point is found, keep both halves), or to the end when the group is small.
 * 2. Every thread of the pool (`frontier.subtrees`, one task each) claims the next queued region
 *    until none is left and no thread is searching; a thread with nothing to claim waits, and a
 *    searching thread gives it its oldest open region (SharedSearch). Points found by any thread
 *    prune every thread's regions at once: each is a real outcome, so the result stays exact.
 * 3. The threads' points are merged by dominance: the frontier, as the sequential search finds
 *    it (the same points, up to which of two tied outcomes stands for them).
 *
 * Budgets: `maxNodes` counts the regions of every thread, `maxSeconds` runs from the start; the
 * thread that reaches one stops the others, and the search reports what is proven from the
 * bounds of every region left open (FrontierBudgetError), as the sequential one does.
 *
 * Every group computeFrontier would search by branch and bound is solved here; `analyze` then
 * takes them as `solved`. With one thread it returns no frontier, leaving them to `analyze`.
 * Browser-safe (the executor decides where the tasks run).
 */
import {
  branchAndBoundPlan,
  budgetError,
  buildRegions,
  frontierOfArchive,
  mergeArchives,
  provenFrontier,
  SharedSearch,
  splitComponent,
  type BranchBoundJob,
  type ComponentFrontier,
  type FrontierOptions,
} from '../analysis/index.ts';
import type { Domain } from '../model/index.ts';
import { runAll, type Executor } from './executor.ts';
import type { SubtreesInput, SubtreesOutput } from './frontier-tasks.ts';

/** Open regions per thread handed out: enough for threads whose regions are easy to take more. */
export const SPLIT_PER_THREAD = 2;

export interface ParallelFrontierOptions {
  signal?: AbortSignal;
  /** Open regions per thread the first phase leaves (default SPLIT_PER_THREAD). */
  splitPerThread?: number;
  /** Told what the first phase handed out (tests, benchmarks). */
  onSplit?: (info: { group: number; regions: number; nodes: number; points: number }) => void;
  /** `branchAndBoundPlan(domain, opts)`, when the caller has it already. */
  plan?: ReturnType<typeof branchAndBoundPlan>;
}

let searches = 0;

/** The branch-and-bound groups of `domain` solved on the executor's threads, by group index. */
export async function solveFrontierGroups(
  domain: Domain,
  opts: FrontierOptions,
  executor: Executor,
  parallel: ParallelFrontierOptions = {},
): Promise<Map<number, ComponentFrontier>> {
  const solved = new Map<number, ComponentFrontier>();
  if (executor.capacity < 2) return solved;
  const { tol, jobs } = parallel.plan ?? branchAndBoundPlan(domain, opts);
  for (const job of jobs) solved.set(job.index, await solveGroup(domain, job, tol, executor, parallel));
  return solved;
}

async function solveGroup(
  domain: Domain,
  job: BranchBoundJob,
  tol: number,
  executor: Executor,
  { signal, splitPerThread = SPLIT_PER_THREAD, onSplit }: ParallelFrontierOptions,
): Promise<ComponentFrontier> {
  const started = Date.now();
  const { options, component } = job;
  const maxNodes = options.maxNodes!;
  const maxSeconds = options.maxSeconds!;
  const k = domain.parties.length;
  const R = buildRegions(domain, component);
  const m = R.issues.length;
  const split = splitComponent(R, tol, options, Math.max(2, Math.round(splitPerThread * executor.capacity)));
  if (split.kind === 'done') return split.frontier;
  if (split.kind === 'stopped') throw budgetError(split.partial, domain, component, maxNodes, maxSeconds);

  const count = split.regions.length / (2 * m);
  const { points } = split;
  onSplit?.({ group: job.index, regions: count, nodes: split.nodes, points: points.count });
  const shared = new SharedSearch(k, m, { work: count });
  for (let r = 0; r < count; r++)
    shared.addWork(
      split.regions.subarray(2 * m * r, 2 * m * r + m),
      split.regions.subarray(2 * m * r + m, 2 * m * (r + 1)),
      split.ub.subarray(k * r, k * (r + 1)),
    );
  for (let i = 0; i < points.count; i++)
    shared.publish(
      points.keys.subarray(i * k, i * k + k),
      points.vals.subarray(i * k, i * k + k),
      points.joint.subarray(i * m, i * m + m),
    );
  shared.addRegions(split.nodes);
  const input: SubtreesInput = {
    key: `${started}-${++searches}`,
    domain,
    group: job.index,
    tol,
    maxNodes,
    deadline: started + maxSeconds * 1000,
    ...(options.jointLimit !== undefined ? { jointLimit: options.jointLimit } : {}),
    ...(options.clamp ? { clamp: options.clamp } : {}),
    shared: shared.buffer,
  };
  const outputs: SubtreesOutput[] = [];
  const stopAll = () => shared.stop('error');
  signal?.addEventListener('abort', stopAll, { once: true });
  try {
    await runAll(executor, 'frontier.subtrees', new Array<SubtreesInput>(executor.capacity).fill(input), {
      ...(signal ? { signal } : {}),
      onResult: (_, out) => outputs.push(out),
    });
  } finally {
    signal?.removeEventListener('abort', stopAll);
  }

  const merged = mergeArchives(k, m, tol, [points, ...outputs.map((o) => o.points)]);
  const nodes = shared.regions;
  const found = frontierOfArchive(merged, R, nodes);
  const stoppedBy = shared.stopped;
  if (!stoppedBy) return found;
  // What stays open: the regions the threads left, and those no thread claimed.
  const openUb = Float64Array.from([...outputs.flatMap((o) => Array.from(o.openUb)), ...shared.unclaimedBounds()]);
  const { proven, upper } = provenFrontier(found, merged.keys, openUb, k, tol);
  const partial = {
    nodes,
    stoppedBy: stoppedBy === 'time' ? ('time' as const) : ('regions' as const),
    seconds: (Date.now() - started) / 1000,
    found,
    proven,
    upper,
  };
  throw budgetError(partial, domain, component, maxNodes, maxSeconds);
}
