/**
 * The per-sample path (SampleAnalyzer, used by robustnessChunk) against the full analysis of each
 * drawn domain (`analyze`, in referenceChunk): every record of every sample must be IDENTICAL
 * (same packages, same doubles), on random domains of every shape the engine handles (2 to 4
 * parties, interactions, red lines, Genius rectangles and clamps, integer utilities with exact
 * ties, with and without a status quo, sampled reservations) and on North America itself.
 */
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { applyUncertainty, preferencesOf } from '../../model/index.ts';
import { readScenarioFile, SCENARIOS_DIR } from '../../model/node.ts';
import type { Domain, Scenario, UncertaintySettings } from '../../model/index.ts';
import { randomDomain, type RandomDomainSpec } from '../random-domain.ts';
import { referenceChunk, robustnessChunk, type ChunkResult } from './chunk.ts';
import { robustnessInput } from './run.ts';
import { SampleAnalyzer } from './sample-analysis.ts';

function expectSame(fast: ChunkResult, ref: ChunkResult, what: string): void {
  for (const key of [
    'nash',
    'ks',
    'delinked',
    'nashUtilities',
    'delinkedUtilities',
    'disagreement',
    'noDealAlone',
    'values',
  ] as const) {
    // toEqual on typed arrays compares element by element (NaN equals NaN; -0 and 0 differ).
    expect(Array.from(fast[key]), `${what}: ${key}`).toEqual(Array.from(ref[key]));
  }
}

function compare(
  domain: Domain,
  samples: number,
  seed: number,
  what: string,
  scenario?: Scenario,
  settings?: UncertaintySettings,
) {
  const model = preferencesOf(domain, scenario);
  expect(SampleAnalyzer.for(model), `${what}: tabled`).not.toBeNull();
  const input = robustnessInput(model, applyUncertainty(model, scenario, settings), { samples, seed });
  const ref = referenceChunk(input, 0, samples);
  expectSame(robustnessChunk(input, 0, samples), ref, what);
  // Without the package table too (the analyzer then uses its own scratch row).
  expectSame(robustnessChunk({ ...input, tables: false }, 0, samples), { ...ref, values: new Float64Array(0) }, what);
  return ref;
}

const SHAPES: [string, RandomDomainSpec][] = [
  ['2 parties, status quo', { parties: 2, issues: 5, statusQuo: true, interactions: 2, redLines: 1 }],
  ['3 parties, status quo', { parties: 3, issues: 6, statusQuo: true, interactions: 3, redLines: 2 }],
  ['3 parties, integer utilities (exact ties)', { parties: 3, issues: 5, statusQuo: true, integer: true }],
  ['4 parties, status quo', { parties: 4, issues: 4, statusQuo: true, interactions: 1, redLines: 1 }],
  ['3 parties, no status quo, reservations', { parties: 3, issues: 5, reservation: 0.5, interactions: 2 }],
  ['2 parties, rectangles and a clamp', { parties: 2, issues: 4, rectangles: 3, clamp: 1, statusQuo: true }],
  [
    '3 parties, rectangles and a clamp, reservations',
    { parties: 3, issues: 4, rectangles: 2, clamp: 0.9, reservation: 0.3 },
  ],
  ['3 parties, indifferent party', { parties: 3, issues: 4, statusQuo: true, indifferentParty: true }],
  ['3 parties, many red lines', { parties: 3, issues: 5, statusQuo: true, redLines: 6, maxOptions: 3 }],
];

describe('SampleAnalyzer: identical to the full analysis of every sample', () => {
  for (const [name, spec] of SHAPES) {
    it(name, () => {
      let deals = 0;
      for (let seed = 1; seed <= 6; seed++) {
        const ref = compare(randomDomain(1000 + seed, spec), 40, seed, `${name}, domain ${seed}`);
        deals += ref.nash.filter((x) => x >= 0).length + ref.ks.filter((x) => x >= 0).length;
      }
      // The comparison must have packages to compare, not only "no deal" (an indifferent party never gains: KS only).
      expect(deals).toBeGreaterThan(0);
    });
  }

  it('integer utilities with only the weights uncertain: exact ties survive sampling and are broken the same way', () => {
    // Values stay integers, so options worth the same to every party tie exactly in every sample
    // (ties between a frontier's points, and between an issue's status-quo option and another).
    const weightsOnly: UncertaintySettings = { defaults: 'off', weights: { spread: '±50%' } };
    let ties = 0;
    for (let seed = 1; seed <= 12; seed++) {
      const spec = { parties: 3, issues: 5, statusQuo: true, integer: true, maxOptions: 4 };
      const domain = randomDomain(2000 + seed, spec);
      compare(domain, 30, seed, `integer domain ${seed}`, undefined, weightsOnly);
      // Count issues with an option other than the status quo that every party values as the status quo.
      const sq = domain.issues.map((i) => i.statusQuo!);
      domain.issues.forEach((issue, j) =>
        issue.options.forEach((_, o) => {
          if (o !== sq[j] && domain.utilities.every((u) => u.table[j][o] === u.table[j][sq[j]])) ties++;
        }),
      );
    }
    expect(ties).toBeGreaterThan(0);
  });

  it('North America (the benchmark scenario), 300 samples', async () => {
    const { domain, scenario } = await readScenarioFile(path.join(SCENARIOS_DIR, 'north-america.yaml'));
    const ref = compare(domain, 300, 1, 'north-america', scenario);
    expect(ref.noDealAlone.some((x) => x === 1)).toBe(true);
    expect(ref.delinked.every((x) => x >= 0)).toBe(true);
  });

  it('declines a domain with a component too large to table (the caller then runs the full analysis)', () => {
    const domain = randomDomain(7, { parties: 2, issues: 7, minOptions: 4, maxOptions: 4, interactions: 12 });
    const model = preferencesOf(domain);
    expect(SampleAnalyzer.for(model)).toBeNull();
    const input = robustnessInput(model, applyUncertainty(model), { samples: 3, seed: 1 });
    expectSame(robustnessChunk(input, 0, 3), referenceChunk(input, 0, 3), 'large component');
  });
});
