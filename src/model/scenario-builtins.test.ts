/**
 * The built-in scenarios: valid, sourced (every quote of the brief is verbatim in the brief, every
 * indicator cited exists), shaped as the issue asks, priorities as the brief states them, and the
 * bilateral scenario identical to the North America one for the United States and Mexico.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ASSUMPTION, type Scenario, type ScenarioParty } from './scenario.ts';
import { fixture } from '../core/testing.ts';
import { listBuiltinScenarios, readScenarioFile, SCENARIOS_DIR } from './scenario-files.node.ts';
import { compileScenario } from './scenario-compile.ts';
import { localizeScenario, untranslatedScenarioFields } from './localize.ts';
import { translationOf } from '../core/index.ts';
const normalise = (s: string) =>
  s
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201C\u201D]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
const BRIEF = normalise(readFileSync(fixture('brief/common-ground-brief.txt'), 'utf8'));
const INDICATOR_IDS = new Set(
  readFileSync(fixture('data/indicators.csv'), 'utf8')
    .split('\n')
    .slice(1)
    .map((l) => l.split(',')[0])
    .filter(Boolean),
);

interface Entry {
  where: string;
  rationale: string;
  source: string;
  quote?: string;
}

/** Every justified number in a scenario (weights, values, red lines, interactions, status quo). */
function entries(s: Scenario): Entry[] {
  const out: Entry[] = [];
  for (const issue of s.issues) {
    if (issue.statusQuoSource)
      out.push({
        where: `${issue.id}.statusQuo`,
        rationale: issue.statusQuoRationale ?? '',
        source: issue.statusQuoSource,
        quote: issue.statusQuoQuote,
      });
  }
  for (const p of s.parties) {
    for (const [id, w] of Object.entries(p.weights)) out.push({ where: `${p.id}.weights.${id}`, ...w });
    for (const [id, v] of Object.entries(p.values)) out.push({ where: `${p.id}.values.${id}`, ...v });
    (p.redLines ?? []).forEach((r, i) => out.push({ where: `${p.id}.redLines[${i}]`, ...r }));
    (p.interactions ?? []).forEach((t, i) => out.push({ where: `${p.id}.interactions[${i}]`, ...t }));
  }
  return out;
}

const files = ['north-america.yaml', 'us-mexico.yaml'];

