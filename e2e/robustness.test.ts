/**
 * The explorer's Robustness panel in a real browser against the real (compiled) server: on North
 * America, a small run shows the partial estimate or the result, then one sentence per headline
 * finding with its 95% interval, the most robust package next to the Nash package, and the three
 * charts (option bars, gains, tornado) with no browser errors.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { join } from 'node:path';
import { launchBrowser, screenshots, startServer, type RunningServer } from './support.ts';

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('robustness panel', () => {
  it('runs on North America and shows findings, packages and charts', async () => {
    const page = await browser.newPage({ viewport: { width: 1360, height: 1000 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.setDefaultTimeout(60_000);
    await page.goto(server.url + '/#/explorer');
    await page.waitForSelector('[data-testid=explorer-chart] svg[data-nash]');
    await page.locator('[data-testid=robustness-samples]').fill('250');
    await page.locator('[data-testid=robustness-run]').click();
    await page.waitForSelector('[data-testid=robustness-findings] li');
    const findings = await page.locator('[data-testid=robustness-findings] li').allTextContents();
    expect(findings.length).toBeGreaterThan(5);
    expect(findings[0]).toMatch(/^In \d+% of 250 plausible weightings \(95% CI \d+(–\d+)?%\)/);
    expect(await page.locator('[data-testid=robustness-packages] dd').count()).toBe(2);
    for (const chart of ['robustness-options', 'robustness-gains', 'robustness-tornado'])
      expect(await page.locator(`[data-testid=${chart}] svg`).count(), chart).toBeGreaterThan(0);
    await page.locator('#robustness').screenshot({ path: join(screenshots, 'robustness-panel.png') });
    expect(errors).toEqual([]);
  }, 300_000);
});
