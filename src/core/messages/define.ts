/**
 * How a catalogue entry is written: the HTTP status, and per locale a function from the entry's
 * parameters (and the surface showing it) to the sentence, and optionally to the "expected" part.
 * Browser-safe.
 */

export type Locale = 'en' | 'es';
export const LOCALES: readonly Locale[] = ['en', 'es'];

/**
 * Where a problem is shown. The words are the same everywhere; only hints about how to fix it
 * differ: the CLI names its flags (`--status-quo`), the API the request fields (`statusQuo`), the
 * web app its controls.
 */
export type Surface = 'cli' | 'api' | 'web';

export type Render<P> = (params: P, surface: Surface) => string;

export interface MessageSpec<P> {
  /** HTTP status of the problem in the API (400 bad input, 404 unknown id, 409 conflict, ...). */
  status: number;
  /** Parameters of a typical case: the tests render every entry from it, in every locale and surface. */
  example: P;
  message: Record<Locale, Render<P>>;
  /** What was expected, when the entry says it (else the problem's own `expected`, if any). */
  expected?: Record<Locale, Render<P>>;
}

/** Declare one catalogue entry; `P` is the type of its parameters. */
export function define<P extends object = Record<never, never>>(spec: MessageSpec<P>): MessageSpec<P> {
  return spec;
}

/** `"x"`: a value quoted as the user typed it (JSON string quoting). */
export const q = (v: unknown): string => JSON.stringify(String(v));

/** `"a", "b", "c"` (at most `max`, then ", ..."). */
export function quotedList(values: readonly unknown[], max = 12): string {
  const shown = values.slice(0, max).map(q).join(', ');
  return values.length > max ? `${shown}, ...` : shown;
}

/** English and Spanish list joining: `a, b and c` / `a, b y c`. */
export function joinWords(words: readonly string[], locale: Locale): string {
  if (words.length <= 1) return words.join('');
  const and = locale === 'es' ? 'y' : 'and';
  return `${words.slice(0, -1).join(', ')} ${and} ${words[words.length - 1]}`;
}

/** "1 party" / "2 parties" style counts. */
export function plural(n: number, one: string, many: string): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
}
