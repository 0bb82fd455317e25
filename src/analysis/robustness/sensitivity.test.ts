/**
 * Exact sensitivity against a dense one-dimensional scan: at every grid point of the moving
 * number, the engine's Nash package (frontier and Nash computed from scratch) must be the nominal
 * package inside the reported interval, and never the nominal package outside it; just past each
 * end it must be the package reported to take over (unless another breakpoint lies closer than
 * the grid spacing).
 */
import { describe, expect, it } from 'vitest';
import { preferencesOf, utilities, type Domain, type PartyUtility, type PreferenceModel } from '../../model/index.ts';
import { bargainingSolutions } from '../bargaining.ts';
import type { Point } from '../frontier.ts';
import { computeFrontier } from '../pareto.ts';
import { randomDomain } from '../random-domain.ts';
import { defaultTolerance } from '../tolerance.ts';
import { sensitivity, valueMover, weightMover, withPartyUtility, type SensitivityEntry } from './sensitivity.ts';

function nashAt(model: PreferenceModel, p: number, u: PartyUtility): Point | null {
  const d: Domain = withPartyUtility(model.domain, p, u);
  const tol = defaultTolerance(model.domain);
  const dis = model.statusQuo ? utilities(d, model.statusQuo) : d.parties.map((x) => x.reservation);
  return bargainingSolutions(d, computeFrontier(d, { tolerance: tol }), dis, tol).nash;
}

/** Same package for the parties at this t: same outcome, or the same utilities (a tie the frontier collapses). */
function same(model: PreferenceModel, p: number, u: PartyUtility, a: number[] | null, b: Point | null): boolean {
  if (a === null || b === null) return a === null && b === null;
  if (a.every((o, j) => o === b.outcome[j])) return true;
  const d = withPartyUtility(model.domain, p, u);
  const ua = utilities(d, a);
  return ua.every((x, q) => Math.abs(x - b.utilities[q]) < 1e-9);
}

function outcomeOf(model: PreferenceModel, rec: Record<string, string> | null): number[] | null {
  return rec ? model.domain.issues.map((issue) => issue.options.indexOf(rec[issue.id])) : null;
}

function scan(model: PreferenceModel, e: SensitivityEntry, nominal: number[] | null, steps: number): number {
  const p = model.domain.parties.findIndex((x) => x.id === e.party);
  const j = model.domain.issues.findIndex((x) => x.id === e.issue);
  const mover =
    e.kind === 'weight'
      ? weightMover(model, p, j)
      : valueMover(model, p, j, model.domain.issues[j].options.indexOf(e.option!));
  const [lo, hi] = e.interval!;
  const from = e.kind === 'weight' ? 0 : Math.min(0, e.nominal);
  const to = e.kind === 'weight' ? 1 : Math.max(1, e.nominal);
  const delta = 1e-7 * (to - from);
  const where = `${e.party} ${e.kind} ${e.issue}${e.option ? `.${e.option}` : ''}`;
  let checked = 0;
  let firstAbove: number | null = null;
  let lastBelow: number | null = null;
  for (let i = 0; i <= steps; i++) {
    const t = from + ((to - from) * i) / steps;
    if (Math.abs(t - lo) < delta || Math.abs(t - hi) < delta) continue;
    const u = mover(t);
    const nash = nashAt(model, p, u);
    const inside = t > lo && t < hi;
    expect(same(model, p, u, nominal, nash), `${where} at ${t} (interval [${lo}, ${hi}])`).toBe(inside);
    checked++;
    if (t > hi && firstAbove === null) {
      firstAbove = t;
      const next = outcomeOf(model, e.above!.outcome);
      // Just past the end the reported package takes over, unless the next breakpoint is closer than a step.
      if (same(model, p, u, next, nash) === false) {
        const half = mover(hi + (t - hi) / 1000);
        expect(same(model, p, half, next, nashAt(model, p, half)), `${where} just above ${hi}`).toBe(true);
      }
    }
    if (t < lo) lastBelow = t;
  }
  if (lastBelow !== null) {
    const next = outcomeOf(model, e.below!.outcome);
    const near = mover(lo - (lo - lastBelow) / 1000);
    expect(same(model, p, near, next, nashAt(model, p, near)), `${where} just below ${lo}`).toBe(true);
  }
  // The ends say what happens there.
  expect(e.above === null, where).toBe(hi >= to);
  expect(e.below === null, where).toBe(lo <= from);
  return checked;
}

describe('exact sensitivity', () => {
  for (const seed of [2, 4, 9, 12]) {
    it(`agrees with a dense scan of every weight and value (random domain ${seed})`, () => {
      const domain = randomDomain(seed, {
        parties: 2 + (seed % 2),
        issues: 3,
        minOptions: 2,
        maxOptions: 4,
        statusQuo: seed % 3 !== 0,
        interactions: seed % 3,
        redLines: 1,
        reservation: seed % 3 === 0 ? 0.5 : 0,
        opposition: 0.7,
      });
      const model = preferencesOf(domain);
      const r = sensitivity(model);
      const nominal = outcomeOf(model, r.nominal);
      let breakpoints = 0;
      for (const e of [...r.weights, ...r.values]) {
        expect(e.exact).toBe(true);
        scan(model, e, nominal, e.kind === 'weight' ? 400 : 100);
        if (e.above) breakpoints++;
        if (e.below) breakpoints++;
      }
      expect(breakpoints).toBeGreaterThan(2);
    });
  }

  it('reports the interval in written weights for scenarios, and knife-edge ties as an empty side', () => {
    const domain = randomDomain(6, {
      parties: 2,
      issues: 3,
      minOptions: 3,
      maxOptions: 3,
      statusQuo: true,
      opposition: 0.8,
    });
    const model: PreferenceModel = { ...preferencesOf(domain), weighting: 'normalise' };
    // Written weights = the table weights here; normalised they are the same shares.
    const r = sensitivity(model, { values: false });
    for (const e of r.weights) {
      const others = model.parties.find((_, p) => model.domain.parties[p].id === e.party)!.weights;
      const rest = others.reduce((a, b) => a + b, 0) - e.nominal;
      const [a, b] = e.interval!;
      expect(e.weightInterval![0]).toBeCloseTo((a * rest) / (1 - a), 9);
      if (b < 1) expect(e.weightInterval![1]).toBeCloseTo((b * rest) / (1 - b), 9);
      else expect(e.weightInterval![1]).toBeNull();
      expect(a).toBeLessThanOrEqual(e.share! + 1e-12);
      expect(b).toBeGreaterThanOrEqual(e.share! - 1e-12);
    }
  });
});
