/** Small frameworks for tests (browser-safe). */
import type { Framework } from '../model.ts';

/** A minimal valid framework; `over` replaces top-level fields. */
export function tinyFramework(over: Partial<Framework> = {}): Framework {
  return {
    id: 'tiny',
    name: 'Tiny',
    status: 'draft',
    startDateIsPlanned: false,
    parties: [
      { id: 'us', name: 'United States' },
      { id: 'mx', name: 'Mexico' },
    ],
    notes: [],
    exchangeRates: [],
    linkages: [],
    areas: [
      {
        id: 'security',
        name: 'Security',
        objectives: [
          {
            id: 'o1',
            title: 'Objective one',
            ownerParties: ['us', 'mx'],
            linkedIssues: ['drug_trafficking'],
            results: [
              {
                id: 'r1',
                type: 'impact',
                title: 'Result one',
                indicators: [
                  {
                    id: 'i1',
                    name: 'Deaths',
                    unit: 'deaths',
                    measure: 'unit',
                    higherIsBetter: false,
                    baseline: {
                      period: '2022',
                      value: 100,
                      source: { title: 'S' },
                      quality: 'official',
                      qualifier: 'exact',
                    },
                    targets: [{ period: '2030', value: 50, proposed: true, rationale: 'halve' }],
                    actuals: [
                      {
                        period: '2023',
                        value: 95,
                        source: { title: 'S', url: 'https://example.org/s' },
                        quality: 'secondary',
                        qualifier: 'exact',
                      },
                    ],
                  },
                ],
              },
            ],
          },
        ],
      },
    ],
    actions: [
      {
        id: 'a1',
        objective: 'o1',
        title: 'Action one',
        joint: true,
        status: 'pipeline',
        dates: { plannedStart: '2026-01-01' },
        actors: [
          { agency: 'DEA', party: 'us', role: 'accountable' },
          { agency: 'FGR', party: 'mx', role: 'implementing' },
        ],
        budgets: [
          {
            status: 'committed',
            amount: 10,
            currency: 'USD',
            party: 'us',
            periodStart: '2025-10-01',
            periodEnd: '2026-09-30',
            valueDate: '2025-10-01',
            basis: 'proposal',
            rationale: 'r',
          },
        ],
        disbursements: [],
      },
    ],
    ...over,
  };
}
