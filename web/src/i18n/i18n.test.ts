import { describe, expect, it } from 'vitest';
import { en } from './en.ts';
import { es } from './es.ts';
import { translate, formatNumber } from './index.tsx';
import { CRITERIA, CRITERION_TEXT } from '../../../src/framework/index.ts';
import { STRATEGIES } from '../../../src/negotiation/index.ts';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('i18n', () => {
  it('Spanish has every English key, non-empty, with the same placeholders', () => {
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(es[key], key).toBeTruthy();
      expect(placeholders(es[key]), key).toEqual(placeholders(en[key]));
    }
    expect(Object.keys(es).sort()).toEqual(Object.keys(en).sort());
  });

  it('Spanish strings are translated, not copied (except names and symbols)', () => {
    const same = (Object.keys(en) as (keyof typeof en)[]).filter((k) => en[k] === es[k]);
    expect(same.sort()).toEqual(['app.title', 'common.no', 'explorer.pointKs'].sort());
  });

  it('names every audit criterion in both languages, as the audit defines them', () => {
    for (const name of CRITERIA) {
      const key = `criterion.${name}` as keyof typeof en;
      expect(en[key], name).toBe(CRITERION_TEXT[name].replace('>= 50%', '50% or more'));
      expect(es[key], name).toBeTruthy();
    }
  });

  it("describes every negotiation strategy in both languages, in the engine's words in English", () => {
    for (const s of STRATEGIES) {
      const key = `strategy.${s.id}` as keyof typeof en;
      expect(en[key], s.id).toBe(s.description.replace(/'/g, '’'));
      expect(es[key], s.id).toBeTruthy();
    }
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(translate('en', 'common.saved', { version: 3 })).toBe('Saved (version 3).');
    expect(translate('es', 'common.saved', { version: 3 })).toBe('Guardado (versión 3).');
    expect(translate('en', 'common.saved')).toBe('Saved (version {version}).');
  });

  it('formats numbers per language', () => {
    expect(formatNumber('en', 1234.5678, 2)).toBe('1,234.57');
    expect(formatNumber('es', 0.5, 2)).toBe('0.5');
  });
});
