/**
 * Weight change -> redrawn chart in Chromium: the explorer marks `cg-edit` when a slider changes
 * and measures `cg-redraw` when the chart has been redrawn; 30 changes, median and p95.
 */
import type { BenchContext } from './lib.ts';
import { buildWeb, launchBrowser, startServer } from '../e2e/support.ts';
import { tinyScenario } from '../src/server/fixtures.ts';

export default async function (ctx: BenchContext): Promise<void> {
  if (ctx.filter && !'weight change redraw'.includes(ctx.filter)) return;
  await buildWeb();
  const server = await startServer();
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage({ viewport: { width: 1360, height: 1000 } });
    await page.goto(server.url + '/');
    let ids = await page.evaluate(async () => ((await (await fetch('/api/scenarios')).json()) as { scenarios: { id: string }[] }).scenarios.map((s) => s.id));
    if (ids.length === 0) {
      // No built-in scenario in this checkout: measure on the small test fixture, and say so.
      await fetch(`${server.url}/api/scenarios`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(tinyScenario()) });
      ids = ['tiny'];
      await page.reload();
    }
    const id = ids.includes('north-america') ? 'north-america' : ids[0];
    await page.locator('[data-testid=scenario-select]').selectOption(id);
    await page.waitForSelector('[data-testid=explorer-chart] svg[data-nash]');
    const slider = page.locator('input[data-testid^=weight-]').first();
    const max = Number(await slider.getAttribute('max'));
    const samples: number[] = [];
    for (let i = 0; i < 32; i++) {
      await page.evaluate(() => performance.clearMeasures('cg-redraw'));
      await slider.fill(String(((i % 10) / 10) * max + max / 20));
      const ms = await page.waitForFunction(() => performance.getEntriesByName('cg-redraw')[0]?.duration, undefined, { timeout: 10_000 });
      if (i >= 2) samples.push((await ms.jsonValue()) as number);
    }
    samples.sort((a, b) => a - b);
    const q = (p: number) => samples[Math.min(samples.length - 1, Math.floor(p * samples.length))];
    ctx.report({ area: 'web', name: `weight change -> redrawn chart (${id}, Chromium)`, ms: q(0.5), extra: { 'p95 ms': q(0.95).toFixed(1), 'max ms': samples[samples.length - 1].toFixed(1), changes: samples.length } });
  } finally {
    await browser.close();
    await server.stop();
  }
}
