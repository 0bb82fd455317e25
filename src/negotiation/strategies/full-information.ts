/**
 * TEST AND BENCHMARK ORACLE, not a negotiating strategy: a Linear time-dependent agent that is
 * handed the other parties' utilities (full information). At its target utility it bids the
 * outcome best for the others (sum of their additive tables; ties to its own higher utility), so
 * every bid is on the Pareto frontier of additive profiles. It exists to check that the protocol
 * plus time-dependent concession reach the frontier when nothing is hidden; it is deliberately not
 * in the strategy registry, so no user-facing run can give an agent another party's profile.
 * Browser-safe.
 */
import type { Rng } from '../../core/index.ts';
import type { PartyUtility } from '../../model/index.ts';
import type { AgentOptions } from '../agent.ts';
import type { Found } from '../space/search.ts';
import type { TurnState } from '../types.ts';
import type { PartyView } from '../view.ts';
import { TimeDependentAgent } from './time-dependent.ts';

export class FullInformationLinearAgent extends TimeDependentAgent {
  private readonly others: number[][];

  constructor(view: PartyView, rng: Rng, others: readonly PartyUtility[], opts: AgentOptions = {}) {
    super('full-information-linear', view, rng, 1, 0, opts);
    this.others = view.issues.map((issue, j) =>
      issue.options.map((_, k) => others.reduce((s, u) => s + u.table[j][k], 0)),
    );
  }

  protected override bid(state: TurnState): Found {
    return this.search.bestInRange(this.target(state.time), this.pmax, this.others) ?? this.bestBid();
  }
}
