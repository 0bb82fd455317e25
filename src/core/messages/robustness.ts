/**
 * Problems of the robustness analysis: uncertainties written in a scenario, the `--uncertainty`
 * setting of a run (CLI flag, API field), and the run's own settings (samples, seed, baseline).
 */
import { define, q, quotedList, type Locale, type Surface } from './define.ts';

/** What an uncertainty can be put on, in each language. */
export const PARAMETER_KINDS = {
  weight: { en: 'weight', es: 'peso' },
  value: { en: 'option value', es: 'valor de opción' },
  reservation: { en: 'reservation value', es: 'valor de reserva' },
} as const;
export type ParameterKind = keyof typeof PARAMETER_KINDS;

/** How each surface names a run setting: the CLI its flag, the API its field, the web app its control. */
const SETTINGS = {
  uncertainty: { cli: '--uncertainty', api: 'uncertainty', web: { en: 'uncertainty', es: 'incertidumbre' } },
  samples: { cli: '--samples', api: 'samples', web: { en: 'samples', es: 'muestras' } },
  seed: { cli: '--seed', api: 'seed', web: { en: 'seed', es: 'semilla' } },
  baseline: { cli: '--baseline', api: 'baseline', web: { en: 'baseline', es: 'referencia' } },
} as const;
type Setting = keyof typeof SETTINGS;

function setting(name: Setting, surface: Surface, locale: Locale): string {
  const s = SETTINGS[name];
  return surface === 'web' ? s.web[locale] : s[surface];
}

/** What an `--uncertainty` entry may be, by what was wrong with it: worded in each language. */
export type AllowedSetting =
  | { kind: 'entries' }
  | { kind: 'choice'; key: string; values: string[] }
  | { kind: 'dirichlet' }
  | { kind: 'spread'; key: string; dirichlet: boolean }
  | { kind: 'interval'; key: string }
  | { kind: 'object' };

export function allowedSetting(a: AllowedSetting, locale: Locale): string {
  const es = locale === 'es';
  switch (a.kind) {
    case 'entries':
      return es
        ? 'default, none, stated, weights=±30% (o dirichlet:50, o 0), values=±0.1, reservations=±0.05, defaults=on|off, stated=use|ignore, o party.weights.issue=2..6 (un intervalo, una dispersión o 0)'
        : 'default, none, stated, weights=±30% (or dirichlet:50, or 0), values=±0.1, reservations=±0.05, defaults=on|off, stated=use|ignore, or party.weights.issue=2..6 (an interval, a spread or 0)';
    case 'choice':
      return `${a.key}=${a.values.join(es ? ' o ' : ' or ')}`;
    case 'dirichlet':
      return es
        ? 'weights=dirichlet:<concentración>, un número mayor que 0 y como mucho 1000000 (solo pesos)'
        : 'weights=dirichlet:<concentration>, a number above 0 and at most 1000000 (weights only)';
    case 'spread':
      return es
        ? `${a.key}=±30% (una fracción), ±0.1 (una cantidad) o 0${a.dirichlet ? ', o dirichlet:50' : ''}`
        : `${a.key}=±30% (a fraction), ±0.1 (an amount) or 0${a.dirichlet ? ', or dirichlet:50' : ''}`;
    case 'interval':
      return es
        ? `${a.key}=bajo..alto (p. ej. 2..6), una dispersión (±30%, ±0.1) o 0`
        : `${a.key}=low..high (e.g. 2..6), a spread (±30%, ±0.1) or 0`;
    case 'object':
      return es
        ? 'defaults: on|off, stated: use|ignore, weights|values|reservations: una dispersión ("±30%", "±0.1", 0) o {spread, distribution, points, concentration}, parameters: {ruta: [bajo, alto] o una dispersión}'
        : 'defaults: on|off, stated: use|ignore, weights|values|reservations: a spread ("±30%", "±0.1", 0) or {spread, distribution, points, concentration}, parameters: {path: [low, high] or a spread}';
  }
}

