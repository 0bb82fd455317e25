/**
 * What every search engine answers, on the RAW (unclamped) utility: among the outcomes that
 * respect the party's own red lines and whose raw utility lies in [lo, hi], the one that
 * maximises the goal. Ties on the goal go to the higher raw utility, then to the first outcome
 * found (deterministic for a given utility).
 *
 * Browser-safe: no Node imports.
 */
import type { Outcome } from '../../model/index.ts';

export type Goal =
  | { kind: 'max' }
  | { kind: 'min' }
  /** Additive objective `table[issue][option]` (e.g. an opponent model), maximised. */
  | { kind: 'objective'; table: readonly (readonly number[])[] };

export interface Engine {
  readonly name: 'meet-in-the-middle' | 'branch-and-bound' | 'ladder';
  solve(lo: number, hi: number, goal: Goal): Outcome | null;
  /**
   * Optional fast path: the outcomes with the smallest raw utility >= lo and the largest raw
   * utility <= hi, in one pass ([up, down]; null where none).
   */
  bracket?(lo: number, hi: number): [Outcome | null, Outcome | null];
  /** False when the last `solve` stopped at its node budget (answer = best found so far). */
  readonly lastExact: boolean;
  /** Search nodes / combinations visited by the last `solve` (for benchmarks and tests). */
  readonly lastWork: number;
}
