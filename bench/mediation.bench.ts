/**
 * Confidential mediation: what a round costs on North America (3 parties, 12 issues, 885,735
 * packages): the proposals of a first round (Nash, Kalai–Smorodinsky, egalitarian of the exact
 * frontier), of a later round (leaving out the first round's packages), and a Pareto improvement
 * on today's state. Each is one `mediation.proposals` task on the worker pool; timed here in the
 * calling thread (the pool adds the structured clone of the domain, a few kB).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BenchContext, fmtMs, time } from './lib.ts';
import { compileScenario, loadScenarioText, statusQuoOutcome } from '../src/model/index.ts';
import { mediationProposals, paretoImprovement } from '../src/analysis/index.ts';

const here = path.dirname(fileURLToPath(import.meta.url));

export default async function (ctx: BenchContext): Promise<void> {
  const file = path.join(here, '../scenarios/north-america.yaml');
  const domain = compileScenario(loadScenarioText(readFileSync(file, 'utf8'), file).scenario);
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
}
