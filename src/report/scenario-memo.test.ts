import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { analyze, toJson, type AnalysisJson, type RobustnessJson } from '../analysis/index.ts';
import { readScenarioFile, SCENARIOS_DIR } from '../model/node.ts';
import type { Scenario } from '../model/index.ts';
import { outcomeCloud, reportContext, scenarioMemoHtml, withSection, SCENARIO_MEMO_SECTIONS } from './index.ts';
import { serverDocument } from './node.ts';
import { externalReferences, htmlParseErrors } from './testing.ts';

let scenario: Scenario;
let analysis: AnalysisJson;
let cloud: number[][];

beforeAll(async () => {
  const loaded = await readScenarioFile(`${SCENARIOS_DIR}/north-america.yaml`);
  scenario = loaded.scenario;
  analysis = toJson(loaded.domain, analyze(loaded.domain));
  cloud = outcomeCloud(loaded.domain, 300).points;
});

const opts = (lang: 'en' | 'es' = 'en') => ({ lang, date: '2026-12-03', document: serverDocument() });

/** Rows of the table with class `cls`: each row's cell texts. */
function tableRows(html: string, cls: string): string[][] {
  const { document } = parseHTML(html);
  return [...document.querySelectorAll(`table.${cls} tbody tr`)].map((tr) =>
    [...tr.querySelectorAll('td')].map((td) => td.textContent ?? ''),
  );
}

