/**
 * Mediated single negotiating text (Raiffa, The Art and Science of Negotiation, 1982, on Fisher's
 * single negotiating text at Camp David; Klein, Faratin, Sayama and Bar-Yam, "Negotiating complex
 * contracts", Group Decision and Negotiation 12, 2003). A mediator (Canada or a neutral
 * facilitator) holds one draft agreement and proposes changes; each party accepts or vetoes each
 * change by its own utility; a change is adopted only if every party accepts it.
 *
 * Mediator rule (Klein et al.'s random mutation, seeded): the first text is the status quo when
 * every issue has one, otherwise a seeded random outcome; each step changes one issue, chosen
 * uniformly among issues with at least two options, to a uniformly chosen different option. The
 * mediator sees no preferences. At the deadline the parties ratify the final text: agreement if
 * every party signs (each signs when the text is worth at least its no-deal utility and breaks
 * none of its red lines), otherwise no agreement (`rejected`). Any party may walk away when asked
 * to vote. Parties see only proposals addressed to them, not the others' votes. Browser-safe.
 */
import { createRng } from '../../core/random.ts';
import { statusQuoOutcome, utilities, type Domain, type Outcome } from '../../model/domain.ts';
import type { Deadline, Negotiator, OfferRecord, ProtocolResult, Vote } from '../types.ts';
import { Clock } from './clock.ts';

export interface MediatedOptions {
  deadline: Deadline;
  /** Seed of the mediator's proposals. */
  seed: number;
  record?: boolean;
  /** First text (default: the status quo, else seeded random). */
  initial?: Outcome;
}

export function runMediated(domain: Domain, negotiators: readonly Negotiator[], opts: MediatedOptions): ProtocolResult {
  const rng = createRng(opts.seed);
  const clock = new Clock(opts.deadline, 1);
  const record = opts.record ?? true;
  const offers: OfferRecord[] = [];
  const sizes = domain.issues.map((i) => i.options.length);
  const movable = sizes.map((k, j) => (k > 1 ? j : -1)).filter((j) => j >= 0);
  let text: Outcome = opts.initial?.slice() ?? statusQuoOutcome(domain) ?? sizes.map((k) => rng.int(k));
  let lastTime = 0;
  while (!clock.expired && movable.length > 0) {
    const step = clock.step;
    const time = clock.time;
    lastTime = time;
    const issue = movable[rng.int(movable.length)];
    let option = rng.int(sizes[issue] - 1);
    if (option >= text[issue]) option++;
    const proposed = text.slice();
    proposed[issue] = option;
    const votes: Vote[] = negotiators.map((neg) => neg.vote({ round: step, time, current: text.slice(), proposed: proposed.slice(), issue }));
    const walker = votes.indexOf('walk');
    const adopted = walker < 0 && votes.every((v) => v === 'accept');
    if (record) offers.push({ step, round: step, time, party: -1, kind: 'proposal', outcome: proposed, issue, utilities: utilities(domain, proposed), votes, adopted });
    clock.advance(0);
    if (walker >= 0) return { agreement: null, end: 'walkaway', walkedAway: walker, rounds: step + 1, steps: step + 1, time, offers };
    if (adopted) text = proposed;
  }
  const signed = negotiators.every((neg) => neg.ratify(text.slice(), 1));
  const rounds = clock.step;
  return signed
    ? { agreement: text, end: 'agreement', rounds, steps: rounds, time: lastTime, offers }
    : { agreement: null, end: 'rejected', rounds, steps: rounds, time: lastTime, offers };
}
