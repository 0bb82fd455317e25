/**
 * Reports: the North America scenario memo as HTML (from the scenario and its analysis, charts
 * drawn with linkedom) and as PDF (Debian's Chromium through playwright-core, browser launch
 * included). The analysis is computed once beforehand: the memo is timed, not the analysis.
 * Targets: HTML <= 300 ms, PDF <= 3 s on the 2-core machine. `npm run bench -- report`.
 */
import os from 'node:os';
import { readScenarioFile, SCENARIOS_DIR } from '../src/model/node.ts';
import { scenarioMemoHtml, scenarioMemoInput } from '../src/report/index.ts';
import { printPdf, serverDocument } from '../src/report/node.ts';
import { fmtMs, peakRssMiB, time, type BenchContext } from './lib.ts';

export default async function (ctx: BenchContext): Promise<void> {
  const { scenario } = await readScenarioFile(`${SCENARIOS_DIR}/north-america.yaml`);
  const input = scenarioMemoInput(scenario);
  const opts = { lang: 'en' as const, date: '2026-12-03', document: serverDocument() };
  const load = () => os.loadavg()[0].toFixed(1);
  if (!ctx.filter || 'memo html'.includes(ctx.filter) || ctx.filter === 'report') {
    const first = performance.now();
    const html = scenarioMemoHtml(input, { ...opts, document: serverDocument() });
    const firstMs = performance.now() - first;
    const t = await time(() => scenarioMemoHtml(input, { ...opts, document: serverDocument() }), {
      runs: 10,
      budgetMs: 10_000,
    });
    ctx.report({
      area: 'report',
      name: 'North America memo, HTML (target <= 300 ms)',
      ms: t.medianMs,
      peakMiB: peakRssMiB(),
      extra: { first: fmtMs(firstMs), max: fmtMs(t.maxMs), runs: t.runs, bytes: html.length, load: load() },
    });
  }
  if (!ctx.filter || 'memo pdf'.includes(ctx.filter) || ctx.filter === 'report') {
    const html = scenarioMemoHtml(input, opts);
    const t = await time(() => printPdf(html), { runs: 3, warmup: 1, budgetMs: 60_000 });
    ctx.report({
      area: 'report',
      name: 'North America memo, PDF incl. Chromium launch (target <= 3 s)',
      ms: t.medianMs,
      extra: { min: fmtMs(t.minMs), max: fmtMs(t.maxMs), runs: t.runs, bytes: t.result.length, load: load() },
    });
  }
}
