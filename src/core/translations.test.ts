/** The translations block: keys follow the file, unknown keys are problems, texts change and nothing else. */
import { describe, expect, it } from 'vitest';
import { renderProblem } from './problems.ts';
import { localize, textFields, translationProblems, untranslated, type TextRules } from './translations.ts';

const RULES: TextRules = { text: ['name', 'label', 'rationale', 'notes'], quote: ['quote'], skip: ['sources'] };

const doc = () => ({
  id: 'demo',
  name: 'Demo',
  sources: [{ id: 'brief', name: 'An English title' }],
  notes: ['first note', 'second note'],
  issues: [
    {
      id: 'guns',
      name: 'Gun smuggling',
      options: [
        { id: 'low', label: 'limited' },
        { id: 'high', label: 'joint' },
      ],
    },
  ],
  parties: [
    {
      id: 'mx',
      name: 'Mexico',
      weights: { guns: { weight: 10, rationale: 'Top priority.', quote: 'Mexico views gun smuggling as important.' } },
      redLines: [{ options: { guns: 'low' }, rationale: 'Never.' }],
    },
  ],
  translations: {
    es: {
      name: 'Demostración',
      notes: { '1': 'segunda nota' },
      issues: { guns: { name: 'Tráfico de armas', options: { high: { label: 'conjunto' } } } },
      parties: {
        mx: {
          name: 'México',
          weights: { guns: { quote: 'México considera importante el tráfico de armas.' } },
          redLines: { '0': { rationale: 'Nunca.' } },
        },
      },
    },
  },
});

describe('textFields', () => {
  it('keys array elements by id, or by index when they have none, and skips citations', () => {
    const keys = textFields(doc(), RULES).map((f) => f.key.join('.'));
    expect(keys).toEqual([
      'name',
      'notes.0',
      'notes.1',
      'issues.guns.name',
      'issues.guns.options.low.label',
      'issues.guns.options.high.label',
      'parties.mx.name',
      'parties.mx.weights.guns.rationale',
      'parties.mx.weights.guns.quote',
      'parties.mx.redLines.0.rationale',
    ]);
    expect(textFields(doc(), RULES).find((f) => f.key.join('.') === 'parties.mx.weights.guns.quote')?.kind).toBe(
      'quote',
    );
  });
});

describe('translationProblems', () => {
  it('accepts a block that follows the file', () => {
    expect(translationProblems(doc(), RULES)).toEqual([]);
  });

  it('names an unknown id, an unknown field and a skipped citation, with what exists there', () => {
    const d = doc() as unknown as { translations: { es: Record<string, unknown> } };
    d.translations.es.issues = { gunz: { name: 'x' }, guns: { title: 'y' } };
    d.translations.es.sources = { brief: { name: 'z' } };
    const problems = translationProblems(d, RULES, 'demo.yaml');
    expect(problems.map((p) => [p.code, p.path.join('.'), p.file])).toEqual([
      ['unknown_translation', 'translations.es.issues.gunz', 'demo.yaml'],
      ['unknown_translation', 'translations.es.issues.guns.title', 'demo.yaml'],
      ['unknown_translation', 'translations.es.sources', 'demo.yaml'],
    ]);
    const shown = renderProblem(problems[0], { locale: 'en', surface: 'cli' });
    expect(shown.message).toContain('"issues.gunz"');
    expect(shown.expected).toContain('"guns"');
    expect(renderProblem(problems[1], { locale: 'es', surface: 'cli' }).message).toContain('traducción al español');
  });

  it('says when a field gets a group or a group gets a text', () => {
    const d = doc() as unknown as { translations: { es: Record<string, unknown> } };
    d.translations.es.name = { x: 'y' };
    d.translations.es.issues = 'Temas';
    expect(translationProblems(d, RULES).map((p) => [p.code, p.path.join('.'), p.params])).toEqual([
      ['translation_not_text', 'translations.es.name', { lang: 'es', key: 'name', wanted: 'text' }],
      ['translation_not_text', 'translations.es.issues', { lang: 'es', key: 'issues', wanted: 'group' }],
    ]);
  });
});

describe('untranslated', () => {
  it('lists exactly the fields without a translation', () => {
    expect(untranslated(doc(), RULES, 'es').map((f) => f.key.join('.'))).toEqual([
      'notes.0',
      'issues.guns.options.low.label',
      'parties.mx.weights.guns.rationale',
    ]);
  });
});

describe('localize', () => {
  it('replaces texts, keeps quotes and puts their translation beside them, and falls back to English', () => {
    const es = localize(doc(), RULES, 'es');
    expect(es.name).toBe('Demostración');
    expect(es.notes).toEqual(['first note', 'segunda nota']);
    expect(es.issues[0].name).toBe('Tráfico de armas');
    expect(es.issues[0].options.map((o) => o.label)).toEqual(['limited', 'conjunto']);
    const w = es.parties[0].weights.guns as Record<string, unknown>;
    expect(w.quote).toBe('Mexico views gun smuggling as important.');
    expect(w.quoteTranslation).toBe('México considera importante el tráfico de armas.');
    expect(w.rationale).toBe('Top priority.');
    expect(es.parties[0].redLines[0].rationale).toBe('Nunca.');
    expect(es.sources[0].name).toBe('An English title');
  });

  it('changes no id, number or structure, and leaves the input alone', () => {
    const input = doc();
    const before = JSON.stringify(input);
    const es = localize(input, RULES, 'es');
    expect(JSON.stringify(input)).toBe(before);
    // Blank every text field (and drop the added translations of quotes): both sides are then equal.
    const blank = (d: unknown) => {
      const c = structuredClone(d) as Record<string, unknown>;
      for (const f of textFields(c, RULES)) {
        let at = c as Record<string | number, unknown>;
        for (const seg of f.path.slice(0, -1)) at = at[seg] as Record<string | number, unknown>;
        at[f.path[f.path.length - 1]] = '';
        delete at[`${String(f.path[f.path.length - 1])}Translation`];
      }
      return c;
    };
    expect(blank(es)).toEqual(blank(input));
  });

  it('gives the texts as written for English and for a language the file lacks', () => {
    expect(localize(doc(), RULES, 'en')).toEqual(doc());
    expect(localize(doc(), RULES, 'fr')).toEqual(doc());
    const none = { ...doc(), translations: undefined };
    expect(localize(none, RULES, 'es')).toEqual(none);
  });
});
