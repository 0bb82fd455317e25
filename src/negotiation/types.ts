/**
 * The vocabulary shared by protocols (mechanisms), negotiators and sessions. Kept apart the NegMAS
 * way: outcomes (model/domain.ts), preferences (a party's own `PartyView`), mechanisms
 * (protocols/), negotiators (strategies/), and the session that wires them and records what
 * happened. Browser-safe.
 */
import type { Outcome } from '../model/index.ts';

export type Action = { type: 'offer'; outcome: Outcome } | { type: 'accept' } | { type: 'walk' };

/** What a negotiator is told when it is its turn in an offer protocol. */
export interface TurnState {
  /** 0-based round (every party acts once per round). */
  round: number;
  /** 0-based index of this action in the session. */
  step: number;
  /** Relative time in [0, 1): the share of the deadline already used. */
  time: number;
  /** The offer on the table and who made it, or null before the first offer. */
  current: { outcome: Outcome; by: number } | null;
}

/** An action by some party, as every other party sees it (offers and acceptances are public). */
export interface PublicEvent {
  party: number;
  round: number;
  step: number;
  time: number;
  action: Action;
}

/** A mediator's proposed change to the single negotiating text. */
export interface MediatorProposal {
  round: number;
  time: number;
  current: Outcome;
  proposed: Outcome;
  /** The first issue the change touches. */
  issue: number;
  /** Every issue the change touches (ascending). */
  issues: number[];
}

export type Vote = 'accept' | 'veto' | 'walk';

/** A negotiating agent as the mechanisms see it. It never sees any other party's preferences. */
export interface Negotiator {
  /** Strategy spec it was created from (e.g. `boulware`, `hardheaded:ac=next`). */
  readonly strategy: string;
  /** Offer protocols: accept the offer on the table, make an offer, or walk away. */
  act(state: TurnState): Action;
  /** Offer protocols: every other party's action, in order. */
  observe(event: PublicEvent): void;
  /** Mediated protocol: accept or veto one change to the text (or walk away). */
  vote(proposal: MediatorProposal): Vote;
  /** Mediated protocol: sign the final text? */
  ratify(text: Outcome, time: number): boolean;
}

/** Deadline in rounds, or in simulated time where every action costs a fixed (per-party) duration. */
export type Deadline = { rounds: number } | { time: number; actionCost?: number | number[] };

export type ProtocolName = 'alternating' | 'stacked' | 'mediated';

export interface OfferRecord {
  step: number;
  round: number;
  time: number;
  /** Acting party index; -1 for the mediator. */
  party: number;
  kind: 'offer' | 'accept' | 'walk' | 'proposal';
  /** The offer or the proposed text. */
  outcome?: Outcome;
  /** Every party's utility of `outcome` (recorded by the session, never shown to negotiators). */
  utilities?: number[];
  /** Mediated protocol: the issues the proposal changes, each party's vote, whether the change was adopted. */
  issues?: number[];
  votes?: Vote[];
  adopted?: boolean;
}

export type EndReason = 'agreement' | 'deadline' | 'walkaway' | 'rejected';

export interface ProtocolResult {
  agreement: Outcome | null;
  end: EndReason;
  walkedAway?: number;
  /** Rounds started (an agreement in the first round counts 1). */
  rounds: number;
  /** Actions taken (offers, acceptances, walk-aways; for the mediated protocol, proposals). */
  steps: number;
  /** Relative time at the end. */
  time: number;
  offers: OfferRecord[];
}
