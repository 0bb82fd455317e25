/**
 * Problems reading Genius negotiation folders (domain and profile XML files) and XML in general.
 * Each Genius problem names the element it is about (`<issue index="3" name="Price">`) and one of
 * the cases below, with that case's arguments.
 */
import { bySurface, define, plainList, q, type Locale } from './define.ts';

/** What a GeniusWeb JSON file gets wrong. */
export type GeniusWebFault =
  | { kind: 'not_json'; detail: string }
  | { kind: 'unknown_document' }
  | { kind: 'no_issues' }
  | { kind: 'value_set'; issue: string }
  | { kind: 'utilities'; issue: string }
  | { kind: 'unknown_issue'; issue: string }
  | { kind: 'no_utilities_for'; issue: string }
  | { kind: 'value_not_in_domain'; issue: string; value: string }
  | { kind: 'not_number'; field: string }
  | { kind: 'other_domain'; domain: string; expected: string }
  | { kind: 'range'; issue: string };

/** Scenario features an export format cannot hold. */
export type ExportFeature =
  | { kind: 'red_lines'; party: string; count: number }
  | { kind: 'interactions'; party: string; count: number }
  | { kind: 'rectangles'; party: string }
  | { kind: 'constant'; party: string }
  | { kind: 'negative_issue'; party: string; issue: string }
  | { kind: 'reservation'; party: string; value: number }
  | { kind: 'name'; name: string; characters: string }
  | { kind: 'utility_above_one'; party: string; max: number }
  | { kind: 'capped'; party: string; max: number; cap: number };

export type Args = Record<string, string | number>;
export interface Case {
  en: (a: Args) => string;
  es: (a: Args) => string;
  expected?: Record<Locale, (a: Args) => string>;
}
const same = (f: (a: Args) => string) => ({ en: f, es: f });

/** "this profile calls the issue X (matched by index 3): is it a profile for another domain?" */
const otherDomain = (a: Args, locale: Locale) =>
  a.calledHere === undefined
    ? ''
    : locale === 'es'
      ? `; este perfil llama al tema ${q(a.calledHere)} (emparejado por el índice ${a.index}): ¿es un perfil de otro dominio?`
      : `; this profile calls the issue ${q(a.calledHere)} (matched by index ${a.index}): is it a profile for another domain?`;

