import { describe, expect, it } from 'vitest';
import { enumerateOutcomes, isFeasible, statusQuoOutcome, utilities, type Domain } from '../model/index.ts';
import { analyze } from './analyze.ts';
import {
  mediationProposals,
  mostRobustForMediation,
  paretoImprovement,
  BARGAINING_CONCEPTS,
  MEDIATION_CONCEPTS,
} from './mediation.ts';
import { applyUncertainty, preferencesOf } from '../model/index.ts';
import { robustnessChunk } from './robustness/chunk.ts';
import { chunkRanges, finishRobustness, robustnessInput } from './robustness/run.ts';
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
      const r = mediationProposals(d, { concepts: BARGAINING_CONCEPTS, count: 4 });
      expect(r.disagreement).toEqual(a.disagreement);
      // Every concept the engine finds is proposed (or equals an earlier proposal), in order.
      let i = 0;
      for (const c of BARGAINING_CONCEPTS) {
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

describe('the most robust package as a mediation concept', () => {
  const setup = (seed: number, samples = 80) => {
    const d = randomDomain(seed, {
      parties: 3,
      issues: 4,
      minOptions: 2,
      maxOptions: 4,
      statusQuo: true,
      opposition: 0.6,
    });
    const model = preferencesOf(d);
    const applied = applyUncertainty(model, undefined, {});
    const input = robustnessInput(model, applied, { samples, seed: 7 }, []);
    const chunks = chunkRanges(samples, 25).map(([a, b]) => robustnessChunk(input, a, b));
    return { d, input, chunks };
  };

  it('is exactly the robustness engine’s most robust package (issue-by-issue baseline), whatever the chunk order', () => {
    let proposed = 0;
    for (let seed = 11; seed < 31; seed++) {
      const { d, input, chunks } = setup(seed);
      const engine = finishRobustness(input, chunks, { baseline: 'issueByIssue', sensitivity: false }).mostRobust;
      const r = mostRobustForMediation({ input, chunks: [...chunks].reverse(), baseline: 'issueByIssue' });
      expect(r.outcome, `seed ${seed}`).toEqual(engine.outcome);
      expect(r.robustness).toMatchObject({
        share: engine.share.probability,
        ci: engine.share.ci,
        samples: 80,
        seed: 7,
        baseline: 'issueByIssue',
        exact: engine.exact,
        uncertainty: ['default'],
      });
      // As a proposal: its own (if no earlier concept chose the same package) or marked on the twin.
      const props = mediationProposals(d, { concepts: ['nash', 'mostRobust'], count: 3, robust: r }).proposals;
      if (!r.outcome) {
        expect(props.some((p) => p.robustness)).toBe(false);
        continue;
      }
      const carrier = props.filter((p) => p.robustness);
      expect(carrier.length, `seed ${seed}`).toBe(1);
      expect(carrier[0].outcome).toEqual(r.outcome);
      expect(carrier[0].utilities).toEqual(utilities(d, r.outcome));
      expect(carrier[0].robustness).toEqual(r.robustness);
      if (carrier[0].concept === 'mostRobust') {
        expect(props.indexOf(carrier[0])).toBe(props[0].concept === 'nash' ? 1 : 0);
        proposed++;
      } else expect(carrier[0].concept).toBe('nash');
    }
    // Not trivial: the most robust package differs from the Nash package in some domains.
    expect(proposed).toBeGreaterThan(2);
  });

  it('is deterministic for a seed and differs with another seed’s samples', () => {
    const a = setup(41);
    const b = setup(41);
    const r1 = mostRobustForMediation({ input: a.input, chunks: a.chunks, baseline: 'issueByIssue' });
    const r2 = mostRobustForMediation({ input: b.input, chunks: b.chunks, baseline: 'issueByIssue' });
    expect(r2).toEqual(r1);
    let differs = false;
    for (let s = 1; s < 8 && !differs; s++) {
      const input = { ...a.input, seed: 7 + s };
      const chunks = chunkRanges(80, 40).map(([x, y]) => robustnessChunk(input, x, y));
      const r = mostRobustForMediation({ input, chunks, baseline: 'issueByIssue' });
      differs = r.robustness.share !== r1.robustness.share || r.outcome?.join() !== r1.outcome?.join();
      expect(r.robustness.seed).toBe(7 + s);
    }
    expect(differs).toBe(true);
  });

  it('a later round proposes the most robust package not proposed before', () => {
    let checked = 0;
    for (let seed = 51; seed < 61; seed++) {
      const { input, chunks } = setup(seed);
      const first = mostRobustForMediation({ input, chunks, baseline: 'issueByIssue' });
      if (!first.outcome) continue;
      const next = mostRobustForMediation({ input, chunks, baseline: 'issueByIssue', exclude: [first.outcome] });
      if (next.outcome) {
        expect(next.outcome).not.toEqual(first.outcome);
        expect(next.robustness.share).toBeLessThanOrEqual(first.robustness.share);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(5);
  });

  it('proposes nothing for the concept without a search, and the concept list names it', () => {
    expect(MEDIATION_CONCEPTS).toContain('mostRobust');
    const { d } = setup(71);
    const r = mediationProposals(d, { concepts: ['mostRobust'], count: 2 });
    expect(r.proposals.every((p) => p.concept === 'frontier' && !p.robustness)).toBe(true);
  });
});
