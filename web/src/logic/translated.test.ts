import { describe, expect, it } from 'vitest';
import { inLang } from './translated.ts';

describe('inLang', () => {
  const item = {
    id: 'us-mexico',
    name: 'United States x Mexico',
    version: 3,
    translated: { es: { name: 'Estados Unidos x México' } },
  };

  it("takes the item's texts in the reader's language, keeping id and version", () => {
    expect(inLang(item, 'es')).toMatchObject({ id: 'us-mexico', name: 'Estados Unidos x México', version: 3 });
  });

  it('gives the item as written in English or a language it has no translation for', () => {
    expect(inLang(item, 'en').name).toBe('United States x Mexico');
    const plain: { id: string; name: string; translated?: Record<string, { name: string }> } = { id: 'x', name: 'X' };
    expect(inLang(plain, 'es').name).toBe('X');
  });
});