const CASES = {
  missing_attribute: {
    en: (a) => `missing attribute ${a.attr}`,
    es: (a) => `falta el atributo ${a.attr}`,
    expected: {
      en: (a) => (a.integer ? 'an integer' : 'a number'),
      es: (a) => (a.integer ? 'un número entero' : 'un número'),
    },
  },
  not_a_number: {
    en: (a) => `attribute ${a.attr}=${q(a.raw)} is not ${a.integer ? 'an integer' : 'a number'}`,
    es: (a) => `el atributo ${a.attr}=${q(a.raw)} no es ${a.integer ? 'un número entero' : 'un número'}`,
  },
  unnamed_issue: { en: () => 'issue without a name', es: () => 'tema sin nombre' },
  no_items: {
    en: (a) =>
      a.type !== undefined
        ? `Genius 10.4 reads type ${q(a.type)} as a discrete issue (ISSUETYPE.convertToType), but this issue has no <item> values: no outcome would exist`
        : 'discrete issue without <item> values',
    es: (a) =>
      a.type !== undefined
        ? `Genius 10.4 lee el tipo ${q(a.type)} como un tema discreto (ISSUETYPE.convertToType), pero este tema no tiene valores <item>: no existiría ningún resultado`
        : 'tema discreto sin valores <item>',
    expected: { en: () => 'at least one <item value=...>', es: () => 'al menos un <item value=...>' },
  },
  item_without_value: { en: () => 'item without a value attribute', es: () => 'item sin atributo value' },
  bounds_reversed: {
    en: (a) => `upperbound ${a.upper} is below lowerbound ${a.lower}`,
    es: (a) => `upperbound ${a.upper} es menor que lowerbound ${a.lower}`,
  },
  range_too_large: {
    en: (a) => `integer range of ${a.size} values is too large`,
    es: (a) => `el rango entero de ${a.size} valores es demasiado grande`,
    expected: { en: () => 'at most 1,000,000 values', es: () => 'como máximo 1,000,000 de valores' },
  },
  not_domain: {
    en: () => 'not a Genius domain file',
    es: () => 'no es un archivo de dominio Genius',
    expected: same(() => '<negotiation_template>'),
  },
  not_profile: {
    en: () => 'not a Genius profile',
    es: () => 'no es un perfil Genius',
    expected: same(() => '<utility_space>'),
  },
  no_child: {
    en: (a) => `no <${a.child}> in the ${a.in === 'profile' ? 'profile' : 'domain file'}`,
    es: (a) => `no hay <${a.child}> en ${a.in === 'profile' ? 'el perfil' : 'el archivo de dominio'}`,
  },
  no_issues: { en: () => 'the domain has no issues', es: () => 'el dominio no tiene temas' },
  duplicate_index: {
    en: (a) => `duplicate issue index ${a.index}`,
    es: (a) => `índice de tema repetido ${a.index}`,
  },
  duplicate_name: {
    en: (a) => `duplicate issue name ${q(a.name)}`,
    es: (a) => `nombre de tema repetido ${q(a.name)}`,
  },
  issue_not_in_domain: {
    en: (a) => `issue is not in the domain ${a.domain}`,
    es: (a) => `el tema no está en el dominio ${a.domain}`,
    expected: {
      en: (a) => `an index or name of ${a.issues}`,
      es: (a) => `un índice o nombre de ${a.issues}`,
    },
  },
  no_item_evaluations: {
    en: () => 'discrete issue without item evaluations',
    es: () => 'tema discreto sin evaluaciones de sus items',
    expected: same(() => '<item value=... evaluation=...>'),
  },
  no_item_evaluation: {
    en: (a) => `no evaluation for item ${q(a.item)} of the domain's issue ${q(a.issue)}${otherDomain(a, 'en')}`,
    es: (a) => `no hay evaluación para el item ${q(a.item)} del tema ${q(a.issue)} del dominio${otherDomain(a, 'es')}`,
    expected: {
      en: () => 'an evaluation for every item of the domain',
      es: () => 'una evaluación para cada item del dominio',
    },
  },
  evaluator_type: {
    en: (a) =>
      String(a.ftype).toLowerCase() === 'faratin'
        ? 'evaluator ftype "faratin" is not supported: Genius 10.4 loads it but EvaluatorReal has no faratin case and evaluates every value to -1'
        : `evaluator ftype ${q(a.ftype)} is not supported: Genius 10.4 fails on it (EVALFUNCTYPE has linear, constant, triangular)`,
    es: (a) =>
      String(a.ftype).toLowerCase() === 'faratin'
        ? 'el ftype "faratin" no está soportado: Genius 10.4 lo carga, pero EvaluatorReal no tiene caso faratin y evalúa todo valor como -1'
        : `el ftype ${q(a.ftype)} no está soportado: Genius 10.4 también falla (EVALFUNCTYPE tiene linear, constant, triangular)`,
    expected: { en: () => 'linear, constant or triangular', es: () => 'linear, constant o triangular' },
  },
  no_evaluator: {
    en: () => 'real issue without an <evaluator>',
    es: () => 'tema real sin <evaluator>',
  },
  issue_type_mismatch: {
    en: (a) => `issue ${q(a.issue)} is ${a.here} here but ${a.there} in the domain ${a.domain}${otherDomain(a, 'en')}`,
    es: (a) =>
      `el tema ${q(a.issue)} es ${a.here} aquí pero ${a.there} en el dominio ${a.domain}${otherDomain(a, 'es')}`,
  },
  no_weight: {
    en: (a) => `no <weight index="${a.index}"> for issue ${q(a.issue)}`,
    es: (a) => `no hay <weight index="${a.index}"> para el tema ${q(a.issue)}`,
  },
  no_evaluators: {
    en: (a) => `no evaluator for issue${Number(a.count) > 1 ? 's' : ''} ${a.issues}`,
    es: (a) => `no hay evaluador para ${Number(a.count) > 1 ? 'los temas' : 'el tema'} ${a.issues}`,
    expected: {
      en: () => 'every issue of the domain valued',
      es: () => 'cada tema del dominio valorado',
    },
  },
  aggregation: {
    en: (a) =>
      `aggregation ${q(a.aggregation)} is not supported: Genius 10.4 takes the ${a.aggregation === 'min' ? 'minimum' : 'maximum'} of the rectangle utilities (UtilityFunction.getUtility); the exact frontier here needs them summed`,
    es: (a) =>
      `la agregación ${q(a.aggregation)} no está soportada: Genius 10.4 toma el ${a.aggregation === 'min' ? 'mínimo' : 'máximo'} de las utilidades de los rectángulos (UtilityFunction.getUtility); la frontera exacta aquí necesita sumarlas`,
    expected: same(() => 'aggregation="sum"'),
  },
  rectangle_bound: {
    en: (a) =>
      `hyper-rectangle bound on ${a.issueType} issue ${q(a.issue)}: Genius 10.4 casts the bid's value to an integer (InclusiveHyperRectangle) and fails on this issue`,
    es: (a) =>
      `límite de hiperrectángulo en el tema ${a.issueType} ${q(a.issue)}: Genius 10.4 convierte el valor de la oferta a entero (InclusiveHyperRectangle) y falla con este tema`,
    expected: {
      en: () => 'bounds on integer issues (as Genius)',
      es: () => 'límites en temas enteros (como Genius)',
    },
  },
  no_max_utility: {
    en: () => 'nonlinear profile without <utility maxutility=...>',
    es: () => 'perfil no lineal sin <utility maxutility=...>',
  },
  max_utility: {
    en: (a) => `maxutility must be positive, found ${a.found}`,
    es: (a) => `maxutility debe ser positivo; se encontró ${a.found}`,
  },
  space_type: {
    en: (a) =>
      `utility space type ${q(a.type)} is not supported: Genius 10.4 does not load it either (UTILITYSPACETYPE is linear, nonlinear, constraint or uncertain)`,
    es: (a) =>
      `el tipo de espacio de utilidad ${q(a.type)} no está soportado: Genius 10.4 tampoco lo carga (UTILITYSPACETYPE es linear, nonlinear, constraint o uncertain)`,
    expected: {
      en: () => 'linear (default), nonlinear, constraint or uncertain',
      es: () => 'linear (por omisión), nonlinear, constraint o uncertain',
    },
  },
  missing_text_attribute: {
    en: (a) => `missing attribute ${a.attr}`,
    es: (a) => `falta el atributo ${a.attr}`,
  },
  real_without_range: {
    en: () => 'real issue without <range lowerbound upperbound> (Genius 10.4 reads real bounds from <range> only)',
    es: () => 'tema real sin <range lowerbound upperbound> (Genius 10.4 lee los límites reales solo de <range>)',
  },
  no_aggregation: {
    en: () => 'no aggregation attribute: Genius 10.4 fails on it (AGGREGATIONTYPE.getAggregationType of null)',
    es: () => 'falta el atributo aggregation: Genius 10.4 falla (AGGREGATIONTYPE.getAggregationType de null)',
    expected: same(() => 'aggregation="sum"'),
  },
  non_integer_bound: {
    en: (a) =>
      `bound ${a.attr}=${q(a.raw)} is not an integer: Genius 10.4 fails to load it (Bound uses Integer.parseInt)`,
    es: (a) => `el límite ${a.attr}=${q(a.raw)} no es entero: Genius 10.4 no lo carga (Bound usa Integer.parseInt)`,
  },
  no_ranks: {
    en: () => 'constraint profile without <rules> holding <ranks> and <constraints>',
    es: () => 'perfil de restricciones sin <rules> con <ranks> y <constraints>',
  },
  no_rank: {
    en: (a) =>
      `no rank for item ${q(a.item)} of issue ${q(a.issue)}: Genius 10.4 fails when it evaluates a bid with it`,
    es: (a) =>
      `no hay rango para el item ${q(a.item)} del tema ${q(a.issue)}: Genius 10.4 falla al evaluar una oferta con él`,
  },
  zero_max_rank: {
    en: (a) => `every rank of issue ${q(a.issue)} is 0 or less: Genius 10.4 divides by the largest rank`,
    es: (a) => `todos los rangos del tema ${q(a.issue)} son 0 o menos: Genius 10.4 divide por el rango mayor`,
  },
  condition_count: {
    en: (a) =>
      `a conditionalZeroOutcomeConstraint needs exactly 2 <checkassignment> elements, found ${a.count} (Genius 10.4 fails on other counts)`,
    es: (a) =>
      `un conditionalZeroOutcomeConstraint necesita exactamente 2 elementos <checkassignment>; hay ${a.count} (Genius 10.4 falla con otra cantidad)`,
  },
  constraint_too_large: {
    en: (a) => `the constraint rules expand to more than ${a.limit} hyper-rectangles; too large to analyse exactly`,
    es: (a) =>
      `las reglas de restricciones se expanden a más de ${a.limit} hiperrectángulos; demasiado grande para analizarlo con exactitud`,
  },
} satisfies Record<string, Case>;
export type GeniusCase = keyof typeof CASES;

