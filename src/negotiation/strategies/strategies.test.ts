import { describe, expect, it } from 'vitest';
import { isCgError, createRng } from '../../core/index.ts';
import { enumerateOutcomes, utilityOf, violates, type Domain, type Outcome } from '../../model/index.ts';
import { FrequencyModel } from '../opponent/frequency.ts';
import { randomDomain } from '../random-domain.ts';
import { replay, ScriptedNegotiator } from '../scripted.ts';
import { runSession } from '../session.ts';
import type { Action, Negotiator } from '../types.ts';
import { viewOf } from '../view.ts';
import { createNegotiator, parseAgentList, parseAgentSpec, STRATEGIES } from './registry.ts';

/** Brute force over party p's own-feasible outcomes. */
function own(d: Domain, p: number) {
  const u = d.utilities[p];
  const all: { o: Outcome; u: number }[] = [];
  for (const o of enumerateOutcomes(d))
    if (!u.redLines.some((l) => violates(l, o))) all.push({ o, u: utilityOf(u, o) });
  const us = all.map((x) => x.u);
  const max = Math.max(...us);
  const min = Math.min(...us);
  const nearest = (t: number) => {
    let best = all[0];
    for (const x of all) {
      const dx = Math.abs(x.u - t);
      const db = Math.abs(best.u - t);
      if (dx < db - 1e-12 || (Math.abs(dx - db) <= 1e-12 && x.u > best.u)) best = x;
    }
    return best.u;
  };
  return { all, max, min, nearest };
}

/** Run party 0 = `spec` against a scripted party 1 that keeps offering `offers` (last repeated). */
function against(d: Domain, spec: string, offers: Outcome[], rounds: number, seed = 1) {
  let agent: Negotiator | null = null;
  const script = replay(
    'script',
    offers.map((o): Action => ({ type: 'offer', outcome: o })),
  );
  const r = runSession(d, {
    agents: [],
    negotiators: (view, rng, p) => (p === 0 ? (agent = createNegotiator(spec, view, rng)) : script),
    deadline: { rounds },
    seed,
  });
  const mine = r.offers.filter((o) => o.party === 0 && o.kind === 'offer');
  return { r, agent: agent!, bids: mine.map((o) => ({ u: o.utilities![0], t: o.time, o: o.outcome! })) };
}

const d = randomDomain(31, { issues: 4, options: 4 });
const big = randomDomain(32, { issues: 6, options: 5 });

