/** Tiny i18n: English and Spanish dictionaries, `{name}` placeholders, a React context. */
import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { en, type MessageKey } from './en.ts';
import { es } from './es.ts';

export type Lang = 'en' | 'es';
export const LANGS: { id: Lang; name: string }[] = [
  { id: 'en', name: 'English' },
  { id: 'es', name: 'Español' },
];
export const dictionaries: Record<Lang, Record<MessageKey, string>> = { en, es };

export function translate(lang: Lang, key: MessageKey, params: Record<string, string | number> = {}): string {
  const template = dictionaries[lang][key] ?? en[key];
  return template.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
}

/** Numbers in the user's language (es-MX conventions for Spanish). */
export function formatNumber(lang: Lang, x: number, digits = 3): string {
  return new Intl.NumberFormat(lang === 'es' ? 'es-MX' : 'en-US', { maximumFractionDigits: digits }).format(x);
}

export type T = (key: MessageKey, params?: Record<string, string | number>) => string;

interface I18n {
  lang: Lang;
  setLang(l: Lang): void;
  t: T;
  n(x: number, digits?: number): string;
}

const Ctx = createContext<I18n | null>(null);

function initialLang(): Lang {
  const saved = typeof localStorage !== 'undefined' ? localStorage.getItem('cg-lang') : null;
  if (saved === 'en' || saved === 'es') return saved;
  return typeof navigator !== 'undefined' && navigator.language?.startsWith('es') ? 'es' : 'en';
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(initialLang);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  const value = useMemo<I18n>(
    () => ({
      lang,
      setLang(l) {
        localStorage.setItem('cg-lang', l);
        setLangState(l);
      },
      t: (key, params) => translate(lang, key, params),
      n: (x, digits) => formatNumber(lang, x, digits),
    }),
    [lang],
  );
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}

export function useI18n(): I18n {
  const v = useContext(Ctx);
  if (!v) throw new Error('useI18n outside I18nProvider');
  return v;
}
