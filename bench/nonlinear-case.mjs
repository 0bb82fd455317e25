/**
 * One non-linear benchmark case in a fresh process (spawned by nonlinear.bench.ts): a 2-party
 * ANAC-2014-style hyper-rectangle domain from the seeded generator, read through the Genius
 * importer, then analyze() in-process. Prints one JSON line.
 *
 *   node bench/nonlinear-case.mjs <issues>:<values>:<rectangles>:<seed>:<maxNodes> dist [workers]
 *   node --import tsx bench/nonlinear-case.mjs <spec> src [workers]
 *
 * `workers` > 1 runs `analyzeParallel` on that many pool threads (the pool held for the whole
 * measurement, as a process that analyses several domains holds it; the first run pays for the
 * threads' start). `dist` runs the compiled library (`npm run build`), as the CLI, the server and a package user
 * run it; `src` the TypeScript sources through tsx (development only: tsx keeps function names,
 * which costs the search about 8 %). Add --expose-gc for the baseline memory figure.
 *
 * "coldMs" is the first analyze() in the process; "ms" the median of the warm runs (one warm-up,
 * then up to 5 runs within 5 s) when the first took under 3 s, else the cold figure alone. A
 * search stopped by its node budget reports what it proved (points found, proven Pareto-optimal)
 * instead of a time to the exact frontier.
 */
const [issues, values, rectangles, seed, maxNodes] = process.argv[2].split(':').map(Number);
const from = process.argv[3] === 'src' ? '../src' : '../dist';
const ext = from === '../src' ? 'ts' : 'js';
/** @type {typeof import('../src/analysis/index.ts')} */
const analysis = await import(`${from}/analysis/index.${ext}`);
/** @type {typeof import('../src/interop/index.ts')} */
const interop = await import(`${from}/interop/index.${ext}`);
const { FrontierBudgetError } = analysis;
const workers = Number(process.argv[4] ?? 1);
/** @type {typeof import('../src/jobs/node.ts')} */
const jobs = workers > 1 ? await import(`${from}/jobs/node.${ext}`) : null;
const lease = jobs?.openJobPool({ threads: workers });
const analyze = jobs
  ? (domain, opts) => jobs.analyzeParallel(domain, opts, { workers })
  : async (domain, opts) => analysis.analyze(domain, opts);

/** Median of the warm runs, as bench/lib.ts `time` measures (plain node cannot import that .ts file). */
async function warmMedian(fn) {
  await fn();
  const samples = [];
  const start = performance.now();
  while (samples.length < 5 && (samples.length === 0 || performance.now() - start < 5000)) {
    const t0 = performance.now();
    await fn();
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  return { medianMs: samples[Math.floor((samples.length - 1) / 2)], runs: samples.length };
}

const domain = interop.importGenius(interop.anac2014Files(seed, { issues, values, rectangles }));
globalThis.gc?.();
const baselineMiB = process.memoryUsage().rss / 2 ** 20;
const cpu0 = process.cpuUsage();
const t0 = performance.now();
try {
  const first = await analyze(domain, { maxNodes });
  const coldMs = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  const warm = coldMs < 3000 ? await warmMedian(() => analyze(domain, { maxNodes })) : null;
  const bb = first.frontier.info.groups.find((g) => g.method === 'branch-and-bound');
  console.log(
    JSON.stringify({
      status: 'exact',
      code: from.slice(3),
      workers,
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
      code: from.slice(3),
      workers,
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
await lease?.close();
