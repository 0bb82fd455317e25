/**
 * One non-linear benchmark case in a fresh process (spawned by nonlinear.bench.ts): a 2-party
 * ANAC-2014-style hyper-rectangle domain from the seeded generator, read through the Genius
 * importer, then analyze() in-process. Prints one JSON line.
 *
 *   node --import tsx --expose-gc bench/nonlinear-case.ts <issues>:<values>:<rectangles>:<seed>:<maxNodes>
 *
 * "coldMs" is the first analyze() in the process; "ms" the median of the warm runs when the first
 * took under 3 s (else the cold figure alone). A search stopped by its node budget reports what it
 * proved (points found, proven Pareto-optimal) instead of a time to the exact frontier.
 */
import { analyze, FrontierBudgetError } from '../src/analysis/index.ts';
import { anac2014Files, importGenius } from '../src/interop/index.ts';
import { time } from './lib.ts';

const [issues, values, rectangles, seed, maxNodes] = process.argv[2].split(':').map(Number);
const domain = importGenius(anac2014Files(seed, { issues, values, rectangles }));
(globalThis as { gc?: () => void }).gc?.();
const baselineMiB = process.memoryUsage().rss / 2 ** 20;
const cpu0 = process.cpuUsage();
const t0 = performance.now();
try {
  const first = analyze(domain, { maxNodes });
  const coldMs = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  const warm =
    coldMs < 3000 ? await time(() => analyze(domain, { maxNodes }), { runs: 5, warmup: 1, budgetMs: 5000 }) : null;
  const bb = first.frontier.info.groups.find((g) => g.method === 'branch-and-bound');
  console.log(
    JSON.stringify({
      status: 'exact',
      ms: warm ? warm.medianMs : coldMs,
      runs: warm ? warm.runs : 1,
      coldMs,
      coldCpuMs: (cpu.user + cpu.system) / 1000,
      peakMiB: process.resourceUsage().maxRSS / 1024,
      baselineMiB,
      outcomes: first.outcomeCount.toString(),
      frontier: first.pareto.length,
      nodes: bb?.nodes ?? 0,
      nash: first.nash ? first.nash.utilities.map((u) => u.toFixed(6)).join('/') : '-',
    }),
  );
} catch (e) {
  if (!(e instanceof FrontierBudgetError)) throw e;
  const coldMs = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  console.log(
    JSON.stringify({
      status: 'budget',
      ms: coldMs,
      runs: 1,
      coldMs,
      coldCpuMs: (cpu.user + cpu.system) / 1000,
      peakMiB: process.resourceUsage().maxRSS / 1024,
      baselineMiB,
      nodes: e.partial.nodes,
      stoppedBy: e.partial.stoppedBy,
      seconds: e.partial.seconds,
      found: e.partial.found.count,
      proven: e.partial.proven.reduce((a, b) => a + b, 0),
      upper: e.partial.upper.map((u) => u.toFixed(6)).join('/'),
    }),
  );
}
