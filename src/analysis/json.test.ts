import { describe, expect, it } from 'vitest';
import type { Domain } from '../model/index.ts';
import { analyze } from './analyze.ts';
import { toJson } from './json.ts';
import { randomDomain, syntheticDomain } from './random-domain.ts';

describe('toJson', () => {
  it('has the documented shape: counts as decimal strings, outcomes as {issueId: optionId}, utilities in party order', () => {
    const d = syntheticDomain(5, 2, 30, 10);
    const r = analyze(d);
    const j = toJson(d, r);
    expect(j.outcomeCount).toBe('1' + '0'.repeat(30));
    expect(j.feasibleOutcomeCount).toBe(j.outcomeCount);
    expect(j.parties).toEqual(d.parties.map((p) => ({ id: p.id, name: p.name, reservation: p.reservation })));
    expect(j.issues[0]).toEqual({ id: 'i0', name: 'Issue 0', options: d.issues[0].options, statusQuo: 'l0' });
    expect(j.pareto.length).toBe(r.pareto.length);
    expect(j.paretoSize).toBe(r.pareto.length);
    const first = j.pareto[0];
    expect(Object.keys(first.outcome)).toEqual(d.issues.map((i) => i.id));
    expect(first.outcome.i3).toBe(d.issues[3].options[r.pareto[0].outcome[3]]);
    expect(first.utilities).toEqual(r.pareto[0].utilities);
    expect(j.linkage).not.toBeNull();
    expect(Object.keys(j.linkage!.concessions)).toEqual(['p0', 'p1']);
    expect(j.linkage!.perIssue).toHaveLength(30);
  });

  it('survives JSON.stringify/parse with full double precision and no bigint', () => {
    const d = randomDomain(12, { parties: 3, issues: 5, statusQuo: true, redLines: 2 });
    const j = toJson(d, analyze(d));
    const back = JSON.parse(JSON.stringify(j));
    expect(back).toEqual(j);
    expect(back.pareto.map((p: { utilities: number[] }) => p.utilities)).toEqual(j.pareto.map((p) => p.utilities));
  });

  it('linkage is null without a status quo; solutions null when nothing is acceptable', () => {
    const d = randomDomain(3, { parties: 2, issues: 3 });
    d.parties[0].reservation = 99;
    const j = toJson(d, analyze(d));
    expect(j.linkage).toBeNull();
    expect(j.nash).toBeNull();
    expect(j.utilitarian).toBeNull();
    expect(j.pareto.length).toBeGreaterThan(0);
  });

  it('is reproducible: the same input gives the same JSON', () => {
    for (let s = 0; s < 10; s++) {
      const d = randomDomain(400 + s, { parties: 3, issues: 6, statusQuo: true, interactions: 3, redLines: 2 });
      expect(JSON.stringify(toJson(d, analyze(d)))).toBe(JSON.stringify(toJson(d, analyze(d))));
    }
  });

  it('handles a domain without issues (one empty outcome) and an issue without options (no outcome)', () => {
    const empty: Domain = {
      id: 'e',
      name: 'e',
      parties: [
        { id: 'a', name: 'A', reservation: 0 },
        { id: 'b', name: 'B', reservation: 0 },
      ],
      issues: [],
      utilities: [
        { table: [], constant: 0.5, interactions: [], redLines: [] },
        { table: [], constant: 0.25, interactions: [], redLines: [] },
      ],
    };
    const r = analyze(empty, { statusQuo: null });
    expect(r.outcomeCount).toBe(1n);
    expect(r.pareto).toEqual([{ utilities: [0.5, 0.25], outcome: [] }]);
    expect(r.nash!.utilities).toEqual([0.5, 0.25]);
    // With no issues, every issue "has" a status quo: the empty outcome is it, and nobody can gain on it.
    const sq = analyze(empty);
    expect(sq.disagreementSource).toBe('statusQuo');
    expect(sq.nash).toBeNull();
    expect(sq.linkage!.noDealAlone).toEqual([]);
    const none: Domain = {
      ...empty,
      issues: [{ id: 'x', name: 'X', options: [] }],
      utilities: empty.utilities.map((u) => ({ ...u, table: [[]] })),
    };
    const r2 = analyze(none);
    expect(r2.outcomeCount).toBe(0n);
    expect(r2.pareto).toEqual([]);
    expect(r2.nash).toBeNull();
  });
});
