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
