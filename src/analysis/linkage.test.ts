import { describe, expect, it } from 'vitest';
import { isCgError } from '../core/index.ts';
import { type Domain, statusQuoOutcome } from '../model/index.ts';
import { analyze } from './analyze.ts';
import { linkageAnalysis } from './linkage.ts';
import { randomDomain } from './random-domain.ts';
import { bruteForceLinkage } from './reference.ts';
import { expectReaches, expectSamePoint, sameVector, specFor } from './test-helpers.ts';

/** The brief's trap in miniature (hand-made numbers, not data): each issue alone is zero-sum. */
function briefExample(): Domain {
  const row = (...v: number[]) => v;
  return {
    id: 'mini',
    name: 'US-Mexico in miniature',
    parties: [
      { id: 'us', name: 'the United States', reservation: 0 },
      { id: 'mx', name: 'Mexico', reservation: 0 },
    ],
    issues: [
      {
        id: 'security',
        name: 'security',
        options: ['limited', 'joint'],
        optionLabels: ['limited cooperation', 'joint operations'],
        statusQuo: 0,
      },
      {
        id: 'trade',
        name: 'trade',
        options: ['current', 'relief'],
        optionLabels: ['current tariffs', 'tariff relief'],
        statusQuo: 0,
      },
      { id: 'infra', name: 'infrastructure', options: ['none', 'project', 'us-built'], statusQuo: 0 },
    ],
    utilities: [
      { table: [row(0, 0.4), row(0, -0.1), row(0, 0.1, 0.2)], constant: 0, interactions: [], redLines: [] },
      { table: [row(0, -0.2), row(0, 0.3), row(0, 0.1, 0)], constant: 0, interactions: [], redLines: [] },
    ],
  };
}