/** The params of a Genius problem: the element it is about, the case and the case's arguments. */
export interface GeniusParams {
  element?: string;
  case: GeniusCase;
  args?: Args;
}
const render = (p: GeniusParams, locale: Locale) => {
  const text = CASES[p.case][locale](p.args ?? {});
  return p.element ? `${p.element}: ${text}` : text;
};
const expectedOf = (p: GeniusParams, locale: Locale) => (CASES[p.case] as Case).expected?.[locale](p.args ?? {});

const geniusEntry = (example: GeniusParams) =>
  define<GeniusParams>({
    status: 400,
    example,
    message: { en: (p) => render(p, 'en'), es: (p) => render(p, 'es') },
    expected: { en: (p) => expectedOf(p, 'en'), es: (p) => expectedOf(p, 'es') },
  });

const webText: Record<Locale, (f: GeniusWebFault) => string> = {
  en: (f) => {
    switch (f.kind) {
      case 'not_json':
        return `not valid JSON: ${f.detail}`;
      case 'unknown_document':
        return 'neither a GeniusWeb domain ({"name", "issuesValues"}) nor a LinearAdditiveUtilitySpace profile';
      case 'no_issues':
        return 'the domain has no issues';
      case 'value_set':
        return `issue ${q(f.issue)}: expected {"values": [...]} or {"range": {"low", "high", "step"}}`;
      case 'utilities':
        return `issue ${q(f.issue)}: expected DiscreteValueSetUtilities or NumberValueSetUtilities`;
      case 'unknown_issue':
        return `issue ${q(f.issue)} is not in the domain`;
      case 'no_utilities_for':
        return `no utilities for issue ${q(f.issue)}`;
      case 'value_not_in_domain':
        return `issue ${q(f.issue)}: value ${q(f.value)} is not in the domain`;
      case 'not_number':
        return `${f.field} must be a number`;
      case 'other_domain':
        return `profile for domain ${q(f.domain)}, but the domain is ${q(f.expected)}`;
      case 'range':
        return `issue ${q(f.issue)}: a number range needs low <= high and a positive step, with at most 1,000,000 values`;
    }
  },
  es: (f) => {
    switch (f.kind) {
      case 'not_json':
        return `JSON no válido: ${f.detail}`;
      case 'unknown_document':
        return 'no es ni un dominio de GeniusWeb ({"name", "issuesValues"}) ni un perfil LinearAdditiveUtilitySpace';
      case 'no_issues':
        return 'el dominio no tiene temas';
      case 'value_set':
        return `tema ${q(f.issue)}: se esperaba {"values": [...]} o {"range": {"low", "high", "step"}}`;
      case 'utilities':
        return `tema ${q(f.issue)}: se esperaba DiscreteValueSetUtilities o NumberValueSetUtilities`;
      case 'unknown_issue':
        return `el tema ${q(f.issue)} no está en el dominio`;
      case 'no_utilities_for':
        return `no hay utilidades para el tema ${q(f.issue)}`;
      case 'value_not_in_domain':
        return `tema ${q(f.issue)}: el valor ${q(f.value)} no está en el dominio`;
      case 'not_number':
        return `${f.field} debe ser un número`;
      case 'other_domain':
        return `perfil del dominio ${q(f.domain)}, pero el dominio es ${q(f.expected)}`;
      case 'range':
        return `tema ${q(f.issue)}: un rango numérico necesita low <= high y un paso positivo, con a lo sumo 1.000.000 valores`;
    }
  },
};

