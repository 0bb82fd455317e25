/**
 * The product's journeys in a real browser (Debian's Chromium) against the real server on a
 * fresh embedded database, as a new user meets them. Each journey saves a screenshot under
 * e2e/screenshots/.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { tinyScenario } from '../src/server/fixtures.ts';
import type { Browser, Page } from 'playwright-core';
import { buildWeb, launchBrowser, root, screenshots, startServer, type RunningServer } from './support.ts';

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  await buildWeb();
  server = await startServer();
  browser = await launchBrowser();
  const { scenarios } = (await (await fetch(`${server.url}/api/scenarios`)).json()) as { scenarios: { id: string }[] };
  // First run seeds every built-in scenario of scenarios/.
  const builtin = existsSync(join(root, 'scenarios')) ? readdirSync(join(root, 'scenarios')).filter((f) => /\.ya?ml$/.test(f)) : [];
  expect(scenarios.length).toBe(builtin.length);
  if (scenarios.length === 0) {
    // No built-in scenario in this checkout: give the new user the small test scenario instead.
    const res = await fetch(`${server.url}/api/scenarios`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(tinyScenario()) });
    expect(res.status).toBe(201);
  }
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function open(path = '/'): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1360, height: 1000 } });
  page.on('pageerror', (e) => {
    throw e;
  });
  await page.goto(server.url + path);
  return page;
}

const nashOf = (page: Page) => page.locator('[data-testid=explorer-chart] svg[data-nash]').getAttribute('data-nash');

describe('journeys', () => {
  it('a new user opens the app, changes a weight and sees the Nash point move', async () => {
    const page = await open();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Scenario explorer');
    await page.waitForSelector('[data-testid=explorer-chart] svg[data-nash]');
    const before = await nashOf(page);
    // The first party's heaviest issue loses most of its weight.
    const sliders = page.locator('input[data-testid^=weight-]');
    const count = await sliders.count();
    expect(count).toBeGreaterThan(1);
    let moved = false;
    for (let i = 0; i < count && !moved; i++) {
      await sliders.nth(i).fill('0');
      await page.waitForTimeout(50);
      moved = (await nashOf(page)) !== before;
    }
    expect(moved).toBe(true);
    // The key-points table (the chart's text alternative) follows too.
    expect(await page.locator('table caption', { hasText: 'Key points' }).isVisible()).toBe(true);
    await expect.poll(() => page.locator('[data-testid=timing]').textContent()).toContain('ms');
    await page.screenshot({ path: join(screenshots, '1-explorer-weight.png'), fullPage: true });
    await page.close();
  });

  it('uploads a Genius domain and analyses it', async () => {
    const page = await open();
    await page.waitForSelector('[data-testid=scenario-select] option', { state: 'attached' });
    const dir = join(root, '../shared/anchors/genius-domains/Laptop');
    await page.locator('[data-testid=upload-genius]').setInputFiles(['laptop_domain.xml', 'laptop_buyer_utility.xml', 'laptop_seller_utility.xml'].map((f) => join(dir, f)));
    await expect.poll(() => page.locator('[data-testid=status]').textContent(), { timeout: 15_000 }).toContain('Uploaded');
    await expect.poll(() => page.locator('[data-testid=scenario-select]').inputValue()).toBe('laptop_domain');
    await page.waitForSelector('[data-testid=explorer-chart] svg[data-nash]');
    await expect.poll(() => page.locator('[data-testid=analysis-summary]').textContent()).toContain('27 outcomes');
    await page.screenshot({ path: join(screenshots, '2-genius-upload.png'), fullPage: true });
    await page.close();
  });

  it('runs a cooperation tournament to completion', async () => {
    const page = await open('/#/cooperation');
    await expect.poll(() => page.locator('h1').textContent()).toBe('Cooperation lab');
    await expect.poll(() => page.locator('input[type=checkbox]:checked').count()).toBeGreaterThan(2);
    await page.locator('[data-testid=run-tournament]').click();
    await expect.poll(() => page.locator('[data-testid=job-status]').textContent(), { timeout: 60_000 }).toContain('succeeded');
    expect(await page.locator('[role=progressbar]').getAttribute('aria-valuenow')).toBe('100');
    await page.waitForSelector('[data-testid=ranking-chart] svg');
    expect(await page.locator('table caption', { hasText: 'Ranking' }).count()).toBe(1);
    await page.screenshot({ path: join(screenshots, '3-cooperation-tournament.png'), fullPage: true });
    await page.close();
  });

  it('audits the Bicentennial Framework and sees its gaps', async () => {
    const page = await open('/#/frameworks');
    await page.waitForSelector('[data-testid=framework-select] option', { state: 'attached' });
    const options = await page.locator('[data-testid=framework-select] option').evaluateAll((els) => els.map((e) => ({ value: (e as HTMLOptionElement).value, text: e.textContent ?? '' })));
    const bicentennial = options.find((o) => /bicentennial/i.test(o.text));
    expect(bicentennial).toBeTruthy();
    await page.locator('[data-testid=framework-select]').selectOption(bicentennial!.value);
    await page.locator('[data-testid=run-audit]').click();
    await expect.poll(() => page.locator('[data-testid=audit-summary]').textContent()).toMatch(/Gaps found: [1-9]/);
    expect(await page.locator('[data-testid=gaps] li').count()).toBeGreaterThan(0);
    await page.screenshot({ path: join(screenshots, '4-bicentennial-audit.png'), fullPage: true });
    await page.close();
  });

  it('works in Spanish and from the keyboard', async () => {
    const page = await open();
    await page.locator('[data-testid=lang]').selectOption('es');
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('es');
    await expect.poll(() => page.locator('h1').textContent()).toBe('Explorador de escenarios');
    // The skip link is the first stop of the focus order and lands on the page heading.
    await page.keyboard.press('Tab');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Saltar al contenido');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Explorador de escenarios');
    // Every slider has an accessible name.
    await page.waitForSelector('input[type=range]');
    const unnamed = await page.locator('input[type=range]').evaluateAll((els) => els.filter((e) => !(e.getAttribute('aria-label') || (e as HTMLInputElement).labels?.length)).length);
    expect(unnamed).toBe(0);
    await page.screenshot({ path: join(screenshots, '5-spanish-keyboard.png'), fullPage: true });
    await page.close();
  });
});
