/**
 * Property tests of the exact non-linear frontier (branch-bound.ts): fast-check draws small Genius
 * hyper-rectangle domains (2-4 integer issues of 2-6 values, 2 or 3 profiles), with INCLUDES and
 * EXCLUDES rectangles, rectangles nested in weighted ufuns, zero-utility rectangles, tied
 * utilities (utilities from a handful of values, so equal sums are common) and a cap at 1 that
 * bites, written as Genius XML and read by the importer. Every group goes through the branch and
 * bound (enumerationLimit 0; regions enumerate linked groups of at most 1, 4 or 512 joint classes, so
 * small domains are split and pruned too) and must give exactly the brute force's frontier, with no dominated
 * point and each point reached by its outcome. The budget (regions and seconds) is tested with an
 * injected clock: no timed assertion.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isCgError } from '../core/index.ts';
import { anac2014Files, importGenius } from '../interop/index.ts';
import { FrontierBudgetError } from './branch-bound.ts';
import { computeFrontier } from './pareto.ts';
import { bruteForceFrontier } from './reference.ts';
import { expectNonDominated, expectReaches, expectSameFrontier } from './test-helpers.ts';

interface Rect {
  excludes: boolean;
  utility: number;
  /** Nested ufun group (0: top level). */
  group: number;
  /** Per issue: [min, max] or null (unconstrained); at least one constrained. */
  bounds: ([number, number] | null)[];
}

interface Spec {
  values: number[];
  profiles: Rect[][];
  /** Fraction of the positive sum written as maxutility (1: never caps). */
  cap: number[];
}

const rectArb = (values: number[]) =>
  fc
    .record({
      excludes: fc.boolean(),
      utility: fc.constantFrom(0, 1, 2, 3, 5),
      group: fc.constantFrom(0, 0, 1, 2),
      bounds: fc.tuple(
        ...values.map((v) =>
          fc.option(
            fc.tuple(fc.nat(v - 1), fc.nat(v - 1)).map(([a, b]): [number, number] => [Math.min(a, b), Math.max(a, b)]),
            { freq: 2 },
          ),
        ),
      ),
    })
    .filter((r) => r.bounds.some((b) => b !== null));

const specArb: fc.Arbitrary<Spec> = fc
  .tuple(fc.array(fc.integer({ min: 2, max: 6 }), { minLength: 2, maxLength: 4 }), fc.constantFrom(2, 2, 3))
  .chain(([values, k]) =>
    fc.record({
      values: fc.constant(values),
      profiles: fc.array(fc.array(rectArb(values), { maxLength: 10 }), { minLength: k, maxLength: k }),
      cap: fc.array(fc.constantFrom(1, 1, 0.5, 0.8), { minLength: k, maxLength: k }),
    }),
  )
  // The outcome space stays small enough for the brute force.
  .filter((s) => s.values.reduce((a, b) => a * b, 1) <= 2000);

