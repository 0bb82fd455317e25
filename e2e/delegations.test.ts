/**
 * Delegations managed in the web app, in Chromium at 390 px, in English and Spanish: the owner
 * creates a token (shown once, copied with the button), the delegation signs in with it and sees
 * its own position on the key packages, the owner revokes it and it stops working.
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
    title: 'Delegations',
    position: "Your delegation's position",
    copied: 'Token copied',
    revoked: 'Token revoked',
  },
  es: {
    title: 'Delegaciones',
    position: 'La posición de su delegación',
    copied: 'Token copiado',
    revoked: 'Token revocado',
  },
};

interface Position {
  party: { name: string };
  fallback: number;
  packages: { key: string; utility: number; rank: number }[];
}

describe('delegations in the web app', () => {
  for (const lang of ['en', 'es'] as const) {
    it(`${lang}: the owner creates, copies and revokes a token; the delegation sees only its own position (390 px)`, async () => {
      const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
      await context.addInitScript((l) => localStorage.setItem('cg-lang', l), lang);
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      page.setDefaultTimeout(20_000);
      try {
        await page.goto(server.url + '/#/explorer');
        await page.locator('[data-testid=scenario-select]').selectOption('us-mexico');
        await expect.poll(() => page.locator('#delegations h2').textContent()).toBe(TEXT[lang].title);
        await page.locator('[data-testid=delegation-party]').selectOption('mx');
        await page.locator('[data-testid=delegation-label]').fill(`e2e ${lang}`);
        await page.locator('[data-testid=create-delegation]').click();
        const token = await page.locator('[data-testid=new-token]').inputValue();
        expect(token).toMatch(/^cgd_/);
        await page.locator('[data-testid=copy-token]').click();
        await expect
          .poll(() => page.locator('[data-testid=delegation-status]').textContent())
          .toContain(TEXT[lang].copied);
        expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(token);
        await expect
          .poll(() => page.locator('[data-testid=delegations] li', { hasText: `e2e ${lang}` }).count())
          .toBe(1);
        expect(
          await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
        ).toBe(0);
        await page.screenshot({ path: join(screenshots, `delegations-owner-${lang}.png`), fullPage: true });

        // The delegation signs in with the copied token and sees its own position.
        await page.locator('.settings summary').click();
        await page.locator('[data-testid=token]').fill(token);
        await page.locator('[data-testid=apply-token]').click();
        await page.waitForSelector('[data-testid=position] tbody tr');
        expect(await page.locator('#position h2').textContent()).toBe(TEXT[lang].position);
        // The owner's controls are gone.
        expect(await page.locator('#delegations').count()).toBe(0);
        const pos = (await (
          await fetch(`${server.url}/api/scenarios/us-mexico/position`, {
            headers: { authorization: `Bearer ${token}` },
          })
        ).json()) as Position;
        expect(pos.party.name).toMatch(/^M[eé]xico$/);
        const rows = await page
          .locator('[data-testid=position] tbody tr')
          .evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent ?? '')));
        expect(rows).toHaveLength(pos.packages.length);
        // Rows run from this party's best package down, each with its own utility as the API gives it.
        const fmt = new Intl.NumberFormat(lang === 'es' ? 'es-MX' : 'en-US', { maximumFractionDigits: 3 });
        const sorted = [...pos.packages].sort((a, b) => a.rank - b.rank);
        expect(rows.map((r) => r[1])).toEqual(sorted.map((p) => fmt.format(p.utility)));
        expect(rows.map((r) => Number(r[2]))).toEqual(sorted.map((p) => p.rank));
        expect(await page.locator('[data-testid=fallback]').textContent()).toContain(fmt.format(pos.fallback));
        // Nothing of the other party: its name appears in no number column of the position.
        const panel = (await page.locator('[data-testid=position]').textContent()) ?? '';
        expect(panel).not.toMatch(/United States|Estados Unidos/);
        expect(
          await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
        ).toBe(0);
        await page.screenshot({ path: join(screenshots, `delegations-position-${lang}.png`), fullPage: true });

        // Back to the owner (no token in local mode): revoke, and the token stops working.
        await page.locator('.settings summary').click();
        await page.locator('[data-testid=token]').fill('');
        await page.locator('[data-testid=apply-token]').click();
        // The explorer opens on its default scenario again: back to the one the token was for.
        await page.locator('[data-testid=scenario-select]').selectOption('us-mexico');
        const mine = page.locator('[data-testid=delegations] li', { hasText: `e2e ${lang}` });
        await mine.locator('[data-testid=revoke]').click();
        await expect
          .poll(() => page.locator('[data-testid=delegation-status]').textContent())
          .toContain(TEXT[lang].revoked);
        await expect.poll(() => mine.count()).toBe(0);
        const after = await fetch(`${server.url}/api/scenarios/us-mexico/position`, {
          headers: { authorization: `Bearer ${token}` },
        });
        expect(after.status).toBe(401);
        expect(errors).toEqual([]);
      } finally {
        await context.close();
      }
    });
  }
});
