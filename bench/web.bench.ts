/**
 * Weight change -> redrawn chart in Chromium, on the North America scenario (3 parties, 12 issues,
 * 885,735 outcomes). The explorer marks `cg-edit` when a slider changes; `cg-redraw` ends when the
 * re-analysed chart has replaced the old one in the page, `cg-paint` at the start of the frame
 * after the one that painted it (so layout and paint are included). 30 changes after 2 warm-up
 * changes; median, p95 and max of each.
 */
import type { BenchContext } from './lib.ts';
import { webBuild, launchBrowser, startServer } from '../e2e/support.ts';

export default async function (ctx: BenchContext): Promise<void> {
  if (ctx.filter && !'weight change redraw'.includes(ctx.filter)) return;
  webBuild();
  const server = await startServer();
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage({ viewport: { width: 1360, height: 1000 } });
    await page.goto(server.url + '/');
    await page.waitForSelector('[data-testid=scenario-select] option[value=north-america]', { state: 'attached' });
    await page.locator('[data-testid=scenario-select]').selectOption('north-america');
    await page.waitForSelector('[data-testid=explorer-chart] svg[data-nash]');
    const slider = page.locator('input[data-testid^=weight-]').first();
    const max = Number(await slider.getAttribute('max'));
    const redraw: number[] = [];
    const paint: number[] = [];
    for (let i = 0; i < 32; i++) {
      await page.evaluate(() => performance.clearMeasures());
      await slider.fill(String(((i % 10) / 10) * max + max / 20));
      const h = await page.waitForFunction(
        () => {
          const p = performance.getEntriesByName('cg-paint')[0]?.duration;
          return p === undefined ? null : [performance.getEntriesByName('cg-redraw')[0].duration, p];
        },
        undefined,
        { timeout: 10_000 },
      );
      const [r, p] = (await h.jsonValue()) as [number, number];
      if (i >= 2) {
        redraw.push(r);
        paint.push(p);
      }
    }
    const q = (xs: number[], f: number) =>
      [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(f * xs.length))];
    for (const [name, xs] of [
      ['chart replaced in the page', redraw],
      ['chart painted', paint],
    ] as const) {
      ctx.report({
        area: 'web',
        name: `weight change -> ${name} (north-america, Chromium)`,
        ms: q(xs, 0.5),
        extra: { 'p95 ms': q(xs, 0.95).toFixed(1), 'max ms': Math.max(...xs).toFixed(1), changes: xs.length },
      });
    }
  } finally {
    await browser.close();
    await server.stop();
  }
}
