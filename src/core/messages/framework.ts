/** Problems in framework files and documents: rule checks, cross references, budgets and currencies. */
import { define, plainList, q } from './define.ts';
import { NOUNS, type Noun } from './common.ts';
import { PERIOD_FORMS_TEXT } from './interop.ts';

/** A framework cross reference that does not hold (the file is valid in shape, not in its references). */
export type Reference =
  | { problem: 'duplicate'; kind: Noun | 'result'; id: string; first: string }
  | { problem: 'unknown_party'; party: string; parties: string[] }
  | { problem: 'unknown_source'; source: string }
  | { problem: 'self_rate'; currency: string }
  | { problem: 'second_rate'; from: string; to: string; first: number }
  | { problem: 'dataset_mapped'; dataset: string; country: string; indicator: string }
  | { problem: 'two_actuals' | 'two_targets'; period: string }
  | { problem: 'unknown_objective'; objective: string }
  | { problem: 'same_party' }
  | { problem: 'no_scenario' }
  | { problem: 'option_not_in_package'; issue: string };

const kindEn = (k: Noun | 'result') => (k === 'result' ? 'result' : NOUNS[k].en);
const kindEs = (k: Noun | 'result') => (k === 'result' ? 'resultado' : NOUNS[k].es);

const REFERENCE_EN = (p: Reference): string => {
  switch (p.problem) {
    case 'duplicate':
      return `duplicate ${kindEn(p.kind)} id ${q(p.id)} (first used at ${p.first})`;
    case 'unknown_party':
      return `unknown party ${q(p.party)} (parties: ${plainList(p.parties)})`;
    case 'unknown_source':
      return `unknown source ${q(p.source)} (not in the sources catalogue)`;
    case 'self_rate':
      return `a rate from ${p.currency} to itself`;
    case 'second_rate':
      return `a second rate between ${p.from} and ${p.to} (the first is exchangeRates.${p.first}); state one rate per currency pair`;
    case 'dataset_mapped':
      return `dataset ${p.dataset} (${p.country}) is already mapped to indicator ${q(p.indicator)}`;
    case 'two_actuals':
      return `two actuals for period ${p.period}`;
    case 'two_targets':
      return `two targets for period ${p.period}`;
    case 'unknown_objective':
      return `unknown objective ${q(p.objective)}`;
    case 'same_party':
      return 'a linkage exchanges commitments between two different parties';
    case 'no_scenario':
      return "name the analysis scenario (here or as the framework's scenario)";
    case 'option_not_in_package':
      return `option given for issue ${q(p.issue)} which is not in package.issues`;
  }
};
const REFERENCE_ES = (p: Reference): string => {
  switch (p.problem) {
    case 'duplicate':
      return `identificador de ${kindEs(p.kind)} repetido ${q(p.id)} (usado antes en ${p.first})`;
    case 'unknown_party':
      return `parte desconocida ${q(p.party)} (partes: ${plainList(p.parties)})`;
    case 'unknown_source':
      return `fuente desconocida ${q(p.source)} (no está en el catálogo de fuentes)`;
    case 'self_rate':
      return `un tipo de cambio de ${p.currency} a sí misma`;
    case 'second_rate':
      return `un segundo tipo de cambio entre ${p.from} y ${p.to} (el primero es exchangeRates.${p.first}); indique un solo tipo por par de monedas`;
    case 'dataset_mapped':
      return `la serie ${p.dataset} (${p.country}) ya corresponde al indicador ${q(p.indicator)}`;
    case 'two_actuals':
      return `dos valores observados para el periodo ${p.period}`;
    case 'two_targets':
      return `dos metas para el periodo ${p.period}`;
    case 'unknown_objective':
      return `objetivo desconocido ${q(p.objective)}`;
    case 'same_party':
      return 'un vínculo intercambia compromisos entre dos partes distintas';
    case 'no_scenario':
      return 'nombre el escenario de análisis (aquí o como escenario del marco)';
    case 'option_not_in_package':
      return `se da una opción para el tema ${q(p.issue)}, que no está en package.issues`;
  }
};

