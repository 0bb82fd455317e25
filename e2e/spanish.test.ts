/**
 * No English in the Spanish UI: every view of the web app, and the HTML reports, in
 * Spanish at desktop and phone (390 px) widths, in Debian's Chromium against the real server.
 * Each view's visible text is collected (innerText line by line, with every <details> opened and
 * every tooltip; title, aria-label, placeholder and alt attributes; select options; chart text in
 * SVG; the page title) and checked by the English-leak detector (src/core/english-leaks.ts): a
 * string equal to an English UI message whose Spanish differs, or a sentence with an English
 * function word, fails the test, listed with its view.
 *
 * What may stay English is explicit: quotations of the brief marked `<q lang="en">` (in reports
 * `<span class="quote" lang="en">`, followed by their translation) and the brief
 * itself (its page says it is the original text), titles of cited sources, and the short
 * SPANISH_ALLOW list (src/report/testing/spanish.ts, shared with the reports' unit test). Built-in
 * content (scenario, framework, game texts) is checked against its own translations (see
 * contentCatalogue).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { Leak } from '../src/core/testing.ts';
import { contentCatalogue, spanishLeaks } from '../src/report/testing.ts';
import { en } from '../web/src/i18n/en.ts';
import { es } from '../web/src/i18n/es.ts';
import { GLOSSARY } from '../web/src/i18n/glossary.ts';
import { launchBrowser, root, screenshots, startServer, webBuild, type RunningServer } from './support.ts';

/** Elements whose English is declared as such: quotations of the brief, and the brief itself. */
const QUOTATIONS = 'q[lang=en], blockquote[lang=en], .quote[lang=en], [data-testid=brief] p[lang=en]';

const CATALOGUE = [
  ...(Object.keys(en) as (keyof typeof en)[]).map((key) => ({ key, en: en[key], es: es[key] })),
  ...Object.entries(GLOSSARY).flatMap(([id, g]) => [
    { key: `glossary.${id}.term`, en: g.en.term, es: g.es.term },
    { key: `glossary.${id}.text`, en: g.en.text, es: g.es.text },
  ]),
];

/**
 * Content of the built-in files (scenarios, frameworks, the cooperation game), with the Spanish each
 * file carries (src/report/testing/spanish.ts): a translated text's English shown in the Spanish
 * UI is a content leak, however short; an untranslated one is reported as pending, not failed;
 * cited works and agencies are proper names, kept as written. Interface leaks are looked for with
 * every content text taken out, so the two never mix.
 */
const CONTENT = contentCatalogue(root);

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  expect(webBuild().mode).toBe('production');
  server = await startServer();
  browser = await launchBrowser();
});

afterAll(async () => {
  console.log(
    `Built-in content: ${CONTENT.pairs.length} texts translated, ${CONTENT.untranslated.length} without Spanish ` +
      `(${pendingContent.size} texts on screen hold those, reported, not failed).`,
  );
  await browser?.close();
  await server?.stop();
});

/** Every text a Spanish reader sees on the page now (see the file comment). */
async function visibleTexts(page: Page): Promise<string[]> {
  return page.evaluate((quotations) => {
    for (const d of document.querySelectorAll('details')) (d as HTMLDetailsElement).open = true;
    const quotes = [...document.querySelectorAll(quotations)]
      .map((e) => (e as HTMLElement).innerText.trim())
      .filter(Boolean)
      .sort((a, b) => b.length - a.length);
    const out: string[] = [document.title];
    const unquote = (s: string) => quotes.reduce((t, q) => t.split(q).join(' «» '), s);
    for (const line of document.body.innerText.split('\n')) out.push(unquote(line));
    for (const e of document.querySelectorAll('[role=tooltip]')) out.push(e.textContent ?? '');
    for (const e of document.querySelectorAll('option')) out.push(e.textContent ?? '');
    for (const e of document.querySelectorAll('svg text')) out.push(e.textContent ?? '');
    for (const e of document.querySelectorAll('[title], [aria-label], [placeholder], [alt]'))
      for (const a of ['title', 'aria-label', 'placeholder', 'alt']) {
        const v = e.getAttribute(a);
        if (v) out.push(v);
      }
    for (const e of document.querySelectorAll('svg title')) out.push(e.textContent ?? '');
    return out.map((s) => s.trim()).filter(Boolean);
  }, QUOTATIONS);
}

/** Texts holding untranslated content, seen across all views (reported, not failed). */
const pendingContent = new Set<string>();

/** A view's leaks: of the interface (content taken out), and of translated content. */
async function leaksOf(page: Page): Promise<{ ui: Leak[]; content: Leak[] }> {
  const { ui, content, pending } = spanishLeaks(await visibleTexts(page), CATALOGUE, CONTENT);
  for (const t of pending) pendingContent.add(t);
  return { ui, content };
}

const listed = (view: string, leaks: Leak[]) =>
  leaks.map((l) => `[${view}] ${JSON.stringify(l.text)} (${l.reason})`).join('\n');

