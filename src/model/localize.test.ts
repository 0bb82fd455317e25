/** Scenarios in Spanish: a wrong translation key is a located problem; localizing changes texts, never results. */
import { describe, expect, it } from 'vitest';
import { isCgError, translationOf } from '../core/index.ts';
import { loadScenarioText } from './scenario-compile.ts';
import { localizeScenario, untranslatedScenarioFields } from './localize.ts';

const TEXT = `id: demo
name: Demo
issues:
  - id: guns
    name: Gun smuggling
    options:
      - { id: low, label: limited }
      - { id: high, label: joint }
    statusQuo: low
    statusQuoSource: brief
    statusQuoRationale: Little action today.
    statusQuoQuote: Little cooperation.
sources:
  - { id: brief, title: The brief }
parties:
  - id: mx
    name: Mexico
    reservation: status_quo
    weights:
      guns: { weight: 1, source: assumption, rationale: Top priority. }
    values:
      guns: { options: { low: 0, high: 1 }, source: assumption, rationale: More is better. }
  - id: us
    name: United States
    weights:
      guns: { weight: 1, source: assumption, rationale: Low priority. }
    values:
      guns: { options: { low: 1, high: 0 }, source: assumption, rationale: A concession. }
translations:
  es:
    name: Demostración
    issues:
      guns:
        name: Tráfico de armas
        options: { low: { label: limitado }, high: { label: conjunto } }
        statusQuoQuote: Poca cooperación.
    parties:
      mx: { name: México }
`;

describe('scenario translations', () => {
  it('are validated with the scenario: a key naming no id is a problem with its line', () => {
    const bad = TEXT.replace('      mx: { name: México }', '      mex: { name: México }');
    try {
      loadScenarioText(bad, 'demo.yaml');
      expect.unreachable();
    } catch (e) {
      if (!isCgError(e)) throw e;
      expect(e.problems.map((p) => [p.code, p.path.join('.'), p.file, p.line])).toEqual([
        ['unknown_translation', 'translations.es.parties.mex', 'demo.yaml', 38],
      ]);
    }
  });

  it('an unknown language is a problem of the block', () => {
    const bad = TEXT.replace('translations:\n  es:', 'translations:\n  fr:');
    expect(() => loadScenarioText(bad)).toThrow(/"fr"/);
  });

  it('localize names, labels and quotes (kept, translation beside); the rest falls back and is listed', () => {
    const { scenario } = loadScenarioText(TEXT);
    const es = localizeScenario(scenario, 'es');
    expect(es.name).toBe('Demostración');
    expect(es.issues[0].options.map((o) => o.label)).toEqual(['limitado', 'conjunto']);
    expect(es.issues[0].statusQuoQuote).toBe('Little cooperation.');
    expect(translationOf(es.issues[0], 'statusQuoQuote')).toBe('Poca cooperación.');
    expect(es.parties.map((p) => p.name)).toEqual(['México', 'United States']);
    expect(untranslatedScenarioFields(scenario).map((f) => f.key.join('.'))).toEqual([
      'issues.guns.statusQuoRationale',
      'parties.mx.weights.guns.rationale',
      'parties.mx.values.guns.rationale',
      'parties.us.name',
      'parties.us.weights.guns.rationale',
      'parties.us.values.guns.rationale',
    ]);
    expect(localizeScenario(scenario, 'en')).toEqual(scenario);
    expect(localizeScenario(scenario, 'de')).toEqual(scenario);
  });
});
