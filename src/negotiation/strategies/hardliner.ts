/**
 * Hardliner: always bids its best outcome and accepts only an offer at least as good (Genius 10.4
 * treats it as the e = 0 case of `TimeDependentAgent`, "plays hardball"; Faratin et al. 1998).
 * Two Hardliners with different best outcomes never agree. Browser-safe.
 */
import type { Rng } from '../../core/index.ts';
import { Agent, type AgentOptions } from '../agent.ts';
import type { Found } from '../space/search.ts';
import type { PartyView } from '../view.ts';
import { AC_PARAM, ac, type Strategy } from './strategy.ts';

export class HardlinerAgent extends Agent {
  constructor(strategy: string, view: PartyView, rng: Rng, opts: AgentOptions = {}) {
    super(strategy, view, rng, opts);
  }

  protected override bid(): Found {
    return this.bestBid();
  }
}

export const hardliner: Strategy = {
  id: 'hardliner',
  name: 'Hardliner',
  description: 'Always bids its best outcome; accepts only offers at least as good.',
  citation: 'Genius 10.4 agents.TimeDependentAgent with e = 0 (hardball); Faratin, Sierra & Jennings (1998)',
  params: { ac: AC_PARAM },
  create: (view, params, rng, spec) => new HardlinerAgent(spec, view, rng, { acceptance: ac(params) }),
};
