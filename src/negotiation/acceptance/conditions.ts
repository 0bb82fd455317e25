/**
 * Acceptance conditions: when to accept the offer on the table. Baarslag, Hindriks and Jonker,
 * "Acceptance conditions in automated negotiation" (Complex Automated Negotiations, Studies in
 * Computational Intelligence 383, Springer 2013; ACAN 2011 workshop) and "Effective acceptance
 * conditions in real-time automated negotiation" (Decision Support Systems 60, 2014):
 *
 * - AC_next(a, b): a * u(offer) + b >= u(my next bid)            (Genius' time-dependent agents use a=1, b=0)
 * - AC_prev(a, b): a * u(offer) + b >= u(my previous bid)
 * - AC_const(c):   u(offer) >= c
 * - AC_time(T):    t >= T
 * - AC_combi(T, MAX^W): AC_next, or t >= T and u(offer) >= the best utility offered to me in the
 *   previous window W = 1 - t (the remaining time mirrored back); AC_combi(T, AVG^W) with the average.
 * - AC_lowest: u(offer) > the lowest utility I have offered so far (HardHeaded, ANAC 2011).
 * - and(...), or(...), not(...) compose conditions.
 *
 * Whatever the condition says, a negotiator never accepts below its no-deal utility (agent.ts).
 * Browser-safe.
 */

export interface AcceptanceInput {
  /** My utility of the offer on the table. */
  offer: number;
  /** My utility of the bid I would make next. */
  next: number;
  /** My utility of my previous bid, null before my first bid. */
  previous: number | null;
  /** Lowest utility among my bids so far, null before my first bid. */
  lowestSent: number | null;
  /** Relative time now. */
  time: number;
  /** Offers received so far (my utility, relative time), oldest first, including the one on the table. */
  received: readonly { utility: number; time: number }[];
}

export interface AcceptanceCondition {
  /** Canonical spec, parseable by `parseAcceptance`. */
  readonly spec: string;
  accept(input: AcceptanceInput): boolean;
}

const fmt = (x: number) => String(x);

export function acNext(alpha = 1, beta = 0): AcceptanceCondition {
  return {
    spec: alpha === 1 && beta === 0 ? 'next' : `next(${fmt(alpha)},${fmt(beta)})`,
    accept: (i) => alpha * i.offer + beta >= i.next,
  };
}

export function acPrev(alpha = 1, beta = 0): AcceptanceCondition {
  return {
    spec: alpha === 1 && beta === 0 ? 'prev' : `prev(${fmt(alpha)},${fmt(beta)})`,
    accept: (i) => i.previous !== null && alpha * i.offer + beta >= i.previous,
  };
}

export function acConst(c: number): AcceptanceCondition {
  return { spec: `const(${fmt(c)})`, accept: (i) => i.offer >= c };
}

export function acTime(T: number): AcceptanceCondition {
  return { spec: `time(${fmt(T)})`, accept: (i) => i.time >= T };
}

export function acLowest(): AcceptanceCondition {
  return { spec: 'lowest', accept: (i) => i.lowestSent !== null && i.offer > i.lowestSent };
}

/** Utilities offered to me in the window [t - (1 - t), t]. */
function windowUtilities(i: AcceptanceInput): number[] {
  const from = i.time - (1 - i.time);
  return i.received.filter((r) => r.time >= from).map((r) => r.utility);
}

export function acCombi(T: number, kind: 'max' | 'avg' = 'max'): AcceptanceCondition {
  return {
    spec: kind === 'max' ? `combi(${fmt(T)})` : `combi_avg(${fmt(T)})`,
    accept: (i) => {
      if (i.offer >= i.next) return true;
      if (i.time < T) return false;
      const w = windowUtilities(i);
      if (w.length === 0) return true;
      const ref = kind === 'max' ? Math.max(...w) : w.reduce((a, b) => a + b, 0) / w.length;
      return i.offer >= ref;
    },
  };
}

export function acAnd(...cs: AcceptanceCondition[]): AcceptanceCondition {
  return { spec: `and(${cs.map((c) => c.spec).join(',')})`, accept: (i) => cs.every((c) => c.accept(i)) };
}

export function acOr(...cs: AcceptanceCondition[]): AcceptanceCondition {
  return { spec: `or(${cs.map((c) => c.spec).join(',')})`, accept: (i) => cs.some((c) => c.accept(i)) };
}

export function acNot(c: AcceptanceCondition): AcceptanceCondition {
  return { spec: `not(${c.spec})`, accept: (i) => !c.accept(i) };
}
