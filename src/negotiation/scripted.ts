/**
 * A scripted negotiator: replays given moves (a delegation's recorded moves, or a test script)
 * and remembers everything the mechanism showed it. Browser-safe.
 */
import type { Outcome } from '../model/index.ts';
import type { Action, MediatorProposal, Negotiator, PublicEvent, TurnState, Vote } from './types.ts';

export interface Script {
  /** Move at this party's i-th turn (0-based). */
  act?: (state: TurnState, i: number) => Action;
  /** Vote on the i-th mediator proposal. */
  vote?: (proposal: MediatorProposal, i: number) => Vote;
  ratify?: (text: Outcome) => boolean;
}

export class ScriptedNegotiator implements Negotiator {
  readonly turns: TurnState[] = [];
  readonly seen: PublicEvent[] = [];
  readonly proposals: MediatorProposal[] = [];

  constructor(
    readonly strategy: string,
    private readonly script: Script,
  ) {}

  act(state: TurnState): Action {
    this.turns.push(state);
    if (!this.script.act) throw new Error(`${this.strategy} has no offer script`);
    return this.script.act(state, this.turns.length - 1);
  }

  observe(e: PublicEvent): void {
    this.seen.push(e);
  }

  vote(p: MediatorProposal): Vote {
    this.proposals.push(p);
    return this.script.vote ? this.script.vote(p, this.proposals.length - 1) : 'accept';
  }

  ratify(text: Outcome): boolean {
    return this.script.ratify ? this.script.ratify(text) : true;
  }
}

/** Replay a fixed list of moves (then keep repeating the last one). */
export function replay(strategy: string, moves: Action[]): ScriptedNegotiator {
  return new ScriptedNegotiator(strategy, { act: (_s, i) => moves[Math.min(i, moves.length - 1)] });
}
