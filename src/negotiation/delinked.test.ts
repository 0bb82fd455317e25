import { describe, expect, it } from 'vitest';
import { isCgError } from '../core/index.ts';
import { statusQuoOutcome, utilities, utilityOf, violates, type Domain } from '../model/index.ts';
import { issueDomain, runDelinked } from './delinked.ts';
import { randomDomain } from './random-domain.ts';
import { runSession } from './session.ts';

describe('issue domains', () => {
  it('give each option its full utility with the other issues held at the base, and carry red lines in that context', () => {
    for (let s = 0; s < 10; s++) {
      const d = randomDomain(300 + s, {
        issues: [2, 5],
        options: [2, 4],
        interactions: 3,
        redLines: 2,
        conflict: 'independent',
      });
      const base = statusQuoOutcome(d)!;
      d.issues.forEach((issue, j) => {
        const sub = issueDomain(d, j, base);
        expect(sub.issues).toHaveLength(1);
        expect(sub.issues[0].statusQuo).toBe(base[j]);
        issue.options.forEach((_, k) => {
          const o = base.slice();
          o[j] = k;
          d.utilities.forEach((u, p) => {
            expect(utilityOf(sub.utilities[p], [k])).toBe(utilityOf(u, o));
            expect(sub.utilities[p].redLines.some((l) => violates(l, [k]))).toBe(
              u.redLines.some((l) => violates(l, o)),
            );
          });
        });
      });
    }
  });
});

describe('delinked negotiation', () => {
  it('each session touches only its own issue; sequential sessions start from earlier agreements, parallel ones from the status quo', () => {
    for (let s = 0; s < 8; s++) {
      const d = randomDomain(400 + s, { issues: [3, 5], options: [2, 5], conflict: 'independent', interactions: 2 });
      const sq = statusQuoOutcome(d)!;
      for (const order of ['sequential', 'parallel'] as const) {
        const r = runDelinked(d, { agents: ['conceder', 'linear'], deadline: { rounds: 30 }, seed: s, order });
        const combined = sq.slice();
        r.sessions.forEach((x, j) => {
          expect(x.index).toBe(j);
          expect(x.base).toEqual(order === 'parallel' ? sq : combined);
          expect(x.result.domain).toBe(`${d.id}#${d.issues[j].id}`);
          // The session's outcome space is this issue alone.
          for (const o of x.result.offers) if (o.outcome) expect(o.outcome).toHaveLength(1);
          if (x.agreed !== null) combined[j] = x.agreed;
        });
        expect(r.outcome).toEqual(combined);
        r.outcome.forEach((k, j) => {
          if (r.sessions[j].agreed === null) expect(k).toBe(sq[j]);
        });
        expect(r.utilities).toEqual(utilities(d, r.outcome));
        expect(r.issuesAgreed).toBe(r.sessions.filter((x) => x.agreed !== null).length);
      }
    }
  });

  it('never agrees on an issue below a party no-deal utility; with additive profiles nobody ends below the status quo', () => {
    let agreed = 0;
    for (let s = 0; s < 12; s++) {
      const d = randomDomain(500 + s, { issues: [2, 5], options: [2, 5], conflict: 'independent' });
      const sq = statusQuoOutcome(d)!;
      for (const agents of [
        ['conceder', 'conceder'],
        ['random', 'linear'],
        ['hardheaded', 'nice-tft'],
        ['boulware', 'naive-tft'],
      ]) {
        const r = runDelinked(d, { agents, deadline: { rounds: 30 }, seed: s });
        for (const x of r.sessions) {
          if (!x.result.agreementUtilities) continue;
          agreed++;
          x.result.agreementUtilities.forEach((u, p) => expect(u).toBeGreaterThanOrEqual(x.result.noDeal[p] - 1e-9));
        }
        utilities(d, r.outcome).forEach((u, p) =>
          expect(u).toBeGreaterThanOrEqual(utilityOf(d.utilities[p], sq) - 1e-9),
        );
      }
    }
    expect(agreed).toBeGreaterThan(20);
  });

  it('moves nothing from the status quo when every issue on its own is zero-sum (the brief: issue by issue is a zero-sum game)', () => {
    for (let s = 0; s < 10; s++) {
      const d = randomDomain(600 + s, { issues: [3, 6], options: [3, 5], conflict: 'opposed' });
      const sq = statusQuoOutcome(d)!;
      for (const agents of [
        ['conceder', 'conceder'],
        ['linear', 'random'],
        ['hardheaded', 'boulware'],
      ]) {
        const r = runDelinked(d, { agents, deadline: { rounds: 40 }, seed: s });
        // An issue session can at most "agree" on the status quo option itself.
        r.sessions.forEach((x) => expect(x.agreed === null || x.agreed === sq[x.index]).toBe(true));
        expect(r.outcome).toEqual(sq);
        expect(r.issuesChanged).toBe(0);
      }
    }
  });

  it('reports every issue session action to onRecord, lifted to the full domain with its issue', () => {
    const d = randomDomain(320, { issues: 4, options: [2, 4], conflict: 'independent' });
    for (const order of ['sequential', 'parallel'] as const) {
      const seen: { rec: { outcome?: number[]; utilities?: number[]; step: number }; issue: number }[] = [];
      const r = runDelinked(d, {
        agents: ['conceder', 'linear'],
        order,
        deadline: { rounds: 20 },
        seed: 4,
        onRecord: (rec, issue) => seen.push({ rec: structuredClone(rec), issue }),
      });
      const want = r.sessions.flatMap((s) => s.result.offers.map((o) => ({ o, s })));
      expect(seen).toHaveLength(want.length);
      seen.forEach(({ rec, issue }, k) => {
        const { o, s } = want[k];
        expect(issue).toBe(s.index);
        expect(rec.step).toBe(o.step);
        if (o.outcome) {
          const full = s.base.slice();
          full[s.index] = o.outcome[0];
          expect(rec.outcome).toEqual(full);
          // The issue domain values each option as the full outcome: same utilities.
          expect(rec.utilities).toEqual(utilities(d, full));
        }
      });
    }
  });

  it('needs a status quo on every issue', () => {
    const d: Domain = randomDomain(700, { statusQuo: false });
    try {
      runDelinked(d, { agents: ['linear', 'linear'] });
      expect.unreachable();
    } catch (e) {
      expect(isCgError(e)).toBe(true);
      expect((e as Error).message).toMatch(/status quo on every issue/);
    }
  });

  it('linked talks on the same zero-sum-by-issue domains do reach agreements by trading across issues', () => {
    let linked = 0;
    let runs = 0;
    for (let s = 0; s < 10; s++) {
      const d = randomDomain(600 + s, { issues: [3, 6], options: [3, 5], conflict: 'opposed' });
      for (const agents of [
        ['conceder', 'conceder'],
        ['linear', 'linear'],
      ]) {
        runs++;
        const r = runSession(d, { agents, deadline: { rounds: 40 }, seed: s });
        if (r.agreement) {
          linked++;
          r.utilities.forEach((u, p) => expect(u).toBeGreaterThanOrEqual(r.noDeal[p] - 1e-9));
        }
      }
    }
    expect(linked / runs).toBeGreaterThan(0.5);
  });
});
