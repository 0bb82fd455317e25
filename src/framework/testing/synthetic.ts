/**
 * Seeded synthetic frameworks for benchmarks and equivalence tests (browser-safe). Nothing here
 * is data about the world: ids and values are generated.
 */
import { createRng, type Rng } from '../../core/index.ts';
import type { Action, Actual, Framework, Indicator } from '../model.ts';

export interface SyntheticOptions {
  seed: number;
  indicators: number;
  /** Actuals per indicator (exact in `uniform` mode, average otherwise). */
  actualsPerIndicator: number;
  /** Indicators per objective (default 10). */
  indicatorsPerObjective?: number;
  actions?: number;
  /**
   * `uniform`: every indicator has a baseline, a target and `actualsPerIndicator` monthly actuals
   * (the benchmark shape). `varied`: random gaps and every period form (years, fiscal years,
   * months, days, ranges, `unspecified`), for equivalence tests.
   */
  mode?: 'uniform' | 'varied';
}

const pad = (n: number) => String(n).padStart(2, '0');

function monthLabel(i: number): string {
  return `${2000 + Math.floor(i / 12)}-${pad((i % 12) + 1)}`;
}

function variedPeriod(rng: Rng, used: Set<string>): string {
  for (;;) {
    const k = rng.int(10);
    const y = 2010 + rng.int(20);
    let p: string;
    if (k < 3) p = String(y);
    else if (k < 5) p = `FY${y}`;
    else if (k < 7) p = `${y}-${pad(1 + rng.int(12))}`;
    else if (k === 7) p = `${y}-${pad(1 + rng.int(12))}-${pad(1 + rng.int(28))}`;
    else if (k === 8) p = `${y}-${y + 1 + rng.int(4)}`;
    else p = rng.chance(0.5) ? 'unspecified' : `FY${y}-FY${y + 2}`;
    if (!used.has(p)) {
      used.add(p);
      return p;
    }
  }
}

export function syntheticFramework(o: SyntheticOptions): Framework {
  const rng = createRng(o.seed);
  const per = o.indicatorsPerObjective ?? 10;
  const mode = o.mode ?? 'uniform';
  const objectives = Math.max(1, Math.ceil(o.indicators / per));
  const areaCount = Math.max(1, Math.min(6, objectives));
  const fw: Framework = {
    id: `synthetic-${o.seed}`,
    name: `Synthetic framework (seed ${o.seed})`,
    status: 'draft',
    startDateIsPlanned: true,
    startDate: '2026-01-01',
    parties: [
      { id: 'us', name: 'United States' },
      { id: 'mx', name: 'Mexico' },
      { id: 'ca', name: 'Canada' },
    ],
    notes: ['Synthetic: generated for benchmarks and tests, not data.'],
    exchangeRates: [],
    areas: [],
    actions: [],
    linkages: [],
  };
  for (let a = 0; a < areaCount; a++) fw.areas.push({ id: `area${a}`, name: `Area ${a}`, objectives: [] });
  let made = 0;
  for (let ob = 0; ob < objectives; ob++) {
    const area = fw.areas[ob % areaCount];
    const indicators: Indicator[] = [];
    for (let k = 0; k < per && made < o.indicators; k++, made++) {
      const up = rng.chance(0.5);
      const start = 100 + rng.int(900);
      const ind: Indicator = {
        id: `ind${made}`,
        name: `Indicator ${made}`,
        unit: 'units',
        measure: 'unit',
        higherIsBetter: up,
        dataset: { indicatorId: `series_${made}`, country: 'US' },
        baseline: {
          period: '1999',
          value: start,
          source: { title: 'synthetic' },
          quality: 'unknown',
          qualifier: 'exact',
        },
        targets: [{ period: '2030', value: up ? start * 1.5 : start * 0.5, proposed: true, rationale: 'synthetic' }],
        actuals: [],
      };
      if (mode === 'uniform') {
        let v = start;
        for (let i = 0; i < o.actualsPerIndicator; i++) {
          v = Math.round((v + (rng.next() - 0.5) * 20) * 100) / 100;
          ind.actuals.push({
            period: monthLabel(i),
            value: v,
            source: { title: 'synthetic', url: 'https://example.org/synthetic' },
            quality: 'secondary',
            qualifier: 'exact',
          });
        }
      } else {
        if (rng.chance(0.15)) delete ind.baseline;
        else
          ind.baseline!.period = variedPeriod(rng, new Set(['unspecified']))
            .replace(/^(\d{4})-(\d{4})$/, '$1')
            .replace(/^FY(\d{4})-FY\d{4}$/, 'FY$1')
            .replace(/^unspecified$/, '2012');
        const tCount = rng.int(3);
        ind.targets = [];
        const tUsed = new Set<string>();
        for (let t = 0; t < tCount; t++) {
          const y = 2012 + rng.int(25);
          const p = rng.chance(0.5) ? String(y) : `FY${y}`;
          if (tUsed.has(p)) continue;
          tUsed.add(p);
          ind.targets.push({
            period: p,
            value: Math.round(rng.next() * 2000) / 2,
            proposed: true,
            rationale: 'synthetic',
          });
        }
        const n = rng.int(2 * o.actualsPerIndicator + 1);
        const used = new Set<string>();
        for (let i = 0; i < n; i++) {
          const a: Actual = {
            period: variedPeriod(rng, used),
            value: Math.round(rng.next() * 4000) / 4,
            source: { title: `s${i}` },
            quality: 'unknown',
            qualifier: rng.chance(0.2) ? 'rounded' : 'exact',
          };
          ind.actuals.push(a);
        }
      }
      indicators.push(ind);
    }
    area.objectives.push({
      id: `obj${ob}`,
      title: `Objective ${ob}`,
      ownerParties: ['us', 'mx'],
      linkedIssues: [],
      results: [{ id: `res${ob}`, type: 'outcome', title: `Result ${ob}`, indicators }],
    });
  }
  const nActions = o.actions ?? Math.max(1, Math.round(objectives / 2));
  for (let i = 0; i < nActions; i++) {
    const joint = mode === 'uniform' ? i % 4 !== 3 : rng.chance(0.7);
    const year = 2026 + (mode === 'uniform' ? i % 5 : rng.int(5));
    const cur = mode === 'uniform' ? 'USD' : (['USD', 'MXN', 'CAD'] as const)[rng.int(3)];
    const action: Action = {
      id: `act${i}`,
      objective: `obj${i % objectives}`,
      title: `Action ${i}`,
      joint,
      status: 'pipeline',
      dates: { plannedStart: `${year}-01-01` },
      actors: joint
        ? [
            { agency: 'A', party: 'us', role: 'accountable' },
            { agency: 'B', party: 'mx', role: 'implementing' },
          ]
        : [{ agency: 'A', party: 'us', role: 'accountable' }],
      budgets: [
        {
          status: rng.chance(0.8) ? 'committed' : 'indicative',
          amount: 1000 * (1 + rng.int(100)),
          currency: cur,
          party: 'us',
          periodStart: `${year}-01-01`,
          periodEnd: `${year}-12-31`,
          valueDate: `${year}-01-01`,
          basis: 'proposal',
          rationale: 'synthetic',
        },
      ],
      disbursements: rng.chance(0.5)
        ? [
            {
              amount: 100 * (1 + rng.int(100)),
              currency: cur,
              party: 'us',
              date: `${year}-06-30`,
              valueDate: `${year}-06-30`,
              source: { title: 'synthetic' },
            },
          ]
        : [],
    };
    fw.actions.push(action);
  }
  return fw;
}
