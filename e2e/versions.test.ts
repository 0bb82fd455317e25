/**
 * Save as, history and compare in Chromium at 390 px, in English and Spanish: Save on a built-in
 * scenario asks for a new name and leaves the original alone; every save keeps a version; two
 * versions go side by side with the changed weight named; an earlier version is restored.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchBrowser, screenshots, startServer, webBuild, type RunningServer } from './support.ts';

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  expect(webBuild().mode).toBe('production');
  server = await startServer();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const TEXT = {
  en: {
    builtin: 'built-in scenario',
    savedAs: 'Saved as',
    weight: 'weight of Cooperation framework',
    restored: 'restored as version 3',
  },
  es: {
    builtin: 'escenario incorporado',
    savedAs: 'Guardado como',
    weight: 'peso de Marco de cooperación',
    restored: 'restaurada como versión 3',
  },
};

interface Stored {
  version: number;
  origin: string;
  document: { parties: { id: string; weights: Record<string, { weight: number }> }[] };
}

const get = async (id: string) => (await (await fetch(`${server.url}/api/scenarios/${id}`)).json()) as Stored;
const usWeight = (s: Stored) => s.document.parties.find((p) => p.id === 'us')!.weights.framework.weight;

describe('save as, history and compare', () => {
  for (const lang of ['en', 'es'] as const) {
    it(`${lang}: saves a built-in scenario as a new one, keeps versions, compares and restores them (390 px)`, async () => {
      const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
      await context.addInitScript((l) => localStorage.setItem('cg-lang', l), lang);
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      page.setDefaultTimeout(20_000);
      try {
        const builtinBefore = await get('us-mexico');
        await page.goto(server.url + '/#/explorer');
        await page.locator('[data-testid=scenario-select]').selectOption('us-mexico');
        await page.waitForSelector('[data-testid=party-select]');
        await page.locator('[data-testid=party-select]').selectOption('us');
        await page.locator('input[data-testid=weight-framework]').fill('0');
        // Save on a built-in asks for Save as; the built-in is untouched.
        await page.locator('[data-testid=save]').click();
        await expect.poll(() => page.locator('[data-testid=builtin-note]').textContent()).toContain(TEXT[lang].builtin);
        expect(await get('us-mexico')).toEqual(builtinBefore);
        await page.locator('[data-testid=save-as-name]').fill(`E2E copy ${lang}`);
        await page.locator('[data-testid=save-as-submit]').click();
        const id = `e2e-copy-${lang}`;
        await expect.poll(() => page.locator('[data-testid=status]').textContent()).toContain(TEXT[lang].savedAs);
        await expect.poll(() => page.locator('[data-testid=scenario-select]').inputValue()).toBe(id);
        const copy = await get(id);
        expect(copy).toMatchObject({ version: 1, origin: 'json' });
        expect(usWeight(copy)).toBe(0);
        expect(usWeight(await get('us-mexico'))).toBe(usWeight(builtinBefore));

        // A plain Save on the copy keeps a second version.
        await page.waitForSelector('[data-testid=versions] li');
        await page.locator('[data-testid=party-select]').selectOption('us');
        await page.locator('input[data-testid=weight-framework]').fill('5');
        await page.locator('[data-testid=save]').click();
        await expect.poll(async () => (await get(id)).version).toBe(2);
        await expect.poll(() => page.locator('[data-testid=versions] li').count()).toBe(2);

        // Compare the current copy (A) with its version 1 (B): the changed weight is named.
        await page.locator('[data-testid=compare-a]').selectOption(id);
        await page.locator('[data-testid=compare-b]').selectOption(`${id}@1`);
        await page.locator('[data-testid=compare-run]').click();
        await page.waitForSelector('[data-testid=comparison] table');
        expect(await page.locator('[data-testid=comparison] table').count()).toBe(2);
        const changes = await page.locator('[data-testid=changes] li').allTextContents();
        expect(changes).toHaveLength(1);
        expect(changes[0]).toContain(TEXT[lang].weight);
        expect(changes[0]).toMatch(/5 → 0$/);
        expect(
          await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
        ).toBe(0);
        await page.screenshot({ path: join(screenshots, `versions-compare-${lang}.png`), fullPage: true });

        // Restore version 1: saved as version 3, with version 1's weight.
        await page.locator('[data-testid=restore-1]').click();
        await expect
          .poll(() => page.locator('[data-testid=history-status]').textContent())
          .toContain(TEXT[lang].restored);
        const restored = await get(id);
        expect(restored.version).toBe(3);
        expect(usWeight(restored)).toBe(0);
        await expect.poll(() => page.locator('[data-testid=versions] li').count()).toBe(3);
        expect(errors).toEqual([]);
      } finally {
        await context.close();
      }
    });
  }
});