/** A number as people read it: at most 6 significant digits, no trailing zeros. */
export const num = (x: number): string => (Number.isFinite(x) ? String(Number(x.toPrecision(6))) : String(x));
const range = (lo: number, hi: number | null): string => `[${num(lo)}, ${hi === null ? '∞' : num(hi)}]`;

/** The forms an uncertainty setting takes, named in messages about it. */
const SPREAD_FORMS = {
  en: '"±30%" (a fraction of the number), "±0.1" (an amount), or a number for a fraction (0.3 = ±30%)',
  es: '"±30%" (una fracción del número), "±0.1" (una cantidad) o un número para una fracción (0.3 = ±30%)',
};

export const robustness = {
  uncertainty_inverted: define<{ lo: number; hi: number }>({
    status: 400,
    example: { lo: 6, hi: 2 },
    message: {
      en: (p) => `the interval ${range(p.lo, p.hi)} is inverted: its lower end is above its upper end`,
      es: (p) => `el intervalo ${range(p.lo, p.hi)} está invertido: su extremo inferior supera al superior`,
    },
    expected: {
      en: () => '[low, high] with low <= high',
      es: () => '[bajo, alto] con bajo <= alto',
    },
  }),
  uncertainty_out_of_range: define<{ kind: ParameterKind; lo: number; hi: number; min: number; max: number | null }>({
    status: 400,
    example: { kind: 'weight', lo: -1, hi: 3, min: 0, max: null },
    message: {
      en: (p) =>
        `the interval ${range(p.lo, p.hi)} leaves the range a ${PARAMETER_KINDS[p.kind].en} can take, ${range(p.min, p.max)}`,
      es: (p) =>
        `el intervalo ${range(p.lo, p.hi)} sale del rango que puede tomar un ${PARAMETER_KINDS[p.kind].es}, ${range(p.min, p.max)}`,
    },
    expected: {
      en: (p) => `an interval inside ${range(p.min, p.max)}`,
      es: (p) => `un intervalo dentro de ${range(p.min, p.max)}`,
    },
  }),
  uncertainty_negative_weight: define<{ spread: string; nominal: number; weight?: string }>({
    status: 400,
    example: { spread: '±150%', nominal: 4, weight: 'us.weights.trade' },
    message: {
      en: (p) =>
        `a spread of ${p.spread} on ${p.weight ? `the weight ${p.weight} (${num(p.nominal)})` : `a weight of ${num(p.nominal)}`} would let it fall below 0`,
      es: (p) =>
        `una dispersión de ${p.spread} sobre ${p.weight ? `el peso ${p.weight} (${num(p.nominal)})` : `un peso de ${num(p.nominal)}`} lo dejaría caer por debajo de 0`,
    },
    expected: {
      en: (p) => `a spread of at most ±100% (or ±${num(p.nominal)}): weights are never negative`,
      es: (p) => `una dispersión de como mucho ±100% (o ±${num(p.nominal)}): los pesos nunca son negativos`,
    },
  }),
  uncertainty_excludes_nominal: define<{ kind: ParameterKind; nominal: number; lo: number; hi: number }>({
    status: 400,
    example: { kind: 'weight', nominal: 8, lo: 2, hi: 6 },
    message: {
      en: (p) =>
        `the interval ${range(p.lo, p.hi)} does not contain the ${PARAMETER_KINDS[p.kind].en} it is about (${num(p.nominal)})`,
      es: (p) =>
        `el intervalo ${range(p.lo, p.hi)} no contiene el ${PARAMETER_KINDS[p.kind].es} al que se refiere (${num(p.nominal)})`,
    },
    expected: {
      en: (p) => `an interval around ${num(p.nominal)}, or change the number itself`,
      es: (p) => `un intervalo alrededor de ${num(p.nominal)}, o cambiar el número mismo`,
    },
  }),
  uncertainty_bad_spread: define<{ text: string }>({
    status: 400,
    example: { text: '30 percent' },
    message: {
      en: (p) => `cannot read the spread ${q(p.text)}`,
      es: (p) => `no se puede leer la dispersión ${q(p.text)}`,
    },
    expected: { en: () => SPREAD_FORMS.en, es: () => SPREAD_FORMS.es },
  }),
  uncertainty_needs_one: define<{ given: string[]; allowed: string[] }>({
    status: 400,
    example: { given: ['interval', 'spread'], allowed: ['interval', 'spread'] },
    message: {
      en: (p) =>
        p.given.length
          ? `an uncertainty gives exactly one of ${quotedList(p.allowed)}; this one gives ${quotedList(p.given)}`
          : `an uncertainty gives one of ${quotedList(p.allowed)}; this one gives none`,
      es: (p) =>
        p.given.length
          ? `una incertidumbre da exactamente uno de ${quotedList(p.allowed)}; esta da ${quotedList(p.given)}`
          : `una incertidumbre da uno de ${quotedList(p.allowed)}; esta no da ninguno`,
    },
  }),
  uncertainty_not_here: define<{
    field: string;
    reason:
      | 'issue_values'
      | 'dirichlet_weights_only'
      | 'grid_only'
      | 'dirichlet_needs_concentration'
      | 'concentration_dirichlet_only';
  }>({
    status: 400,
    example: { field: 'interval', reason: 'issue_values' },
    message: {
      en: (p) =>
        ({
          issue_values: `${q(p.field)} is not allowed here: an issue's options have different values, so give each option its interval under optionUncertainty, or a spread`,
          dirichlet_weights_only: `${q(p.field)} is not allowed here: a Dirichlet distribution spreads one party's weights over its issues, it applies to weights only`,
          grid_only: `${q(p.field)} is not allowed here: "points" says how many equally spaced values a grid distribution takes`,
          dirichlet_needs_concentration: `a Dirichlet distribution needs its concentration (the larger, the closer samples stay to the weights as written)`,
          concentration_dirichlet_only: `${q(p.field)} is not allowed here: a concentration belongs to a Dirichlet distribution`,
        })[p.reason],
      es: (p) =>
        ({
          issue_values: `${q(p.field)} no se admite aquí: las opciones de un tema tienen valores distintos, así que dé a cada opción su intervalo en optionUncertainty, o una dispersión`,
          dirichlet_weights_only: `${q(p.field)} no se admite aquí: una distribución de Dirichlet reparte los pesos de una parte entre sus temas, solo se aplica a pesos`,
          grid_only: `${q(p.field)} no se admite aquí: "points" dice cuántos valores equiespaciados toma una distribución en rejilla`,
          dirichlet_needs_concentration: `una distribución de Dirichlet necesita su concentración (cuanto mayor, más cerca quedan las muestras de los pesos escritos)`,
          concentration_dirichlet_only: `${q(p.field)} no se admite aquí: una concentración pertenece a una distribución de Dirichlet`,
        })[p.reason],
    },
  }),
  uncertainty_conflict: define<{ party: string }>({
    status: 400,
    example: { party: 'mx' },
    message: {
      en: (p) =>
        `party ${q(p.party)} draws its weights from a Dirichlet distribution and also gives a weight its own uncertainty; one draw cannot follow both`,
      es: (p) =>
        `la parte ${q(p.party)} toma sus pesos de una distribución de Dirichlet y además da a un peso su propia incertidumbre; un mismo sorteo no puede seguir ambas`,
    },
    expected: {
      en: () => 'either weightsUncertainty with a Dirichlet distribution, or uncertainties on single weights',
      es: () => 'o weightsUncertainty con una distribución de Dirichlet, o incertidumbres en pesos sueltos',
    },
  }),
  uncertainty_reservation_follows: define<{ party: string }>({
    status: 400,
    example: { party: 'us' },
    message: {
      en: (p) =>
        `party ${q(p.party)} has the reservation "status_quo", which follows the sampled preferences by itself; it takes no uncertainty of its own`,
      es: (p) =>
        `la parte ${q(p.party)} tiene la reserva "status_quo", que ya sigue a las preferencias muestreadas; no admite una incertidumbre propia`,
    },
    expected: {
      en: () => 'a numeric reservation, or no reservationUncertainty',
      es: () => 'una reserva numérica, o ninguna reservationUncertainty',
    },
  }),
  uncertainty_unknown_parameter: define<{ path: string; examples: string[] }>({
    status: 400,
    example: {
      path: 'us.weight.trade',
      examples: ['us.weights.trade', 'us.values.trade.facilitation', 'us.reservation'],
    },
    message: {
      en: (p) => `no parameter ${q(p.path)} in this domain`,
      es: (p) => `no hay ningún parámetro ${q(p.path)} en este dominio`,
    },
    expected: {
      en: (p) =>
        `party.weights.issue, party.values.issue, party.values.issue.option or party.reservation, e.g. ${quotedList(p.examples, 3)}`,
      es: (p) =>
        `parte.weights.tema, parte.values.tema, parte.values.tema.opción o parte.reservation, p. ej. ${quotedList(p.examples, 3)}`,
    },
  }),
  uncertainty_bad_setting: define<{
    entry: string;
    reason: 'syntax' | 'unknown_key' | 'bad_value';
    allowed: AllowedSetting;
  }>({
    status: 400,
    example: { entry: 'weight=±30%', reason: 'unknown_key', allowed: { kind: 'entries' } },
    message: {
      en: (p, s) =>
        ({
          syntax: `${setting('uncertainty', s, 'en')}: cannot read ${q(p.entry)}`,
          unknown_key: `${setting('uncertainty', s, 'en')}: unknown setting in ${q(p.entry)}`,
          bad_value: `${setting('uncertainty', s, 'en')}: ${q(p.entry)} gives a value that setting does not take`,
        })[p.reason],
      es: (p, s) =>
        ({
          syntax: `${setting('uncertainty', s, 'es')}: no se puede leer ${q(p.entry)}`,
          unknown_key: `${setting('uncertainty', s, 'es')}: ajuste desconocido en ${q(p.entry)}`,
          bad_value: `${setting('uncertainty', s, 'es')}: ${q(p.entry)} da un valor que ese ajuste no admite`,
        })[p.reason],
    },
    expected: { en: (p) => allowedSetting(p.allowed, 'en'), es: (p) => allowedSetting(p.allowed, 'es') },
  }),
  robustness_sample_count: define<{ given: string; max: number }>({
    status: 400,
    example: { given: '0', max: 100000 },
    message: {
      en: (p, s) =>
        `${setting('samples', s, 'en')} must be a whole number from 1 to ${p.max.toLocaleString('en-US')}, not ${q(p.given)}`,
      es: (p, s) =>
        `${setting('samples', s, 'es')} debe ser un número entero de 1 a ${p.max.toLocaleString('es-ES')}, no ${q(p.given)}`,
    },
  }),
  robustness_bad_seed: define<{ given: string }>({
    status: 400,
    example: { given: '-3' },
    message: {
      en: (p, s) => `${setting('seed', s, 'en')} must be a whole number from 0 to 4294967295, not ${q(p.given)}`,
      es: (p, s) => `${setting('seed', s, 'es')} debe ser un número entero de 0 a 4294967295, no ${q(p.given)}`,
    },
  }),
  robustness_needs_status_quo: define<{ issues: string[] }>({
    status: 400,
    example: { issues: ['Laptop', 'Harddisk'] },
    message: {
      en: (p, s) =>
        `the issue-by-issue baseline needs today's state on every issue; missing on ${quotedList(p.issues)}` +
        (s === 'cli' ? ' (give it with --status-quo)' : s === 'api' ? ' (give it in statusQuo)' : ''),
      es: (p, s) =>
        `la referencia tema por tema necesita el estado actual en cada tema; falta en ${quotedList(p.issues)}` +
        (s === 'cli' ? ' (dalo con --status-quo)' : s === 'api' ? ' (dalo en statusQuo)' : ''),
    },
  }),
};