async function spanishContext(width: number, token?: string): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width, height: width < 500 ? 844 : 1000 }, locale: 'es-MX' });
  await context.addInitScript((tok) => {
    localStorage.setItem('cg-lang', 'es');
    if (tok) localStorage.setItem('cg-token', tok);
  }, token ?? '');
  return context;
}

async function owner(path: string, init: RequestInit = {}): Promise<Response> {
  return fetch(`${server.url}${path}`, {
    ...init,
    headers: {
      ...(init.body ? { 'content-type': 'application/json' } : {}),
      ...(init.headers as Record<string, string>),
    },
  });
}

async function waitStatus(page: Page, testId: string, re: RegExp, timeout = 120_000): Promise<void> {
  await expect.poll(() => page.locator(`[data-testid=${testId}]`).textContent(), { timeout }).toMatch(re);
}

/** One view: how to get there and into the state shown; each is checked at both widths. */
/** A report is a download: fetched as the browser would, then shown in the page. */
async function showReport(page: Page, path: string): Promise<void> {
  const res = await owner(path);
  expect(res.status).toBe(200);
  await page.setContent(await res.text(), { waitUntil: 'load' });
  await page.waitForSelector('h1');
}

interface ViewContext {
  width: number;
  /** Run after the view is checked (servers a view started). */
  cleanup: (() => Promise<unknown>)[];
}

/**
 * A delegation token for Mexico on North America (the explorer's default scenario), created by an
 * owner working in Spanish: the default label is then Spanish ("Delegación de México").
 */
async function delegationToken(): Promise<string> {
  const res = await owner('/api/scenarios/north-america/delegations', {
    method: 'POST',
    headers: { 'accept-language': 'es' },
    body: JSON.stringify({ partyId: 'mx' }),
  });
  expect(res.status, await res.clone().text()).toBeLessThan(300);
  const created = (await res.json()) as { token: string; label: string };
  expect(created.label).toBe('Delegación de México');
  return created.token;
}

