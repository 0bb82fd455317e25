/**
 * Problems with the shape of input (a scenario, a framework, a request body), most of them read
 * from zod's issues (`core/zod.ts`): each keeps zod's code and renders from the issue's fields.
 */
import { define, oneOf, q, quotedList, receivedShown, type Locale, type Shown } from './define.ts';
import { NOUNS, type Noun } from './common.ts';

/** zod's names of expected types, in each language. */
const TYPES: Record<string, Record<Locale, string>> = {
  string: { en: 'string', es: 'texto' },
  number: { en: 'number', es: 'número' },
  int: { en: 'integer', es: 'número entero' },
  boolean: { en: 'boolean', es: 'booleano' },
  array: { en: 'array', es: 'lista' },
  object: { en: 'object', es: 'objeto' },
  record: { en: 'object', es: 'objeto' },
  tuple: { en: 'array', es: 'lista' },
  date: { en: 'date', es: 'fecha' },
  null: { en: 'null', es: 'null' },
  undefined: { en: 'nothing', es: 'nada' },
};
const typeName = (t: string, locale: Locale) => TYPES[t]?.[locale] ?? t;

/** What a size limit counts: characters of a string, items of an array, ... */
export type Origin = 'string' | 'array' | 'set' | 'file' | 'number' | 'int' | 'bigint' | 'date' | (string & {});
export interface Bound {
  origin: Origin;
  wording?: Wording;
  limit: number | string;
  inclusive: boolean;
  exact?: boolean;
}
function bound(p: Bound, locale: Locale, side: 'min' | 'max'): string {
  const es = locale === 'es';
  const n = p.limit;
  if (p.origin === 'string' || p.origin === 'array' || p.origin === 'set' || p.origin === 'file') {
    const unit =
      p.origin === 'string'
        ? es
          ? Number(n) === 1
            ? 'carácter'
            : 'caracteres'
          : Number(n) === 1
            ? 'character'
            : 'characters'
        : p.origin === 'file'
          ? 'bytes'
          : es
            ? Number(n) === 1
              ? 'elemento'
              : 'elementos'
            : Number(n) === 1
              ? 'item'
              : 'items';
    if (p.exact) return es ? `debe tener exactamente ${n} ${unit}` : `must have exactly ${n} ${unit}`;
    if (side === 'min') return es ? `debe tener al menos ${n} ${unit}` : `must have at least ${n} ${unit}`;
    return es ? `debe tener como máximo ${n} ${unit}` : `must have at most ${n} ${unit}`;
  }
  const op = side === 'min' ? (p.inclusive ? '>=' : '>') : p.inclusive ? '<=' : '<';
  return es ? `debe ser ${op} ${n}` : `must be ${op} ${n}`;
}

/**
 * A schema's own sentence for one of zod's checks (`.min(1, worded('not_empty'))`): the problem
 * keeps zod's code and parameters and says it in these words. `kind:arg` keys take one argument.
 */
