/** Problems in the `translations` block of scenario, framework and cooperation-game files. */
import { define, oneOfListed, q } from './define.ts';

const LANGUAGE = { es: { en: 'Spanish', es: 'español' } } as const;
const language = (lang: string, locale: 'en' | 'es'): string =>
  lang in LANGUAGE ? LANGUAGE[lang as keyof typeof LANGUAGE][locale] : lang;

export const translation = {
  unknown_translation: define<{ lang: string; key: string; known: string[] }>({
    status: 400,
    example: { lang: 'es', key: 'issues.drug_trafic.name', known: ['drug_trafficking', 'gun_smuggling'] },
    message: {
      en: (p) =>
        `the ${language(p.lang, 'en')} translation of ${q(p.key)} names nothing in this file: a translation must follow the ids and the human-readable fields of the file`,
      es: (p) =>
        `la traducción al ${language(p.lang, 'es')} de ${q(p.key)} no corresponde a nada de este archivo: una traducción debe seguir los ids y los campos de texto del archivo`,
    },
    expected: {
      en: (p) => (p.known.length ? oneOfListed(p.known, 'en') : 'no translation here'),
      es: (p) => (p.known.length ? oneOfListed(p.known, 'es') : 'ninguna traducción aquí'),
    },
  }),
  translation_not_text: define<{ lang: string; key: string; wanted: 'text' | 'group' }>({
    status: 400,
    example: { lang: 'es', key: 'issues.trade', wanted: 'group' },
    message: {
      en: (p) =>
        p.wanted === 'text'
          ? `the ${language(p.lang, 'en')} translation of ${q(p.key)} must be a non-empty text (the translated field)`
          : `the ${language(p.lang, 'en')} translation of ${q(p.key)} must be a group of fields (keyed by id or field name), not a text`,
      es: (p) =>
        p.wanted === 'text'
          ? `la traducción al ${language(p.lang, 'es')} de ${q(p.key)} debe ser un texto no vacío (el campo traducido)`
          : `la traducción al ${language(p.lang, 'es')} de ${q(p.key)} debe ser un grupo de campos (por id o nombre de campo), no un texto`,
    },
  }),
};