const VIEWS: { name: string; token?: () => Promise<string>; run(page: Page, ctx: ViewContext): Promise<void> }[] = [
  {
    name: 'home',
    async run(page) {
      await page.goto(server.url + '/');
      await page.waitForSelector('[data-testid=argument]');
    },
  },
  {
    name: 'explorer (North America: chart, deal in words, provenance, delegations)',
    async run(page) {
      await page.goto(server.url + '/#/explorer');
      await page.waitForSelector('[data-testid=explorer-chart] svg[data-nash]', { timeout: 60_000 });
    },
  },
  {
    name: 'explorer (US–Mexico)',
    async run(page) {
      await page.goto(server.url + '/#/explorer');
      await page.waitForSelector('[data-testid=explorer-chart] svg[data-nash]', { timeout: 60_000 });
      await page.locator('[data-testid=scenario-select]').selectOption('us-mexico');
      await page.waitForSelector('#delegations h2');
      await page.waitForSelector('[data-testid=explorer-chart] svg[data-nash]', { timeout: 60_000 });
    },
  },
  {
    name: 'explorer robustness panel',
    async run(page) {
      await page.goto(server.url + '/#/explorer');
      await page.waitForSelector('[data-testid=explorer-chart] svg[data-nash]', { timeout: 60_000 });
      await page.locator('[data-testid=robustness-samples]').fill('100');
      await page.locator('[data-testid=robustness-run]').click();
      await page.waitForSelector('[data-testid=robustness-findings] li', { timeout: 240_000 });
      await page.waitForSelector('[data-testid=robustness-tornado] svg', { timeout: 60_000 });
    },
  },
  {
    name: 'negotiation lab (a linked and a delinked run)',
    async run(page) {
      await page.goto(server.url + '/#/negotiation');
      await page.waitForSelector('[data-testid=negotiation-chart] [data-offers]', { timeout: 60_000 });
      for (let i = 0; i < 3; i++) await page.locator(`[data-testid=agent-${i}]`).selectOption('conceder');
      await page.locator('[data-testid=rounds]').fill('60');
      await page.locator('[data-testid=run-both]').click();
      await expect.poll(() => page.locator('#neg-compare tbody tr').count(), { timeout: 120_000 }).toBe(2);
      await page.waitForSelector('[data-testid=neg-outcome]');
    },
  },
  {
    name: 'cooperation lab (a tournament on the drug-trafficking game)',
    async run(page) {
      await page.goto(server.url + '/#/cooperation');
      await page.waitForSelector('[data-testid=linkage-chart] svg', { timeout: 60_000 });
      await page.locator('[data-testid=coop-game]').selectOption('joint-vs-unilateral|drug_trafficking');
      await page.locator('#players input[type=number]').nth(0).fill('20');
      await page.locator('#players input[type=number]').nth(1).fill('1');
      await page.locator('[data-testid=run-tournament]').click();
      await waitStatus(page, 'job-status', /terminada/);
      await page.waitForSelector('[data-testid=ranking-chart] svg');
    },
  },
  {
    name: 'framework tracker and audit (North American framework)',
    async run(page) {
      await page.goto(server.url + '/#/frameworks');
      await page.waitForSelector('[data-testid=framework-select] option', { state: 'attached' });
      await page.locator('[data-testid=framework-select]').selectOption('north-american');
      await page.waitForSelector('[data-testid=budget-chart] svg');
      await page.locator('[data-testid=run-audit]').click();
      await page.waitForSelector('[data-testid=audit-summary]');
    },
  },
  {
    name: 'framework audit with gaps (Bicentennial Framework)',
    async run(page) {
      await page.goto(server.url + '/#/frameworks');
      await page.waitForSelector('[data-testid=framework-select] option', { state: 'attached' });
      await page.locator('[data-testid=framework-select]').selectOption('bicentennial');
      await page.locator('[data-testid=run-audit]').click();
      await page.waitForSelector('[data-testid=gaps] li');
    },
  },
  {
    name: 'mediation (the mediator opens one)',
    async run(page) {
      await page.goto(server.url + '/#/mediation');
      await page.locator('[data-testid=med-scenario]').selectOption('north-america');
      await expect.poll(() => page.locator('[data-testid=med-open]').isEnabled(), { timeout: 30_000 }).toBe(true);
      await page.locator('[data-testid=med-open]').click();
      await page.waitForSelector('[data-testid=role]', { timeout: 30_000 });
    },
  },
  {
    name: "a delegation's own view (Mexico's position)",
    token: delegationToken,
    async run(page) {
      await page.goto(server.url + '/#/explorer');
      await page.waitForSelector('[data-testid=position] tbody tr', { timeout: 60_000 });
    },
  },
  {
    name: 'report: the scenario memo (HTML)',
    async run(page) {
      await showReport(page, '/api/scenarios/north-america/report?lang=es&format=html');
    },
  },
  {
    name: 'report: the framework report (HTML)',
    async run(page) {
      await showReport(page, '/api/frameworks/north-american/report?lang=es&format=html');
    },
  },
  {
    name: 'error: a server that needs a token, opened without one',
    async run(page, { cleanup }) {
      const secured = await startServer({ CG_ADMIN_TOKEN: 'e2e-admin-token-es-0123456789' });
      cleanup.push(() => secured.stop());
      await page.goto(secured.url + '/#/explorer');
      await page.waitForSelector('.problems', { timeout: 60_000 });
    },
  },
  {
    name: 'glossary',
    async run(page) {
      await page.goto(server.url + '/#/glossary');
      await page.waitForSelector('[data-testid=glossary]');
    },
  },
  {
    name: 'brief',
    async run(page) {
      await page.goto(server.url + '/#/brief?p=18');
      await page.waitForSelector('[data-testid=brief-target]');
    },
  },
  {
    name: 'error: a bad upload',
    async run(page) {
      await page.goto(server.url + '/#/explorer');
      await page.waitForSelector('[data-testid=scenario-select] option', { state: 'attached' });
      const broken = join(mkdtempSync(join(tmpdir(), 'cg-e2e-es-')), 'roto.yaml');
      writeFileSync(broken, 'id: roto\nname: Roto\nissues:\n  - id: a\n    name: A\n    options: []\nparties: 5\n');
      await page.locator('[data-testid=upload-scenario]').setInputFiles(broken);
      await page.waitForSelector('.problems');
      rmSync(dirname(broken), { recursive: true, force: true });
    },
  },
  {
    name: 'error: a scenario id that no longer exists',
    async run(page, { width }) {
      const id = `borrado-${width}`;
      const yaml = readFileSync(join(root, 'scenarios/us-mexico.yaml'), 'utf8')
        .replace(/^id: us-mexico$/m, `id: ${id}`)
        .replace(/^name: .*$/m, `name: Borrado ${width}`);
      const created = await owner('/api/scenarios', {
        method: 'POST',
        headers: { 'content-type': 'application/yaml' },
        body: yaml,
      });
      expect(created.status, await created.clone().text()).toBeLessThan(300);
      await page.goto(server.url + '/#/explorer');
      await page.waitForSelector(`[data-testid=scenario-select] option[value="${id}"]`, { state: 'attached' });
      expect((await owner(`/api/scenarios/${id}`, { method: 'DELETE' })).status).toBeLessThan(300);
      await page.locator('[data-testid=scenario-select]').selectOption(id);
      await page.waitForSelector('.problems');
    },
  },
];

for (const width of [1360, 390]) {
  describe(`the Spanish UI at ${width} px has no English`, () => {
    for (const view of VIEWS)
      it(
        view.name,
        async () => {
          const context = await spanishContext(width, await view.token?.());
          const cleanup: ViewContext['cleanup'] = [];
          const page = await context.newPage();
          page.setDefaultTimeout(30_000);
          try {
            await view.run(page, { width, cleanup });
            await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('es');
            const { ui, content } = await leaksOf(page);
            await page.screenshot({ path: join(screenshots, `es-${width}-${view.name.replace(/\W+/g, '-')}.png`) });
            // both lists at once: interface leaks, then built-in content shown in English
            expect(
              [...ui, ...content],
              [listed(`${view.name}, ${width} px`, ui), listed(`${view.name}, ${width} px, content`, content)]
                .filter(Boolean)
                .join('\n'),
            ).toEqual([]);
          } finally {
            await context.close();
            for (const c of cleanup) await c();
          }
        },
        400_000,
      );
  });
}