const WORDINGS: Record<string, Record<Locale, (arg: string) => string>> = {
  not_empty: { en: () => 'must not be empty', es: () => 'no debe estar vacío' },
  weight: { en: () => 'weights must be >= 0', es: () => 'los pesos deben ser >= 0' },
  option_value: {
    en: () => 'option values must be in [0, 1]',
    es: () => 'los valores de las opciones deben estar en [0, 1]',
  },
  issue_options: { en: () => 'an issue needs at least one option', es: () => 'un tema necesita al menos una opción' },
  scenario_issues: {
    en: () => 'a scenario needs at least one issue',
    es: () => 'un escenario necesita al menos un tema',
  },
  scenario_parties: {
    en: () => 'a scenario needs at least one party',
    es: () => 'un escenario necesita al menos una parte',
  },
  reservation: {
    en: () => 'reservation must be a number in [-1, 2] or "status_quo"',
    es: () => 'el valor de reserva debe ser un número en [-1, 2] o "status_quo"',
  },
  /** `id:party`, `id:issue`, ...: a scenario id. */
  id: {
    en: (kind) =>
      `must be a ${NOUNS[kind as Noun]?.en ?? kind} id: letters, digits, '_', '-' or '.', starting with a letter or digit`,
    es: (kind) =>
      `debe ser un identificador de ${NOUNS[kind as Noun]?.es ?? kind}: letras, dígitos, '_', '-' o '.', empezando por una letra o un dígito`,
  },
  framework_id: {
    en: () => 'must start with a letter or digit and use only letters, digits, "_", "." and "-"',
    es: () => 'debe empezar por una letra o un dígito y usar solo letras, dígitos, "_", "." y "-"',
  },
  lower_id: {
    en: () => 'ids are lower-case letters, digits, _ or -',
    es: () => 'los identificadores usan letras minúsculas, dígitos, _ o -',
  },
  currency: {
    en: () => 'must be a three-letter currency code such as USD or MXN',
    es: () => 'debe ser un código de moneda de tres letras, como USD o MXN',
  },
  admin_token: {
    en: () => 'CG_ADMIN_TOKEN must be at least 16 characters',
    es: () => 'CG_ADMIN_TOKEN debe tener al menos 16 caracteres',
  },
  source_field: {
    en: () => 'must be a source {title, url?, note?} or the id of an entry in sources',
    es: () => 'debe ser una fuente {title, url?, note?} o el identificador de una entrada de sources',
  },
  source_field_missing: {
    en: () => 'required: name the source, as {title, url?, note?} or the id of an entry in sources',
    es: () => 'obligatorio: nombre la fuente, como {title, url?, note?} o el identificador de una entrada de sources',
  },
};
export type Wording = keyof typeof WORDINGS | `id:${Noun}`;
export const isWording = (w: string): w is Wording => w.split(':')[0] in WORDINGS;

/** The schema's own words for a problem, when it gave some. */
function worded(p: { wording?: string }, locale: Locale): string | undefined {
  if (!p.wording) return undefined;
  const [key, arg = ''] = p.wording.split(':');
  return WORDINGS[key]?.[locale](arg);
}

