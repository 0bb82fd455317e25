/**
 * Task kind of confidential mediation: `mediation.proposals` computes a round's packages (or a
 * Pareto improvement on an agreed package) from the combined private preferences. The input is
 * a compiled domain, so a worker needs nothing from the database; the output holds every party's
 * utility, which the server keeps to itself (a delegation is only ever shown its own).
 *
 * Browser-safe.
 */
import {
  mediationProposals,
  paretoImprovement,
  type MediationConcept,
  type MediationProposal,
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
    });
    return { proposals: r.proposals };
  },
});
