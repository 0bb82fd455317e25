/**
 * The product's journeys in a real browser (Debian's Chromium) against the real server
 * (`npm start`'s entry point) on a fresh embedded database, as a new user meets them. Each
 * journey saves a screenshot under e2e/screenshots/ (not committed).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { parse } from 'yaml';
import { explorerFrame } from '../src/report/index.ts';
import { fixture } from '../src/core/testing.ts';
import { exportGeniusWeb, importGenius } from '../src/interop/index.ts';
import {
  webBuild,
  chartTextProblems,
  lowContrastText,
  pointsBeyondAxes,
  launchBrowser,
  root,
  screenshots,
  startServer,
  type RunningServer,
} from './support.ts';

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  // vitest runs with NODE_ENV=test; the bundle it serves must still be React's production build.
  expect(webBuild().mode).toBe('production');
  server = await startServer();
  browser = await launchBrowser();
  // The first run seeded every built-in scenario and framework.
  const { scenarios } = (await (await fetch(`${server.url}/api/scenarios`)).json()) as { scenarios: { id: string }[] };
  expect(scenarios.length).toBe(readdirSync(join(root, 'scenarios')).filter((f) => /\.ya?ml$/.test(f)).length);
  expect(scenarios.map((s) => s.id)).toContain('north-america');
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function open(path = '/'): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1360, height: 1000 } });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  (page as Page & { errors: string[] }).errors = errors;
  // A step that waits for something that never comes fails naming its locator, well within the
  // test's own timeout (Playwright's default of 30 s per step let two such steps time the test out).
  page.setDefaultTimeout(20_000);
  await page.goto(server.url + path);
  return page;
}

const errorsOf = (page: Page) => (page as Page & { errors: string[] }).errors;
const nashOf = (page: Page) => page.locator('[data-testid=explorer-chart] svg[data-nash]').getAttribute('data-nash');

describe('journeys', () => {
  it('1. a new user opens the app on North America, changes a weight and sees the Nash point move', async () => {
    const page = await open('/#/explorer');
    await expect.poll(() => page.locator('h1').textContent()).toBe('Scenario explorer');
    await expect.poll(() => page.locator('[data-testid=scenario-select]').inputValue()).toBe('north-america');
    await page.waitForSelector('[data-testid=explorer-chart] svg[data-nash]', { timeout: 30_000 });
    // Three parties: every pairwise projection can be shown.
    expect(await page.locator('[data-testid=pair] option').count()).toBe(3);
    const before = await nashOf(page);
    const summaryBefore = await page.locator('[data-testid=nash-summary]').textContent();
    expect(summaryBefore).toMatch(/^Nash bargaining point: United States [\d.]+, Mexico [\d.]+, Canada [\d.]+\.$/);
    // Lower the weight of one issue after another for the first party until the Nash point moves.
    const sliders = page.locator('input[data-testid^=weight-]');
    const count = await sliders.count();
    expect(count).toBe(12);
    let moved = false;
    for (let i = 0; i < count && !moved; i++) {
      await sliders.nth(i).fill('0');
      moved = await page
        .waitForFunction(
          (b) => document.querySelector('[data-testid=explorer-chart] svg')?.getAttribute('data-nash') !== b,
          before,
          { timeout: 3000 },
        )
        .then(
          () => true,
          () => false,
        );
    }
    expect(moved).toBe(true);
    await expect.poll(() => page.locator('[data-testid=timing]').textContent()).toContain('ms');
    // The text alternative follows the chart.
    await expect.poll(() => page.locator('[data-testid=nash-summary]').textContent()).not.toBe(summaryBefore);
    expect(await page.locator('table caption', { hasText: 'Key points' }).isVisible()).toBe(true);
    // The reservation field says why it does not move these points (the status quo is the disagreement point).
    expect(await page.locator('#res-us').getAttribute('aria-describedby')).toBe('res-us-help');
    expect(await page.locator('#res-us-help').textContent()).toContain(
      'the reservation value does not move these points',
    );
    // Coinciding points share a label; no label is drawn twice.
    const labels = JSON.parse(
      (await page.locator('[data-testid=explorer-chart] svg').getAttribute('data-labels'))!,
    ) as string[];
    expect(labels.join(' = ').split(' = ').sort()).toEqual(
      (await page.locator('.legend li:not([data-testid=frontier-legend])').allTextContents())
        .map((s) => s.replace(/^\S+\s/, '').trim())
        .sort(),
    );
    // With three parties the frontier is drawn as the projected points of the Pareto-optimal
    // outcomes (rings), and the legend says so rather than showing a line.
    expect(await page.locator('[data-testid=frontier-legend]').textContent()).toBe(
      '○ Pareto-optimal outcomes (seen from this pair)',
    );
    // Every point lies within the axes: utilities above 1 (interaction terms) stretch the axis
    // rather than spill into the margin.
    expect(await pointsBeyondAxes(page, 'explorer-chart', explorerFrame())).toMatchObject({ beyond: 0 });
    await page.screenshot({ path: join(screenshots, '1-explorer-weight.png'), fullPage: true });
    expect(errorsOf(page)).toEqual([]);
    await page.close();
  });

  it('2. uploads a Genius domain and analyses it', async () => {
    const page = await open('/#/explorer');
    await page.waitForSelector('[data-testid=scenario-select] option', { state: 'attached' });
    // A broken scenario file: the problems name the file and the line, and the file input is
    // cleared so the corrected file can be chosen again.
    const broken = join(mkdtempSync(join(tmpdir(), 'cg-e2e-upload-')), 'broken-scenario.yaml');
    writeFileSync(broken, 'id: broken\nname: Broken\nissues:\n  - id: a\n    name: A\n    options: []\nparties: 5\n');
    await page.locator('[data-testid=upload-scenario]').setInputFiles(broken);
    await expect.poll(() => page.locator('.problems').textContent()).toContain('broken-scenario.yaml:6:');
    expect(await page.locator('.problems').textContent()).not.toContain('request body');
    expect(await page.locator('[data-testid=upload-scenario]').inputValue()).toBe('');
    rmSync(dirname(broken), { recursive: true, force: true });
    const dir = fixture('genius-domains/Laptop');
    await page
      .locator('[data-testid=upload-genius]')
      .setInputFiles(
        ['laptop_domain.xml', 'laptop_buyer_utility.xml', 'laptop_seller_utility.xml'].map((f) => join(dir, f)),
      );
    await expect
      .poll(() => page.locator('[data-testid=status]').textContent(), { timeout: 15_000 })
      .toContain('Uploaded');
    await expect.poll(() => page.locator('[data-testid=scenario-select]').inputValue()).toBe('laptop_domain');
    await page.waitForSelector('[data-testid=explorer-chart] svg[data-nash]');
    await expect.poll(() => page.locator('[data-testid=analysis-summary]').textContent()).toContain('27 outcomes');
    expect(await page.locator('[data-testid=frontier-legend]').textContent()).toBe('━ Pareto frontier');
    // A Genius domain has no status quo: the linkage panel says what it needs instead of vanishing.
    expect(await page.locator('[data-testid=linkage-needs-status-quo]').textContent()).toBe(
      'Linkage is measured from the status quo (what no agreement means on each issue). Choose one for every issue under “Issues and status quo”: 3 of 3 issues have none.',
    );
    // The red-line form offers this scenario's issues (not North America's, shown before), and a
    // red line added with its defaults is valid: the analysis reruns without problems.
    const redLines = page.locator('fieldset', { has: page.locator('legend', { hasText: 'Red lines' }) });
    await redLines.getByRole('button', { name: 'Add a red line' }).click();
    await expect.poll(() => redLines.locator('li').first().textContent()).toMatch(/^Laptop: Dell/);
    expect(await page.locator('.problems').count()).toBe(0);
    await expect.poll(() => page.locator('[data-testid=analysis-summary]').textContent()).toMatch(/\d+ outcomes/);
    // The edit is unsaved and says so. Someone else saves meanwhile: Save reports it and takes their
    // version as the base; a second Save replaces it knowingly, and nothing is left unsaved.
    expect(await page.locator('[data-testid=dirty]').textContent()).toBe('Unsaved changes.');
    await page.evaluate(async () => {
      const s = await (await fetch('/api/scenarios/laptop_domain')).json();
      await fetch('/api/scenarios/laptop_domain', {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ document: s.document, version: s.version }),
      });
    });
    await page.locator('[data-testid=save]').click();
    await expect
      .poll(() => page.locator('[data-testid=status]').textContent())
      .toContain('Someone saved version 2 of this scenario meanwhile');
    expect(await page.locator('.problems').textContent()).toContain('version_conflict');
    await page.locator('[data-testid=save]').click();
    await expect.poll(() => page.locator('[data-testid=status]').textContent()).toBe('Saved (version 3).');
    expect(await page.locator('[data-testid=dirty]').textContent()).toBe('');
    expect(await page.locator('[data-testid=save]').isDisabled()).toBe(true);
    expect(
      (
        (await (await fetch(`${server.url}/api/scenarios/laptop_domain`)).json()) as {
          document: { parties: { redLines?: unknown[] }[] };
        }
      ).document.parties[0].redLines,
    ).toHaveLength(1);
    await page.screenshot({ path: join(screenshots, '2-genius-upload.png'), fullPage: true });
    // In the negotiation lab, talks that need a status quo on every issue (delinked, the
    // comparison) are not offered on this domain, which has none; the page says where to set one.
    // The lab first loads its default scenario (North America), held back here so that it answers
    // after the user's pick: the late answer must not replace the scenario the user picked.
    await page.route('**/api/scenarios/north-america', async (route) => {
      await new Promise((r) => setTimeout(r, 1500));
      await route.continue();
    });
    const lateDefault = page.waitForResponse((r) => r.url().endsWith('/api/scenarios/north-america'));
    await page.evaluate(() => (location.hash = '#/negotiation'));
    await page.locator('[data-testid=neg-scenario]').selectOption('laptop_domain');
    await lateDefault;
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50))));
    expect(await page.locator('[data-testid=neg-scenario]').inputValue()).toBe('laptop_domain');
    await expect
      .poll(() => page.locator('[data-testid=needs-status-quo]').textContent())
      .toBe(
        'Delinked talks and the comparison need a status quo on every issue (what no agreement on it means); this scenario has none on 3 of 3 issues. Set them in the Scenario explorer and save.',
      );
    for (const id of ['mode-delinked', 'run-both', 'run-compare'])
      expect(await page.locator(`[data-testid=${id}]`).isDisabled(), id).toBe(true);
    expect(await page.locator('[data-testid=mode-linked]').isChecked()).toBe(true);
    expect(await page.locator('[data-testid=run-negotiation]').isEnabled()).toBe(true);
    // Only the broken file's 400 and the conflict's 409 reached the console.
    expect(errorsOf(page).filter((e) => !/status of (400|409)/.test(e))).toEqual([]);
    await page.close();
  });

  it('2b. uploads a GeniusWeb domain (JSON files) through the same control and analyses it', async () => {
    const page = await open('/#/explorer');
    await page.waitForSelector('[data-testid=scenario-select] option', { state: 'attached' });
    const grocery = fixture('genius-domains/Grocery');
    const source = importGenius(
      readdirSync(grocery)
        .filter((n) => n.endsWith('.xml'))
        .map((n) => ({ name: n, text: readFileSync(join(grocery, n), 'utf8') })),
    );
    const dir = mkdtempSync(join(tmpdir(), 'cg-e2e-geniusweb-'));
    const files = exportGeniusWeb(source).files.map((f) => {
      writeFileSync(join(dir, f.name), f.text);
      return join(dir, f.name);
    });
    await page.locator('[data-testid=upload-genius]').setInputFiles(files);
    await expect
      .poll(() => page.locator('[data-testid=status]').textContent(), { timeout: 15_000 })
      .toContain('Uploaded');
    await expect.poll(() => page.locator('[data-testid=scenario-select]').inputValue()).toBe('Grocery_domain');
    await expect.poll(() => page.locator('[data-testid=analysis-summary]').textContent()).toContain('1,600 outcomes');
    rmSync(dir, { recursive: true, force: true });
    expect(errorsOf(page)).toEqual([]);
    await page.close();
  });

  it('3. runs a cooperation tournament on the joint-versus-unilateral game to completion', async () => {
    const page = await open('/#/cooperation');
    await expect.poll(() => page.locator('h1').textContent()).toBe('Cooperation lab');
    await expect.poll(() => page.locator('.checks input[type=checkbox]:checked').count()).toBeGreaterThan(2);
    // Every strategy the lab picks by default is in the list (the random one is named with its parameter).
    expect(
      (await page.locator('.checks label:has(input:checked)').allTextContents()).map((x) => x.trim()).sort(),
    ).toEqual(['Cooperator', 'Defector', 'Grudger', 'Random: 0.5', 'Tit For 2 Tats', 'Tit For Tat']);
    // Before a run, the results column says what will appear there.
    expect(await page.locator('[data-testid=coop-empty]').textContent()).toContain('run the tournament');
    // A long tournament (every strategy, long matches) is cancelled: the status says so, and a
    // cancel the user asked for is not shown as an error.
    const boxes = page.locator('.checks input[type=checkbox]');
    // Clicked in the page (one by one through playwright takes seconds for some 60 strategies).
    const setChecked = (want: boolean[] | true) =>
      boxes.evaluateAll(
        (els, w) =>
          els.forEach(
            (e, i) => (e as HTMLInputElement).checked !== (w === true || w[i]) && (e as HTMLInputElement).click(),
          ),
        want,
      );
    const defaults = await boxes.evaluateAll((els) => els.map((e) => (e as HTMLInputElement).checked));
    await setChecked(true);
    await expect.poll(() => page.locator('.checks input[type=checkbox]:not(:checked)').count()).toBe(0);
    const [turns, reps] = [
      page.locator('#players input[type=number]').nth(0),
      page.locator('#players input[type=number]').nth(1),
    ];
    await turns.fill('2000');
    await reps.fill('50');
    await page.locator('[data-testid=run-tournament]').click();
    await page.getByRole('button', { name: 'Cancel' }).click();
    await expect
      .poll(() => page.locator('[data-testid=job-status]').textContent(), { timeout: 30_000 })
      .toContain('cancelled');
    expect(await page.locator('.problems').count()).toBe(0);
    await setChecked(defaults);
    await expect
      .poll(() => page.locator('.checks input[type=checkbox]:checked').count())
      .toBe(defaults.filter(Boolean).length);
    await turns.fill('200');
    await reps.fill('5');
    await page.locator('[data-testid=coop-game]').selectOption('joint-vs-unilateral|drug_trafficking');
    await page.locator('[data-testid=run-tournament]').click();
    await expect
      .poll(() => page.locator('[data-testid=job-status]').textContent(), { timeout: 60_000 })
      .toContain('finished');
    expect(await page.locator('[role=progressbar]').getAttribute('aria-valuenow')).toBe('100');
    await page.waitForSelector('[data-testid=ranking-chart] svg');
    await page.waitForSelector('[data-testid=jvu-chart] svg');
    expect(await page.locator('#ranking').textContent()).toContain('Drug trafficking and fentanyl');
    expect(await page.locator('table caption', { hasText: 'Ranking' }).count()).toBe(1);
    // The ranking is by the median over repetitions (Axelrod's rule), and says so.
    expect(await page.locator('#ranking thead').textContent()).toContain('Median score per turn (over repetitions)');
    expect(await chartTextProblems(page)).toEqual([]);
    await page.screenshot({ path: join(screenshots, '3-cooperation-tournament.png'), fullPage: true });
    expect(errorsOf(page)).toEqual([]);
    await page.close();
  });

  it('4. audits the Bicentennial Framework and sees its gaps', async () => {
    const page = await open('/#/frameworks');
    await page.waitForSelector('[data-testid=framework-select] option', { state: 'attached' });
    await page.locator('[data-testid=framework-select]').selectOption('bicentennial');
    await expect.poll(() => page.locator('h3').first().textContent()).toBeTruthy();
    await page.locator('[data-testid=run-audit]').click();
    await expect
      .poll(() => page.locator('[data-testid=audit-summary]').textContent())
      .toMatch(/does not pass.*Gaps found: [1-9]/);
    expect(await page.locator('[data-testid=gaps] li').count()).toBeGreaterThan(0);
    expect(await page.locator('[data-testid=gaps]').textContent()).toContain('Committed resources —');
    // Nothing committed, nothing to chart: the dashboard says so.
    expect(await page.locator('#budgets').textContent()).toContain('No budgets recorded.');
    await page.screenshot({ path: join(screenshots, '4-bicentennial-audit.png'), fullPage: true });
    // The proposed North American framework, by contrast, has budgets and sourced indicators.
    await page.locator('[data-testid=framework-select]').selectOption('north-american');
    await page.waitForSelector('[data-testid=budget-chart] svg');
    await page.locator('[data-testid=run-audit]').click();
    await expect.poll(() => page.locator('[data-testid=audit-summary]').textContent()).toMatch(/passes the audit/);
    expect(await page.locator('#indicators figure').count()).toBeGreaterThan(5);
    // Owners by name, as the framework names its parties.
    expect(await page.locator('#objectives').textContent()).toContain('(United States, Mexico)');
    // Every chart's axis text is readable: none cut off, overlapping or repeated (the budget axis
    // printed nine overlapping "200,000,000"s, the joint-share axis "2026" three times).
    expect(await chartTextProblems(page)).toEqual([]);
    // Nothing disbursed is "no data" in the chart too, not a bar of zero.
    expect(await page.locator('[data-testid=budget-chart]').textContent()).toContain('no data');
    expect(errorsOf(page)).toEqual([]);
    await page.close();
  });

  it('5. runs a negotiation in the lab, watches the offers come in, and sees the outcome', async () => {
    const page = await open('/#/negotiation');
    await expect.poll(() => page.locator('h1').textContent()).toBe('Negotiation lab');
    await expect.poll(() => page.locator('[data-testid=neg-scenario]').inputValue()).toBe('north-america');
    await page.waitForSelector('[data-testid=negotiation-chart] [data-offers]', { timeout: 30_000 });
    // Three very Boulware agents with a long deadline: thousands of offers, streamed as they come.
    for (let i = 0; i < 3; i++) await page.locator(`[data-testid=agent-${i}]`).selectOption('hardheaded');
    await page.locator('[data-testid=rounds]').fill('2000');
    await page.locator('[data-testid=run-negotiation]').click();
    const seenWhileRunning: number[] = [];
    for (let i = 0; i < 600; i++) {
      const status =
        (await page
          .locator('[data-testid=neg-status]')
          .textContent()
          .catch(() => '')) ?? '';
      const offers = Number(
        await page.locator('[data-testid=negotiation-chart] [data-offers]').getAttribute('data-offers'),
      );
      if (/running/.test(status) && offers > 0) seenWhileRunning.push(offers);
      if (/finished|failed|cancelled/.test(status)) break;
      await page.waitForTimeout(50);
    }
    expect(seenWhileRunning.length, 'offers were plotted while the session ran').toBeGreaterThan(0);
    await expect
      .poll(() => page.locator('[data-testid=neg-status]').textContent(), { timeout: 60_000 })
      .toContain('finished');
    const total = Number(
      await page.locator('[data-testid=negotiation-chart] [data-offers]').getAttribute('data-offers'),
    );
    expect(total).toBeGreaterThan(Math.min(...seenWhileRunning));
    await expect
      .poll(() => page.locator('[data-testid=neg-outcome]').textContent())
      .toMatch(/Agreement in round|No agreement/);
    // The result is set against the Nash point, party by party.
    expect(await page.locator('[data-testid=neg-vs-nash]').textContent()).toMatch(
      /^Against the Nash point: United States [\d.]+ here, [\d.]+ at the Nash point \([+−][\d.]+\); Mexico /,
    );
    // Every kind of mark on the chart is named: the frontier's dots, the no-deal and Nash points.
    expect(await page.locator('[data-testid=neg-legend] li').allTextContents()).toEqual(
      expect.arrayContaining([
        expect.stringContaining('Pareto frontier'),
        expect.stringContaining('No deal'),
        expect.stringContaining('Nash bargaining'),
      ]),
    );
    // Then both modes with quicker agents, compared side by side with the first run.
    for (let i = 0; i < 3; i++) await page.locator(`[data-testid=agent-${i}]`).selectOption('conceder');
    await page.locator('[data-testid=rounds]').fill('100');
    await page.locator('[data-testid=run-both]').click();
    await expect.poll(() => page.locator('#neg-compare tbody tr').count(), { timeout: 60_000 }).toBe(3);
    const modes = await page.locator('#neg-compare tbody tr td:nth-child(2)').allTextContents();
    expect(modes).toEqual(['Linked', 'Linked', 'Delinked']);
    // Runs belong to their scenario: another scenario (two parties) starts with none of them, and
    // coming back shows them again.
    await page.locator('[data-testid=neg-scenario]').selectOption('us-mexico');
    await expect.poll(() => page.locator('[data-testid=agent-2]').count()).toBe(0);
    expect(await page.locator('#neg-compare').count()).toBe(0);
    expect(await page.locator('[data-testid=neg-status]').count()).toBe(0);
    await page.locator('[data-testid=neg-scenario]').selectOption('north-america');
    await expect.poll(() => page.locator('#neg-compare tbody tr').count()).toBe(3);
    // A comparison beyond the server's limits is refused before it is run, saying why.
    expect(await page.locator('[data-testid=run-compare]').isEnabled()).toBe(true);
    for (const box of await page.locator('#linkage-compare input[type=checkbox]').all()) await box.check();
    await expect
      .poll(() => page.locator('[data-testid=compare-size]').textContent())
      .toMatch(/^[\d,]+ sessions per mode\. Too large: at most 8 agents and 2,000 sessions per mode\.$/);
    expect(await page.locator('[data-testid=run-compare]').isDisabled()).toBe(true);
    await page.screenshot({ path: join(screenshots, '5-negotiation-lab.png'), fullPage: true });
    expect(errorsOf(page)).toEqual([]);
    await page.close();
  });

  it('6. works in Spanish and from the keyboard', async () => {
    const page = await open('/#/explorer');
    await page.locator('[data-testid=lang]').selectOption('es');
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('es');
    await expect.poll(() => page.locator('h1').textContent()).toBe('Explorador de escenarios');
    // The skip link is the first stop of the focus order and lands on the page heading.
    await page.keyboard.press('Tab');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Saltar al contenido');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Explorador de escenarios');
    // Every control on every page has an accessible name.
    for (const route of ['', '#/negotiation', '#/cooperation', '#/frameworks']) {
      if (route) {
        await page.evaluate((r) => (location.hash = r), route);
        await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
      }
      await page.waitForSelector('main select, main input');
      const unnamed = await page
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
      expect(unnamed, route).toEqual([]);
      // Each page has its own title, in Spanish.
      expect(await page.title(), route).toBe(`${await page.locator('h1').textContent()} — Common Ground`);
      // Every text (disabled buttons and opened details included) keeps WCAG AA contrast.
      await page
        .locator('main details:not([open]) > summary')
        .evaluateAll((els) => els.forEach((e) => (e as HTMLElement).click()));
      expect(await lowContrastText(page), route).toEqual([]);
      // Agents are described in Spanish too, not in the engine's English.
      if (route === '#/negotiation')
        await expect
          .poll(() => page.locator('#agent-us-help').textContent())
          .toMatch(/^Dependiente del tiempo con e = 0.2/);
    }
    await expect.poll(() => page.locator('h1').textContent()).toBe('Tablero del marco');
    // The audit speaks Spanish too: its criteria, not the engine's English descriptions or ids.
    await page.locator('[data-testid=run-audit]').click();
    await expect
      .poll(() => page.locator('#audit tbody').textContent())
      .toContain('Objetivos claros: cada área tiene objetivos');
    expect(await page.locator('#audit').textContent()).not.toMatch(/Clear objectives|clear_objectives/);
    // A tournament on the standard payoffs names its game in Spanish, not in the engine's English.
    await page.evaluate(() => (location.hash = '#/cooperation'));
    await page.locator('#players input[type=number]').nth(0).fill('20');
    await page.locator('#players input[type=number]').nth(1).fill('1');
    await page.locator('[data-testid=run-tournament]').click();
    await expect
      .poll(() => page.locator('[data-testid=job-status]').textContent(), { timeout: 30_000 })
      .toContain('terminada');
    await expect
      .poll(() => page.locator('#ranking').textContent())
      .toContain('Juego: Pagos estándar (R=3, S=0, T=5, P=1).');
    expect(await page.locator('#ranking').textContent()).not.toContain('standard payoffs');
    await page.screenshot({ path: join(screenshots, '6-spanish-keyboard.png'), fullPage: true });
    expect(errorsOf(page)).toEqual([]);
    await page.close();
  });

  it('7. fits a 390-pixel phone screen on every page in English and Spanish, with charts drawn at the width they get', async () => {
    for (const lang of ['en', 'es']) {
      const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
      await context.addInitScript((l) => localStorage.setItem('cg-lang', l), lang);
      const page = await context.newPage();
      const pages: [string, string][] = [
        ['/', '[data-testid=argument]'],
        ['/#/explorer', '[data-testid=explorer-chart] svg'],
        ['/#/glossary', '[data-testid=glossary]'],
        ['/#/brief?p=18', '[data-testid=brief-target]'],
        ['/#/negotiation', '[data-testid=negotiation-chart] svg'],
        ['/#/cooperation', '[data-testid=linkage-chart] svg'],
        ['/#/frameworks', '[data-testid=framework-select] option'],
      ];
      for (const [route, ready] of pages) {
        await page.goto(server.url + route);
        await page.waitForSelector(ready, { state: 'attached', timeout: 30_000 });
        if (route === '/#/frameworks') {
          await page.locator('[data-testid=framework-select]').selectOption('north-american');
          await page.waitForSelector('[data-testid=budget-chart] svg');
        }
        // Nothing pushes the page sideways: no horizontal scrolling on a phone.
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(overflow, `${lang} ${route}`).toBe(0);
        expect(await chartTextProblems(page), `${lang} ${route}`).toEqual([]);
        // Charts are drawn for the space they have, not shrunk from 640 pixels.
        for (const svg of await page.locator('main figure svg[viewBox]').all()) {
          expect(Number(await svg.getAttribute('width')), `${lang} ${route}`).toBeLessThanOrEqual(390);
        }
      }
      await page.screenshot({ path: join(screenshots, `7-phone-${lang}.png`), fullPage: true });
      await context.close();
    }
  });

  it('8. a delegation on a server with an admin token: signs in with its token, edits and saves only its own preferences, exports what it may see', async () => {
    const admin = 'e2e-admin-token-0123456789';
    const secured = await startServer({ CG_ADMIN_TOKEN: admin });
    const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, acceptDownloads: true });
    try {
      const owner = { authorization: `Bearer ${admin}`, 'content-type': 'application/json' };
      const delegation = (await (
        await fetch(`${secured.url}/api/scenarios/north-america/delegations`, {
          method: 'POST',
          headers: owner,
          body: JSON.stringify({ partyId: 'mx' }),
        })
      ).json()) as { token: string };
      const ownerView = async () =>
        (
          (await (await fetch(`${secured.url}/api/scenarios/north-america`, { headers: owner })).json()) as {
            document: { parties: { id: string; weights: Record<string, { weight: number }> }[] };
          }
        ).document;
      const before = await ownerView();
      expect(before.parties.find((p) => p.id === 'mx')!.weights.framework.weight).toBeGreaterThan(0);

      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      await page.goto(secured.url + '/#/explorer');
      // Without a token the page says where to put one.
      await expect.poll(() => page.locator('.problems').textContent()).toContain('paste the token you were given');
      await page.locator('summary', { hasText: 'Access token' }).click();
      await page.locator('[data-testid=token]').fill(delegation.token);
      await page.locator('[data-testid=apply-token]').click();
      // The page reloads its data as the delegation: only Mexico's preferences, no joint analysis.
      await expect
        .poll(() => page.locator('[data-testid=party-select] option').allTextContents(), { timeout: 15_000 })
        .toEqual(['Mexico']);
      expect(await page.locator('[data-testid=joint-hidden]').isVisible()).toBe(true);
      expect(await page.locator('[data-testid=upload-scenario]').count()).toBe(0);
      await page.locator('input[data-testid=weight-framework]').fill('0');
      await page.locator('[data-testid=save]').click();
      await expect
        .poll(() => page.locator('[data-testid=status]').textContent())
        .toMatch(/Saved the preferences of Mexico/);
      const after = await ownerView();
      expect(after.parties.find((p) => p.id === 'mx')!.weights.framework.weight).toBe(0);
      expect(after.parties.find((p) => p.id === 'us')).toEqual(before.parties.find((p) => p.id === 'us'));
      // Exports go with the token (a plain link answered 401) and hold only what the delegation sees.
      const [file] = await Promise.all([page.waitForEvent('download'), page.locator('[data-testid=export]').click()]);
      expect(file.suggestedFilename()).toBe('north-america.yaml');
      const yaml = readFileSync((await file.path())!, 'utf8');
      expect(yaml).toContain('id: mx');
      // Only Mexico's preferences, in the parties and in their Spanish translations alike.
      const doc = parse(yaml) as {
        parties: { id: string; weights?: unknown }[];
        translations?: { es?: { parties?: Record<string, { weights?: unknown }> } };
      };
      expect(doc.parties.filter((p) => p.weights).map((p) => p.id)).toEqual(['mx']);
      const translated = Object.entries(doc.translations?.es?.parties ?? {});
      expect(translated.length).toBe(3);
      expect(translated.filter(([, p]) => p.weights).map(([id]) => id)).toEqual(['mx']);
      // The token box closed once the token was applied.
      expect(await page.locator('[data-testid=token]').isVisible()).toBe(false);
      await page.evaluate(() => (location.hash = '#/frameworks'));
      await page.waitForSelector('[data-testid=framework-select] option', { state: 'attached' });
      // Importing indicator values is the owner's; a delegation does not get the control.
      expect(await page.locator('[data-testid=import-csv]').count()).toBe(0);
      const [iati] = await Promise.all([
        page.waitForEvent('download'),
        page.locator('[data-testid=export-iati]').click(),
      ]);
      expect(readFileSync((await iati.path())!, 'utf8')).toMatch(/^<\?xml[\s\S]*<iati-activities/);
      await page.screenshot({ path: join(screenshots, '8-delegation.png'), fullPage: true });
      expect(errors).toEqual([]);
    } finally {
      await context.close();
      await secured.stop();
    }
  });
});