describe('time-dependent strategies (Genius TimeDependentAgent)', () => {
  for (const [spec, e] of [
    ['boulware', 0.2],
    ['linear', 1],
    ['conceder', 2],
    ['time-dependent:e=0.5:k=0.1', 0.5],
  ] as const) {
    it(`${spec}: every bid is the outcome nearest p(t) = Pmin + (Pmax - Pmin)(1 - f(t)), f(t) = k + (1 - k) t^(1/e)`, () => {
      const b = own(d, 0);
      const worst1 = own(d, 1); // the script offers party 1's best outcome: party 0 never wants it
      const best1 = worst1.all.find((x) => x.u === worst1.max)!.o;
      const k = spec.includes('k=') ? 0.1 : 0;
      const noDeal = viewOf(d, 0).noDeal;
      const pmin = Math.max(b.min, noDeal);
      const { bids } = against(d, spec, [best1], 40);
      expect(bids.length).toBeGreaterThan(10);
      for (const bid of bids) {
        const target = pmin + (b.max - pmin) * (1 - (k + (1 - k) * Math.pow(bid.t, 1 / e)));
        let expected = b.nearest(target);
        if (expected < noDeal - 1e-9) expected = Math.min(...b.all.filter((x) => x.u >= noDeal - 1e-9).map((x) => x.u));
        expect(bid.u).toBeCloseTo(expected, 9);
      }
    });
  }

  it('Boulware concedes later than Conceder', () => {
    const b1 = own(big, 1);
    const best1 = b1.all.find((x) => x.u === b1.max)!.o;
    const boul = against(big, 'boulware', [best1], 100).bids;
    const conc = against(big, 'conceder', [best1], 100).bids;
    const lin = against(big, 'linear', [best1], 100).bids;
    expect(boul.length).toBe(conc.length);
    for (let i = 0; i < boul.length; i++) {
      expect(boul[i].u).toBeGreaterThanOrEqual(lin[i].u - 0.02);
      expect(lin[i].u).toBeGreaterThanOrEqual(conc[i].u - 0.02);
    }
    const b0 = own(big, 0);
    const mid = (b0.max + Math.max(b0.min, viewOf(big, 0).noDeal)) / 2;
    const firstBelow = (bids: { u: number }[]) => bids.findIndex((x) => x.u < mid);
    expect(firstBelow(conc)).toBeGreaterThan(0);
    expect(firstBelow(boul)).toBeGreaterThan(firstBelow(lin));
    expect(firstBelow(lin)).toBeGreaterThan(firstBelow(conc));
    // Boulware (e = 0.2) is still above the midpoint at 80% of the time; Conceder (e = 2) is not.
    expect(boul.filter((x) => x.t <= 0.8).every((x) => x.u >= mid)).toBe(true);
    expect(conc.filter((x) => x.t >= 0.4 && x.t <= 0.8).every((x) => x.u < mid)).toBe(true);
  });

  it('accepts by AC_next: as soon as the offer is worth at least its next bid', () => {
    const b = own(d, 0);
    const sorted = [...b.all].sort((x, y) => y.u - x.u);
    const good = sorted[Math.floor(sorted.length / 4)].o; // a fairly good offer for party 0
    const worst = sorted[sorted.length - 1].o;
    const { r, bids } = against(d, 'linear', [worst, worst, worst, worst, worst, good], 50);
    expect(r.end).toBe('agreement');
    expect(r.agreement).toEqual(good);
    // Its last bid before accepting was worth no more than the accepted offer's utility would beat.
    expect(utilityOf(d.utilities[0], good)).toBeGreaterThanOrEqual(bids[bids.length - 1].u - 0.5);
  });
});

describe('Hardliner', () => {
  it('bids its best outcome every turn and accepts only an offer as good', () => {
    const b = own(d, 0);
    const best = b.all.find((x) => x.u === b.max)!.o;
    const other = b.all.find((x) => x.u < b.max)!.o;
    const { r, bids } = against(d, 'hardliner', [other, other, other, best], 20);
    expect(bids.every((x) => Math.abs(x.u - b.max) < 1e-12)).toBe(true);
    expect(r.end).toBe('agreement');
    expect(r.agreement).toEqual(best);
    expect(r.steps).toBe(9); // party 1's 4th offer at step 7, accepted at step 8
  });
});

describe('Naive Tit-for-Tat', () => {
  it('mirrors the concessions it sees, in its own utility, after one minimal initial concession', () => {
    const b = own(big, 0);
    const sorted = [...b.all].sort((x, y) => x.u - y.u);
    // The opponent offers outcomes that get better for party 0: low, then +steps.
    const offers = [0.05, 0.1, 0.12, 0.2, 0.2, 0.26].map((q) => sorted[Math.floor(q * sorted.length)].o);
    const { bids, agent } = against(big, 'naive-tft', offers, 8);
    const received = offers.map((o) => utilityOf(big.utilities[0], o));
    const levels = [...new Set(sorted.map((x) => x.u))].sort((x, y) => y - x);
    let demand = b.max;
    expect(bids[0].u).toBeCloseTo(b.max, 12);
    for (let i = 1; i < bids.length; i++) {
      // Party 0 moves first: at its (i+1)-th bid it has seen i offers.
      if (i >= 2) {
        const dlt = received[Math.min(i - 1, received.length - 1)] - received[Math.min(i - 2, received.length - 1)];
        if (dlt > 0) demand -= dlt;
      }
      if (i === 1)
        demand = Math.min(
          demand,
          levels.find((u) => u <= demand - 1e-6)!,
        );
      expect(bids[i].u).toBeCloseTo(b.nearest(demand), 9);
    }
    expect(agent.strategy).toBe('naive-tft');
  });
});