/** Genius XML folder files of a spec (the layout of anac2014Files). */
function files(spec: Spec): { name: string; text: string }[] {
  const issueXml = spec.values
    .map(
      (v, j) =>
        `    <issue etype="integer" index="${j + 1}" name="i${j + 1}" type="integer" vtype="integer" lowerbound="0" upperbound="${v - 1}"/>`,
    )
    .join('\n');
  const out = [
    {
      name: 'prop-domain.xml',
      text: `<?xml version="1.0" encoding="UTF-8"?>\n<negotiation_template>\n  <utility_space number_of_issues="${spec.values.length}">\n  <objective description="" etype="objective" index="0" name="prop" type="objective">\n${issueXml}\n  </objective>\n  </utility_space>\n</negotiation_template>\n`,
    },
  ];
  spec.profiles.forEach((rects, p) => {
    const weight = [1, 0.5, 1.5];
    const xml = (r: Rect): string => {
      const tag = r.excludes ? 'EXCLUDES' : 'INCLUDES';
      const bounds = r.bounds
        .map((b, j) => (b ? `        <${tag} index="${j + 1}" min="${b[0]}" max="${b[1]}"/>` : ''))
        .filter((x) => x)
        .join('\n');
      return `      <hyperRectangle utility="${r.utility}">\n${bounds}\n      </hyperRectangle>`;
    };
    const top = rects.filter((r) => r.group === 0).map(xml);
    const nested = [1, 2]
      .map((g) => rects.filter((r) => r.group === g).map(xml))
      .filter((xs) => xs.length > 0)
      .map(
        (xs, g) =>
          `      <ufun type="PlainUfun" weight="${weight[g + 1]}" aggregation="sum">\n${xs.join('\n')}\n      </ufun>`,
      );
    const positive = rects.reduce((s, r) => s + r.utility * weight[r.group], 0);
    const max = Math.max(1, positive) * spec.cap[p];
    out.push({
      name: `profile-${p + 1}.xml`,
      text: `<utility_space type="nonlinear">\n<objective description="" etype="objective" index="0" name="root" type="objective">\n${issueXml}\n  <utility maxutility="${max}">\n    <ufun type="PlainUfun" weight="1" aggregation="sum">\n${[...top, ...nested].join('\n')}\n    </ufun>\n  </utility>\n</objective>\n</utility_space>\n`,
    });
  });
  return out;
}

describe('non-linear frontier: random hyper-rectangle domains against brute force (fast-check)', () => {
  it('INCLUDES and EXCLUDES, nested, ties, zero utilities, capped: the branch and bound gives the brute-force frontier', () => {
    fc.assert(
      fc.property(specArb, fc.constantFrom(1, 4, 512), (spec, jointLimit) => {
        const d = importGenius(files(spec));
        const f = computeFrontier(d, { enumerationLimit: 0, jointLimit });
        const brute = bruteForceFrontier(d);
        const what = `${JSON.stringify(spec)} jointLimit ${jointLimit}`;
        expectSameFrontier(f.points, brute, what);
        expectNonDominated(f.points, what);
        f.points.forEach((pt, i) => expectReaches(d, pt, `${what} point ${i}`));
      }),
      { numRuns: 300, seed: 14 },
    );
  });
});

describe('the branch-and-bound budget: regions or seconds, stated in the error', () => {
  const big = () => importGenius(anac2014Files(7, { issues: 10, values: 100, rectangles: 150 }));

  it('the time limit stops the search (injected clock: 1 s per reading) and the error says so', () => {
    let now = 0;
    try {
      computeFrontier(big(), { maxSeconds: 3, clock: () => (now += 1000) });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(FrontierBudgetError);
      const p = (e as FrontierBudgetError).problems[0];
      expect(p.code).toBe('analysis_too_large');
      expect(p.params).toMatchObject({ maxSeconds: 3, stoppedBy: 'time' });
      expect(p.params.seconds as number).toBeGreaterThanOrEqual(3);
      expect(p.message).toMatch(
        /budget of 200000 branch-and-bound regions or 3 s: the time limit stopped it after \d+ regions/,
      );
      expect((e as FrontierBudgetError).partial.stoppedBy).toBe('time');
    }
  });

  it('the region limit stops the search before the clock does, and the error says which', () => {
    try {
      computeFrontier(big(), { maxNodes: 9, clock: () => 0 });
      expect.unreachable();
    } catch (e) {
      expect(isCgError(e)).toBe(true);
      const p = (e as FrontierBudgetError).problems[0];
      expect(p.params).toMatchObject({ maxNodes: 9, maxSeconds: 20, stoppedBy: 'regions', seconds: 0 });
      expect(p.params.nodes as number).toBeLessThanOrEqual(9);
      expect(p.message).toMatch(/the region limit stopped it/);
    }
  });

  it('a clock that never advances lets a solvable search finish (the limit is time, not a count)', () => {
    const d = importGenius(anac2014Files(3, { issues: 6, values: 20, rectangles: 20 }));
    const f = computeFrontier(d, { maxSeconds: 1, clock: () => 0 });
    expect(f.info.groups.some((g) => g.method === 'branch-and-bound')).toBe(true);
    expectNonDominated(f.points, 'seed 3');
  });
});
