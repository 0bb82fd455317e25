/** Shared assertions for the analysis tests (not part of the public API). */
import { expect } from 'vitest';
import { type Domain, isFeasible, utilities } from '../model/index.ts';
import type { Point } from './frontier.ts';
import type { RandomDomainSpec } from './random-domain.ts';

export const CLOSE = 1e-9;

export function sameVector(a: readonly number[], b: readonly number[], eps = CLOSE): boolean {
  return a.length === b.length && a.every((v, p) => Math.abs(v - b[p]) <= eps);
}

/** The point's outcome is feasible and reaches exactly the point's utilities. */
export function expectReaches(domain: Domain, pt: Point, what: string): void {
  expect(isFeasible(domain, pt.outcome), `${what}: outcome breaks a red line`).toBe(true);
  expect(utilities(domain, pt.outcome), `${what}: outcome utilities`).toEqual(pt.utilities);
}

/**
 * No reported point is dominated by another reported point (exact comparison: every utility >=,
 * one >), and no two are equal within the frontier's tolerance.
 */
export function expectNonDominated(points: readonly Point[], what: string, tol = 0): void {
  // One expect per finding, not per pair: PartyDomain's 954 points make 900,000 pairs.
  for (let i = 0; i < points.length; i++)
    for (let j = 0; j < points.length; j++) {
      if (i === j) continue;
      const a = points[i].utilities;
      const b = points[j].utilities;
      const covers = b.every((x, p) => x >= a[p] - tol);
      const better = b.some((x, p) => x > a[p] + tol);
      if (covers && (better || j < i))
        expect.unreachable(`${what}: point ${a.join(', ')} is covered by ${b.join(', ')}`);
    }
}

/** Same set of utility vectors (within eps), each point matched once. */
export function expectSameFrontier(actual: Point[], expected: Point[], what: string): void {
  const fmt = (ps: Point[]) => ps.map((p) => p.utilities.map((x) => x.toFixed(6)).join('/')).join(' ');
  expect(actual.length, `${what}: size (actual ${fmt(actual)} | expected ${fmt(expected)})`).toBe(expected.length);
  for (const p of actual) {
    expect(
      expected.some((q) => sameVector(p.utilities, q.utilities)),
      `${what}: unexpected point ${p.utilities.join(', ')}`,
    ).toBe(true);
  }
}

export function expectSamePoint(actual: Point | null, expected: Point | null, what: string): void {
  if (expected === null) {
    expect(actual, `${what}: expected none`).toBeNull();
    return;
  }
  expect(actual, `${what}: expected ${expected.utilities.join(', ')}`).not.toBeNull();
  expect(
    sameVector(actual!.utilities, expected.utilities),
    `${what}: got ${actual!.utilities.join(', ')}, expected ${expected.utilities.join(', ')}`,
  ).toBe(true);
}

/** Seeded random specs: 2, 3 and 5 parties; with/without red lines, interactions, clamp, rectangles; degenerate cases. */
export function specFor(s: number): RandomDomainSpec {
  const parties = [2, 3, 5][s % 3];
  const variant = Math.floor(s / 3) % 8;
  return {
    parties,
    issues: 2 + (s % 4),
    minOptions: 1 + (s % 2),
    maxOptions: parties === 5 ? 3 : 4,
    integer: variant % 2 === 0, // small integers: exact ties everywhere
    redLines: variant >= 2 ? 1 + (s % 4) : 0,
    interactions: variant >= 4 ? 1 + (s % 5) : 0,
    rectangles: variant === 6 ? 2 + (s % 3) : 0,
    clamp: variant === 7 ? 1.2 : s % 13 === 0 ? 3 : undefined,
    indifferentParty: s % 11 === 0,
    statusQuo: s % 2 === 0,
    reservation: s % 5 === 0 ? 0.8 : 0,
  };
}
