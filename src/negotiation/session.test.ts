import { describe, expect, it } from 'vitest';
import { isCgError } from '../core/index.ts';
import { isFeasible, utilities, type Domain } from '../model/index.ts';
import { randomDomain } from './random-domain.ts';
import { runSession } from './session.ts';
import { STRATEGIES } from './strategies/registry.ts';
import type { ProtocolName } from './types.ts';

const ids = STRATEGIES.map((s) => s.id);

describe('sessions', () => {
  it('same seed, same transcript (every strategy, every protocol)', () => {
    const d = randomDomain(81, { issues: 4, options: [2, 5] });
    const d3 = randomDomain(82, { parties: 3, issues: 4, options: [2, 4] });
    for (const protocol of ['alternating', 'stacked', 'mediated'] as ProtocolName[]) {
      for (let i = 0; i < ids.length; i++) {
        const agents = [ids[i], ids[(i + 3) % ids.length]];
        const a = runSession(d, { agents, protocol, deadline: { rounds: 40 }, seed: 5 });
        const b = runSession(d, { agents, protocol, deadline: { rounds: 40 }, seed: 5 });
        expect(b).toEqual(a);
        if (protocol !== 'alternating') {
          const agents3 = [...agents, ids[(i + 5) % ids.length]];
          expect(runSession(d3, { agents: agents3, protocol, deadline: { rounds: 30 }, seed: 6 })).toEqual(
            runSession(d3, { agents: agents3, protocol, deadline: { rounds: 30 }, seed: 6 }),
          );
        }
      }
    }
  });

  it('records every offer with all parties utilities and reports the agreement utilities', () => {
    const d = randomDomain(83, { issues: 5, options: 4 });
    const r = runSession(d, { agents: ['conceder', 'linear'], deadline: { rounds: 50 }, seed: 1 });
    expect(r.end).toBe('agreement');
    for (const o of r.offers.filter((x) => x.kind === 'offer')) expect(o.utilities).toEqual(utilities(d, o.outcome!));
    expect(r.agreementUtilities).toEqual(utilities(d, r.agreement!));
    expect(r.utilities).toEqual(r.agreementUtilities);
    expect(r.offers[r.offers.length - 1].kind).toBe('accept');
  });

  it('never ends in an agreement below any party no-deal utility or across a red line (random domains, all strategies, all protocols)', () => {
    let agreements = 0;
    let sessions = 0;
    for (let s = 0; s < 12; s++) {
      const parties = s % 3 === 2 ? 3 : 2;
      const d: Domain = randomDomain(900 + s, {
        parties,
        issues: [2, 5],
        options: [2, 4],
        redLines: 2,
        interactions: 2,
        conflict: s % 2 ? 'opposed' : 'independent',
        reservation: s % 4 === 0 ? 0.3 : 0,
      });
      const protocols: ProtocolName[] = parties === 2 ? ['alternating', 'mediated'] : ['stacked', 'mediated'];
      for (const protocol of protocols) {
        for (let i = 0; i < ids.length; i++) {
          const agents = Array.from({ length: parties }, (_, p) => ids[(i + 2 * p) % ids.length]);
          const r = runSession(d, { agents, protocol, deadline: { rounds: 30 }, seed: s * 31 + i, record: false });
          sessions++;
          if (!r.agreement) {
            expect(r.utilities).toEqual(r.noDeal);
            continue;
          }
          agreements++;
          expect(isFeasible(d, r.agreement)).toBe(true);
          r.agreementUtilities!.forEach((u, p) => expect(u).toBeGreaterThanOrEqual(r.noDeal[p] - 1e-9));
          r.noDeal.forEach((nd, p) => expect(nd).toBeGreaterThanOrEqual(d.parties[p].reservation));
        }
      }
    }
    expect(sessions).toBeGreaterThan(200);
    expect(agreements).toBeGreaterThan(40);
  });

  it('a party that cannot beat its no-deal utility walks away at its first turn', () => {
    const d = randomDomain(84, { issues: 3, options: 3, conflict: 'opposed' });
    // Put the status quo at party 1's best option on every issue: nothing beats it for party 1.
    const best1 = d.utilities[1].table.map((row) => row.indexOf(Math.max(...row)));
    const dd: Domain = { ...d, issues: d.issues.map((i, j) => ({ ...i, statusQuo: best1[j] })) };
    const r = runSession(dd, { agents: ['conceder', 'conceder'], deadline: { rounds: 20 } });
    expect(r.end).toBe('walkaway');
    expect(r.walkedAway).toBe(1);
    expect(r.steps).toBe(2);
  });

  it('hands each recorded action to onRecord as it is made, in transcript order (every protocol)', () => {
    const d = randomDomain(85, { parties: 3, issues: 4, options: [2, 4] });
    for (const protocol of ['stacked', 'mediated'] as ProtocolName[]) {
      const seen: unknown[] = [];
      const r = runSession(d, {
        agents: ['conceder', 'random', 'hardheaded'],
        protocol,
        deadline: { rounds: 30 },
        seed: 9,
        onRecord: (rec) => seen.push(structuredClone(rec)),
      });
      expect(seen.length).toBeGreaterThan(0);
      expect(seen).toEqual(r.offers);
      // The callback sees nothing the recorder would not keep, and does not change the run.
      expect(
        runSession(d, { agents: ['conceder', 'random', 'hardheaded'], protocol, deadline: { rounds: 30 }, seed: 9 }),
      ).toEqual(r);
    }
  });

  it('rejects an agent count that does not match the parties', () => {
    const d = randomDomain(85, { parties: 3 });
    try {
      runSession(d, { agents: ['linear', 'linear'] });
      expect.unreachable();
    } catch (e) {
      expect(isCgError(e)).toBe(true);
      expect((e as Error).message).toMatch(/3 parties .* but 2 agents were given/);
    }
  });
});
