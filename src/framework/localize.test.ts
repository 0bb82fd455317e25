/** Frameworks in Spanish: validated with the file, texts change, figures and ids do not. */
import { describe, expect, it } from 'vitest';
import { isCgError } from '../core/index.ts';
import { validateFramework } from './file.ts';
import { localizeFramework, untranslatedFrameworkFields } from './localize.ts';
import { tinyFramework } from './testing.ts';

const translated = () =>
  tinyFramework({
    translations: {
      es: {
        name: 'Pequeño',
        parties: { mx: { name: 'México' } },
        areas: {
          security: {
            name: 'Seguridad',
            objectives: {
              o1: {
                title: 'Objetivo uno',
                results: {
                  r1: {
                    indicators: {
                      i1: { name: 'Muertes', unit: 'muertes', targets: { '0': { rationale: 'reducir a la mitad' } } },
                    },
                  },
                },
              },
            },
          },
        },
        actions: { a1: { title: 'Acción uno' } },
      },
    },
  });

describe('framework translations', () => {
  it('localize objectives, indicators, targets and actions; citations and agencies stay; figures unchanged', () => {
    const fw = validateFramework(translated());
    const es = localizeFramework(fw, 'es');
    const ind = es.areas[0].objectives[0].results[0].indicators[0];
    expect([es.name, es.areas[0].name, es.areas[0].objectives[0].title, ind.name, ind.unit]).toEqual([
      'Pequeño',
      'Seguridad',
      'Objetivo uno',
      'Muertes',
      'muertes',
    ]);
    expect(ind.targets[0]).toEqual({
      ...fw.areas[0].objectives[0].results[0].indicators[0].targets[0],
      rationale: 'reducir a la mitad',
    });
    expect(ind.actuals).toEqual(fw.areas[0].objectives[0].results[0].indicators[0].actuals);
    expect(es.actions[0].actors).toEqual(fw.actions[0].actors);
    expect(es.actions[0].budgets).toEqual(fw.actions[0].budgets);
    expect(es.parties.map((p) => p.name)).toEqual(['United States', 'México']);
    expect(localizeFramework(fw, 'en')).toEqual(fw);
    expect(untranslatedFrameworkFields(fw).map((f) => f.key.join('.'))).toContain('parties.us.name');
    expect(untranslatedFrameworkFields(fw).map((f) => f.key.join('.'))).not.toContain('parties.mx.name');
  });

  it('a translation of an unknown objective is a problem naming the key', () => {
    const fw = translated();
    (fw.translations!.es as Record<string, unknown>).areas = { security: { objectives: { o2: { title: 'x' } } } };
    try {
      validateFramework(fw, 'fw.yaml');
      expect.unreachable();
    } catch (e) {
      if (!isCgError(e)) throw e;
      expect(e.problems.map((p) => [p.code, p.path.join('.'), p.file])).toEqual([
        ['unknown_translation', 'translations.es.areas.security.objectives.o2', 'fw.yaml'],
      ]);
    }
  });
});
