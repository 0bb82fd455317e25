/**
 * Journeys of a policy reader who must trust what the tool says: the home page, the
 * deal in words, where every number comes from (down to the brief's paragraph), the findings, the
 * glossary, and the cooperation lab's answer to the brief, in English and Spanish, at desktop and
 * 390-pixel phone sizes, in Debian's Chromium against the real server.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
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

async function open(path: string, lang: 'en' | 'es', width = 1360): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  await context.addInitScript((l) => localStorage.setItem('cg-lang', l), lang);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.setDefaultTimeout(30_000);
  await page.goto(server.url + path);
  return { page, errors };
}

const text = async (page: Page, sel: string) => ((await page.locator(sel).textContent()) ?? '').replace(/\s+/g, ' ');

const WORDS = {
  en: {
    home: 'Common ground for North American security cooperation',
    explorer: 'Scenario explorer',
    canada: 'Canada goes from 0.000 today to 1.000 in this package (+1.000).',
    concedes: 'Canada concedes nothing',
    follows: 'it restates that claim, it does not test it',
    assumption: 'modelling assumption',
    glossary: 'shadow of the future',
    linked: 'Linked, joint action on every issue pays for both once the chance of continuing is at least',
    rstp: 'R (reward): both act jointly.',
  },
  es: {
    home: 'Terreno común para la cooperación en seguridad en América del Norte',
    explorer: 'Explorador de escenarios',
    canada: 'Canadá pasa de 0.000 hoy a 1.000 con este paquete (+1.000).',
    concedes: 'Canadá no cede nada',
    follows: 'la reformula, no la pone a prueba',
    assumption: 'supuesto del modelo',
    glossary: 'sombra del futuro',
    linked:
      'Vinculados, la acción conjunta en todos los temas conviene a ambos cuando la probabilidad de continuar es al menos',
    rstp: 'R (recompensa): ambos actúan en conjunto.',
  },
} as const;

describe('a policy reader who must trust the numbers', () => {
  for (const lang of ['en', 'es'] as const) {
    const w = WORDS[lang];
    it(`${lang}: home page -> explorer: the deal in words, findings, provenance down to the brief's paragraph, and terms explained on focus`, async () => {
      const { page, errors } = await open('/', lang);
      await expect.poll(() => page.locator('h1').textContent()).toBe(w.home);
      expect(await page.locator('[data-testid=parts] a').count()).toBe(6);
      await page.locator('[data-testid=parts] a[href="#/explorer"]').click();
      await expect.poll(() => page.locator('h1').textContent()).toBe(w.explorer);
      await page.waitForSelector('[data-testid=deal-ca]');
      expect(await text(page, '[data-testid=deal-ca]')).toContain(w.canada);
      expect(await text(page, '[data-testid=deal-ca]')).toContain(w.concedes);
      // Another package: the words follow it (Kalai-Smorodinsky gives Canada 0.700 in North America).
      await page.locator('[data-testid=deal-package]').selectOption('kalaiSmorodinsky');
      await expect.poll(() => text(page, '[data-testid=deal-ca]')).toContain('0.700');
      expect(await text(page, '[data-testid=follows]')).toContain(w.follows);
      // Provenance: a quoted weight links to its paragraph of the brief, highlighted there.
      await page.locator('[data-testid=provenance-us] summary').click();
      expect(await text(page, '[data-testid=provenance-us]')).toContain(w.assumption);
      const link = page.locator('[data-testid=provenance-us] a[href^="#/brief?p="]').first();
      const quote = ((await page.locator('[data-testid=provenance-us] q').first().textContent()) ?? '').slice(0, 40);
      await link.click();
      await page.waitForSelector('[data-testid=brief-target]');
      expect((await text(page, '[data-testid=brief-target]')).replace(/[’]/g, "'")).toContain(
        quote.replace(/[’]/g, "'"),
      );
      // A term explains itself on keyboard focus.
      await page.goto(server.url + '/#/explorer');
      await page.waitForSelector('[data-testid=deal]');
      const term = page.locator('[data-testid=term-statusQuo]').first();
      await term.focus();
      await expect.poll(() => term.locator('[role=tooltip]').isVisible()).toBe(true);
      await page.screenshot({ path: join(screenshots, `trust-explorer-${lang}.png`), fullPage: true });
      // The glossary page lists the terms in this language.
      await page.goto(server.url + '/#/glossary');
      expect(await text(page, '[data-testid=glossary]')).toContain(w.glossary);
      expect(errors).toEqual([]);
      await page.context().close();
    });

    it(`${lang}: the cooperation lab answers the brief: thresholds alone and linked, payoff against the shadow of the future, R/S/T/P in words, every strategy in view`, async () => {
      const { page, errors } = await open('/#/cooperation', lang);
      await page.waitForSelector('[data-testid=linkage-chart] svg');
      expect(await text(page, '[data-testid=linkage-result]')).toContain(w.linked);
      expect(await text(page, '[data-testid=rstp-words]')).toContain(w.rstp);
      // Every strategy is in view: the list does not scroll, and each ticked one is visible.
      const box = page.locator('.checks');
      expect(await box.evaluate((e) => e.scrollHeight - e.clientHeight)).toBeLessThanOrEqual(0);
      expect(await page.locator('.checks input').count()).toBeGreaterThan(40);
      for (const c of await page.locator('.checks input:checked').all()) expect(await c.isVisible()).toBe(true);
      // A short tournament on the brief's own game: its result is related to the brief's claim.
      await page.locator('[data-testid=coop-game]').selectOption({ index: 1 });
      await page.locator('#players input[type=number]').nth(0).fill('20');
      await page.locator('#players input[type=number]').nth(1).fill('1');
      await page.locator('[data-testid=run-tournament]').click();
      await page.waitForSelector('[data-testid=brief-claim]', { timeout: 60_000 });
      expect(await text(page, '[data-testid=brief-claim]')).toMatch(
        lang === 'en' ? /^The brief claims joint action pays off in the long run\./ : /^El informe afirma/,
      );
      expect(errors).toEqual([]);
      await page.context().close();
    });

    it(`${lang}: at 390 pixels the home page, explorer explanations, glossary and brief fit without sideways scrolling`, async () => {
      const { page, errors } = await open('/', lang, 390);
      for (const [route, ready] of [
        ['/', '[data-testid=argument]'],
        ['/#/explorer', '[data-testid=deal-ca]'],
        ['/#/glossary', '[data-testid=glossary]'],
        ['/#/brief?p=18', '[data-testid=brief-target]'],
        ['/#/cooperation', '[data-testid=linkage-chart] svg'],
      ]) {
        await page.goto(server.url + route);
        await page.waitForSelector(ready);
        if (route === '/#/explorer')
          await page
            .locator('main details:not([open]) > summary')
            .evaluateAll((els) => els.forEach((e) => (e as HTMLElement).click()));
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(overflow, `${lang} ${route}`).toBe(0);
      }
      await page.screenshot({ path: join(screenshots, `trust-phone-${lang}.png`), fullPage: true });
      expect(errors).toEqual([]);
      await page.context().close();
    });
  }
});
