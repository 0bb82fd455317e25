/**
 * Problems reading Genius negotiation folders (domain and profile XML files) and XML in general.
 * Each Genius problem names the element it is about (`<issue index="3" name="Price">`) and one of
 * the cases below, with that case's arguments.
 */
import { define, plainList, q, type Locale } from './define.ts';

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
  issue_type: {
    en: (a) => `issue type ${q(a.type)} is not supported`,
    es: (a) => `el tipo de tema ${q(a.type)} no está soportado`,
    expected: { en: () => 'discrete, integer or real', es: () => 'discrete, integer o real' },
  },
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
  missing_bound: {
    en: (a) => `missing ${a.attr} (attribute or <range>)`,
    es: (a) => `falta ${a.attr} (atributo o <range>)`,
  },
  unnamed_issue: { en: () => 'issue without a name', es: () => 'tema sin nombre' },
  no_items: {
    en: () => 'discrete issue without <item> values',
    es: () => 'tema discreto sin valores <item>',
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
  nested_objectives: {
    en: () => 'objective hierarchies (nested <objective>) are not supported yet',
    es: () => 'las jerarquías de objetivos (<objective> anidados) aún no están soportadas',
    expected: {
      en: () => 'issues directly under the root objective',
      es: () => 'temas directamente bajo el objetivo raíz',
    },
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
    en: (a) => `evaluator ftype ${q(a.ftype)} is not supported for ${a.issueType} issues`,
    es: (a) => `el evaluador ftype ${q(a.ftype)} no está soportado para temas ${a.issueType}`,
    expected: {
      en: (a) => (a.issueType === 'integer' ? 'ftype="linear"' : 'linear, constant or triangular'),
      es: (a) => (a.issueType === 'integer' ? 'ftype="linear"' : 'linear, constant o triangular'),
    },
  },
  no_evaluator: {
    en: () => 'real issue without an <evaluator>',
    es: () => 'tema real sin <evaluator>',
  },
  valued_twice: {
    en: (a) => `issue ${q(a.issue)} is valued twice`,
    es: (a) => `el tema ${q(a.issue)} se valora dos veces`,
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
    en: (a) => `aggregation ${q(a.aggregation)} is not supported`,
    es: (a) => `la agregación ${q(a.aggregation)} no está soportada`,
    expected: same(() => 'aggregation="sum"'),
  },
  excludes: {
    en: () => 'EXCLUDES hyper-rectangles are not supported yet',
    es: () => 'los hiperrectángulos EXCLUDES aún no están soportados',
    expected: { en: () => 'INCLUDES bounds only', es: () => 'solo límites INCLUDES' },
  },
  rectangle_bound: {
    en: (a) => `hyper-rectangle bound on ${a.issueType} issue ${q(a.issue)}`,
    es: (a) => `límite de hiperrectángulo en el tema ${a.issueType} ${q(a.issue)}`,
    expected: {
      en: () => 'bounds on integer issues (as Genius)',
      es: () => 'límites en temas enteros (como Genius)',
    },
  },
  ufun_child: {
    en: (a) => `<${a.child}> inside <ufun> is not supported`,
    es: (a) => `<${a.child}> dentro de <ufun> no está soportado`,
    expected: { en: () => '<hyperRectangle> or <ufun>', es: () => '<hyperRectangle> o <ufun>' },
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
    en: (a) => `utility space type ${q(a.type)} is not supported`,
    es: (a) => `el tipo de espacio de utilidad ${q(a.type)} no está soportado`,
    expected: {
      en: () => 'additive (default) or nonlinear',
      es: () => 'additive (por omisión) o nonlinear',
    },
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

export const genius = {
  /** Valid XML that is not a Genius file this reader understands. */
  genius_invalid: geniusEntry({ element: '<issue index="2">', case: 'unnamed_issue' }),
  /** A Genius feature the reader does not support. */
  genius_unsupported: geniusEntry({
    element: '<issue index="1" name="Price">',
    case: 'issue_type',
    args: { type: 'objective' },
  }),
  /** A profile that does not fit the folder's domain file. */
  genius_mismatch: geniusEntry({
    element: '<issue index="3" name="Brand">',
    case: 'valued_twice',
    args: { issue: 'Brand' },
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
};