const featureText: Record<Locale, (f: ExportFeature) => string> = {
  en: (f) => {
    switch (f.kind) {
      case 'red_lines':
        return `party ${q(f.party)} has ${f.count} red line${f.count === 1 ? '' : 's'} (the format cannot forbid outcomes)`;
      case 'interactions':
        return `party ${q(f.party)} has ${f.count} interaction term${f.count === 1 ? '' : 's'} (a linear additive profile cannot hold them)`;
      case 'rectangles':
        return `party ${q(f.party)} has hyper-rectangle utilities (GeniusWeb has no such profile; Genius needs integer issues)`;
      case 'constant':
        return `party ${q(f.party)} has a constant utility term`;
      case 'negative_issue':
        return `party ${q(f.party)} values every option of issue ${q(f.issue)} below 0`;
      case 'reservation':
        return `party ${q(f.party)} has reservation value ${f.value}, which a GeniusWeb profile cannot hold (only a reservation bid)`;
      case 'name':
        return `name ${q(f.name)} contains ${f.characters}, which Genius 10.4 reads differently from XML readers (its parser decodes no entities)`;
      case 'utility_above_one':
        return `party ${q(f.party)} can reach utility ${f.max}, above the 1 at which Genius caps utility`;
      case 'capped':
        return `party ${q(f.party)}'s utility is capped at ${f.cap} and can reach ${f.max} before the cap; GeniusWeb has no cap`;
    }
  },
  es: (f) => {
    switch (f.kind) {
      case 'red_lines':
        return `la parte ${q(f.party)} tiene ${f.count} ${f.count === 1 ? 'línea roja' : 'líneas rojas'} (el formato no puede prohibir resultados)`;
      case 'interactions':
        return `la parte ${q(f.party)} tiene ${f.count} ${f.count === 1 ? 'término de interacción' : 'términos de interacción'} (un perfil lineal aditivo no puede contenerlos)`;
      case 'rectangles':
        return `la parte ${q(f.party)} tiene utilidades de hiperrectángulos (GeniusWeb no tiene ese perfil; Genius necesita temas enteros)`;
      case 'constant':
        return `la parte ${q(f.party)} tiene un término de utilidad constante`;
      case 'negative_issue':
        return `la parte ${q(f.party)} valora toda opción del tema ${q(f.issue)} por debajo de 0`;
      case 'reservation':
        return `la parte ${q(f.party)} tiene valor de reserva ${f.value}, que un perfil de GeniusWeb no puede contener (solo una oferta de reserva)`;
      case 'name':
        return `el nombre ${q(f.name)} contiene ${f.characters}, que Genius 10.4 lee distinto que los lectores de XML (su analizador no decodifica entidades)`;
      case 'utility_above_one':
        return `la parte ${q(f.party)} puede alcanzar utilidad ${f.max}, por encima del 1 en que Genius limita la utilidad`;
      case 'capped':
        return `la utilidad de la parte ${q(f.party)} está limitada a ${f.cap} y alcanza ${f.max} antes del límite; GeniusWeb no tiene límite`;
    }
  },
};

