/**
 * Random (seeded): bids a uniformly random outcome among those worth at least its no-deal utility
 * (rejection sampling over issues, up to 64 draws; if none qualifies, the best outcome for a random
 * additive objective within that band, found by search), and accepts when the offer is worth at
 * least its next random bid (AC_next). In the mediated protocol it accepts a change with
 * probability 1/2 (never one that breaks its red lines or leaves it below its no-deal utility).
 * The baseline of Genius' `RandomCounterOfferParty`/NegMAS `RandomNegotiator`. Same seed, same bids.
 * Browser-safe.
 */
import type { Rng } from '../../core/index.ts';
import { Agent, type AgentOptions } from '../agent.ts';
import { EPS, type Found } from '../space/search.ts';
import type { MediatorProposal, Vote } from '../types.ts';
import type { PartyView } from '../view.ts';
import { AC_PARAM, ac, type Strategy } from './strategy.ts';

export class RandomAgent extends Agent {
  constructor(strategy: string, view: PartyView, rng: Rng, opts: AgentOptions = {}) {
    super(strategy, view, rng, opts);
  }

  protected override bid(): Found {
    const sizes = this.view.issues.map((i) => i.options.length);
    for (let tries = 0; tries < 64; tries++) {
      const o = sizes.map((k) => this.rng.int(k));
      if (this.acceptable(o)) return { outcome: o, utility: this.utility(o) };
    }
    const table = sizes.map((k) => Array.from({ length: k }, () => this.rng.next()));
    return this.search.bestInRange(this.view.noDeal, this.pmax, table) ?? this.bestBid();
  }

  override vote(p: MediatorProposal): Vote {
    if (this.hopeless) return 'walk';
    if (!this.allowed(p.proposed) || this.utility(p.proposed) < this.view.noDeal - EPS) return 'veto';
    return this.rng.chance(0.5) ? 'accept' : 'veto';
  }
}

export const random: Strategy = {
  id: 'random',
  name: 'Random',
  description:
    'Bids seeded random outcomes it could accept itself; accepts offers at least as good as its next random bid.',
  citation: "Baseline as in Genius' RandomCounterOfferParty and NegMAS RandomNegotiator",
  params: { ac: AC_PARAM },
  create: (view, params, rng, spec) => new RandomAgent(spec, view, rng, { acceptance: ac(params) }),
};