describe('linkage analysis', () => {
  it('finds the zero-sum trap and the linked package of the brief (hand-computed)', () => {
    const d = briefExample();
    const l = analyze(d).linkage!;
    // Alone: security hurts Mexico, trade hurts the US -> no deal; infrastructure: the project (0.1, 0.1)
    // has product 0.01 and beats us-built (0.2, 0), product 0.
    expect(l.noDealAlone).toEqual(['security', 'trade']);
    expect(l.perIssue.map((x) => x.tableOptions)).toEqual([['limited'], ['current'], ['none', 'project', 'us-built']]);
    expect(l.perIssue.map((x) => x.chosen)).toEqual(['limited', 'current', 'project']);
    expect(l.delinked.outcome).toEqual([0, 0, 1]);
    // Linked Nash: all packages acceptable to both: (0.3,0.1)+infra -> project gives (0.4,0.2), product 0.08 (best);
    // us-built gives (0.5,0.1), product 0.05.
    expect(l.linked!.outcome).toEqual([1, 1, 1]);
    expect(l.linked!.utilities[0]).toBeCloseTo(0.4, 12);
    expect(l.linked!.utilities[1]).toBeCloseTo(0.2, 12);
    expect(l.gain[0]).toBeCloseTo(0.3, 12);
    expect(l.gain[1]).toBeCloseTo(0.1, 12);
    expect(l.totalGain).toBeCloseTo(0.4, 12);
    expect(l.concessions).toEqual({ us: ['trade'], mx: ['security'] });
    expect(l.gains).toEqual({ us: ['security', 'infra'], mx: ['trade', 'infra'] });
    expect(l.summary).toContain(
      'In the linked package, the United States accepts tariff relief on trade; Mexico accepts joint operations on security.',
    );
    expect(l.summary[0]).toMatch(/2 of 3 issues end in no deal \(security and trade\)/);
    expect(
      l.summary.some((s) =>
        s.startsWith(
          'Mexico concedes on security and gains on trade and infrastructure: +0.200 over the status quo, +0.100 over issue-by-issue',
        ),
      ),
    ).toBe(true);
  });

  it('tells issues nobody wants to move from zero-sum ones, and blames a red line on the status quo when it is the status quo that breaks it', () => {
    const d = briefExample();
    // A fourth issue whose status quo is already each party's best option: no deal alone, but not zero-sum.
    d.issues.push({ id: 'ports', name: 'ports', options: ['open', 'closed'], statusQuo: 0 });
    d.utilities[0].table.push([0, -0.1]);
    d.utilities[1].table.push([0, 0]);
    let l = analyze(d).linkage!;
    expect(l.noDealAlone).toEqual(['security', 'trade', 'ports']);
    expect(l.summary[0]).toBe(
      "Bargained one at a time, 3 of 4 issues end in no deal (security, trade and ports). security and trade: every change that helps some party makes another worse off than the status quo (or crosses a red line): in the model's values each such issue is zero-sum on its own, as the brief says of issue-by-issue bargaining; ports: no party gains from any change, the status quo is already as good for everyone as any option.",
    );
    // Mexico's red line is today's security and trade: the status quo breaks it (no issue-by-issue "agreement" does).
    d.utilities[1].redLines.push({
      options: [
        { issue: 0, option: 0 },
        { issue: 1, option: 0 },
      ],
    });
    l = analyze(d).linkage!;
    expect(l.delinkedFeasible).toBe(false);
    expect(l.summary).toContain(
      "The status quo itself breaks a red line of Mexico: today's state is one that party would not sign as a deal.",
    );
    expect(l.summary.some((s) => s.startsWith('The issue-by-issue agreements'))).toBe(false);
    // Two issues that each move alone, and a red line against both moves together: that is the agreements' fault.
    const both: Domain = {
      id: 'b',
      name: 'b',
      parties: [
        { id: 'a', name: 'A', reservation: 0 },
        { id: 'b', name: 'B', reservation: 0 },
      ],
      issues: [
        { id: 'x', name: 'x', options: ['0', '1'], statusQuo: 0 },
        { id: 'y', name: 'y', options: ['0', '1'], statusQuo: 0 },
      ],
      utilities: [
        {
          table: [
            [0, 0.5],
            [0, 0.5],
          ],
          constant: 0,
          interactions: [],
          redLines: [
            {
              options: [
                { issue: 0, option: 1 },
                { issue: 1, option: 1 },
              ],
            },
          ],
        },
        {
          table: [
            [0, 0.5],
            [0, 0.5],
          ],
          constant: 0,
          interactions: [],
          redLines: [],
        },
      ],
    };
    l = analyze(both).linkage!;
    expect(l.delinked.outcome).toEqual([1, 1]);
    expect(l.summary).toContain(
      'The issue-by-issue agreements together break a red line of A, so that package could not actually be signed.',
    );
    expect(l.summary.some((s) => s.startsWith('The status quo itself'))).toBe(false);
  });

  it('--status-quo overrides the issues, null removes it', () => {
    const d = briefExample();
    const r = analyze(d, { statusQuo: [1, 1, 0] });
    expect(r.linkage!.statusQuo.outcome).toEqual([1, 1, 0]);
    expect(r.disagreement[0]).toBeCloseTo(0.3, 12);
    expect(analyze(d, { statusQuo: null }).linkage).toBeNull();
    expect(analyze(d, { statusQuo: null }).disagreement).toEqual([0, 0]);
  });

  it('rejects a status quo that does not fit the issues', () => {
    const d = briefExample();
    for (const bad of [
      [0, 0],
      [0, 0, 3],
      [0, -1, 0],
    ]) {
      try {
        analyze(d, { statusQuo: bad });
        expect.unreachable();
      } catch (e) {
        expect(isCgError(e)).toBe(true);
        expect((e as Error).message).toMatch(/statusQuo/);
      }
    }
  });

  it('agrees with the brute-force reference on 300 random domains with a status quo', () => {
    let linked = 0;
    let noDeal = 0;
    for (let s = 0; s < 300; s++) {
      const d = randomDomain(9000 + s, { ...specFor(s), statusQuo: true });
      const sq = statusQuoOutcome(d)!;
      const l = linkageAnalysis(d, sq);
      const b = bruteForceLinkage(d, sq);
      const what = `seed ${9000 + s}`;
      expect(
        l.perIssue.map((x) => x.tableOptions),
        what,
      ).toEqual(b.perIssue.map((x) => x.tableOptions));
      expect(
        l.perIssue.map((x) => x.chosen),
        what,
      ).toEqual(b.perIssue.map((x) => x.chosen));
      expect(l.noDealAlone, what).toEqual(b.noDealAlone);
      expect(l.delinked.outcome, what).toEqual(b.delinked.outcome);
      expect(sameVector(l.delinked.utilities, b.delinked.utilities), what).toBe(true);
      expectSamePoint(l.linked, b.linked, `${what} linked`);
      expect(sameVector(l.gain, b.gain), what).toBe(true);
      if (l.linked) {
        linked++;
        expectReaches(d, l.linked, what);
        // Concessions and gains: exactly the issues where the linked option changes that party's utility alone.
        for (const [p, party] of d.parties.entries()) {
          for (const [j, issue] of d.issues.entries()) {
            const alone = sq.slice();
            alone[j] = l.linked.outcome[j];
            const delta = d.utilities[p].table[j][alone[j]] - d.utilities[p].table[j][sq[j]];
            const hasTerms = d.utilities.some((u) => u.interactions.length > 0 || u.rectangles || u.max !== undefined);
            if (hasTerms || Math.abs(delta) < 1e-9) continue;
            expect(l.concessions[party.id].includes(issue.id), what).toBe(delta < 0);
            expect(l.gains[party.id].includes(issue.id), what).toBe(delta > 0);
          }
        }
      }
      noDeal += l.noDealAlone.length;
      expect(l.summary.length).toBeGreaterThan(0);
    }
    expect(linked).toBeGreaterThan(60); // enough non-null linked packages for the comparison to bite
    expect(noDeal).toBeGreaterThan(50);
  });
});