describe('built-in scenarios', () => {
  it('are listed with ids, files and outcome counts', async () => {
    const list = await listBuiltinScenarios();
    expect(list.map((s) => [s.id, s.file])).toEqual([
      ['north-america', 'scenarios/north-america.yaml'],
      ['us-mexico', 'scenarios/us-mexico.yaml'],
    ]);
    expect(list[0].parties).toEqual(['us', 'mx', 'ca']);
  });

  for (const file of files) {
    describe(file, async () => {
      const { scenario } = await readScenarioFile(path.join(SCENARIOS_DIR, file));
      const all = entries(scenario);

      it('quotes the brief verbatim', () => {
        const quoted = all.filter((e) => e.quote);
        expect(quoted.length).toBeGreaterThan(20);
        for (const e of quoted) {
          expect(e.source, e.where).toBe('brief');
          expect(BRIEF.includes(normalise(e.quote!)), `${e.where}: quote not found in the brief: ${e.quote}`).toBe(
            true,
          );
        }
      });

      it('says "modelling assumption" wherever no source supports a number, and cites only real indicators', () => {
        for (const e of all) {
          if (e.source === ASSUMPTION) expect(e.rationale, e.where).toMatch(/modelling assumption/i);
          if (e.source === 'indicators' || e.rationale.includes('indicators.csv')) {
            const cited = [...e.rationale.matchAll(/\b((?:us|mx|cbp|usbp|merida)_[a-z0-9_]+)\b/g)].map((m) => m[1]);
            expect(cited.length, `${e.where} names the indicator it uses`).toBeGreaterThan(0);
            for (const id of cited) expect(INDICATOR_IDS.has(id), `${e.where}: unknown indicator ${id}`).toBe(true);
          }
        }
      });

      it('has the issue shape: six areas plus the framework, six security issues, 2-5 options, a status quo everywhere', () => {
        expect(scenario.areas!.map((a) => a.id)).toEqual(
          expect.arrayContaining([
            'trade',
            'security',
            'investment',
            'democracy',
            'infrastructure',
            'immigration_labor',
          ]),
        );
        expect(scenario.issues.filter((i) => i.area === 'security').map((i) => i.id)).toEqual([
          'drug_trafficking',
          'human_smuggling',
          'human_trafficking',
          'gun_smuggling',
          'money_laundering',
          'joint_operations',
        ]);
        for (const issue of scenario.issues) {
          expect(issue.options.length, issue.id).toBeGreaterThanOrEqual(2);
          expect(issue.options.length, issue.id).toBeLessThanOrEqual(5);
          expect(issue.statusQuo, issue.id).toBeDefined();
        }
        for (const area of scenario.areas!)
          expect(
            scenario.issues.some((i) => i.area === area.id),
            area.id,
          ).toBe(true);
      });

      it("weights follow the brief's priorities (US: drug trafficking, human smuggling, immigration; Mexico: gun smuggling, sovereignty, human trafficking)", () => {
        const top = (p: ScenarioParty, n: number) =>
          Object.entries(p.weights)
            .sort((a, b) => b[1].weight - a[1].weight)
            .slice(0, n)
            .map(([id]) => id)
            .sort();
        const us = scenario.parties.find((p) => p.id === 'us')!;
        const mx = scenario.parties.find((p) => p.id === 'mx')!;
        expect(top(us, 3)).toEqual(['drug_trafficking', 'human_smuggling', 'immigration_labor']);
        expect(top(mx, 3)).toEqual(['gun_smuggling', 'human_trafficking', 'joint_operations']);
        // Each side ranks the other's priorities low.
        expect(us.weights.gun_smuggling.weight).toBeLessThan(us.weights.drug_trafficking.weight / 2);
        expect(mx.weights.drug_trafficking.weight).toBeLessThan(mx.weights.gun_smuggling.weight / 2);
      });

      it('has a Mexican red line against armed US operations without consent, and interaction terms', () => {
        const mx = scenario.parties.find((p) => p.id === 'mx')!;
        expect(mx.redLines?.map((r) => r.options)).toContainEqual({ joint_operations: 'unilateral_authorised' });
        expect(scenario.parties.some((p) => (p.interactions ?? []).length > 0)).toBe(true);
      });
    });
  }

  it('north-america has Canada; us-mexico has the same issues and identical US and Mexico entries', async () => {
    const na = (await readScenarioFile(path.join(SCENARIOS_DIR, 'north-america.yaml'))).scenario;
    const bi = (await readScenarioFile(path.join(SCENARIOS_DIR, 'us-mexico.yaml'))).scenario;
    expect(na.parties.map((p) => p.id)).toEqual(['us', 'mx', 'ca']);
    expect(bi.parties.map((p) => p.id)).toEqual(['us', 'mx']);
    expect(bi.issues).toEqual(na.issues);
    expect(bi.areas).toEqual(na.areas);
    expect(bi.sources).toEqual(na.sources);
    expect(bi.parties).toEqual(na.parties.slice(0, 2));
  });
});

describe('the built-in scenarios in Spanish', async () => {
  for (const b of await listBuiltinScenarios()) {
    it(`${path.basename(b.file)} has every human-readable field in Spanish and compiles to the same numbers`, async () => {
      const { scenario, domain } = await readScenarioFile(b.path);
      expect(untranslatedScenarioFields(scenario, 'es').map((f) => f.key.join('.'))).toEqual([]);
      const es = compileScenario(localizeScenario(scenario, 'es'));
      // Only the red lines' rationales (texts) may differ.
      const numbers = (d: typeof domain) =>
        d.utilities.map((u) => ({ ...u, redLines: u.redLines.map((r) => r.options) }));
      expect(numbers(es)).toEqual(numbers(domain));
      expect(es.parties.map((p) => [p.id, p.reservation])).toEqual(domain.parties.map((p) => [p.id, p.reservation]));
      expect(es.issues.map((i) => [i.id, i.options, i.statusQuo])).toEqual(
        domain.issues.map((i) => [i.id, i.options, i.statusQuo]),
      );
      const names = Object.fromEntries(es.issues.map((i) => [i.id, i.name]));
      expect([names.human_smuggling, names.human_trafficking, names.drug_trafficking]).toEqual([
        'Tráfico ilícito de migrantes',
        'Trata de personas',
        'Narcotráfico y fentanilo',
      ]);
      // Quotes stay the brief's English words; the Spanish is beside them.
      const sq = localizeScenario(scenario, 'es').issues[0];
      expect(sq.statusQuoQuote).toBe(scenario.issues[0].statusQuoQuote);
      expect(translationOf(sq, 'statusQuoQuote')).toMatch(/^En general, hay poca cooperación/);
    });
  }
});
