/**
 * The explorer in Spanish shows the scenario's own Spanish content: North America's
 * issue and party names come from the file's translations, not English, and the numbers are those
 * of the English view. Debian's Chromium against the real server.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, startServer, type RunningServer } from './support.ts';

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

async function explorer(lang: 'en' | 'es'): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1360, height: 900 } });
  await context.addInitScript((l) => localStorage.setItem('cg-lang', l), lang);
  const page = await context.newPage();
  page.setDefaultTimeout(60_000);
  await page.goto(server.url + '/#/explorer');
  await page.waitForSelector('[data-testid=analysis-summary]');
  await expect.poll(() => page.locator('[data-testid=analysis-summary]').textContent()).toMatch(/\d/);
  return page;
}

const issueLabels = (page: Page) =>
  page.locator('#issues-h ~ details summary').evaluateAll((els) => els.map((e) => e.textContent?.trim() ?? ''));

describe('Spanish content in the explorer', () => {
  it('North America in Spanish names its issues and parties in Spanish, with the same analysis', async () => {
    const es = await explorer('es');
    const en = await explorer('en');
    const [esIssues, enIssues] = await Promise.all([issueLabels(es), issueLabels(en)]);
    expect(enIssues).toContain('Human smuggling');
    expect(esIssues).toEqual(
      expect.arrayContaining(['Narcotráfico y fentanilo', 'Tráfico ilícito de migrantes', 'Trata de personas']),
    );
    expect(esIssues).toHaveLength(enIssues.length);
    expect(esIssues.filter((x) => enIssues.includes(x))).toEqual([]);
    const parties = await es.locator('[data-testid=party-select] option').allTextContents();
    expect(parties).toEqual(['Estados Unidos', 'México', 'Canadá']);
    // Same Nash point: only the words change.
    const nums = async (p: Page) =>
      ((await p.locator('[data-testid=analysis-summary]').textContent()) ?? '').match(/\d+[.,]\d+/g);
    expect(await nums(es)).toEqual(await nums(en));
    await es.context().close();
    await en.context().close();
  });
});
