/**
 * Session time. A deadline in rounds gives relative time t = step / (rounds x actors), so t runs
 * from 0 at the first action to just under 1 at the last one. A deadline in (simulated) time
 * advances a clock by each actor's fixed action cost, so agents that are "slower" get fewer turns,
 * yet a run stays exactly reproducible (no wall clock). Browser-safe.
 */
import { CgError, problem } from '../../core/index.ts';
import type { Deadline } from '../types.ts';

export class Clock {
  private elapsed = 0;
  private steps = 0;
  private readonly costs: number[] | null;
  private readonly limit: number;

  constructor(
    readonly deadline: Deadline,
    private readonly actors: number,
  ) {
    if ('rounds' in deadline) {
      if (!Number.isInteger(deadline.rounds) || deadline.rounds < 1) {
        throw new CgError(
          problem('bad_deadline', { field: 'rounds', value: String(deadline.rounds) }, { path: ['rounds'] }),
        );
      }
      this.costs = null;
      this.limit = deadline.rounds * actors;
    } else {
      if (!(deadline.time > 0) || !Number.isFinite(deadline.time)) {
        throw new CgError(problem('bad_deadline', { field: 'time', value: String(deadline.time) }, { path: ['time'] }));
      }
      const c = deadline.actionCost ?? 1;
      const costs = Array.isArray(c) ? c : Array.from({ length: actors }, () => c);
      if (costs.some((x) => !(x > 0) || !Number.isFinite(x))) {
        throw new CgError(
          problem('bad_deadline', { field: 'actionCost', costs, problem: 'positive' }, { path: ['actionCost'] }),
        );
      }
      if (costs.length !== actors) {
        // Only the mediated protocol has a single actor: the mediator proposes, the parties vote.
        throw new CgError(
          problem('bad_deadline', { field: 'actionCost', costs, problem: 'count', actors }, { path: ['actionCost'] }),
        );
      }
      this.costs = costs;
      this.limit = deadline.time;
    }
  }

  /** Relative time in [0, 1). */
  get time(): number {
    return this.costs ? this.elapsed / this.limit : this.steps / this.limit;
  }

  get step(): number {
    return this.steps;
  }

  get round(): number {
    return Math.floor(this.steps / this.actors);
  }

  get expired(): boolean {
    return this.costs ? this.elapsed >= this.limit : this.steps >= this.limit;
  }

  /** Record one action by `actor`. */
  advance(actor: number): void {
    this.steps++;
    if (this.costs) this.elapsed += this.costs[actor];
  }
}