export const framework = {
  invalid_reference: define<Reference>({
    status: 400,
    example: { problem: 'unknown_party', party: 'cn', parties: ['us', 'mx', 'ca'] },
    message: { en: REFERENCE_EN, es: REFERENCE_ES },
  }),
  unknown_scenario_reference: define<
    | { scenario: string; issue: string; known: string[] }
    | { scenario: string; issue: string; option: string; known: string[] }
  >({
    status: 400,
    example: { scenario: 'north-america', issue: 'guns', option: 'ban', known: ['none', 'tracing'] },
    message: {
      en: (p) =>
        'option' in p
          ? `unknown option ${q(p.option)} for issue ${p.issue} of analysis scenario ${q(p.scenario)}${p.known.length ? ` (it has: ${plainList(p.known)})` : ''}`
          : `unknown issue ${q(p.issue)} in analysis scenario ${q(p.scenario)}${p.known.length ? ` (it has: ${plainList(p.known)})` : ''}`,
      es: (p) =>
        'option' in p
          ? `opción desconocida ${q(p.option)} para el tema ${p.issue} del escenario de análisis ${q(p.scenario)}${p.known.length ? ` (tiene: ${plainList(p.known)})` : ''}`
          : `tema desconocido ${q(p.issue)} en el escenario de análisis ${q(p.scenario)}${p.known.length ? ` (tiene: ${plainList(p.known)})` : ''}`,
    },
  }),
  missing_rationale: define<{ for: 'target' | 'budget' }>({
    status: 400,
    example: { for: 'target' },
    message: {
      en: (p) =>
        p.for === 'target'
          ? 'a proposed target needs a rationale (why this value)'
          : 'a proposed budget needs a rationale (how the amount was chosen)',
      es: (p) =>
        p.for === 'target'
          ? 'una meta propuesta necesita una justificación (por qué ese valor)'
          : 'un presupuesto propuesto necesita una justificación (cómo se eligió el monto)',
    },
  }),
  missing_source: define<{ for: 'target' } | { for: 'budget'; basis: string }>({
    status: 400,
    example: { for: 'budget', basis: 'appropriation' },
    message: {
      en: (p) =>
        p.for === 'target'
          ? 'a target that is not marked proposed must name its source'
          : `a budget with basis ${q(p.basis)} must name its source`,
      es: (p) =>
        p.for === 'target'
          ? 'una meta que no está marcada como propuesta debe nombrar su fuente'
          : `un presupuesto con base ${q(p.basis)} debe nombrar su fuente`,
    },
  }),
  budget_period: define({
    status: 400,
    example: {},
    message: {
      en: () => 'give either period (e.g. FY2026) or periodStart and periodEnd',
      es: () => 'indique period (p. ej. FY2026) o bien periodStart y periodEnd',
    },
  }),
  date_order: define<{ end: string; endValue?: string; start: string; startValue?: string }>({
    status: 400,
    example: { end: 'plannedEnd', endValue: '2025-12-31', start: 'plannedStart', startValue: '2026-01-01' },
    message: {
      en: (p) =>
        p.endValue && p.startValue
          ? `${p.end} ${p.endValue} is before ${p.start} ${p.startValue}`
          : `must not be before ${p.start}`,
      es: (p) =>
        p.endValue && p.startValue
          ? `${p.end} ${p.endValue} es anterior a ${p.start} ${p.startValue}`
          : `no debe ser anterior a ${p.start}`,
    },
  }),
  action_start: define({
    status: 400,
    example: {},
    message: {
      en: () => 'an action needs a plannedStart or an actualStart date',
      es: () => 'una acción necesita una fecha plannedStart o actualStart',
    },
  }),
  joint_actors: define<{ joint: boolean; parties: string[] }>({
    status: 400,
    example: { joint: true, parties: ['us'] },
    message: {
      en: (p) =>
        p.joint
          ? `a joint action needs actors of at least two parties (found ${plainList(p.parties)})`
          : `a unilateral action has actors of one party only (found ${plainList(p.parties)}); set joint: true`,
      es: (p) =>
        p.joint
          ? `una acción conjunta necesita actores de al menos dos partes (hay ${plainList(p.parties)})`
          : `una acción unilateral tiene actores de una sola parte (hay ${plainList(p.parties)}); indique joint: true`,
    },
  }),
  invalid_period: define<{ placeable?: true }>({
    status: 400,
    example: { placeable: true },
    message: {
      en: (p) =>
        p.placeable
          ? 'must be a single dated period (a year, fiscal year, month, day or interval), not an aggregate or "unspecified"'
          : `must be ${PERIOD_FORMS_TEXT.en}`,
      es: (p) =>
        p.placeable
          ? 'debe ser un solo periodo con fecha (un año, año fiscal, mes, día o intervalo), no un agregado ni "unspecified"'
          : `debe ser ${PERIOD_FORMS_TEXT.es}`,
    },
  }),
  invalid_date: define({
    status: 400,
    example: {},
    message: { en: () => 'must be a date written YYYY-MM-DD', es: () => 'debe ser una fecha escrita AAAA-MM-DD' },
  }),
  out_of_range: define<{ op: '>=' | '>'; limit: number }>({
    status: 400,
    example: { op: '>=', limit: 0 },
    message: { en: (p) => `must be ${p.op} ${p.limit}`, es: (p) => `debe ser ${p.op} ${p.limit}` },
  }),
  invalid_currency: define<{ currency: string }>({
    status: 400,
    example: { currency: 'usd' },
    message: {
      en: (p) => `${q(p.currency)} is not a currency code: give three capital letters such as USD or MXN`,
      es: (p) => `${q(p.currency)} no es un código de moneda: indique tres letras mayúsculas, como USD o MXN`,
    },
    received: { en: (p) => p.currency, es: (p) => p.currency },
  }),
  missing_exchange_rate: define<{ from: string[]; to: string }>({
    status: 400,
    example: { from: ['MXN'], to: 'USD' },
    message: {
      en: (p) =>
        `no stated exchange rate from ${p.from.join(', ')} to ${p.to}; add one under exchangeRates (amounts are never converted silently)`,
      es: (p) =>
        `no hay un tipo de cambio declarado de ${p.from.join(', ')} a ${p.to}; agregue uno en exchangeRates (los montos nunca se convierten sin avisar)`,
    },
  }),
};
