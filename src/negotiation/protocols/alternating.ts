/**
 * Alternating offers (Rubinstein 1982; the Genius/ANAC bilateral protocol) and stacked
 * alternating offers for n >= 2 parties (Aydoğan, Festen, Hindriks and Jonker, "Alternating offers
 * protocols for multilateral negotiation", Modern Approaches to Agent-based Complex Automated
 * Negotiation, Springer 2017; the ANAC 2015-2017 multilateral protocol).
 *
 * Parties act in a fixed cyclic order, party 0 first. On its turn a party either makes an offer
 * (replacing the one on the table), accepts the offer on the table, or walks away. An offer
 * passes when every other party accepts it in consecutive turns (with two parties: when the
 * opponent accepts). The first mover cannot accept (nothing is on the table). Walking away ends
 * the session for everyone without agreement (ANAC 2015 rules). The deadline ends it likewise.
 * With two parties the two protocols are the same.
 *
 * Protocol violations (an offer that is not an outcome of the domain, accepting nothing) are
 * programming errors in a strategy and throw. Browser-safe.
 */
import { utilities, type Domain, type Outcome } from '../../model/index.ts';
import type { Action, Deadline, Negotiator, OfferRecord, ProtocolResult, PublicEvent } from '../types.ts';
import { Clock } from './clock.ts';

export interface OfferProtocolOptions {
  deadline: Deadline;
  /** Keep every offer with all parties' utilities (default true). */
  record?: boolean;
  /** Called with each recorded action as soon as it is made (watchers of a running session). */
  onRecord?: (rec: OfferRecord) => void;
}

export function checkOffer(domain: Domain, o: unknown, party: number): asserts o is Outcome {
  const ok =
    Array.isArray(o) &&
    o.length === domain.issues.length &&
    o.every((k, j) => Number.isInteger(k) && k >= 0 && k < domain.issues[j].options.length);
  if (!ok)
    throw new Error(
      `protocol violation: party ${party} offered ${JSON.stringify(o)}, not an outcome of domain ${domain.id}`,
    );
}

export function runAlternatingOffers(
  domain: Domain,
  negotiators: readonly Negotiator[],
  opts: OfferProtocolOptions,
): ProtocolResult {
  const n = negotiators.length;
  if (n < 2) throw new Error('alternating offers needs at least two parties');
  const clock = new Clock(opts.deadline, n);
  const record = opts.record ?? true;
  const offers: OfferRecord[] = [];
  let current: { outcome: Outcome; by: number } | null = null;
  let accepts = 0;
  let lastTime = 0;
  while (!clock.expired) {
    const step = clock.step;
    const party = step % n;
    const round = Math.floor(step / n);
    const time = clock.time;
    lastTime = time;
    const action: Action = negotiators[party].act({
      round,
      step,
      time,
      current: current ? { outcome: current.outcome.slice(), by: current.by } : null,
    });
    if (action.type === 'offer') checkOffer(domain, action.outcome, party);
    else if (action.type === 'accept' && !current)
      throw new Error(`protocol violation: party ${party} accepted with no offer on the table`);
    if (record) {
      const rec: OfferRecord = { step, round, time, party, kind: action.type };
      if (action.type === 'offer') {
        rec.outcome = action.outcome.slice();
        rec.utilities = utilities(domain, action.outcome);
      }
      offers.push(rec);
      opts.onRecord?.(rec);
    }
    const event: PublicEvent = {
      party,
      round,
      step,
      time,
      action: action.type === 'offer' ? { type: 'offer', outcome: action.outcome.slice() } : action,
    };
    clock.advance(party);
    if (action.type === 'walk') {
      broadcast(negotiators, party, event);
      return { agreement: null, end: 'walkaway', walkedAway: party, rounds: round + 1, steps: step + 1, time, offers };
    }
    if (action.type === 'accept') {
      accepts++;
      if (accepts === n - 1) {
        broadcast(negotiators, party, event);
        return {
          agreement: current!.outcome.slice(),
          end: 'agreement',
          rounds: round + 1,
          steps: step + 1,
          time,
          offers,
        };
      }
    } else {
      current = { outcome: action.outcome.slice(), by: party };
      accepts = 0;
    }
    broadcast(negotiators, party, event);
  }
  return {
    agreement: null,
    end: 'deadline',
    rounds: Math.ceil(clock.step / n),
    steps: clock.step,
    time: lastTime,
    offers,
  };
}

function broadcast(negotiators: readonly Negotiator[], from: number, e: PublicEvent): void {
  negotiators.forEach((neg, i) => {
    if (i !== from) neg.observe(e);
  });
}