describe('HardHeaded', () => {
  it('bids the best outcome for its frequency model among those in [p(t), p(t) + 0.01]', () => {
    const dd = randomDomain(33, { issues: 4, options: 5 });
    const b = own(dd, 0);
    const rng = createRng(5);
    // Random offers from the worst 30% for party 0, so it keeps bidding.
    const poor = [...b.all].sort((x, y) => x.u - y.u).slice(0, Math.floor(b.all.length * 0.3));
    const offers = Array.from({ length: 30 }, () => poor[rng.int(poor.length)].o);
    const { bids } = against(dd, 'hardheaded', offers, 30);
    const pmin = Math.max(b.min, viewOf(dd, 0).noDeal);
    const model = new FrequencyModel(dd.issues.map((i) => i.options.length));
    let checked = 0;
    for (let i = 1; i < bids.length; i++) {
      model.update(offers[i - 1]); // party 0 has seen i offers before its (i+1)-th bid
      const t = bids[i].t;
      const p = pmin + (1 - (0.05 + 0.95 * Math.pow(t, 1 / 0.05))) * (b.max - pmin);
      const table = model.table();
      const obj = (o: Outcome) => o.reduce((s, k, j) => s + table[j][k], 0);
      const band = b.all.filter((x) => x.u >= p - 1e-9 && x.u <= p + 0.01 + 1e-9);
      const bestReceived = Math.max(...offers.slice(0, i).map((o) => utilityOf(dd.utilities[0], o)));
      let expectedU: number;
      if (band.length) {
        const bestObj = Math.max(...band.map((x) => obj(x.o)));
        expect(bestReceived >= bids[i].u || Math.abs(obj(bids[i].o) - bestObj) < 1e-9).toBe(true);
        expectedU = Math.max(...band.filter((x) => obj(x.o) >= bestObj - 1e-12).map((x) => x.u));
      } else expectedU = Math.min(...b.all.filter((x) => x.u >= p - 1e-9).map((x) => x.u));
      expect(bids[i].u).toBeCloseTo(Math.max(expectedU, bestReceived >= expectedU ? bestReceived : -Infinity), 9);
      checked++;
    }
    expect(checked).toBeGreaterThan(20);
  });
});

describe('Nice Tit-for-Tat', () => {
  it('reciprocates: it concedes more to a conceding opponent than to a Hardliner', () => {
    const b1 = own(big, 1);
    const sorted1 = [...b1.all].sort((x, y) => y.u - x.u);
    const hard = [sorted1[0].o];
    const conceding = Array.from({ length: 60 }, (_, i) => sorted1[Math.floor((i / 60) * 0.6 * sorted1.length)].o);
    const vsHard = against(big, 'nice-tft', hard, 60).bids;
    const vsSoft = against(big, 'nice-tft', conceding, 60).bids;
    const mean = (xs: { u: number }[]) => xs.reduce((s, x) => s + x.u, 0) / xs.length;
    const early = (xs: { u: number; t: number }[]) => xs.filter((x) => x.t < 0.8);
    expect(mean(early(vsHard))).toBeGreaterThan(mean(early(vsSoft)) + 0.02);
    // Against a Hardliner it holds near its best bid until the deadline bonus starts.
    const b0 = own(big, 0);
    expect(Math.min(...early(vsHard).map((x) => x.u))).toBeGreaterThan(b0.max - 0.2 * (b0.max - b0.min));
  });
});

