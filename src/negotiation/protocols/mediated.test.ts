import { describe, expect, it } from 'vitest';
import { statusQuoOutcome, utilities } from '../../model/index.ts';
import { randomDomain } from '../random-domain.ts';
import { ScriptedNegotiator } from '../scripted.ts';
import { runSession } from '../session.ts';
import { runMediated } from './mediated.ts';

const d = randomDomain(21, { issues: 4, options: 4 });
const sq = statusQuoOutcome(d)!;
const differing = (a: number[], b: number[]) => a.filter((k, j) => k !== b[j]).length;

describe('mediated single negotiating text', () => {
  it('starts from the status quo, changes one or two issues per proposal and adopts a change only when all accept', () => {
    const a = new ScriptedNegotiator('a', { vote: () => 'accept' });
    const b = new ScriptedNegotiator('b', { vote: (_p, i) => (i % 3 === 0 ? 'accept' : 'veto') });
    const r = runMediated(d, [a, b], { deadline: { rounds: 30 }, seed: 5 });
    const sizes = new Set<number>();
    expect(r.offers).toHaveLength(30);
    expect(a.proposals[0].current).toEqual(sq);
    let text = sq;
    r.offers.forEach((o, i) => {
      expect(o.party).toBe(-1);
      expect(a.proposals[i].current).toEqual(text);
      const changed = o.outcome!.map((k, j) => (k !== text[j] ? j : -1)).filter((j) => j >= 0);
      expect(o.issues).toEqual(changed);
      expect(a.proposals[i].issues).toEqual(changed);
      expect(differing(o.outcome!, text)).toBeGreaterThanOrEqual(1);
      expect(differing(o.outcome!, text)).toBeLessThanOrEqual(2);
      sizes.add(changed.length);
      expect(o.votes).toEqual(['accept', i % 3 === 0 ? 'accept' : 'veto']);
      expect(o.adopted).toBe(i % 3 === 0);
      expect(o.utilities).toEqual(utilities(d, o.outcome!));
      if (o.adopted) text = o.outcome!;
    });
    expect(r.end).toBe('agreement');
    expect(r.agreement).toEqual(text);
    expect([...sizes].sort()).toEqual([1, 2]);
  });

  it('with one issue per proposal, changes exactly one issue each time', () => {
    const a = new ScriptedNegotiator('a', {});
    const r = runMediated(d, [a, new ScriptedNegotiator('b', {})], { deadline: { rounds: 25 }, seed: 2, maxIssues: 1 });
    let text = sq;
    for (const o of r.offers) {
      expect(differing(o.outcome!, text)).toBe(1);
      text = o.outcome!;
    }
  });

  it('is reproducible from its seed', () => {
    const run = (seed: number) =>
      runMediated(d, [new ScriptedNegotiator('a', {}), new ScriptedNegotiator('b', {})], {
        deadline: { rounds: 20 },
        seed,
      }).offers.map((o) => o.outcome);
    expect(run(9)).toEqual(run(9));
    expect(run(9)).not.toEqual(run(10));
  });

  it('ends without agreement when a party refuses to ratify, or walks away', () => {
    const r = runMediated(d, [new ScriptedNegotiator('a', {}), new ScriptedNegotiator('b', { ratify: () => false })], {
      deadline: { rounds: 5 },
      seed: 1,
    });
    expect(r.end).toBe('rejected');
    expect(r.agreement).toBeNull();
    const w = runMediated(
      d,
      [
        new ScriptedNegotiator('a', {}),
        new ScriptedNegotiator('b', { vote: (_p, i) => (i === 2 ? 'walk' : 'accept') }),
      ],
      { deadline: { rounds: 5 }, seed: 1 },
    );
    expect(w.end).toBe('walkaway');
    expect(w.walkedAway).toBe(1);
    expect(w.steps).toBe(3);
  });

  it('lets real strategies vote: hill-climbing parties only ever move to texts no worse for both', () => {
    const r = runSession(d, {
      agents: ['hardliner', 'hardliner'],
      protocol: 'mediated',
      deadline: { rounds: 200 },
      seed: 3,
    });
    let cur = utilities(d, sq);
    for (const o of r.offers) {
      if (!o.adopted) continue;
      expect(o.utilities![0]).toBeGreaterThanOrEqual(cur[0] - 1e-12);
      expect(o.utilities![1]).toBeGreaterThanOrEqual(cur[1] - 1e-12);
      cur = o.utilities!;
    }
    // The final text is ratified: never below either party's no-deal utility.
    expect(r.end).toBe('agreement');
    r.utilities.forEach((u, p) => expect(u).toBeGreaterThanOrEqual(r.noDeal[p] - 1e-9));
  });
});
