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
/** A renderer for the expected or received part; `undefined` leaves that part out. */
export type RenderPart<P> = (params: P, surface: Surface) => string | undefined;

export interface MessageSpec<P> {
  /** HTTP status of the problem in the API (400 bad input, 404 unknown id, 409 conflict, ...). */
  status: number;
  /** Parameters of a typical case: the tests render every entry from it, in every locale and surface. */
  example: P;
  message: Record<Locale, Render<P>>;
  /** What was expected, when the entry says it (else the problem's own `expected`, if any). */
  expected?: Record<Locale, RenderPart<P>>;
  /** What was found, when the entry words it (else the problem's own `received`, if any). */
  received?: Record<Locale, RenderPart<P>>;
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

/** The hint a surface gives: the CLI names its flag, the API its request field, the web app its control. */
export function bySurface(surface: Surface, texts: Record<Surface, string>): string {
  return texts[surface];
}

/** `a, b, c` (at most `max`, then ", ..."); ids and names as they are, unquoted. */
export function plainList(values: readonly unknown[], max = 12): string {
  const shown = values.slice(0, max).map(String).join(', ');
  return values.length > max ? `${shown}, ...` : shown;
}

/** "one of "a", "b"" / "uno de "a", "b"". */
export function oneOf(values: readonly unknown[], locale: Locale): string {
  return `${locale === 'es' ? 'uno de' : 'one of'} ${quotedList(values, 40)}`;
}

/**
 * A value shown to the user as found ("received"): JSON-safe, so it travels in problem params,
 * and rendered in each language ("nothing" / "nada", "an array" / "una lista").
 */
export type Shown =
  | { kind: 'nothing' | 'null' | 'array' | 'object' }
  | { kind: 'text'; text: string }
  | { kind: 'number' | 'boolean' | 'other' | 'json'; text: string };

export function shown(value: unknown): Shown {
  if (value === undefined) return { kind: 'nothing' };
  if (value === null) return { kind: 'null' };
  if (Array.isArray(value)) return { kind: 'array' };
  if (typeof value === 'string') return { kind: 'text', text: value.length > 40 ? value.slice(0, 40) + '…' : value };
  if (typeof value === 'object') return { kind: 'object' };
  if (typeof value === 'number') return { kind: 'number', text: String(value) };
  if (typeof value === 'boolean') return { kind: 'boolean', text: String(value) };
  return { kind: 'other', text: `${typeof value} ${String(value)}` };
}

export function renderShown(v: Shown, locale: Locale): string {
  const es = locale === 'es';
  switch (v.kind) {
    case 'nothing':
      return es ? 'nada' : 'nothing';
    case 'null':
      return 'null';
    case 'array':
      return es ? 'una lista' : 'an array';
    case 'object':
      return es ? 'un objeto' : 'an object';
    case 'text':
      return JSON.stringify(v.text);
    case 'number':
      return es ? `el número ${v.text}` : `number ${v.text}`;
    case 'boolean':
      return es ? `el booleano ${v.text}` : `boolean ${v.text}`;
    default:
      return v.text;
  }
}

/** A `received` renderer for entries whose params carry `received: Shown`. */
export const receivedShown = {
  en: (p: { received?: Shown }) => (p.received ? renderShown(p.received, 'en') : undefined),
  es: (p: { received?: Shown }) => (p.received ? renderShown(p.received, 'es') : undefined),
};

/** `"a", "b", … (40 in all)`: a list of ids as a user checks it against the file. */
export function listed(values: readonly unknown[], locale: Locale, max = 12): string {
  const shown = values.slice(0, max).map(q);
  if (values.length > max)
    shown.push(locale === 'es' ? `… (${values.length} en total)` : `… (${values.length} in all)`);
  return shown.join(', ');
}

/** `one of "a", "b"` / `uno de "a", "b"` with at most `max` shown. */
export function oneOfListed(values: readonly unknown[], locale: Locale, max = 12): string {
  return `${locale === 'es' ? 'uno de' : 'one of'} ${listed(values, locale, max)}`;
}
