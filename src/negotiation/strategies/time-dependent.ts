/**
 * Time-dependent concession (Faratin, Sierra and Jennings, "Negotiation decision functions for
 * autonomous agents", Robotics and Autonomous Systems 24, 1998; Fatima, Wooldridge and Jennings,
 * "Optimal negotiation strategies for agents with incomplete information", ATAL 2001), as in
 * Genius 10.4 `agents.TimeDependentAgent` (Baarslag and Hendrikx):
 *
 *   target p(t) = Pmin + (Pmax - Pmin) (1 - f(t)),   f(t) = k + (1 - k) t^(1/e)
 *
 * Pmax = my best utility, Pmin = max(my worst utility, my no-deal utility) (Genius: reservation
 * value). The bid is the outcome whose utility is nearest to p(t) (Genius `getBidNearUtility`),
 * found by search over issues, not by listing outcomes. e < 1 Boulware (Genius uses 0.2), e = 1
 * Linear, e > 1 Conceder (Genius uses 2), e = 0 Hardliner. Acceptance: AC_next (accept when the
 * offer is worth at least my next bid), as Genius.
 * In the mediated protocol it accepts a worse text while the text is still above p(t).
 * Browser-safe.
 */
import type { Rng } from '../../core/index.ts';
import { Agent, type AgentOptions } from '../agent.ts';
import type { Found } from '../space/search.ts';
import type { TurnState } from '../types.ts';
import type { PartyView } from '../view.ts';
import { AC_PARAM, ac, num, type Strategy } from './strategy.ts';

export class TimeDependentAgent extends Agent {
  constructor(
    strategy: string,
    view: PartyView,
    rng: Rng,
    readonly e: number,
    readonly k: number,
    opts: AgentOptions = {},
  ) {
    super(strategy, view, rng, opts);
  }

  f(t: number): number {
    if (this.e === 0) return this.k;
    return this.k + (1 - this.k) * Math.pow(t, 1 / this.e);
  }

  /** Target utility p(t). */
  target(t: number): number {
    return this.pmin + (this.pmax - this.pmin) * (1 - this.f(t));
  }

  protected override bid(state: TurnState): Found {
    return this.search.nearest(this.target(state.time)) ?? this.bestBid();
  }

  protected override aspiration(time: number): number {
    return this.target(time);
  }
}

const CITATION =
  'Faratin, Sierra & Jennings (1998) Negotiation decision functions for autonomous agents; Fatima, Wooldridge & Jennings (2001); Genius 10.4 agents.TimeDependentAgent (Baarslag, Hendrikx)';

function make(id: string, name: string, e: number, description: string): Strategy {
  return {
    id,
    name,
    description,
    citation: CITATION,
    params: {
      e: {
        kind: 'number',
        description: 'concession exponent (e < 1 Boulware, 1 linear, > 1 Conceder, 0 Hardliner)',
        default: e,
        min: 0,
      },
      k: { kind: 'number', description: 'initial concession f(0)', default: 0, min: 0, max: 1 },
      ac: AC_PARAM,
    },
    create: (view, params, rng, spec) =>
      new TimeDependentAgent(spec, view, rng, num(params, 'e', e), num(params, 'k', 0), { acceptance: ac(params) }),
  };
}

export const boulware = make(
  'boulware',
  'Boulware',
  0.2,
  'Time-dependent with e = 0.2: holds near its best bid and concedes only close to the deadline.',
);
export const linear = make(
  'linear',
  'Linear',
  1,
  'Time-dependent with e = 1: concedes at a constant rate from its best bid to its minimum.',
);
export const conceder = make('conceder', 'Conceder', 2, 'Time-dependent with e = 2: concedes quickly early on.');
export const timeDependent = make(
  'time-dependent',
  'Time-dependent',
  1,
  'Time-dependent concession with a chosen exponent e and initial concession k.',
);
