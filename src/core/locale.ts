/**
 * Which language a user reads problems in: from an HTTP `Accept-Language` header (the API) or
 * from the environment (the CLI: `CG_LANG`, else the POSIX locale). Browser-safe.
 */
import { LOCALES, type Locale } from './messages/define.ts';

function supported(tag: string): Locale | null {
  const primary = tag
    .trim()
    .toLowerCase()
    .split(/[-_.@]/)[0];
  return (LOCALES as readonly string[]).includes(primary) ? (primary as Locale) : null;
}

/**
 * The best supported locale for an `Accept-Language` header (RFC 9110 §12.5.4): the highest
 * q-value wins, ties go to the earlier entry, `q=0` means "not this one", `*` is any (English).
 * English when nothing supported is asked for.
 */
export function localeFromAcceptLanguage(header: string | readonly string[] | undefined): Locale {
  const text = Array.isArray(header) ? header.join(',') : (header as string | undefined);
  if (!text) return 'en';
  let best: { locale: Locale; q: number } | null = null;
  for (const part of text.split(',')) {
    const [tag, ...attrs] = part.split(';').map((s) => s.trim());
    if (!tag) continue;
    let q = 1;
    for (const a of attrs) {
      const m = /^q\s*=\s*([0-9.]+)$/i.exec(a);
      if (m) q = Number(m[1]);
    }
    if (!(q > 0) || q > 1) continue;
    const locale = tag === '*' ? 'en' : supported(tag);
    if (locale && (!best || q > best.q)) best = { locale, q };
  }
  return best?.locale ?? 'en';
}

/**
 * The CLI's locale: `CG_LANG` (`es`, `en`, `es_MX.UTF-8`, ...) when it names a supported language,
 * else the POSIX message locale (the first set of `LC_ALL`, `LC_MESSAGES`, `LANG`) when it starts
 * with `es`, else English.
 */
export function localeFromEnv(env: Record<string, string | undefined>): Locale {
  const chosen = env.CG_LANG ? supported(env.CG_LANG) : null;
  if (chosen) return chosen;
  const posix = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return supported(posix) === 'es' ? 'es' : 'en';
}
