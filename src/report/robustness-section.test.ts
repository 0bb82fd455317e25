/**
 * The memo's robustness section, from a stored study of North America (`robustnessJson` of 200
 * samples, seed 1, default uncertainty, exact sensitivity of the weights; regenerate the study and
 * these golden files together when the engine changes: CG_UPDATE_GOLDEN=1 rewrites the HTML).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { analyze, margin, toJson, type AnalysisJson, type RobustnessJson } from '../analysis/index.ts';
import { readScenarioFile, SCENARIOS_DIR } from '../model/node.ts';
import { BUILTIN_UNCERTAINTY, builtinRationaleIn, type Scenario } from '../model/index.ts';
import { problem, renderProblem } from '../core/index.ts';
import { englishWords } from '../core/testing.ts';
import { scenarioMemoHtml, studyMismatch } from './index.ts';
import { serverDocument } from './node.ts';
import { TORNADO_ROWS } from './robustness-section.ts';
import { externalReferences, htmlParseErrors } from './testing.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const golden = (name: string) => path.join(here, 'golden', name);
const study = JSON.parse(readFileSync(golden('north-america.robustness.json'), 'utf8')) as RobustnessJson;

let scenario: Scenario;
let analysis: AnalysisJson;

beforeAll(async () => {
  const loaded = await readScenarioFile(`${SCENARIOS_DIR}/north-america.yaml`);
  scenario = loaded.scenario;
  analysis = toJson(loaded.domain, analyze(loaded.domain));
});

const opts = (lang: 'en' | 'es' = 'en') => ({ lang, date: '2026-12-03', document: serverDocument() });
const memo = (lang: 'en' | 'es' = 'en', robustness: RobustnessJson | null = study) =>
  scenarioMemoHtml({ scenario, analysis, robustness }, opts(lang));

/** The robustness section's own HTML. */
function section(html: string): string {
  const m = /<section id="robustness">[\s\S]*?<\/section>/.exec(html);
  return m ? m[0] : '';
}

function rows(html: string, cls: string): string[][] {
  const { document } = parseHTML(html);
  return [...document.querySelectorAll(`table.${cls} tbody tr`)].map((tr) =>
    [...tr.querySelectorAll('td')].map((td) => td.textContent ?? ''),
  );
}

const pct = (x: number) => `${Math.round(x * 100)} %`;

