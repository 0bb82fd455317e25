import { describe, expect, it } from 'vitest';
import { englishWords } from '../../core/testing.ts';
import { STRATEGIES } from './index.ts';
import { STRATEGY_DESCRIPTIONS_ES, strategyDescription } from './descriptions-es.ts';

/** Strategy names are kept as names (Axelrod's); taken out before looking for English words. */
const withoutNames = (text: string) =>
  [...STRATEGIES.map((s) => s.name), 'Joss', 'Beaufils', 'CRISTAL-SMAC', 'world']
    .sort((a, b) => b.length - a.length)
    .reduce((t, name) => t.split(name).join(' '), text);

describe('Spanish descriptions of the cooperation strategies', () => {
  it('exist for every strategy in the registry, and for nothing else', () => {
    expect(Object.keys(STRATEGY_DESCRIPTIONS_ES).sort()).toEqual(STRATEGIES.map((s) => s.name).sort());
  });

  it('are Spanish: no English function word, not the English text, the same numbers as the English', () => {
    for (const s of STRATEGIES) {
      const es = STRATEGY_DESCRIPTIONS_ES[s.name];
      expect(es, s.name).not.toBe(s.description);
      expect(englishWords(withoutNames(es)), `${s.name}: ${es}`).toEqual([]);
      const numbers = (t: string) => (t.match(/\d+(\.\d+)?(\/\d+)?%?/g) ?? []).sort();
      expect(numbers(es), s.name).toEqual(numbers(s.description));
    }
  });

  it('are chosen by language, English falling back to the engine text', () => {
    const tft = STRATEGIES.find((s) => s.name === 'Tit For Tat')!;
    expect(strategyDescription(tft, 'es')).toBe(
      'Coopera en la primera jugada y luego copia la jugada anterior del oponente.',
    );
    expect(strategyDescription(tft, 'en')).toBe(tft.description);
    expect(strategyDescription({ name: 'Unknown', description: 'New one.' }, 'es')).toBe('New one.');
  });
});
