import { describe, expect, it } from 'vitest';
import { utilities, type Domain } from '../../model/index.ts';
import { isCgError } from '../../core/index.ts';
import { randomDomain } from '../random-domain.ts';
import { replay, ScriptedNegotiator } from '../scripted.ts';
import { runSession } from '../session.ts';
import type { Action } from '../types.ts';
import { noDealUtilities } from '../view.ts';
import { runAlternatingOffers } from './alternating.ts';

const d2: Domain = randomDomain(11, { issues: 3, options: 3 });
const d3: Domain = randomDomain(12, { parties: 3, issues: 3, options: 3 });
const X = [0, 1, 2];
const Y = [2, 2, 0];
const offer = (o: number[]): Action => ({ type: 'offer', outcome: o });
const ACCEPT: Action = { type: 'accept' };
const WALK: Action = { type: 'walk' };

describe('alternating offers (bilateral)', () => {
  it('lets parties act in turn, shows each the other moves, and advances relative time by step / (rounds x parties)', () => {
    const a = replay('a', [offer(X)]);
    const b = replay('b', [offer(Y)]);
    const r = runAlternatingOffers(d2, [a, b], { deadline: { rounds: 3 } });
    expect(r.end).toBe('deadline');
    expect(r.steps).toBe(6);
    expect(r.rounds).toBe(3);
    expect(r.offers.map((o) => o.party)).toEqual([0, 1, 0, 1, 0, 1]);
    expect(a.turns.map((t) => t.step)).toEqual([0, 2, 4]);
    expect(b.turns.map((t) => t.time)).toEqual([1 / 6, 3 / 6, 5 / 6]);
    expect(a.turns.map((t) => t.round)).toEqual([0, 1, 2]);
    // The first mover sees nothing on the table; afterwards the opponent's last offer.
    expect(a.turns[0].current).toBeNull();
    expect(a.turns[1].current).toEqual({ outcome: Y, by: 1 });
    expect(b.turns[0].current).toEqual({ outcome: X, by: 0 });
    // Each party observes exactly the other's actions, in order.
    expect(a.seen.map((e) => e.step)).toEqual([1, 3, 5]);
    expect(b.seen.map((e) => e.step)).toEqual([0, 2, 4]);
    // Every offer is recorded with both parties' utilities.
    expect(r.offers[0].utilities).toEqual(utilities(d2, X));
    expect(r.offers[1].utilities).toEqual(utilities(d2, Y));
  });

  it('ends in agreement on the offer the opponent accepts', () => {
    const r = runAlternatingOffers(d2, [replay('a', [offer(X), offer(Y)]), replay('b', [offer(Y), ACCEPT])], {
      deadline: { rounds: 10 },
    });
    expect(r.end).toBe('agreement');
    expect(r.agreement).toEqual(Y);
    expect(r.steps).toBe(4);
    expect(r.rounds).toBe(2);
  });

  it('ends at the deadline without agreement, and the session pays each party its no-deal utility', () => {
    const s = runSession(d2, {
      agents: [],
      negotiators: (_v, _r, p) => replay(`p${p}`, [offer(p === 0 ? X : Y)]),
      deadline: { rounds: 4 },
    });
    expect(s.end).toBe('deadline');
    expect(s.agreement).toBeNull();
    expect(s.steps).toBe(8);
    expect(s.utilities).toEqual(noDealUtilities(d2));
  });

  it('ends when a party walks away', () => {
    const r = runAlternatingOffers(d2, [replay('a', [offer(X)]), replay('b', [offer(Y), WALK])], {
      deadline: { rounds: 10 },
    });
    expect(r.end).toBe('walkaway');
    expect(r.walkedAway).toBe(1);
    expect(r.steps).toBe(4);
    expect(r.agreement).toBeNull();
  });

  it('rejects protocol violations by a strategy', () => {
    expect(() =>
      runAlternatingOffers(d2, [replay('a', [ACCEPT]), replay('b', [offer(Y)])], { deadline: { rounds: 2 } }),
    ).toThrow(/accepted with no offer/);
    expect(() =>
      runAlternatingOffers(d2, [replay('a', [offer([0, 9, 0])]), replay('b', [offer(Y)])], { deadline: { rounds: 2 } }),
    ).toThrow(/not an outcome/);
    expect(() =>
      runAlternatingOffers(d2, [replay('a', [offer([0, 1])]), replay('b', [offer(Y)])], { deadline: { rounds: 2 } }),
    ).toThrow(/not an outcome/);
  });

  it('runs on a simulated clock where each party action costs its own time', () => {
    const a = replay('a', [offer(X)]);
    const b = replay('b', [offer(Y)]);
    const r = runAlternatingOffers(d2, [a, b], { deadline: { time: 10, actionCost: [1, 3] } });
    // Clock after each action: 1, 4, 5, 8, 9, 12 (>= 10: over).
    expect(r.steps).toBe(6);
    expect([...a.turns, ...b.turns].map((t) => t.time).sort()).toEqual([0, 0.1, 0.4, 0.5, 0.8, 0.9]);
  });

  it('refuses alternating offers with three parties and bad deadlines', () => {
    for (const f of [
      () => runSession(d3, { agents: ['linear', 'linear', 'linear'], protocol: 'alternating' }),
      () => runSession(d2, { agents: ['linear', 'linear'], deadline: { rounds: 0 } }),
      () => runSession(d2, { agents: ['linear', 'linear'], deadline: { time: 5, actionCost: [1] } }),
      () => runSession(d2, { agents: ['linear'] }),
    ]) {
      try {
        f();
        expect.unreachable();
      } catch (e) {
        expect(isCgError(e)).toBe(true);
      }
    }
  });
});