export const input = {
  invalid_type: define<{ expected: string; received?: Shown; wording?: Wording }>({
    status: 400,
    example: { expected: 'number', received: { kind: 'text', text: 'high' } },
    message: {
      en: (p) => worded(p, 'en') ?? (p.received?.kind === 'nothing' ? 'required field is missing' : 'wrong type'),
      es: (p) => worded(p, 'es') ?? (p.received?.kind === 'nothing' ? 'falta un campo obligatorio' : 'tipo equivocado'),
    },
    expected: {
      en: (p) => (['nonoptional', 'undefined'].includes(p.expected) ? undefined : typeName(p.expected, 'en')),
      es: (p) => (['nonoptional', 'undefined'].includes(p.expected) ? undefined : typeName(p.expected, 'es')),
    },
    received: receivedShown,
  }),
  too_small: define<Bound>({
    status: 400,
    example: { origin: 'number', limit: 0, inclusive: true },
    message: {
      en: (p) => worded(p, 'en') ?? bound(p, 'en', 'min'),
      es: (p) => worded(p, 'es') ?? bound(p, 'es', 'min'),
    },
  }),
  too_big: define<Bound>({
    status: 400,
    example: { origin: 'array', limit: 50, inclusive: true },
    message: {
      en: (p) => worded(p, 'en') ?? bound(p, 'en', 'max'),
      es: (p) => worded(p, 'es') ?? bound(p, 'es', 'max'),
    },
  }),
  invalid_format: define<{ format: string; pattern?: string; wording?: Wording }>({
    status: 400,
    example: { format: 'url' },
    message: {
      en: (p) => worded(p, 'en') ?? (p.pattern ? `must match the pattern ${p.pattern}` : `must be a valid ${p.format}`),
      es: (p) =>
        worded(p, 'es') ??
        (p.pattern ? `debe seguir el patrón ${p.pattern}` : `debe tener un formato ${p.format} válido`),
    },
  }),
  not_multiple_of: define<{ divisor: number }>({
    status: 400,
    example: { divisor: 5 },
    message: { en: (p) => `must be a multiple of ${p.divisor}`, es: (p) => `debe ser múltiplo de ${p.divisor}` },
  }),
  unrecognized_keys: define<{ keys: string[]; allowed?: string[] }>({
    status: 400,
    example: { keys: ['weigths'], allowed: ['id', 'name', 'weights', 'values'] },
    message: {
      en: (p) => (p.keys.length === 1 ? `unknown key ${q(p.keys[0])}` : `unknown keys ${quotedList(p.keys)}`),
      es: (p) =>
        p.keys.length === 1 ? `clave desconocida ${q(p.keys[0])}` : `claves desconocidas ${quotedList(p.keys)}`,
    },
    expected: {
      en: (p) => (p.allowed ? oneOf(p.allowed, 'en') : undefined),
      es: (p) => (p.allowed ? oneOf(p.allowed, 'es') : undefined),
    },
  }),
  invalid_union: define<{ received?: Shown; wording?: Wording }>({
    status: 400,
    example: { received: { kind: 'text', text: 'maybe' } },
    message: {
      en: (p) => worded(p, 'en') ?? 'matches none of the allowed forms',
      es: (p) => worded(p, 'es') ?? 'no corresponde a ninguna de las formas permitidas',
    },
    received: receivedShown,
  }),
  invalid_key: define<{ origin: string }>({
    status: 400,
    example: { origin: 'record' },
    message: { en: () => 'invalid key', es: () => 'clave no válida' },
  }),
  invalid_element: define<{ origin: string }>({
    status: 400,
    example: { origin: 'map' },
    message: { en: () => 'invalid element', es: () => 'elemento no válido' },
  }),
  invalid_value: define<{ values: (string | number | boolean | null)[]; received?: Shown }>({
    status: 400,
    example: { values: ['proposed', 'committed'], received: { kind: 'text', text: 'promised' } },
    message: {
      en: (p) => (p.values.length === 1 ? `must be ${q(p.values[0])}` : 'not an allowed value'),
      es: (p) => (p.values.length === 1 ? `debe ser ${q(p.values[0])}` : 'no es un valor permitido'),
    },
    expected: {
      en: (p) => (p.values.length > 1 ? oneOf(p.values, 'en') : undefined),
      es: (p) => (p.values.length > 1 ? oneOf(p.values, 'es') : undefined),
    },
    received: receivedShown,
  }),
  /** A check zod or a library worded that the catalogue has no entry for: its English text is kept. */
  invalid_input: define<{ detail: string }>({
    status: 400,
    example: { detail: 'Invalid input' },
    message: { en: (p) => p.detail, es: (p) => `dato no válido: ${p.detail}` },
  }),
  not_finite: define<{ party?: string; issue?: string }>({
    status: 400,
    example: {},
    message: {
      en: (p) =>
        p.party !== undefined && p.issue !== undefined
          ? `party ${p.party}, issue ${p.issue}: utilities must be finite numbers`
          : 'must be a finite number',
      es: (p) =>
        p.party !== undefined && p.issue !== undefined
          ? `parte ${p.party}, tema ${p.issue}: las utilidades deben ser números finitos`
          : 'debe ser un número finito',
    },
  }),
  invalid_number: define<{ form: 'finite' | 'rational' | 'zero_denominator' | 'number_or_rational' }>({
    status: 400,
    example: { form: 'rational' },
    message: {
      en: (p) =>
        ({
          finite: 'expected a finite number',
          rational: 'expected a rational number such as 3, -1/3 or 0.25',
          zero_denominator: 'zero denominator',
          number_or_rational: 'expected a number or a rational string',
        })[p.form],
      es: (p) =>
        ({
          finite: 'se esperaba un número finito',
          rational: 'se esperaba un número racional como 3, -1/3 o 0.25',
          zero_denominator: 'denominador cero',
          number_or_rational: 'se esperaba un número o un racional escrito como texto',
        })[p.form],
    },
  }),
};
