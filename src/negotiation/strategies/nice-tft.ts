/**
 * Nice Tit-for-Tat (Baarslag, Hindriks and Jonker, "A tit for tat negotiation strategy for
 * real-time bilateral negotiations", Complex Automated Negotiations, Springer 2013; Genius 10.4
 * `agents.anac.y2011.Nice_Tit_for_Tat.NiceTitForTat`). It reciprocates the opponent's concessions
 * relative to the estimated Nash point and never retaliates:
 *
 * - work on my normalised utility x = (u - Pmin) / (Pmax - Pmin);
 * - estimate my Nash utility against the opponent model (the product of my gain and the model's
 *   utility over a 24-level sweep of the frontier of me vs the model, found by band search),
 *   times 1.4 - 0.6 gap (gap = 1 - my utility of the opponent's first bid), kept in [0.5, 1];
 * - opponent concession = best offer so far - minimum of its first bids (t <= 0.01), concede
 *   factor = min(1, concession / (myNash - that minimum)); target = 1 - factor (1 - myNash);
 * - near the deadline add a bonus: target -= bonus * max(0, target - myNash), bonus = max(0.1,
 *   min(1, 20 (t - t0))), t0 = 0.91 (0.85 above 3,000 outcomes) (Genius' discount bonus with an
 *   undiscounted domain is 0.1);
 * - bid: the best bid for the opponent model with utility in [0.98 target, target + 0.05]
 *   (widened up to Pmax if empty), or the opponent's best offer so far if that is at least as good;
 * - accept: AC_next, and from t >= 0.98 when fewer than 10 (40 above 10,000 outcomes) offers can
 *   still come and the offer beats the expected best of waiting (average of the better offers seen
 *   in the last window of the remaining time).
 *
 * Differences from Genius: the opponent model is the frequency model (Genius: Bayesian scalable
 * model), the Nash estimate is refreshed every 10th bid (the model learns from every bid
 * until t = 0.99, or 0.5 above 10,000 outcomes, as Genius), the bid is the model's best in
 * the band (Genius draws among its top 3 to 20), and our utility is normalised by Pmin/Pmax.
 * Multilateral: the model is fed with every other party's bids. Browser-safe.
 */
import type { Rng } from '../../core/index.ts';
import type { AcceptanceCondition, AcceptanceInput } from '../acceptance/conditions.ts';
import { Agent, type AgentOptions, type Received } from '../agent.ts';
import { FrequencyModel, sumTables } from '../opponent/frequency.ts';
import type { Found } from '../space/search.ts';
import type { TurnState } from '../types.ts';
import type { PartyView } from '../view.ts';
import { AC_PARAM, ac, type Strategy } from './strategy.ts';

const NASH_LEVELS = 24;

export class NiceTitForTatAgent extends Agent {
  private readonly models = new Map<number, FrequencyModel>();
  private myNash = 0.7;
  private nashAt = -1;
  private readonly size: number;

  constructor(strategy: string, view: PartyView, rng: Rng, opts: AgentOptions = {}) {
    super(strategy, view, rng, opts);
    this.size = view.issues.reduce((p, i) => p * i.options.length, 1);
    if (!opts.acceptance) this.acceptance = this.niceAcceptance();
  }

  private norm(u: number): number {
    const span = this.pmax - this.pmin;
    return span > 0 ? (u - this.pmin) / span : 1;
  }

  private denorm(x: number): number {
    return this.pmin + x * (this.pmax - this.pmin);
  }

  /** Genius: learn until t = 0.99, and in big domains (> 10,000 outcomes) only until t = 0.5. */
  private canUpdate(t: number): boolean {
    return t <= 0.99 && (this.size <= 10000 || t <= 0.5);
  }

  protected override onOffer(r: Received): void {
    if (!this.canUpdate(r.time) && this.models.size > 0) return;
    let m = this.models.get(r.by);
    if (!m) this.models.set(r.by, (m = new FrequencyModel(this.view.issues.map((i) => i.options.length))));
    m.update(r.outcome);
  }

