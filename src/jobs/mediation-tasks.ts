/**
 * Task kind of confidential mediation: `mediation.proposals` computes a round's packages (or a
 * Pareto improvement on an agreed package) from the combined private preferences. The input is
 * a compiled domain, so a worker needs nothing from the database; the output holds every party's
 * utility, which the server keeps to itself (a delegation is only ever shown its own).
 *
 * With the concept `mostRobust`, the input also carries the robustness search: the Monte Carlo
 * chunks (computed as `robustness.chunk` tasks, see mediation.ts here) are merged and the most
 * robust package searched in this task, on the pool like the rest.
 *
 * Browser-safe.
 */
import {
  mediationProposals,
  mostRobustForMediation,
  paretoImprovement,
  type MediationConcept,
  type MediationProposal,
  type RobustSearch,
} from '../analysis/index.ts';
import type { Domain, Outcome } from '../model/index.ts';
import { defineTask } from './task.ts';

export type MediationTaskInput =
  | {
      mode: 'proposals';
      domain: Domain;
      concepts: MediationConcept[];
      count: number;
      exclude: number[][];
      /** The most robust package's search (with the concept `mostRobust`). */
      robust?: RobustSearch;
    }
  | { mode: 'improvement'; domain: Domain; agreed: Outcome; exclude: number[][] };

export interface MediationTaskOutput {
  proposals: MediationProposal[];
}

export const mediationTask = defineTask<MediationTaskInput, MediationTaskOutput>({
  run(input) {
    if (input.mode === 'improvement') {
      const p = paretoImprovement(input.domain, input.agreed, input.exclude);
      return { proposals: p ? [p] : [] };
    }
    const r = mediationProposals(input.domain, {
      concepts: input.concepts,
      count: input.count,
      exclude: input.exclude,
      robust: input.robust ? mostRobustForMediation(input.robust) : null,
    });
    return { proposals: r.proposals };
  },
});
