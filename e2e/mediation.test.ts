/**
 * Confidential mediation in Chromium: four browser contexts (the mediator, the United
 * States, Mexico in Spanish at phone width, Canada) on North America. Each delegation enters its
 * preferences, two rounds run (computed packages, the most robust package among them, rejected
 * blind, then the mediator's own package agreed blind), one improvement is accepted, and no context
 * ever receives or shows another party's private numbers (its entered preferences or its utilities).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, screenshots, startServer, webBuild, type RunningServer } from './support.ts';
import { compileScenario, utilities, type Scenario } from '../src/model/index.ts';

const ADMIN = 'e2e-mediation-admin-token-0123';
/** A distinctive weight each delegation types (nothing else in the scenario uses these numbers). */
const SECRET: Record<string, { issue: string; weight: number }> = {
  us: { issue: 'drug_trafficking', weight: 0.3917 },
  mx: { issue: 'gun_smuggling', weight: 0.4253 },
  ca: { issue: 'drug_trafficking', weight: 0.2861 },
};
const PARTIES = ['us', 'mx', 'ca'] as const;

let server: RunningServer;
let browser: Browser;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  expect(webBuild().mode).toBe('production');
  server = await startServer({ CG_ADMIN_TOKEN: ADMIN });
  browser = await launchBrowser();
}, 120_000);

afterAll(async () => {
  for (const c of contexts) await c.close().catch(() => undefined);
  await browser?.close();
  await server?.stop();
});

const owner = { authorization: `Bearer ${ADMIN}`, 'content-type': 'application/json' };

async function contextFor(token: string, opts: { lang?: 'en' | 'es'; width?: number } = {}) {
  const c = await browser.newContext({ viewport: { width: opts.width ?? 1280, height: 900 } });
  contexts.push(c);
  await c.addInitScript(
    ([tok, lang]) => {
      localStorage.setItem('cg-token', tok);
      localStorage.setItem('cg-lang', lang);
    },
    [token, opts.lang ?? 'en'],
  );
  const page = await c.newPage();
  const bodies: string[] = [];
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('response', (r) => {
    // Every API reply this context receives (the event stream is checked by the API tests).
    if (r.url().includes('/api/') && !r.url().endsWith('/events'))
      void r
        .text()
        .then((b) => bodies.push(b))
        .catch(() => undefined);
  });
  return { page, bodies, errors };
}

/** Controls of the main content without an accessible name. */
const unnamedControls = (page: Page) =>
  page
    .locator('main input, main select, main button')
    .evaluateAll((els) =>
      els
        .filter(
          (e) =>
            !(
              e.getAttribute('aria-label') ||
              (e as HTMLInputElement).labels?.length ||
              (e.textContent ?? '').trim() ||
              e.getAttribute('title')
            ),
        )
        .map((e) => e.outerHTML.slice(0, 80)),
    );

/** Everything the page shows: its text and the values of its inputs. */
const shown = (page: Page) =>
  page.evaluate(
    () =>
      document.body.innerText +
      '\n' +
      [...document.querySelectorAll('input')].map((i) => (i as HTMLInputElement).value).join('\n'),
  );