describe('scenario memo', () => {
  it('is one HTML document that parses without errors and fetches nothing', () => {
    const html = scenarioMemoHtml({ scenario, analysis, cloud }, opts());
    expect(htmlParseErrors(html)).toEqual([]);
    expect(externalReferences(html)).toEqual([]);
    // Charts are inline SVG, one per pair of the three parties.
    expect(html.match(/<svg[^>]*class="plot-/g)?.length).toBe(3);
  });

  it('gives byte-identical HTML for the same input, in either language', () => {
    for (const lang of ['en', 'es'] as const) {
      const a = scenarioMemoHtml({ scenario, analysis, cloud }, opts(lang));
      const b = scenarioMemoHtml({ scenario, analysis, cloud }, opts(lang));
      expect(a === b).toBe(true);
    }
  });

  it('prints the key points exactly as the analysis computed them (3 decimals)', () => {
    const html = scenarioMemoHtml({ scenario, analysis, cloud }, opts());
    const rows = tableRows(html, 'key-points');
    const byLabel = new Map(rows.map((r) => [r[0], r.slice(1)]));
    const f = (x: number) => x.toFixed(3);
    expect(byLabel.get('Nash')).toEqual(analysis.nash!.utilities.map(f));
    expect(byLabel.get('Status quo')).toEqual(analysis.linkage!.statusQuo.utilities.map(f));
    expect(byLabel.get('Linked package')).toEqual(analysis.linkage!.linked!.utilities.map(f));
    expect(byLabel.get('Issue by issue')).toEqual(analysis.linkage!.delinked.utilities.map(f));
    expect(byLabel.get('Kalai–Smorodinsky')).toEqual(analysis.kalaiSmorodinsky!.utilities.map(f));
    const linkage = tableRows(html, 'linkage');
    expect(linkage.at(-1)!.slice(3)).toEqual(analysis.linkage!.gain.map(f));
    expect(linkage.length).toBe(analysis.linkage!.perIssue.length + 1);
    expect(html).toContain(`adds ${f(analysis.linkage!.totalGain)} in total utility`);
  });

  it('lists every number of the scenario with its source in the appendix', () => {
    const html = scenarioMemoHtml({ scenario, analysis, cloud }, opts());
    const rows = tableRows(html, 'appendix');
    let expected = scenario.issues.filter((i) => i.statusQuo).length;
    for (const p of scenario.parties) {
      expected += (p.reservation !== undefined ? 1 : 0) + Object.keys(p.weights).length;
      expected += Object.values(p.values).reduce((n, v) => n + Object.keys(v.options).length, 0);
      expected += (p.interactions?.length ?? 0) + (p.redLines?.length ?? 0);
    }
    expect(rows.length).toBe(expected);
    for (const r of rows) expect(r[4], r.join(' | ')).toMatch(/^\[[\w.-]+\]$|^Modelling assumption$/);
  });

  it('is in Spanish when asked, numbers and dates included', () => {
    const html = scenarioMemoHtml({ scenario, analysis, cloud }, opts('es'));
    expect(html).toContain('<html lang="es">');
    expect(html).toContain('Memorando del escenario');
    expect(html).toContain('3 de diciembre de 2026');
    expect(html).toContain('Apéndice: cada número y su fuente');
    expect(html).not.toContain('Scenario memo');
  });

  it("shows a delegation only its own party's private numbers and no joint analysis", () => {
    // Sentinel numbers and rationales in Mexico's and Canada's private preferences.
    const mark = (party: Scenario['parties'][number], tag: string) => ({
      ...party,
      reservation: 0.6173,
      reservationRationale: `secret reservation of ${tag}`,
      weights: Object.fromEntries(
        Object.entries(party.weights).map(([k, w]) => [
          k,
          { ...w, weight: 9.87, rationale: `secret weight ${tag} ${k}` },
        ]),
      ),
      values: Object.fromEntries(
        Object.entries(party.values).map(([k, v]) => [k, { ...v, rationale: `secret values ${tag} ${k}` }]),
      ),
    });
    const secret: Scenario = {
      ...scenario,
      parties: scenario.parties.map((p) => (p.id === 'us' ? p : mark(p, p.id))),
    };
    // The full analysis and a robustness study are passed in too: the memo must leave them out for a delegation.
    const robustness = JSON.parse(
      readFileSync(new URL('./golden/north-america.robustness.json', import.meta.url), 'utf8'),
    ) as RobustnessJson;
    const full = scenarioMemoHtml({ scenario: secret, analysis, cloud, robustness }, opts());
    expect(full).toContain('id="robustness"');
    const html = scenarioMemoHtml(
      { scenario: secret, analysis, cloud, robustness, audience: { partyId: 'us' } },
      opts(),
    );
    // Nothing of the study: no section, no shares, no sensitivity of anyone's weights, no ranges.
    expect(html).not.toContain('id="robustness"');
    expect(html).not.toContain('plausible preference sets');
    expect(html).not.toContain('Mexico · ');
    expect(html).not.toContain('±50%');
    expect(html).not.toContain('secret');
    expect(html).not.toContain('9.87');
    expect(html).not.toContain('0.617');
    expect(html).not.toContain('<svg');
    expect(html).not.toContain('id="linkage"');
    const rows = tableRows(html, 'appendix');
    expect(new Set(rows.map((r) => r[0]))).toEqual(new Set(['—', 'United States']));
    // Its own numbers are there.
    const us = scenario.parties.find((p) => p.id === 'us')!;
    expect(html).toContain(
      Object.values(us.weights)[0]
        .rationale.slice(0, 40)
        .replace(/&/g, '&amp;')
        .replace(/"/g, '&quot;')
        .replace(/'/g, '&#39;'),
    );
    expect(html).toContain('Prepared for the United States delegation');
  });

  it('takes further sections where they belong and leaves out those with nothing to say', () => {
    const extra = { id: 'extra', title: () => 'Extra section', render: () => '<p>extra body</p>' };
    const sections = withSection(SCENARIO_MEMO_SECTIONS, 'package', extra);
    const html = scenarioMemoHtml({ scenario, analysis, cloud }, opts(), sections);
    expect(html.indexOf('id="package"')).toBeLessThan(html.indexOf('id="extra"'));
    expect(html.indexOf('id="extra"')).toBeLessThan(html.indexOf('id="fragile"'));
    expect(html).toContain('<a href="#extra">6. Extra section</a>');
    const noLinkage = scenarioMemoHtml({ scenario, analysis: { ...analysis, linkage: null }, cloud }, opts());
    expect(noLinkage).not.toContain('id="linkage"');
    expect(noLinkage).toContain('the package shown is the Nash bargaining point');
  });

  it('refuses a date that is not a calendar date', () => {
    for (const date of ['2026-02-30', '03/12/2026', ''])
      expect(() => reportContext({ lang: 'en', date, document: serverDocument() })).toThrow(/YYYY-MM-DD/);
  });
});

describe('scenario memo in Spanish', () => {
  it("uses the scenario's Spanish content: names, labels, rationales, and quotes with their marked translation", () => {
    const es = scenarioMemoHtml({ scenario, analysis, cloud }, opts('es'));
    const en = scenarioMemoHtml({ scenario, analysis, cloud }, opts('en'));
    const { document } = parseHTML(es);
    const text = document.body.textContent ?? '';
    for (const words of ['Tráfico ilícito de migrantes', 'Trata de personas', 'Estados Unidos', 'México', 'Canadá'])
      expect(text).toContain(words);
    expect(text).not.toContain('Human smuggling');
    expect(text).not.toContain('Walking away leaves');
    // The brief's words stay in English, marked as such, followed by the Spanish rendering marked as a translation.
    const quote = document.querySelector('span.quote[lang="en"]');
    expect(quote?.textContent).toMatch(/^“While the U\.S\. views drug trafficking/);
    expect(quote?.nextElementSibling?.className).toBe('quote-translation');
    expect(quote?.nextElementSibling?.textContent).toMatch(/^\(traducción: “Mientras que EE\. UU\./);
    expect(en).not.toContain('quote-translation');
    expect(en).toContain('Human smuggling');
  });
});
