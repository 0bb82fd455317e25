import { describe, expect, it } from 'vitest';
import { STRINGS } from './i18n.ts';

const params = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('report words', () => {
  it('has every key in English and Spanish, naming the same parameters, never empty', () => {
    for (const [key, t] of Object.entries(STRINGS)) {
      expect(t.en.trim(), key).not.toBe('');
      expect(t.es.trim(), key).not.toBe('');
      expect(params(t.es), key).toEqual(params(t.en));
    }
  });
});