  private modelTable(): number[][] {
    const sizes = this.view.issues.map((i) => i.options.length);
    return sumTables(
      [...this.models.values()].map((m) => m.table()),
      sizes,
    );
  }

  private updateNash(table: number[][]): void {
    let best = -Infinity;
    let nash = 0.7;
    for (let l = 0; l <= NASH_LEVELS; l++) {
      const x = l / NASH_LEVELS;
      const f = this.search.bestInRange(this.denorm(x), this.pmax, table);
      if (!f) continue;
      const opp = f.outcome.reduce((s, k, j) => s + table[j][k], 0);
      const prod = this.norm(f.utility) * opp;
      if (prod > best) {
        best = prod;
        nash = this.norm(f.utility);
      }
    }
    const first = this.received.length ? this.norm(this.received[0].utility) : 0;
    const mult = Math.max(0, 1.4 - 0.6 * (1 - first));
    this.myNash = Math.min(1, Math.max(0.5, nash * mult));
  }

  protected override bid(state: TurnState): Found {
    const r = this.received;
    if (r.length === 0) return this.bestBid();
    const table = this.modelTable();
    if (this.nashAt < 0 || (this.sent.length % 10 === 0 && this.canUpdate(state.time) && this.nashAt !== r.length)) {
      this.updateNash(table);
      this.nashAt = r.length;
    }
    let bestReceived = r[0];
    for (const x of r) if (x.utility > bestReceived.utility) bestReceived = x;
    const firstBids = r.filter((x) => x.time <= 0.01);
    const minFirst = this.norm(firstBids.length ? Math.min(...firstBids.map((x) => x.utility)) : r[0].utility);
    const concession = this.norm(bestReceived.utility) - minFirst;
    const gapNash = this.myNash - minFirst;
    const factor = gapNash > 0 ? Math.min(1, Math.max(0, concession / gapNash)) : 1;
    let target = 1 - factor * (1 - this.myNash);
    const t0 = this.size > 3000 ? 0.85 : 0.91;
    const bonus = Math.max(0.1, Math.min(1, 20 * (state.time - t0)));
    target -= bonus * Math.max(0, target - this.myNash);
    target = Math.min(1, Math.max(0, target));
    const lo = this.denorm(0.98 * target);
    let planned =
      this.search.bestInRange(lo, this.denorm(target + 0.05), table) ??
      this.search.bestInRange(lo, this.pmax, table) ??
      this.bestBid();
    if (bestReceived.utility >= planned.utility)
      planned = { outcome: bestReceived.outcome.slice(), utility: bestReceived.utility };
    return planned;
  }

  private niceAcceptance(): AcceptanceCondition {
    const enough = this.size > 10000 ? 40 : 10;
    return {
      spec: 'nice-tft',
      accept: (i: AcceptanceInput) => {
        if (i.offer >= i.next) return true;
        if (i.time < 0.98) return false;
        const left = 1 - i.time;
        const recent = i.received.filter((x) => x.time >= i.time - left);
        if (recent.length > enough) return false;
        const better = recent.filter((x) => x.utility > i.offer);
        const expected = better.length ? better.reduce((s, x) => s + x.utility, 0) / better.length : 0;
        return i.offer > expected;
      },
    };
  }
}

export const niceTft: Strategy = {
  id: 'nice-tft',
  name: 'Nice Tit-for-Tat',
  description:
    "Reciprocates the opponent's concessions relative to the estimated Nash point, offering the bid best for a frequency opponent model at its target; never retaliates.",
  citation:
    'Baarslag, Hindriks & Jonker (2013) A tit for tat negotiation strategy for real-time bilateral negotiations; Genius 10.4 NiceTitForTat (ANAC 2011)',
  params: { ac: { ...AC_PARAM, default: 'nice-tft (AC_next, then expected-utility rule from t = 0.98)' } },
  create: (view, params, rng, spec) => new NiceTitForTatAgent(spec, view, rng, { acceptance: ac(params) }),
};
