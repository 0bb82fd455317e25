/**
 * What a player is: a strategy that, given its own view of the history so far, picks the next
 * action. Actions are numbers so matches can run on typed arrays: C (joint action, cooperate) = 0
 * and D (unilateral action, defect) = 1, the row/column order of Axelrod's game matrix.
 *
 * A player sees the history through its own eyes (`History`): its own actions as they were
 * executed (after noise, as in Axelrod), the opponent's actions as it perceived them (after
 * private misperception, which Axelrod lacks) and its own intended actions (before noise).
 *
 * Browser-safe: no Node imports.
 */
import type { Rng } from '../core/index.ts';

export const C = 0;
export const D = 1;
export type Action = 0 | 1;

/** One player's view of the match so far. Arrays are valid in [0, length). */
export interface History {
  /** Number of completed turns. */
  length: number;
  /** Own actions as executed (after noise). */
  own: Uint8Array;
  /** Opponent's actions as this player perceived them (after misperception). */
  opp: Uint8Array;
  /** Own intended actions (before noise); used by Contrite Tit For Tat. */
  intended: Uint8Array;
  /** Count of D in `own[0..length)`. */
  ownDefections: number;
  /** Count of D in `opp[0..length)`. */
  oppDefections: number;
}

/** Stage payoffs from one player's own perspective: u(own, opponent). */
export interface OwnPayoffs {
  /** Both act jointly (C, C). */
  R: number;
  /** Own joint action met by the other's unilateral action (C, D). */
  S: number;
  /** Own unilateral action against the other's joint action (D, C). */
  T: number;
  /** Both act unilaterally (D, D). */
  P: number;
}

/** What a player is told at the start of a match (Axelrod's match attributes, plus its stream). */
export interface MatchInfo {
  /** Match length if known; `Infinity` when the match ends probabilistically. */
  length: number;
  /** This player's stage payoffs from its own perspective. */
  game: OwnPayoffs;
  /** Implementation-noise probability of the match. */
  noise: number;
  /** This player's private random stream (only stochastic strategies draw from it). */
  rng: Rng;
}

/** A player in one match: state lives in the object `Strategy.create` returns. */
export interface Player {
  next(h: History): Action;
}

export interface Strategy {
  /** Axelrod class name (or a parameterised form, e.g. `Cycler(CCD)`). */
  id: string;
  /** Axelrod display name, `str(player)`. */
  name: string;
  /** Extra accepted names (abbreviations, literature names). */
  aliases?: readonly string[];
  /** One or two sentences on how it plays. */
  description: string;
  /** Where it comes from (paper and the Axelrod library module it mirrors). */
  citation: string;
  /** Draws random numbers (needs a seed; never cached as deterministic). */
  stochastic: boolean;
  /** Turns of history it looks at (`Infinity` for long memory), as Axelrod classifies it. */
  memoryDepth: number;
  /** A fresh player for one match. */
  create(info: MatchInfo): Player;
}

/** A fresh history with room for `capacity` turns. */
export function emptyHistory(capacity = 0): History {
  return {
    length: 0,
    own: new Uint8Array(capacity),
    opp: new Uint8Array(capacity),
    intended: new Uint8Array(capacity),
    ownDefections: 0,
    oppDefections: 0,
  };
}

/** Axelrod's `random_choice(p)`: C with probability p, with no draw when p is 0 or 1. */
export function randomChoice(rng: Rng, p: number): Action {
  if (p <= 0) return D;
  if (p >= 1) return C;
  return rng.next() < p ? C : D;
}

/** A player with no state, shared by every match. */
export function stateless(next: (h: History) => Action): (info: MatchInfo) => Player {
  const player: Player = { next };
  return () => player;
}

/** Opponent's last perceived action, or `fallback` on the first turn. */
export function lastOpp(h: History, fallback: Action = C): Action {
  return h.length === 0 ? fallback : (h.opp[h.length - 1] as Action);
}
