/**
 * Finds English in text meant to be Spanish (test helper; browser-safe, no Node imports). Two
 * checks, both general:
 * - **catalogue**: a string identical to an English UI message (placeholders match anything) whose
 *   Spanish differs is a leak, however short ("Download", "Run");
 * - **words**: a sentence holding a common English function word (the, and, of, with, which, is,
 *   ...) or an English month, weekday or AM/PM mark is a leak. None of these words is Spanish
 *   ("a", "no", "me", "he", "as", "do" are left out for that reason).
 * What may stay English is listed explicitly by the caller (`allow`: proper names, codes, file
 * names), and removed from a text before it is checked.
 */

/** Common English words that are not Spanish words: one of them in a sentence marks it English. */
export const ENGLISH_FUNCTION_WORDS: readonly string[] = [
  'the',
  'and',
  'of',
  'with',
  'which',
  'is',
  'are',
  'to',
  'for',
  'not',
  'this',
  'that',
  'these',
  'those',
  'from',
  'by',
  'in',
  'on',
  'at',
  'or',
  'an',
  'it',
  'its',
  'be',
  'been',
  'was',
  'were',
  'have',
  'had',
  'will',
  'would',
  'could',
  'should',
  'must',
  'than',
  'then',
  'when',
  'where',
  'what',
  'who',
  'why',
  'how',
  'there',
  'their',
  'they',
  'them',
  'you',
  'your',
  'we',
  'our',
  'if',
  'each',
  'every',
  'all',
  'any',
  'into',
  'about',
  'between',
  'after',
  'before',
  'only',
  'but',
  'does',
  'did',
  'more',
  'less',
  'most',
  'one',
  'two',
  'three',
  'none',
  'other',
  'some',
  'such',
  'here',
  'yet',
  'still',
  'also',
  'both',
  'over',
  'under',
  'without',
  'against',
  'out',
  'up',
  'just',
  'very',
  'same',
  'new',
  'show',
  'shows',
  'see',
  'choose',
  'add',
  'remove',
  'run',
  'save',
  'open',
  'close',
  'loading',
  'download',
  'upload',
  'yes',
];

/** English month and weekday names: an English date format. */
export const ENGLISH_DATE_WORDS: readonly string[] = [
  'january',
  'february',
  'march',
  'april',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
  'jan',
  'apr',
  'aug',
  'dec',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
];

export interface Leak {
  /** The text as shown (one line or attribute). */
  text: string;
  /** Why it is English: `catalogue: <key>` or `words: the, of`. */
  reason: string;
}

export interface LeakOptions {
  /**
   * English UI messages by key, with their Spanish: entries whose Spanish is the same are not
   * leaks (names, symbols). `{name}` placeholders match any text.
   */
  catalogue?: { key: string; en: string; es: string }[];
  /** Exact substrings allowed to stay English (proper names, codes, file names), removed before checking. */
  allow?: readonly (string | RegExp)[];
}

const WORD_SET = new Set([...ENGLISH_FUNCTION_WORDS, ...ENGLISH_DATE_WORDS]);

/** Words of a text: runs of letters (accented ones included), lower-cased; apostrophes split. */
export function wordsOf(text: string): string[] {
  return (text.toLowerCase().match(/\p{L}+/gu) ?? []).filter(Boolean);
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

interface Compiled {
  key: string;
  re: RegExp;
}

/**
 * A catalogue template as a pattern: literal parts as they are, `{x}` as any text. Templates with
 * two words or more of their own are found anywhere in a line; shorter ones only as the whole line
 * (so "Run" flags a button reading "Run", not "Running" or a name containing it).
 */
function compile(catalogue: LeakOptions['catalogue']): Compiled[] {
  const out: Compiled[] = [];
  for (const { key, en, es } of catalogue ?? []) {
    if (en === es) continue;
    const literal = en.replace(/\{\w+\}/g, ' ');
    const words = wordsOf(literal);
    if (words.length === 0) continue;
    // Literal parts identical in Spanish ("{party}: {value}") say nothing about the language, nor
    // does a name the Spanish keeps ("Kalai–Smorodinsky" in "Solución de Kalai–Smorodinsky").
    const spanish = new Set(wordsOf(es.replace(/\{\w+\}/g, ' ')));
    if (words.every((w) => spanish.has(w))) continue;
    const body = en
      .trim()
      .split(/(\{\w+\})/)
      .map((part) => (/^\{\w+\}$/.test(part) ? '.+?' : escape(part).replace(/\s+/g, '\\s+')))
      .join('');
    const anywhere = words.length >= 2;
    out.push({ key, re: new RegExp(anywhere ? `(^|[^\\p{L}])${body}($|[^\\p{L}])` : `^\\s*${body}\\s*$`, 'u') });
  }
  return out;
}

/** Remove the allowed names and codes from a text (replaced by a space). */
export function stripAllowed(text: string, allow: readonly (string | RegExp)[] = []): string {
  let t = text;
  // longest names first, so that a name inside a longer one ("Common Ground" in a title) does not
  // break the longer one
  const strings = allow.filter((a): a is string => typeof a === 'string').sort((a, b) => b.length - a.length);
  for (const a of [...strings, ...allow.filter((a) => typeof a !== 'string')])
    t =
      typeof a === 'string'
        ? t.split(a).join(' ')
        : t.replace(new RegExp(a.source, a.flags.replace('g', '') + 'g'), ' ');
  return t;
}

/** English function/date words in a text, in order of appearance, each once. */
export function englishWords(text: string): string[] {
  const found = new Set<string>();
  for (const w of wordsOf(text)) if (WORD_SET.has(w)) found.add(w);
  // 12-hour clock marks ("6:56 PM"): es-MX writes "p.m."
  if (/\d\s?(AM|PM)\b/.test(text)) found.add('AM/PM');
  return [...found];
}

/** Make a leak finder for one catalogue and allowlist (compiles the catalogue once). */
export function leakFinder(options: LeakOptions = {}): (text: string) => Leak | null {
  const patterns = compile(options.catalogue);
  return (text: string) => {
    const shown = text.replace(/\s+/g, ' ').trim();
    if (!shown) return null;
    const checked = stripAllowed(shown, options.allow);
    const hit = patterns.find((p) => p.re.test(checked));
    if (hit) return { text: shown, reason: `catalogue: ${hit.key}` };
    const words = englishWords(checked);
    if (words.length) return { text: shown, reason: `words: ${words.join(', ')}` };
    return null;
  };
}

/** Every leak in `texts` (each a line or an attribute value), each distinct text once. */
export function englishLeaks(texts: readonly string[], options: LeakOptions = {}): Leak[] {
  const find = leakFinder(options);
  const seen = new Set<string>();
  const out: Leak[] = [];
  for (const t of texts) {
    const leak = find(t);
    if (leak && !seen.has(leak.text)) {
      seen.add(leak.text);
      out.push(leak);
    }
  }
  return out;
}