describe('stacked alternating offers (3 parties)', () => {
  it('passes an offer only when every other party accepts it in consecutive turns', () => {
    const r = runAlternatingOffers(d3, [replay('a', [offer(X)]), replay('b', [ACCEPT]), replay('c', [ACCEPT])], {
      deadline: { rounds: 5 },
    });
    expect(r.end).toBe('agreement');
    expect(r.agreement).toEqual(X);
    expect(r.steps).toBe(3);
  });

  it('restarts the count when someone counter-offers', () => {
    const a = replay('a', [offer(X), ACCEPT]);
    const b = replay('b', [ACCEPT, ACCEPT]);
    const c = replay('c', [offer(Y)]);
    const r = runAlternatingOffers(d3, [a, b, c], { deadline: { rounds: 5 } });
    // X by a, b accepts, c counters Y, a accepts, b accepts: Y passes at step 5.
    expect(r.agreement).toEqual(Y);
    expect(r.steps).toBe(5);
    expect(r.rounds).toBe(2);
    expect(a.turns[1].current).toEqual({ outcome: Y, by: 2 });
    expect(c.seen.map((e) => e.action.type)).toEqual(['offer', 'accept', 'accept', 'accept']);
  });

  it('ends for everyone when one party walks away', () => {
    const r = runAlternatingOffers(d3, [replay('a', [offer(X)]), replay('b', [ACCEPT]), replay('c', [WALK])], {
      deadline: { rounds: 5 },
    });
    expect(r.end).toBe('walkaway');
    expect(r.walkedAway).toBe(2);
  });

  it('an acceptance by the next party alone does not pass an offer among three', () => {
    const r = runAlternatingOffers(d3, [replay('a', [offer(X)]), replay('b', [ACCEPT]), replay('c', [offer(Y)])], {
      deadline: { rounds: 1 },
    });
    expect(r.end).toBe('deadline');
    expect(r.agreement).toBeNull();
  });

  it('uses scripted negotiators that see all public moves', () => {
    const seenBy = new ScriptedNegotiator('x', { act: () => offer(X) });
    runAlternatingOffers(d3, [seenBy, replay('b', [offer(Y)]), replay('c', [offer(X)])], { deadline: { rounds: 2 } });
    expect(seenBy.seen.map((e) => e.party)).toEqual([1, 2, 1, 2]);
  });
});
