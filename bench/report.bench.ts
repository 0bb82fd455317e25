/**
 * Reports: the North America scenario memo as HTML (from the scenario, its analysis and a
 * robustness study, charts drawn with linkedom) and as PDF (Debian's Chromium through
 * playwright-core). The analysis and the study are computed once beforehand and timed apart: the
 * memo is timed, not the engines. PDF two ways: the CLI's (a Chromium of its own per call, launch
 * included) and the server's (one `PdfPrinter` kept open, a PDF after the first).
 * Targets: HTML <= 300 ms, PDF <= 3 s on the 2-core machine. `npm run bench -- report`.
 */
import os from 'node:os';
import { robustnessInput, robustnessJson, runRobustness } from '../src/analysis/index.ts';
import { applyUncertainty, preferencesOf } from '../src/model/index.ts';
import { readScenarioFile, SCENARIOS_DIR } from '../src/model/node.ts';
import { MEMO_ROBUSTNESS_SAMPLES, scenarioMemoHtml, scenarioMemoInput } from '../src/report/index.ts';
import { PdfPrinter, printPdf, serverDocument } from '../src/report/node.ts';
import { fmtMs, peakRssMiB, time, type BenchContext } from './lib.ts';

export default async function (ctx: BenchContext): Promise<void> {
  const { scenario, domain } = await readScenarioFile(`${SCENARIOS_DIR}/north-america.yaml`);
  const input = scenarioMemoInput(scenario);
  const opts = { lang: 'en' as const, date: '2026-12-03', document: serverDocument() };
  const load = () => os.loadavg()[0].toFixed(1);
  const wants = (name: string) => !ctx.filter || name.includes(ctx.filter) || ctx.filter === 'report';

  // The study the CLI's `report --robustness` computes (default count, weights' exact sensitivity), in one thread.
  const model = preferencesOf(domain, scenario);
  const settings = { samples: MEMO_ROBUSTNESS_SAMPLES, seed: 1, sensitivity: { values: false } };
  const prepared = robustnessInput(model, applyUncertainty(model, scenario, {}, ['uncertainty']), settings);
  const study = await time(() => robustnessJson(runRobustness(prepared, settings)), { runs: 1, budgetMs: 1 });
  ctx.report({
    area: 'report',
    name: `memo's robustness study, ${MEMO_ROBUSTNESS_SAMPLES} samples + weights' sensitivity, 1 thread (computed before the memo)`,
    ms: study.medianMs,
    extra: { load: load() },
  });
  const withStudy = { ...input, robustness: study.result };

  for (const [name, memo] of [
    ['North America memo, HTML (target <= 300 ms)', input],
    ['North America memo with robustness section, HTML (target <= 300 ms)', withStudy],
  ] as const) {
    if (!wants('memo html')) break;
    const first = performance.now();
    const html = scenarioMemoHtml(memo, { ...opts, document: serverDocument() });
    const firstMs = performance.now() - first;
    const t = await time(() => scenarioMemoHtml(memo, { ...opts, document: serverDocument() }), {
      runs: 10,
      budgetMs: 10_000,
    });
    ctx.report({
      area: 'report',
      name,
      ms: t.medianMs,
      peakMiB: peakRssMiB(),
      extra: { first: fmtMs(firstMs), max: fmtMs(t.maxMs), runs: t.runs, bytes: html.length, load: load() },
    });
  }
  if (wants('memo pdf')) {
    const html = scenarioMemoHtml(withStudy, opts);
    const cli = await time(() => printPdf(html), { runs: 3, warmup: 1, budgetMs: 60_000 });
    ctx.report({
      area: 'report',
      name: 'North America memo, PDF, CLI: own Chromium, launch included (target <= 3 s)',
      ms: cli.medianMs,
      extra: { min: fmtMs(cli.minMs), max: fmtMs(cli.maxMs), runs: cli.runs, bytes: cli.result.length, load: load() },
    });
    const printer = new PdfPrinter();
    try {
      const first = performance.now();
      await printer.print(html);
      const firstMs = performance.now() - first;
      const warm = await time(() => printer.print(html), { runs: 5, budgetMs: 60_000 });
      ctx.report({
        area: 'report',
        name: 'North America memo, PDF, server: Chromium kept open (target <= 3 s)',
        ms: warm.medianMs,
        extra: {
          first: fmtMs(firstMs),
          min: fmtMs(warm.minMs),
          max: fmtMs(warm.maxMs),
          runs: warm.runs,
          launches: printer.launches,
          load: load(),
        },
      });
    } finally {
      await printer.close();
    }
  }
}
