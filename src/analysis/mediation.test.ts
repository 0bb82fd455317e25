import { describe, expect, it } from 'vitest';
import { enumerateOutcomes, isFeasible, statusQuoOutcome, utilities, type Domain } from '../model/index.ts';
import { analyze } from './analyze.ts';
import { mediationProposals, paretoImprovement, MEDIATION_CONCEPTS } from './mediation.ts';
import { randomDomain } from './random-domain.ts';
import { bruteForceFrontier, bruteForceSolutions } from './reference.ts';
import { sameVector, specFor } from './test-helpers.ts';

const dominates = (a: readonly number[], b: readonly number[], eps = 1e-9) =>
  a.every((x, p) => x >= b[p] - eps) && a.some((x, p) => x > b[p] + eps);

function feasible(d: Domain): number[][] {
  return [...enumerateOutcomes(d)].filter((o) => isFeasible(d, o)).map((o) => o.slice());
}

describe('mediation proposals', () => {
  it('round 1 proposes exactly the engine’s solution concepts, in the order asked, without repeats', () => {
    let compared = 0;
    for (let s = 0; s < 150; s++) {
      const d = randomDomain(9100 + s, specFor(s));
      const a = analyze(d);
      const r = mediationProposals(d, { concepts: MEDIATION_CONCEPTS, count: 4 });
      expect(r.disagreement).toEqual(a.disagreement);
      // Every concept the engine finds is proposed (or equals an earlier proposal), in order.
      let i = 0;
      for (const c of MEDIATION_CONCEPTS) {
        const pt = a[c];
        if (!pt) continue;
        const at = r.proposals.findIndex((p) => sameVector(p.utilities, pt.utilities));
        expect(at, `seed ${9100 + s} ${c}`).toBeGreaterThanOrEqual(0);
        if (r.proposals[at].concept === c) {
          expect(at).toBe(i++);
          compared++;
        }
      }
      for (const p of r.proposals) {
        expect(utilities(d, p.outcome)).toEqual(p.utilities);
        expect(isFeasible(d, p.outcome)).toBe(true);
      }
      const keys = r.proposals.map((p) => p.utilities.join('/'));
      expect(new Set(keys).size).toBe(keys.length);
    }
    expect(compared).toBeGreaterThan(150);
  });

  it('a later round leaves out what was proposed and proposes the brute-force solutions of what is left', () => {
    let checked = 0;
    for (let s = 0; s < 120; s++) {
      const d = randomDomain(9400 + s, specFor(s));
      const first = mediationProposals(d, { concepts: ['nash'], count: 1 });
      if (first.proposals.length === 0) continue;
      const exclude = first.proposals.map((p) => p.utilities);
      const second = mediationProposals(d, { concepts: ['nash', 'egalitarian'], count: 3, exclude });
      for (const p of second.proposals) expect(exclude.some((x) => sameVector(x, p.utilities))).toBe(false);
      // Brute force: the Nash point of the frontier minus the excluded vectors.
      const sq = statusQuoOutcome(d);
      const dis = sq ? utilities(d, sq) : d.parties.map((p) => p.reservation);
      const left = bruteForceFrontier(d).filter((pt) => !exclude.some((x) => sameVector(x, pt.utilities)));
      const acceptable = left.filter((pt) => pt.utilities.every((u, p) => u >= dis[p] - 1e-12));
      const nashVals = acceptable
        .filter((pt) => pt.utilities.every((u, p) => u - dis[p] > 1e-12))
        .map((pt) => pt.utilities.reduce((m, u, p) => m * (u - dis[p]), 1));
      const nash = second.proposals.find((p) => p.concept === 'nash');
      if (nashVals.length === 0) {
        expect(nash).toBeUndefined();
      } else {
        const best = Math.max(...nashVals);
        const got = nash!.utilities.reduce((m, u, p) => m * (u - dis[p]), 1);
        expect(Math.abs(got - best)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(best)));
        checked++;
      }
      // Fillers are frontier points too, acceptable to everyone.
      for (const p of second.proposals) {
        expect(left.some((pt) => sameVector(pt.utilities, p.utilities))).toBe(true);
        expect(p.utilities.every((u, i) => u >= dis[i] - 1e-12)).toBe(true);
      }
    }
    expect(checked).toBeGreaterThan(40);
  });

  it('respects the number of proposals asked for', () => {
    const d = randomDomain(77, { parties: 3, issues: 4, minOptions: 3, maxOptions: 4 });
    for (const count of [1, 2, 5]) {
      const r = mediationProposals(d, { concepts: ['egalitarian'], count });
      expect(r.proposals.length).toBeLessThanOrEqual(count);
      expect(r.proposals[0].concept).toBe('egalitarian');
      expect(sameVector(r.proposals[0].utilities, bruteForceSolutions(d, r.disagreement).egalitarian!.utilities)).toBe(
        true,
      );
    }
    expect(mediationProposals(d, { concepts: ['egalitarian'], count: 5 }).proposals.length).toBe(5);
  });
});

describe('Pareto improvement after agreement', () => {
  it('is a Pareto-optimal package that dominates the agreed one, and exists exactly when one does (brute force)', () => {
    let found = 0;
    let none = 0;
    for (let s = 0; s < 120; s++) {
      const d = randomDomain(9700 + s, specFor(s));
      const all = feasible(d);
      if (all.length === 0) continue;
      const agreed = all[s % all.length];
      const base = utilities(d, agreed);
      const imp = paretoImprovement(d, agreed);
      const anyBetter = all.some((o) => dominates(utilities(d, o), base));
      if (!anyBetter) {
        expect(imp, `seed ${9700 + s}`).toBeNull();
        none++;
        continue;
      }
      expect(imp, `seed ${9700 + s}`).not.toBeNull();
      found++;
      expect(utilities(d, imp!.outcome)).toEqual(imp!.utilities);
      expect(isFeasible(d, imp!.outcome)).toBe(true);
      expect(dominates(imp!.utilities, base)).toBe(true);
      expect(all.some((o) => dominates(utilities(d, o), imp!.utilities))).toBe(false);
      // Excluding it yields another improvement or none, never the same one.
      const next = paretoImprovement(d, agreed, [imp!.utilities]);
      if (next) expect(sameVector(next.utilities, imp!.utilities)).toBe(false);
    }
    expect(found).toBeGreaterThan(30);
    expect(none).toBeGreaterThan(3);
  });
});
