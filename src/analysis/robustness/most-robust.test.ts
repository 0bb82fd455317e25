/**
 * The most robust package against brute force: on domains small enough to enumerate, score every
 * feasible package over the same samples with the reference utility (`utilityOf`) and compare the
 * best share with the branch and bound's, for both no-deal points, with red lines, interaction
 * terms, clamps and exact ties.
 */
import { describe, expect, it } from 'vitest';
import {
  applyUncertainty,
  enumerateOutcomes,
  isFeasible,
  preferencesOf,
  utilityOf,
  type Outcome,
} from '../../model/index.ts';
import { randomDomain, type RandomDomainSpec } from '../random-domain.ts';
import { defaultTolerance } from '../tolerance.ts';
import { mergeChunks, robustnessChunk } from './chunk.ts';
import { mostRobustPackage, type Baseline } from './most-robust.ts';
import { robustnessInput } from './run.ts';
import { Sampler } from './sample.ts';
import { analyze } from '../analyze.ts';

function check(
  seed: number,
  spec: RandomDomainSpec,
  baseline: Baseline,
  samples = 60,
): { share: number; best: number } {
  const domain = randomDomain(seed, spec);
  const model = preferencesOf(domain);
  const applied = applyUncertainty(model, undefined, { weights: { spread: '±70%' }, values: { spread: '±0.3' } });
  const input = robustnessInput(model, applied, { samples, seed }, []);
  const table = mergeChunks(input, [robustnessChunk(input, 0, samples)]);
  const nominal = analyze(domain, { statusQuo: model.statusQuo });
  const r = mostRobustPackage(
    input,
    table,
    { nash: nominal.nash?.outcome ?? null, ks: nominal.kalaiSmorodinsky?.outcome ?? null },
    { baseline },
  );
  expect(r.exact).toBe(true);
  expect(r.method).toBe('branch-and-bound');

  const k = domain.parties.length;
  const tol = defaultTolerance(domain);
  const sampler = new Sampler(model, applied);
  const drawn = Array.from({ length: samples }, (_, s) => sampler.domain(input.seed, s));
  const shareOf = (o: Outcome): number => {
    if (!isFeasible(domain, o)) return 0;
    let n = 0;
    for (let s = 0; s < samples; s++) {
      let ok = true;
      for (let p = 0; p < k && ok; p++) {
        const d = baseline === 'issueByIssue' ? table.delinkedUtilities[s * k + p] : table.disagreement[s * k + p];
        ok = utilityOf(drawn[s].utilities[p], o) > d + tol;
      }
      if (ok) n++;
    }
    return n;
  };
  let best = 0;
  for (const o of enumerateOutcomes(domain)) best = Math.max(best, shareOf(o));
  const where = `seed ${seed} ${baseline}`;
  expect(Math.round(r.share.probability * samples), where).toBe(best);
  if (best > 0) {
    expect(r.outcome, where).not.toBeNull();
    expect(shareOf(r.outcome!), where).toBe(best);
    expect(r.utilities, where).toEqual(domain.utilities.map((u) => utilityOf(u, r.outcome!)));
  } else expect(r.outcome, where).toBeNull();
  if (nominal.nash)
    expect(Math.round(r.nominalNashShare!.probability * samples), where).toBe(shareOf(nominal.nash.outcome));
  // The branch and bound alone (no candidate packages to start from) finds the same share.
  const bare = { ...table, nash: table.nash.slice().fill(-1), ks: table.ks.slice().fill(-1) };
  const alone = mostRobustPackage(input, bare, { nash: null, ks: null }, { baseline });
  expect(alone.candidates, where).toBe(0);
  expect(Math.round(alone.share.probability * samples), where).toBe(best);
  if (best > 0) expect(shareOf(alone.outcome!), where).toBe(best);
  // Excluding packages (a mediation's earlier proposals): the best of the others, by brute force.
  if (r.outcome) {
    const exclude = [r.outcome, ...(nominal.nash ? [nominal.nash.outcome] : [])];
    const banned = new Set(exclude.map((o) => o.join(',')));
    let others = 0;
    for (const o of enumerateOutcomes(domain)) if (!banned.has(o.join(','))) others = Math.max(others, shareOf(o));
    const next = mostRobustPackage(
      input,
      table,
      { nash: nominal.nash?.outcome ?? null, ks: nominal.kalaiSmorodinsky?.outcome ?? null },
      { baseline, exclude },
    );
    expect(next.exact, where).toBe(true);
    expect(Math.round(next.share.probability * samples), `${where} excluded`).toBe(others);
    if (others > 0) {
      expect(banned.has(next.outcome!.join(',')), where).toBe(false);
      expect(shareOf(next.outcome!), where).toBe(others);
    } else expect(next.outcome, where).toBeNull();
    // The nominal Nash package's share is still reported though it is excluded.
    if (nominal.nash) expect(next.nominalNashShare).toEqual(r.nominalNashShare);
  }
  return { share: r.share.probability, best };
}

describe('the most robust package', () => {
  it('has the largest share of any package (brute force), over the status quo and over issue by issue', () => {
    const shares: number[] = [];
    for (let seed = 1; seed <= 24; seed++) {
      const spec: RandomDomainSpec = {
        parties: 2 + (seed % 2),
        issues: 3 + (seed % 3),
        minOptions: 2,
        maxOptions: 4,
        statusQuo: true,
        redLines: seed % 3,
        interactions: seed % 4,
        integer: seed % 5 === 0,
        clamp: seed % 7 === 0 ? 0.9 : undefined,
        opposition: 0.7,
      };
      shares.push(check(seed, spec, 'disagreement').share);
      shares.push(check(seed, spec, 'issueByIssue').share);
    }
    // Not a trivial test: shares strictly between 0 and 1 occur.
    expect(shares.filter((s) => s > 0 && s < 1).length).toBeGreaterThan(10);
  });

  it('uses reservation values as the no-deal point when there is no status quo', () => {
    for (let seed = 30; seed < 36; seed++) {
      check(
        seed,
        { parties: 2, issues: 4, minOptions: 2, maxOptions: 3, reservation: 0.8, opposition: 0.8 },
        'disagreement',
      );
    }
  });
});
