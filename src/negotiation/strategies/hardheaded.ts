/**
 * HardHeaded-style agent (van Krimpen, Looije and Hajizadeh, "HardHeaded", ANAC 2011 winner;
 * Genius 10.4 `agents.anac.y2011.HardHeaded.KLH`), simplified to its two ideas:
 *
 * - a very Boulware concession curve p(t) = Pmin + (1 - F(t)) (Pmax - Pmin),
 *   F(t) = Ka + (1 - Ka) t^(1/e) with Ka = 0.05, e = 0.05 (undiscounted case);
 * - a frequency opponent model (opponent/frequency.ts); among the bids with utility in
 *   [p(t), p(t) + 0.01] it offers the one best for the model (HardHeaded keeps a queue of the
 *   best ones; we take the best), or the least bid above p(t) when that band is empty; if the
 *   opponent once offered something at least as good as the planned bid, it offers that instead.
 * - acceptance: the offer beats the lowest utility it has itself offered so far, or is at least
 *   as good as its next bid (AC_lowest or AC_next).
 *
 * Multilateral: one model per other party, and the bid maximises the sum of the models.
 * Browser-safe.
 */
import type { Rng } from '../../core/index.ts';
import { acLowest, acNext, acOr } from '../acceptance/conditions.ts';
import { Agent, type AgentOptions, type Received } from '../agent.ts';
import { FrequencyModel, sumTables } from '../opponent/frequency.ts';
import type { Found } from '../space/search.ts';
import type { TurnState } from '../types.ts';
import type { PartyView } from '../view.ts';
import { AC_PARAM, ac, num, type Strategy } from './strategy.ts';

export const UTILITY_TOLERANCE = 0.01;

export class HardHeadedAgent extends Agent {
  private readonly models = new Map<number, FrequencyModel>();

  constructor(
    strategy: string,
    view: PartyView,
    rng: Rng,
    private readonly ka: number,
    private readonly e: number,
    opts: AgentOptions = {},
  ) {
    super(strategy, view, rng, { ...opts, acceptance: opts.acceptance ?? acOr(acLowest(), acNext()) });
  }

  target(t: number): number {
    const F = this.ka + (1 - this.ka) * Math.pow(t, 1 / this.e);
    return this.pmin + (1 - F) * (this.pmax - this.pmin);
  }

  protected override onOffer(r: Received): void {
    let m = this.models.get(r.by);
    if (!m) this.models.set(r.by, (m = new FrequencyModel(this.view.issues.map((i) => i.options.length))));
    m.update(r.outcome);
  }

  protected override aspiration(time: number): number {
    return this.target(time);
  }

  protected override bid(state: TurnState): Found {
    if (this.sent.length === 0 || this.models.size === 0) return this.bestBid();
    const p = this.target(state.time);
    const sizes = this.view.issues.map((i) => i.options.length);
    const table = sumTables(
      [...this.models.values()].map((m) => m.table()),
      sizes,
    );
    let planned = this.search.bestInRange(p, p + UTILITY_TOLERANCE, table) ?? this.search.atLeast(p) ?? this.bestBid();
    let best: Received | null = null;
    for (const r of this.received) if (!best || r.utility > best.utility) best = r;
    if (best && best.utility >= planned.utility) planned = { outcome: best.outcome.slice(), utility: best.utility };
    return planned;
  }
}

export const hardheaded: Strategy = {
  id: 'hardheaded',
  name: 'HardHeaded',
  description:
    'Very Boulware concession; among bids at its target it offers the one best for a frequency model of the opponent.',
  citation:
    'van Krimpen, Looije & Hajizadeh (2013) HardHeaded, ANAC 2011 winner; Genius 10.4 agents.anac.y2011.HardHeaded.KLH',
  params: {
    ka: { kind: 'number', description: 'initial concession Ka', default: 0.05, min: 0, max: 1 },
    e: { kind: 'number', description: 'concession exponent', default: 0.05, min: 0.0001 },
    ac: { ...AC_PARAM, default: 'or(lowest,next)' },
  },
  create: (view, params, rng, spec) =>
    new HardHeadedAgent(spec, view, rng, num(params, 'ka', 0.05), num(params, 'e', 0.05), { acceptance: ac(params) }),
};
