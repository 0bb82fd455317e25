/**
 * Mediated single negotiating text (Raiffa, The Art and Science of Negotiation, 1982, on Fisher's
 * single negotiating text at Camp David; Klein, Faratin, Sayama and Bar-Yam, "Negotiating complex
 * contracts", Group Decision and Negotiation 12, 2003). A mediator (Canada or a neutral
 * facilitator) holds one draft agreement and proposes changes; each party accepts or vetoes each
 * change by its own utility; a change is adopted only if every party accepts it.
 *
 * Mediator rule (Klein et al.'s random mutation, seeded): the first text is the status quo when
 * every issue has one, otherwise a seeded random outcome; each step changes m issues, m drawn
 * uniformly from 1..maxIssues (default 2), the issues drawn uniformly without repetition among
 * those with at least two options, each moved to a uniformly chosen different option. The
 * mediator sees no preferences. With maxIssues = 1 it can never propose a trade across issues
 * (give on one, take on another), so parties that only accept changes good for them end where
 * issue-by-issue bargaining ends; two-issue changes let it find such trades. At the deadline the parties ratify the final text: agreement if
 * every party signs (each signs when the text is worth at least its no-deal utility and breaks
 * none of its red lines), otherwise no agreement (`rejected`). Any party may walk away when asked
 * to vote. Parties see only proposals addressed to them, not the others' votes. Browser-safe.
 */
import { CgError, createRng, problem } from '../../core/index.ts';
import { statusQuoOutcome, utilities, type Domain, type Outcome } from '../../model/index.ts';
import type { Deadline, Negotiator, OfferRecord, ProtocolResult, Vote } from '../types.ts';
import { Clock } from './clock.ts';

export interface MediatedOptions {
  deadline: Deadline;
  /** Seed of the mediator's proposals. */
  seed: number;
  record?: boolean;
  /** Called with each recorded proposal as soon as it is voted on (watchers of a running session). */
  onRecord?: (rec: OfferRecord) => void;
  /** First text (default: the status quo, else seeded random). */
  initial?: Outcome;
  /** Most issues one proposal changes (default 2). */
  maxIssues?: number;
}

export const DEFAULT_MEDIATOR_ISSUES = 2;

export function runMediated(domain: Domain, negotiators: readonly Negotiator[], opts: MediatedOptions): ProtocolResult {
  const rng = createRng(opts.seed);
  const clock = new Clock(opts.deadline, 1);
  const record = opts.record ?? true;
  const offers: OfferRecord[] = [];
  const sizes = domain.issues.map((i) => i.options.length);
  const movable = sizes.map((k, j) => (k > 1 ? j : -1)).filter((j) => j >= 0);
  let text: Outcome = opts.initial?.slice() ?? statusQuoOutcome(domain) ?? sizes.map((k) => rng.int(k));
  let lastTime = 0;
  const maxIssues = opts.maxIssues ?? DEFAULT_MEDIATOR_ISSUES;
  if (!Number.isInteger(maxIssues) || maxIssues < 1) {
    throw new CgError(problem('bad_mediator', { value: String(maxIssues) }, { path: ['mediatorIssues'] }));
  }
  while (!clock.expired && movable.length > 0) {
    const step = clock.step;
    const time = clock.time;
    lastTime = time;
    const m = 1 + rng.int(Math.min(maxIssues, movable.length));
    const pool = movable.slice();
    const proposed = text.slice();
    const changed: number[] = [];
    for (let c = 0; c < m; c++) {
      const issue = pool.splice(rng.int(pool.length), 1)[0];
      let option = rng.int(sizes[issue] - 1);
      if (option >= text[issue]) option++;
      proposed[issue] = option;
      changed.push(issue);
    }
    changed.sort((a, b) => a - b);
    const issue = changed[0];
    const votes: Vote[] = negotiators.map((neg) =>
      neg.vote({
        round: step,
        time,
        current: text.slice(),
        proposed: proposed.slice(),
        issue,
        issues: changed.slice(),
      }),
    );
    const walker = votes.indexOf('walk');
    const adopted = walker < 0 && votes.every((v) => v === 'accept');
    if (record) {
      offers.push({
        step,
        round: step,
        time,
        party: -1,
        kind: 'proposal',
        outcome: proposed,
        issues: changed,
        utilities: utilities(domain, proposed),
        votes,
        adopted,
      });
      opts.onRecord?.(offers[offers.length - 1]);
    }
    clock.advance(0);
    if (walker >= 0)
      return { agreement: null, end: 'walkaway', walkedAway: walker, rounds: step + 1, steps: step + 1, time, offers };
    if (adopted) text = proposed;
  }
  const signed = negotiators.every((neg) => neg.ratify(text.slice(), 1));
  const rounds = clock.step;
  return signed
    ? { agreement: text, end: 'agreement', rounds, steps: rounds, time: lastTime, offers }
    : { agreement: null, end: 'rejected', rounds, steps: rounds, time: lastTime, offers };
}
