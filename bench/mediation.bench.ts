/**
 * Confidential mediation: what a round costs on North America (3 parties, 12 issues, 885,735
 * packages): the proposals of a first round (Nash, Kalai–Smorodinsky, egalitarian of the exact
 * frontier), of a later round (leaving out the first round's packages), and a Pareto improvement
 * on today's state. Each is one `mediation.proposals` task on the worker pool; timed here in the
 * calling thread (the pool adds the structured clone of the domain, a few kB).
 *
 * The concept mostRobust (the most robust package, 2,000 samples, seed 1: the defaults) is timed
 * as the server runs it: `mediationProposalsOn` on a pool of 2 threads (Monte Carlo chunks, then
 * the search in one task), and on 1 thread for the speed-up. Wall time includes the pool's start.
 */
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BenchContext, fmtMs, time } from './lib.ts';
import { compileScenario, loadScenarioText, statusQuoOutcome } from '../src/model/index.ts';
import { mediationProposals, paretoImprovement } from '../src/analysis/index.ts';
import { mediationProposalsOn, robustRound } from '../src/jobs/index.ts';
import { openJobPool } from '../src/jobs/node.ts';

const here = path.dirname(fileURLToPath(import.meta.url));

export default async function (ctx: BenchContext): Promise<void> {
  const file = path.join(here, '../scenarios/north-america.yaml');
  const scenario = loadScenarioText(readFileSync(file, 'utf8'), file).scenario;
  const domain = compileScenario(scenario);
  const concepts = ['nash', 'kalaiSmorodinsky', 'egalitarian'] as const;
  const cases: [string, () => unknown][] = [
    ['north-america round 1 (3 concepts)', () => mediationProposals(domain, { concepts, count: 3 })],
    [
      'north-america round 2 (first round left out)',
      () => {
        const first = mediationProposals(domain, { concepts, count: 3 }).proposals.map((p) => p.utilities);
        return mediationProposals(domain, { concepts, count: 3, exclude: first });
      },
    ],
    ['north-america improvement on the status quo', () => paretoImprovement(domain, statusQuoOutcome(domain)!)],
  ];
  for (const [name, fn] of cases) {
    if (ctx.filter && !name.includes(ctx.filter)) continue;
    const t = await time(fn, { runs: 5, warmup: 1, budgetMs: 20_000 });
    ctx.report({ area: 'mediation', name, ms: t.medianMs, extra: { min: fmtMs(t.minMs), runs: t.runs } });
  }
  for (const threads of [2, 1]) {
    const name = `north-america round 1 with the most robust package (2,000 samples, ${threads} pool thread${threads > 1 ? 's' : ''})`;
    if (ctx.filter && !name.includes(ctx.filter)) continue;
    const robust = robustRound(scenario, domain, { samples: 2000, seed: 1 }, []);
    const task = {
      mode: 'proposals' as const,
      domain,
      concepts: [...concepts, 'mostRobust' as const],
      count: 4,
      exclude: [],
    };
    const pool = openJobPool({ threads });
    let share = NaN;
    try {
      const t = await time(
        async () => {
          const out = await mediationProposalsOn(pool.executor, task, robust);
          share = out.proposals.find((p) => p.robustness)?.robustness?.share ?? NaN;
        },
        { runs: 3, warmup: 1, budgetMs: 60_000 },
      );
      ctx.report({
        area: 'mediation',
        name,
        ms: t.medianMs,
        extra: {
          min: fmtMs(t.minMs),
          runs: t.runs,
          share: share.toFixed(3),
          load: os
            .loadavg()
            .map((x) => x.toFixed(1))
            .join(' / '),
        },
      });
    } finally {
      await pool.close();
    }
  }
}