describe('Random', () => {
  it('bids seeded random outcomes it could accept itself', () => {
    const b1 = own(d, 1);
    const best1 = b1.all.find((x) => x.u === b1.max)!.o;
    const a = against(d, 'random', [best1], 30, 7).bids.map((x) => x.o);
    const again = against(d, 'random', [best1], 30, 7).bids.map((x) => x.o);
    const other = against(d, 'random', [best1], 30, 8).bids.map((x) => x.o);
    expect(a).toEqual(again);
    expect(a).not.toEqual(other);
    const nd = viewOf(d, 0).noDeal;
    expect(a.every((o) => utilityOf(d.utilities[0], o) >= nd - 1e-9)).toBe(true);
    expect(new Set(a.map((o) => o.join())).size).toBeGreaterThan(5);
  });
});

describe('agent specs', () => {
  it('parse names, parameters and acceptance conditions', () => {
    const a = parseAgentSpec('time-dependent:e=0.5:k=0.1:ac=or(next,time(0.99))');
    expect(a.strategy.id).toBe('time-dependent');
    expect(a.params.e).toBe(0.5);
    expect(a.params.k).toBe(0.1);
    expect(parseAgentList('boulware, conceder:ac=combi(0.98),hardliner').map((x) => x.spec)).toEqual([
      'boulware',
      'conceder:ac=combi(0.98)',
      'hardliner',
    ]);
    expect(() => parseAgentSpec('bulware')).toThrow(/unknown strategy "bulware"/);
    expect(() => parseAgentSpec('boulware:x=1')).toThrow(/no parameter "x"/);
    expect(() => parseAgentSpec('boulware:e=-1')).toThrow(/e must be a number >= 0/);
    expect(() => parseAgentSpec('boulware:ac=nope')).toThrow(/unknown acceptance/);
  });

  it('say which agent a bad acceptance condition belongs to, and refuse a parameter given twice (the later one silently won)', () => {
    const problems = (list: string) => {
      try {
        parseAgentList(list);
      } catch (e) {
        if (isCgError(e)) return e.problems;
        throw e;
      }
      throw new Error('expected a CgError');
    };
    expect(problems('linear,conceder:ac=sometimes')[0]).toMatchObject({
      code: 'bad_acceptance',
      path: ['agents', 1, 'ac'],
    });
    expect(problems('boulware:e=0.2:e=3,linear')[0]).toMatchObject({
      code: 'bad_parameter',
      path: ['agents', 0, 'e'],
      message: 'boulware: e is given twice',
    });
  });

  it('every registered strategy has a description and a citation, and plays a session', () => {
    for (const s of STRATEGIES) {
      expect(s.description.length).toBeGreaterThan(20);
      expect(s.citation.length).toBeGreaterThan(10);
      const r = runSession(d, { agents: [s.id, 'linear'], deadline: { rounds: 30 }, seed: 2 });
      expect(['agreement', 'deadline', 'walkaway']).toContain(r.end);
      expect(r.agents[0]).toBe(s.id);
    }
  });

  it('a custom acceptance condition changes when an agent accepts', () => {
    const b1 = own(d, 1);
    const sorted = [...own(d, 0).all].sort((x, y) => y.u - x.u);
    const mediocre = sorted[Math.floor(sorted.length * 0.6)].o;
    const strict = against(d, 'hardliner', [mediocre], 20).r;
    const lenient = against(d, `hardliner:ac=const(${utilityOf(d.utilities[0], mediocre) - 1e-9})`, [mediocre], 20).r;
    expect(strict.end).toBe('deadline');
    expect(lenient.end).toBe('agreement');
    expect(b1.all.length).toBeGreaterThan(0);
  });
});

describe('scripted negotiators see what the protocol shows', () => {
  it('a strategy observes only other parties moves', () => {
    const s = new ScriptedNegotiator('x', { act: () => ({ type: 'offer', outcome: [0, 0, 0, 0] }) });
    runSession(d, {
      agents: [],
      negotiators: (v, rng, p) => (p === 0 ? createNegotiator('linear', v, rng) : s),
      deadline: { rounds: 3 },
    });
    expect(s.seen.every((e) => e.party === 0)).toBe(true);
  });
});
