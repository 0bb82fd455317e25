import { describe, expect, it } from 'vitest';
import { englishLeaks, englishWords, leakFinder, stripAllowed } from './english-leaks.ts';

const catalogue = [
  { key: 'common.download', en: 'Download', es: 'Descargar' },
  { key: 'common.saved', en: 'Saved (version {version}).', es: 'Guardado (versión {version}).' },
  { key: 'app.title', en: 'Common Ground', es: 'Common Ground' },
  { key: 'pair', en: '{a}: {b}', es: '{a}: {b}' },
  { key: 'run', en: 'Run', es: 'Ejecutar' },
  { key: 'ks', en: 'Kalai–Smorodinsky', es: 'Solución de Kalai–Smorodinsky' },
];

describe('the English-leak detector', () => {
  const find = leakFinder({ catalogue, allow: ['Tit For Tat', /\b[\w-]+\.xml\b/] });

  it('catches English interface sentences by their function words', () => {
    expect(find('The status quo is what no agreement means on each issue.')?.reason).toBe(
      'words: the, is, what, on, each',
    );
    expect(find('Concedes on none')?.reason).toBe('words: on, none');
    expect(find('Acting alone pays more than joint action')?.reason).toBe('words: more, than');
  });

  it('catches short English UI strings through the catalogue, with placeholders filled', () => {
    expect(find('Download')?.reason).toBe('catalogue: common.download');
    expect(find('Saved (version 3).')?.reason).toBe('catalogue: common.saved');
    expect(find('  Run ')?.reason).toBe('catalogue: run');
    // a one-word message is a leak only as the whole text, not inside another word or name
    expect(find('Running Man')).toBeNull();
  });

  it('catches English dates and 12-hour times', () => {
    expect(englishWords('December 3, 2026')).toEqual(['december']);
    expect(englishWords('3/12/2026, 6:56 PM')).toEqual(['AM/PM']);
    expect(find('Monday')?.reason).toBe('words: monday');
  });

  it('does not flag Spanish, numbers, codes or names the catalogue keeps', () => {
    for (const es of [
      'El statu quo es lo que significa no llegar a un acuerdo en cada tema.',
      'Guardado (versión 3).',
      'México cede en la migración y gana en el tráfico de armas: 0.487 frente a 0.722.',
      'Punto de Nash: Estados Unidos 0.61, México 0.72, Canadá 1.',
      'Kalai-Smorodinsky',
      'Kalai–Smorodinsky', // the English message is a name the Spanish one keeps
      'Common Ground',
      'US: 0.5',
      '3 de diciembre de 2026, 6:56 p.m.',
      'Un día de mar, 12 feb., 3 sept., 1 may.',
      '¿Has visto el dominio? Se puede comparar per cápita.',
      'Descargar',
    ])
      expect(find(es), es).toBeNull();
  });

  it('lets through only what the allowlist names', () => {
    expect(find('Estrategia Tit For Tat')).toBeNull();
    expect(find('Archivo laptop_domain.xml cargado')).toBeNull();
    // the same words outside the allowed name are still English
    expect(find('Tit For Tat wins for the third time')?.reason).toBe('words: for, the');
    expect(stripAllowed('a Tit For Tat b', ['Tit For Tat'])).toBe('a   b');
    // the longer name goes first, whatever the order given
    expect(stripAllowed('“Common Ground Is Needed”', ['Common Ground', 'Common Ground Is Needed'])).toBe('“ ”');
  });

  it('lists each leaking text once, in order, with why', () => {
    const leaks = englishLeaks(['Descargar', 'Download', 'Download', 'the end', 'fin'], { catalogue });
    expect(leaks).toEqual([
      { text: 'Download', reason: 'catalogue: common.download' },
      { text: 'the end', reason: 'words: the' },
    ]);
  });
});
