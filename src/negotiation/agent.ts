/**
 * The negotiator skeleton every strategy builds on, in the BOA decomposition (Baarslag, Hindriks,
 * Hendrikx, Dirkzwager and Jonker, "Decoupling negotiating agents to explore the space of
 * negotiation strategies", Novel Insights in Agent-based Complex Automated Negotiation, Springer
 * 2014): a Bidding strategy (`bid`), an Acceptance condition and, where a strategy wants one, an
 * Opponent model fed by `onOffer`.
 *
 * The skeleton also enforces what no strategy may break:
 * - it only ever sees its own `PartyView` (own utility, issue structure, no-deal value);
 * - it never accepts, proposes or ratifies an outcome worth less than its no-deal utility or one
 *   that breaks its own red lines (a bid below that is replaced by the least bid above it);
 * - walk-away rule: it walks away at once when continuing cannot beat its no-deal utility (no
 *   outcome is worth more than the status quo or reservation value) and some outcome would leave
 *   it worse off, e.g. in an issue-by-issue session on an issue where the status quo is already its
 *   best option. A party indifferent to every outcome stays and accepts whatever the others agree
 *   (Canada on a bilateral US-Mexico issue does not block it).
 *
 * Browser-safe.
 */
import type { Rng } from '../core/index.ts';
import { violates, type Outcome } from '../model/index.ts';
import { acNext, type AcceptanceCondition } from './acceptance/conditions.ts';
import { bidSearchFor, EPS, type BidSearch, type Found, type SearchOptions } from './space/search.ts';
import type { Action, MediatorProposal, Negotiator, PublicEvent, TurnState, Vote } from './types.ts';
import type { PartyView } from './view.ts';

export interface Received {
  outcome: Outcome;
  /** My utility of it. */
  utility: number;
  time: number;
  by: number;
}

export interface Sent {
  outcome: Outcome;
  utility: number;
  time: number;
}

export interface AgentOptions {
  acceptance?: AcceptanceCondition;
  search?: SearchOptions;
}

export abstract class Agent implements Negotiator {
  readonly received: Received[] = [];
  readonly sent: Sent[] = [];
  protected readonly search: BidSearch;
  protected acceptance: AcceptanceCondition;
  /** My best utility (Genius Pmax). */
  protected readonly pmax: number;
  /** max(my worst utility, my no-deal utility) (Genius Pmin uses the reservation value). */
  protected readonly pmin: number;
  /** True when no outcome beats my no-deal utility and some are worse: I walk away. */
  readonly hopeless: boolean;
  private best: Found | null;
  private lowestSent: number | null = null;

  constructor(
    readonly strategy: string,
    protected readonly view: PartyView,
    protected readonly rng: Rng,
    opts: AgentOptions = {},
  ) {
    this.search = bidSearchFor(
      view.utility,
      view.issues.map((i) => i.options.length),
      opts.search,
    );
    this.acceptance = opts.acceptance ?? acNext();
    this.best = this.search.max();
    this.pmax = this.best ? this.best.utility : -Infinity;
    this.pmin = this.best ? Math.max(this.search.min()!.utility, view.noDeal) : Infinity;
    this.hopeless =
      this.best === null || (this.pmax <= view.noDeal + EPS && this.search.min()!.utility < view.noDeal - EPS);
  }

  /** The bidding strategy: the bid to make at this turn. */
  protected abstract bid(state: TurnState): Found;

  /** Utility above which this agent accepts a worse change in the mediated protocol (default: never). */
  protected aspiration(_time: number): number {
    return Infinity;
  }

  /** Called for every offer another party makes (opponent models learn here). */
  protected onOffer(_r: Received): void {}

  utility(o: Outcome): number {
    return this.search.utilityOf(o);
  }

  /** Respects my own red lines. */
  allowed(o: Outcome): boolean {
    return !this.view.utility.redLines.some((l) => violates(l, o));
  }

  /** Could I sign this? (not below my no-deal utility, no own red line broken) */
  acceptable(o: Outcome): boolean {
    return this.allowed(o) && this.utility(o) >= this.view.noDeal - EPS;
  }

  protected bestBid(): Found {
    return this.best!;
  }

  /** The bid to make, never below the no-deal utility. */
  protected nextBid(state: TurnState): Found {
    const b = this.bid(state);
    if (b.utility >= this.view.noDeal - EPS) return b;
    return this.search.atLeast(this.view.noDeal) ?? this.best!;
  }

  act(state: TurnState): Action {
    if (this.hopeless) return { type: 'walk' };
    const next = this.nextBid(state);
    const cur = state.current;
    if (cur && cur.by !== this.view.index && this.acceptable(cur.outcome)) {
      const last = this.sent.length ? this.sent[this.sent.length - 1].utility : null;
      const ok = this.acceptance.accept({
        offer: this.utility(cur.outcome),
        next: next.utility,
        previous: last,
        lowestSent: this.lowestSent,
        time: state.time,
        received: this.received,
      });
      if (ok) return { type: 'accept' };
    }
    this.sent.push({ outcome: next.outcome, utility: next.utility, time: state.time });
    if (this.lowestSent === null || next.utility < this.lowestSent) this.lowestSent = next.utility;
    return { type: 'offer', outcome: next.outcome.slice() };
  }

  observe(e: PublicEvent): void {
    if (e.action.type !== 'offer' || e.party === this.view.index) return;
    const r: Received = {
      outcome: e.action.outcome.slice(),
      utility: this.utility(e.action.outcome),
      time: e.time,
      by: e.party,
    };
    this.received.push(r);
    this.onOffer(r);
  }

  vote(p: MediatorProposal): Vote {
    if (this.hopeless) return 'walk';
    if (!this.allowed(p.proposed)) return 'veto';
    const now = this.utility(p.current);
    const next = this.utility(p.proposed);
    if (next >= now - EPS) return 'accept';
    return next >= this.aspiration(p.time) - EPS ? 'accept' : 'veto';
  }

  ratify(text: Outcome): boolean {
    return this.acceptable(text);
  }
}