export const genius = {
  /** Valid XML that is not a Genius file this reader understands. */
  genius_invalid: geniusEntry({ element: '<issue index="2">', case: 'unnamed_issue' }),
  /** A Genius feature the reader does not support. */
  genius_unsupported: geniusEntry({
    element: '<ufun aggregation="max">',
    case: 'aggregation',
    args: { aggregation: 'max' },
  }),
  /** A profile that does not fit the folder's domain file. */
  genius_mismatch: geniusEntry({
    element: '<issue index="3" name="Brand">',
    case: 'issue_type_mismatch',
    args: { issue: 'Brand', here: 'real', there: 'integer', domain: 'domain.xml' },
  }),
  genius_no_domain: define<{ where: string }>({
    status: 400,
    example: { where: 'Laptop' },
    message: {
      en: (p) => `no Genius domain file (root <negotiation_template>) in ${p.where}`,
      es: (p) => `no hay ningún archivo de dominio Genius (raíz <negotiation_template>) en ${p.where}`,
    },
  }),
  genius_many_domains: define<{ where: string; files: string[] }>({
    status: 400,
    example: { where: 'Laptop', files: ['laptop_domain.xml', 'other_domain.xml'] },
    message: {
      en: (p) => `${p.where} holds ${p.files.length} domain files (${plainList(p.files)}); keep exactly one`,
      es: (p) =>
        `${p.where} contiene ${p.files.length} archivos de dominio (${plainList(p.files)}); deje exactamente uno`,
    },
  }),
  genius_few_profiles: define<{ where: string; count: number }>({
    status: 400,
    example: { where: 'Laptop', count: 1 },
    message: {
      en: (p) =>
        `${p.where} holds ${p.count} profile${p.count === 1 ? '' : 's'} (root <utility_space>); a negotiation needs at least 2`,
      es: (p) =>
        `${p.where} contiene ${p.count} perfil${p.count === 1 ? '' : 'es'} (raíz <utility_space>); una negociación necesita al menos 2`,
    },
  }),
  /** A Genius domain a scenario document cannot express (the API stores Genius uploads as scenarios). */
  genius_not_additive: define<
    | { party: string; has: 'rectangles' | 'interactions' | 'negative' | 'zero' }
    | { party: string; has: 'constant'; constant: number }
    | { party: string; has: 'inexact'; outcome: string; want: number; got: number }
  >({
    status: 422,
    example: { party: 'Laptop_buyer_utility', has: 'rectangles' },
    message: {
      en: (p) => {
        switch (p.has) {
          case 'rectangles':
            return `profile ${p.party} uses hyper-rectangle (non-linear) utilities, which scenarios cannot express`;
          case 'interactions':
            return `profile ${p.party} has interaction terms`;
          case 'negative':
            return `profile ${p.party} has negative evaluations`;
          case 'zero':
            return `profile ${p.party} gives every outcome utility 0`;
          case 'constant':
            return `profile ${p.party} has a constant term (${p.constant})`;
          case 'inexact':
            return `profile ${p.party} could not be converted exactly (outcome ${p.outcome}: ${p.want} vs ${p.got})`;
        }
      },
      es: (p) => {
        switch (p.has) {
          case 'rectangles':
            return `el perfil ${p.party} usa utilidades de hiperrectángulos (no lineales), que un escenario no puede expresar`;
          case 'interactions':
            return `el perfil ${p.party} tiene términos de interacción`;
          case 'negative':
            return `el perfil ${p.party} tiene evaluaciones negativas`;
          case 'zero':
            return `el perfil ${p.party} da utilidad 0 a todos los resultados`;
          case 'constant':
            return `el perfil ${p.party} tiene un término constante (${p.constant})`;
          case 'inexact':
            return `el perfil ${p.party} no se pudo convertir con exactitud (resultado ${p.outcome}: ${p.want} frente a ${p.got})`;
        }
      },
    },
  }),
  /** Malformed XML (Genius and IATI files). */
  xml_syntax_error: define<{ detail: string } | { openTags: string[] } | { roots: number }>({
    status: 400,
    example: { openTags: ['negotiation_template', 'utility_space'] },
    message: {
      en: (p) =>
        'roots' in p
          ? `expected one root element, found ${p.roots}`
          : 'openTags' in p
            ? `malformed XML: the file ends before ${p.openTags.map((t) => `<${t}>`).join(', ')} ${p.openTags.length === 1 ? 'is' : 'are'} closed (truncated?)`
            : `malformed XML: ${p.detail}`,
      es: (p) =>
        'roots' in p
          ? `se esperaba un solo elemento raíz; hay ${p.roots}`
          : 'openTags' in p
            ? `XML mal formado: el archivo termina antes de cerrar ${p.openTags.map((t) => `<${t}>`).join(', ')} (¿está truncado?)`
            : `XML mal formado: ${p.detail}`,
    },
    expected: {
      en: (p) =>
        'openTags' in p
          ? p.openTags
              .map((t) => `</${t}>`)
              .reverse()
              .join('')
          : undefined,
      es: (p) =>
        'openTags' in p
          ? p.openTags
              .map((t) => `</${t}>`)
              .reverse()
              .join('')
          : undefined,
    },
  }),
  folder_unreadable: define<{ reason: string }>({
    status: 400,
    example: { reason: 'ENOENT' },
    message: {
      en: (p) => `cannot read folder: ${p.reason}`,
      es: (p) => `no se puede leer la carpeta: ${p.reason}`,
    },
  }),
  geniusweb_invalid: define<{ fault: GeniusWebFault }>({
    status: 400,
    example: { fault: { kind: 'value_not_in_domain', issue: 'fte', value: '0.7' } },
    message: {
      en: (p) => webText.en(p.fault),
      es: (p) => webText.es(p.fault),
    },
  }),
  export_lossy: define<{ format: 'genius' | 'geniusweb'; features: ExportFeature[] }>({
    status: 400,
    example: { format: 'genius', features: [{ kind: 'red_lines', party: 'us', count: 2 }] },
    message: {
      en: (p, surface) =>
        `${p.format === 'genius' ? 'Genius XML' : 'GeniusWeb JSON'} cannot express this domain exactly: ${p.features.map((f) => featureText.en(f)).join('; ')}. ${bySurface(surface, { cli: 'Use --lossy', api: 'Ask with lossy=true', web: 'Choose a lossy export' })} to export without them (they are listed in the export notes)`,
      es: (p, surface) =>
        `${p.format === 'genius' ? 'Genius XML' : 'GeniusWeb JSON'} no puede expresar este dominio con exactitud: ${p.features.map((f) => featureText.es(f)).join('; ')}. ${bySurface(surface, { cli: 'Use --lossy', api: 'Pida lossy=true', web: 'Elija una exportación con pérdida' })} para exportarlo sin ellos (figuran en las notas de la exportación)`,
    },
  }),
  export_target_exists: define<{ dir: string; files: string[] }>({
    status: 409,
    example: { dir: 'out', files: ['laptop-domain.xml'] },
    message: {
      en: (p, surface) =>
        `${p.dir} already holds ${p.files.join(', ')}; choose an empty folder${surface === 'cli' ? ' or pass --force to overwrite' : ''}`,
      es: (p, surface) =>
        `${p.dir} ya contiene ${p.files.join(', ')}; elija una carpeta vacía${surface === 'cli' ? ' o use --force para sobrescribir' : ''}`,
    },
  }),
  export_write_failed: define<{ dir: string; reason: string }>({
    status: 500,
    example: { dir: 'out', reason: 'EACCES' },
    message: {
      en: (p) => `cannot write to ${p.dir} (${p.reason})`,
      es: (p) => `no se puede escribir en ${p.dir} (${p.reason})`,
    },
  }),
};

/** The sentence of one export feature (for notes printed by the export). */
export function exportFeatureText(f: ExportFeature, locale: Locale = 'en'): string {
  return featureText[locale](f);
}