describe('confidential mediation in the browser', () => {
  it('four contexts: preferences, two rounds, a package agreed blind, an improvement accepted, nothing private crosses', async () => {
    // The owner gives each party a delegation token (as it would hand them out).
    const tokens: Record<string, string> = {};
    for (const p of PARTIES) {
      const res = await fetch(`${server.url}/api/scenarios/north-america/delegations`, {
        method: 'POST',
        headers: owner,
        body: JSON.stringify({ partyId: p }),
      });
      tokens[p] = ((await res.json()) as { token: string }).token;
    }

    // The mediator opens the mediation in the web app.
    const med = await contextFor(ADMIN);
    await med.page.goto(`${server.url}/#/mediation`);
    await med.page.locator('[data-testid=med-scenario]').selectOption('north-america');
    await expect.poll(() => med.page.locator('#med-open .hint').textContent(), { timeout: 30_000 }).toContain('(3 ');
    // The most robust package too (explained next to the other concepts), on 1,000 samples, four proposals a round.
    await med.page.locator('[data-testid=concept-mostRobust]').check();
    expect(await med.page.locator('#med-open').innerText()).toContain('better off than bargaining issue by issue');
    await med.page.locator('[data-testid=med-samples]').fill('1000');
    await med.page.locator('[data-testid=med-per-round]').fill('4');
    await med.page.locator('[data-testid=med-open]').click();
    await expect
      .poll(() => med.page.locator('[data-testid=role]').textContent(), { timeout: 30_000 })
      .toContain('You are the mediator');

    // Each delegation signs in, enters a private weight, saves and marks itself ready.
    const del: Record<string, Awaited<ReturnType<typeof contextFor>>> = {};
    for (const p of PARTIES) {
      // Mexico in Spanish and the United States in English on phones; Canada on a desktop.
      del[p] = await contextFor(tokens[p], p === 'mx' ? { lang: 'es', width: 390 } : p === 'us' ? { width: 390 } : {});
      const { page } = del[p];
      await page.goto(`${server.url}/#/mediation`);
      const input = page.locator(`[data-testid=weight-${SECRET[p].issue}]`);
      await input.waitFor({ timeout: 30_000 });
      await input.fill(String(SECRET[p].weight));
      await page.locator('[data-testid=save-prefs]').click();
      await page
        .locator('[data-testid=prefs-saved]')
        .waitFor({ timeout: 30_000 })
        .catch(async (e) => {
          throw new Error(`${p}: preferences not saved: ${await page.locator('main').innerText()}`, { cause: e });
        });
      await page.locator('[data-testid=ready]').click();
      await expect
        .poll(() => page.locator('[data-testid=ready-status]').textContent(), { timeout: 30_000 })
        .toMatch(/ready|lista/);
    }
    // Mexico's page is in Spanish and fits a phone: nothing scrolls sideways.
    expect(await del.mx.page.locator('[data-testid=role]').textContent()).toMatch(/Usted habla por M[eé]xico/);
    // Both phone pages fit (nothing scrolls sideways) and every control of every view is named.
    for (const ctx of [del.mx, del.us, med]) {
      expect(
        await ctx.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
      ).toBe(0);
      expect(await unnamedControls(ctx.page)).toEqual([]);
    }

    // Round 1: computed packages; the United States rejects them all, so nothing is agreed.
    await expect
      .poll(() => med.page.locator('#med-participants tbody').textContent(), { timeout: 30_000 })
      .not.toContain('not yet');
    await med.page.locator('[data-testid=run-round]').click();
    for (const p of PARTIES) {
      const { page } = del[p];
      await page.locator('[data-testid=proposal-1-0]').waitFor({ timeout: 90_000 });
      const count = await page.locator('[data-testid^=proposal-1-]').count();
      expect(count).toBeGreaterThan(0);
      expect(await page.locator('[data-testid=round-1] [data-testid=own-utility]').count()).toBe(count);
      for (let i = 0; i < count; i++)
        await page.locator(`[data-testid=${p === 'us' ? 'reject' : 'accept'}-1-${i}]`).check();
      await page.locator('[data-testid=answer-1]').click();
      await page.locator('[data-testid=answer-sent-1]').waitFor({ timeout: 30_000 });
    }
    // The most robust package's share, in words, in every context (one joint share: the same for all).
    const robustText: Record<string, string> = {};
    for (const [who, ctx] of [['mediator', med], ...PARTIES.map((p) => [p, del[p]] as const)] as const) {
      const share = ctx.page.locator('[data-testid=round-1] [data-testid=robust-share]');
      await share.first().waitFor({ timeout: 30_000 });
      expect(await share.count(), who).toBe(1);
      robustText[who] = await share.innerText();
    }
    expect(robustText.mediator).toMatch(
      /Better for all parties than issue by issue in \d+% of 1,000 samples \(95% interval \d+%–\d+%; seed 1\)\. Modelling assumption: uncertainty ranges/,
    );
    expect(robustText.ca).toBe(robustText.mediator);
    expect(robustText.mx).toMatch(/Mejor para todas las partes que tema por tema en el \d+ ?% de 1,?000 muestras/);
    expect(robustText.mx).toContain('Supuesto de modelización');
    await expect
      .poll(() => med.page.locator('[data-testid=round-1-outcome]').textContent(), { timeout: 30_000 })
      .toContain('No proposal was acceptable to all');
    await expect
      .poll(() => del.ca.page.locator('[data-testid=round-1-outcome]').textContent(), { timeout: 30_000 })
      .toContain('No proposal was acceptable to all');

    // Round 2: the mediator proposes its own package (today's state); all accept it blind by threshold.
    await med.page.locator('#med-actions summary').click();
    await med.page.locator('[data-testid=propose-draft]').click();
    for (const p of PARTIES) {
      const { page } = del[p];
      await page.locator('[data-testid=proposal-2-0]').waitFor({ timeout: 60_000 });
      await page.locator('[data-testid=threshold-2]').fill('-10');
      await page.locator('[data-testid=answer-2]').click();
      await page.locator('[data-testid=answer-sent-2]').waitFor({ timeout: 30_000 });
    }
    for (const ctx of [med, ...Object.values(del)])
      await expect
        .poll(() => ctx.page.locator('[data-testid=agreed] h3').textContent(), { timeout: 30_000 })
        .toMatch(/\(r(ound|onda) 2\)/);

    // Improvement: a package better for someone and worse for no one, accepted by all.
    await med.page.locator('[data-testid=improve]').click();
    for (const p of PARTIES) {
      const { page } = del[p];
      await page.locator('[data-testid=proposal-3-0]').waitFor({ timeout: 90_000 });
      await page.locator('[data-testid=accept-3-0]').check();
      await page.locator('[data-testid=answer-3]').click();
    }
    for (const ctx of [med, ...Object.values(del)])
      await expect
        .poll(() => ctx.page.locator('[data-testid=agreed] h3').textContent(), { timeout: 30_000 })
        .toMatch(/\(r(ound|onda) 3\)/);
    await expect
      .poll(() => med.page.locator('[data-testid=timeline]').textContent(), { timeout: 30_000 })
      .toContain('improvement accepted');

    // What every party's utility of every proposal is, from the combined private preferences.
    const scenario = (
      (await (await fetch(`${server.url}/api/scenarios/north-america`, { headers: owner })).json()) as {
        document: Scenario;
      }
    ).document;
    for (const p of PARTIES)
      scenario.parties.find((x) => x.id === p)!.weights[SECRET[p].issue].weight = SECRET[p].weight;
    const domain = compileScenario(scenario);
    const view = (await (await fetch(`${server.url}/api/mediations`, { headers: owner })).json()) as {
      mediations: { id: string }[];
    };
    const m = (await (
      await fetch(`${server.url}/api/mediations/${view.mediations[0].id}`, { headers: owner })
    ).json()) as { rounds: { proposals: { package: { issue: string; option: string }[] }[] }[] };
    const all = m.rounds.flatMap((r) =>
      r.proposals.map((pr) =>
        utilities(
          domain,
          pr.package.map((x, j) => domain.issues[j].options.indexOf(x.option)),
        ),
      ),
    );
    expect(all.length).toBeGreaterThan(2);

    for (const [i, p] of PARTIES.entries()) {
      const { page, bodies, errors } = del[p];
      const text = await shown(page);
      const received = bodies.join('\n');
      // Its own secret and its own utilities do reach it (the checks below are not vacuous)...
      expect(received).toContain(String(SECRET[p].weight));
      expect(all.some((u) => received.includes(String(u[i])))).toBe(true);
      // ...nobody else's, neither received nor shown.
      for (const other of PARTIES.filter((x) => x !== p)) {
        const j = PARTIES.indexOf(other);
        expect(received.includes(String(SECRET[other].weight)), `${p} received ${other}'s weight`).toBe(false);
        expect(text.includes(String(SECRET[other].weight).slice(1)), `${p} shows ${other}'s weight`).toBe(false);
        // Utilities with enough digits to be recognisable (0 or 1 would match anything).
        for (const u of all)
          if (Math.abs(u[j] - u[i]) > 1e-9 && String(u[j]).length > 6)
            expect(received.includes(String(u[j])), `${p} received ${other}'s utility ${u[j]}`).toBe(false);
      }
      await page.screenshot({ path: join(screenshots, `mediation-${p}.png`), fullPage: true });
      expect(errors).toEqual([]);
    }
    // The mediator receives and shows no preference and no utility at all.
    const medReceived = med.bodies.join('\n');
    for (const p of PARTIES)
      expect(medReceived.includes(String(SECRET[p].weight)), `mediator got ${p}'s weight`).toBe(false);
    for (const u of all)
      for (const x of u)
        if (String(x).length > 6) expect(medReceived.includes(String(x)), `mediator got a utility ${x}`).toBe(false);
    expect(await med.page.locator('[data-testid=own-utility]').count()).toBe(0);
    await med.page.screenshot({ path: join(screenshots, 'mediation-mediator.png'), fullPage: true });
    expect(med.errors).toEqual([]);
  }, 600_000);
});
