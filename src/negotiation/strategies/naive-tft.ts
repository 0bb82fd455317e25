/**
 * Naive Tit-for-Tat: mirrors the opponent's concessions measured in its OWN utility (the "naive"
 * zero-sum reading Baarslag, Hindriks and Jonker contrast Nice Tit-for-Tat with, 2013; Faratin et
 * al. 1998 relative tit-for-tat; NegMAS `NaiveTitForTatNegotiator`). It opens with its best bid;
 * when the opponent's last offer is worth d > 0 more to it than the one before, it lowers its
 * demand by d (1 + kindness); it never raises it again. To break the deadlock between two
 * mirror-ers it makes one minimal initial concession (to the next lower utility level) with its
 * second bid. Bids are the outcome nearest to the demand; acceptance AC_next. Browser-safe.
 */
import type { Rng } from '../../core/index.ts';
import { Agent, type AgentOptions } from '../agent.ts';
import type { Found } from '../space/search.ts';
import type { PartyView } from '../view.ts';
import { AC_PARAM, ac, num, type Strategy } from './strategy.ts';

export class NaiveTitForTatAgent extends Agent {
  private demand: number;
  private initialConcessionDone = false;

  constructor(
    strategy: string,
    view: PartyView,
    rng: Rng,
    private readonly kindness: number,
    opts: AgentOptions = {},
  ) {
    super(strategy, view, rng, opts);
    this.demand = this.pmax;
  }

  protected override bid(): Found {
    if (this.sent.length === 0) return this.bestBid();
    const r = this.received;
    if (r.length >= 2) {
      const d = r[r.length - 1].utility - r[r.length - 2].utility;
      if (d > 0) this.demand -= d * (1 + this.kindness);
    }
    if (!this.initialConcessionDone) {
      this.initialConcessionDone = true;
      const lower = this.search.atMost(this.demand - 1e-6);
      if (lower) this.demand = Math.min(this.demand, lower.utility);
    }
    this.demand = Math.max(this.demand, this.pmin);
    return this.search.nearest(this.demand) ?? this.bestBid();
  }
}

export const naiveTft: Strategy = {
  id: 'naive-tft',
  name: 'Naive Tit-for-Tat',
  description:
    "Mirrors the opponent's concessions as measured in its own utility (assumes zero-sum); opens with its best bid.",
  citation:
    'Baarslag, Hindriks & Jonker (2013) A tit for tat negotiation strategy for real-time bilateral negotiations; Faratin et al. (1998); NegMAS NaiveTitForTatNegotiator',
  params: {
    kindness: {
      kind: 'number',
      description: 'extra share of each mirrored concession (0 = exact mirror)',
      default: 0,
      min: -1,
    },
    ac: AC_PARAM,
  },
  create: (view, params, rng, spec) =>
    new NaiveTitForTatAgent(spec, view, rng, num(params, 'kindness', 0), { acceptance: ac(params) }),
};