describe('the memo’s robustness section', () => {
  it('renders exactly as the golden files, in English and Spanish', () => {
    for (const lang of ['en', 'es'] as const) {
      const html = section(memo(lang));
      const file = golden(`robustness-section.${lang}.html`);
      if (process.env.CG_UPDATE_GOLDEN === '1' || !existsSync(file)) writeFileSync(file, html + '\n');
      expect(html + '\n').toBe(readFileSync(file, 'utf8'));
    }
  });

  it('comes after the package, with a tornado chart, in a document that parses and fetches nothing', () => {
    const html = memo();
    expect(htmlParseErrors(html)).toEqual([]);
    expect(externalReferences(html)).toEqual([]);
    expect(html.indexOf('id="package"')).toBeLessThan(html.indexOf('id="robustness"'));
    expect(html.indexOf('id="robustness"')).toBeLessThan(html.indexOf('id="fragile"'));
    expect(html).toContain('<a href="#robustness">6. How robust the package is</a>');
    // Three frontier charts and the tornado.
    expect(html.match(/<svg[^>]*class="plot-/g)?.length).toBe(4);
    expect(section(html)).toContain('<svg');
    expect(memo('en', null)).not.toContain('id="robustness"');
  });

  it('gives each party’s share of samples where linking wins as in the study, with sample count and seed', () => {
    const html = memo();
    const s = section(html);
    expect(s).toContain(`${study.samples} plausible preference sets were drawn at random (seed ${study.seed})`);
    const linkage = rows(s, 'robust-linkage');
    const lk = study.linkageBeatsDelinked!;
    const parties = scenario.parties.map((p) => p.id);
    expect(linkage.map((r) => r[0])).toEqual([
      ...parties.map((id) => scenario.parties.find((p) => p.id === id)!.name),
      'Every party at once',
      'No party worse off',
    ]);
    parties.forEach((id, k) => {
      expect(linkage[k][1]).toBe(pct(lk.byParty[id].probability));
      const q = study.partyGains![id];
      expect(linkage[k][3]).toBe(`${q.q50.toFixed(3)} (${q.q05.toFixed(3)} – ${q.q95.toFixed(3)})`);
    });
    expect(linkage[parties.length][1]).toBe(pct(lk.probability));
    expect(s).toContain(
      `stays the Nash package, option for option, in ${pct(study.nominalPackageShare!.probability)} of the samples`,
    );
    expect(s).toContain(`is acceptable to all in ${pct(study.mostRobust.share)} of them`);
  });

  it('lists the weights nearest a flip, most sensitive first as the engine measures it, with what takes over', () => {
    const s = section(memo());
    const table = rows(s, 'robust-sensitivity');
    const byMargin = study
      .sensitivity!.weights.filter((e) => e.interval && Number.isFinite(margin(e)))
      .sort((a, b) => margin(a) - margin(b));
    expect(table.length).toBe(Math.min(TORNADO_ROWS, byMargin.length));
    const name = (id: string) => scenario.parties.find((p) => p.id === id)!.name;
    const issue = (id: string) => scenario.issues.find((i) => i.id === id)!.name;
    // In the order of the engine's own margin (findings.ts).
    expect(table.map((r) => r[0])).toEqual(
      byMargin.slice(0, table.length).map((e) => `${name(e.party)} · ${issue(e.issue)}`),
    );
    const first = byMargin[0];
    expect(table[0][1]).toBe(`${(first.share! * 100).toFixed(first.share! < 0.1 ? 1 : 0)} %`);
    const takeover = [first.above, first.below].find((t) => t && Object.keys(t.changes).length)!;
    const [iss, opt] = Object.entries(takeover.changes)[0];
    expect(table[0][3]).toContain(
      `${issue(iss)} → ${scenario.issues.find((i) => i.id === iss)!.options.find((o) => o.id === opt)!.label}`,
    );
  });

  it('shows every uncertainty range it drew from, defaults as modelling assumptions', () => {
    const s = section(memo());
    const ranges = rows(s, 'robust-ranges');
    const counted = ranges.reduce((n, r) => n + Number(r[2].replace(/,/g, '')), 0);
    expect(counted).toBe(study.uncertainty.parameters.length + study.uncertainty.dirichlet.length);
    const defaults = ranges.filter((r) => r[3] === 'built-in default');
    expect(defaults.length).toBeGreaterThan(0);
    for (const r of defaults) expect(r[4]).toBe('Modelling assumption');
    expect(ranges.map((r) => r[1])).toContain('±50%');
  });

  it('is in Spanish when asked', () => {
    const s = section(memo('es'));
    expect(s).toContain('Qué tan robusto es el paquete');
    expect(s).toContain('Supuesto de modelación');
    expect(s).toContain('semilla 1');
    for (const english of [
      'plausible preference sets',
      'Every party at once',
      'Modelling assumption',
      'built-in default',
      // the built-in defaults' reasons, which the study carries in English
      BUILTIN_UNCERTAINTY.weights.rationale,
      BUILTIN_UNCERTAINTY.values.rationale,
    ])
      expect(s).not.toContain(english);
    const reasons = rows(s, 'robust-ranges').map((r) => r[5]);
    expect(reasons).toContain(builtinRationaleIn(BUILTIN_UNCERTAINTY.weights.rationale, 'es'));
    expect(reasons).toContain(builtinRationaleIn(BUILTIN_UNCERTAINTY.values.rationale, 'es'));
  });
});

describe('a saved study checked against the scenario', () => {
  it('fits the scenario it was computed on, and not an edited or another one', () => {
    expect(studyMismatch(scenario, study)).toBeNull();
    const us = scenario.parties.find((p) => p.id === 'us')!;
    const [issue, w] = Object.entries(us.weights).find(([, x]) => x.weight > 0)!;
    const edited: Scenario = {
      ...scenario,
      parties: scenario.parties.map((p) =>
        p.id === 'us' ? { ...p, weights: { ...p.weights, [issue]: { ...w, weight: w.weight + 1 } } } : p,
      ),
    };
    const changed = studyMismatch(edited, study);
    expect(changed).toEqual({ case: 'changed', path: `us.weights.${issue}`, study: w.weight, now: w.weight + 1 });
    expect(studyMismatch({ ...scenario, id: 'elsewhere' }, study)).toEqual({
      case: 'other_scenario',
      study: scenario.id,
      scenario: 'elsewhere',
    });
    expect(studyMismatch(scenario, { samples: 'x' } as unknown as RobustnessJson)).toEqual({ case: 'not_a_study' });
    // worded per language by the catalogue, with no English in the Spanish
    const en = problem('report_study_mismatch', { reason: changed! }).message;
    expect(en).toContain(`us.weights.${issue} = ${w.weight}, the scenario now says ${w.weight + 1}`);
    const es = renderProblem(problem('report_study_mismatch', { reason: changed! }), {
      locale: 'es',
      surface: 'cli',
    }).message;
    expect(es).toContain(`us.weights.${issue} = ${w.weight}, el escenario ahora dice ${w.weight + 1}`);
    expect(englishWords(es.replace(/\S+\.(json|yaml)\b|commonground robustness/g, ' '))).toEqual([]);
  });
});
