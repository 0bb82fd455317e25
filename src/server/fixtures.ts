/**
 * Small scenarios for the server's tests. Every number here is a test fixture (a modelling
 * assumption made only to exercise the code), not a claim about real negotiations.
 */
import type { Scenario } from '../model/index.ts';

const why = { rationale: 'Test fixture: a modelling assumption chosen to exercise the code.', source: 'assumption' };

export function tinyScenario(id = 'tiny'): Scenario {
  const issues = [
    {
      id: 'guns',
      name: 'Gun smuggling',
      options: [
        { id: 'none', label: 'No action' },
        { id: 'some', label: 'Some action' },
        { id: 'full', label: 'Full action' },
      ],
      statusQuo: 'none',
    },
    {
      id: 'drugs',
      name: 'Drug trafficking',
      options: [
        { id: 'none', label: 'No action' },
        { id: 'some', label: 'Some action' },
        { id: 'full', label: 'Full action' },
      ],
      statusQuo: 'none',
    },
    {
      id: 'ops',
      name: 'Joint operations',
      options: [
        { id: 'unilateral', label: 'Unilateral' },
        { id: 'joint', label: 'Joint' },
      ],
      statusQuo: 'unilateral',
    },
  ];
  const party = (
    pid: string,
    name: string,
    w: [number, number, number],
    vals: Record<string, Record<string, number>>,
  ) => ({
    id: pid,
    name,
    weights: { guns: { weight: w[0], ...why }, drugs: { weight: w[1], ...why }, ops: { weight: w[2], ...why } },
    values: Object.fromEntries(Object.entries(vals).map(([issue, options]) => [issue, { options, ...why }])),
  });
  return {
    id,
    name: 'Tiny test scenario',
    description: 'Two parties, three issues (test fixture).',
    issues,
    parties: [
      party('us', 'United States', [0.2, 0.6, 0.2], {
        guns: { none: 1, some: 0.7, full: 0.3 },
        drugs: { none: 0, some: 0.6, full: 1 },
        ops: { unilateral: 0.6, joint: 0.4 },
      }),
      party('mx', 'Mexico', [0.6, 0.2, 0.2], {
        guns: { none: 0, some: 0.6, full: 1 },
        drugs: { none: 1, some: 0.7, full: 0.3 },
        ops: { unilateral: 0, joint: 1 },
      }),
    ],
  };
}

/**
 * A synthetic scenario of any size (seeded): `parties` parties, `issues` issues of `options`
 * ordered options each, status quo the first option. On about 60% of the issues the parties pull
 * in opposite directions, which keeps the Pareto frontier large (what makes an analysis heavy).
 * Weights and values are test fixtures, not claims.
 */
export function syntheticScenario(seed: number, parties: number, issues: number, options: number): Scenario {
  let state = seed >>> 0 || 1;
  // xorshift32: enough for test fixtures (the engine's own rng lives in src/core/random.ts).
  const next = () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 2 ** 32;
  };
  const issueList = Array.from({ length: issues }, (_, j) => ({
    id: `i${j}`,
    name: `Issue ${j}`,
    options: Array.from({ length: options }, (_, o) => ({ id: `o${o}`, label: `Option ${o}` })),
    statusQuo: 'o0',
  }));
  const dirs = issueList.map(() => {
    const opposed = next() < 0.6;
    const base = next() < 0.5 ? 1 : -1;
    return Array.from({ length: parties }, (_, p) => (opposed ? (p % 2 === 0 ? base : -base) : base));
  });
  return {
    id: `synthetic-${parties}x${issues}x${options}`,
    name: `Synthetic ${parties} parties x ${issues} issues x ${options} options`,
    description: 'Synthetic test fixture.',
    issues: issueList,
    parties: Array.from({ length: parties }, (_, p) => ({
      id: `p${p}`,
      name: `Party ${p}`,
      weights: Object.fromEntries(
        issueList.map((i) => [i.id, { weight: Math.round((next() ** 2 + 0.05) * 1000) / 1000, ...why }]),
      ),
      values: Object.fromEntries(
        issueList.map((i, j) => [
          i.id,
          {
            options: Object.fromEntries(
              i.options.map((o, k) => {
                const x = options === 1 ? 1 : k / (options - 1);
                const level = dirs[j][p] > 0 ? x : 1 - x;
                return [o.id, Math.round(Math.min(1, Math.max(0, level + (next() - 0.5) * 0.1)) * 1000) / 1000];
              }),
            ),
            ...why,
          },
        ]),
      ),
    })),
  };
}
