/**
 * One analysis benchmark case in a fresh process (spawned by analysis.bench.ts), so its peak RSS
 * belongs to that case alone. Prints one JSON line.
 *
 *   node --import tsx --expose-gc bench/analysis-case.ts genius:<folder>
 *   node --import tsx --expose-gc bench/analysis-case.ts synthetic:<parties>:<issues>:<options>
 */
import { analyze, syntheticDomain } from '../src/analysis/index.ts';
import { readGeniusFolder } from '../src/interop/node.ts';
import type { Domain } from '../src/model/index.ts';
import { time } from './lib.ts';
import { fixture } from '../src/core/testing.ts';

const spec = process.argv[2];
let domain: Domain;
if (spec.startsWith('genius:')) {
  domain = await readGeniusFolder(fixture('genius-domains', spec.slice(7)));
} else {
  const [, k, n, m] = spec.split(':').map(Number);
  domain = syntheticDomain(20240927, k, n, m);
}
(globalThis as { gc?: () => void }).gc?.();
const baselineMiB = process.memoryUsage().rss / 2 ** 20;
const t0 = performance.now();
const first = analyze(domain);
const coldMs = performance.now() - t0;
const t = await time(() => analyze(domain), { runs: 10, warmup: 3, budgetMs: 4000 });
console.log(
  JSON.stringify({
    ms: t.medianMs,
    coldMs,
    runs: t.runs,
    peakMiB: process.resourceUsage().maxRSS / 1024,
    baselineMiB,
    parties: domain.parties.length,
    outcomes: first.outcomeCount.toString(),
    frontier: first.pareto.length,
    nash: first.nash ? first.nash.utilities.map((u) => u.toFixed(6)).join('/') : '-',
    linkage: first.linkage !== null,
  }),
);
