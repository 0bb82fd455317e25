/** Problems in scenario files and documents (the model): syntax, shape, cross references, status quo. */
import { bySurface, define, listed, oneOfListed, q } from './define.ts';

const STATUS_QUO_HINT = {
  cli: '--status-quo "issue=option;..."',
  api: 'statusQuo "issue=option;..."',
  web: 'the status quo fields',
};
const STATUS_QUO_HINT_ES = {
  cli: '--status-quo "tema=opción;..."',
  api: 'statusQuo "tema=opción;..."',
  web: 'los campos del statu quo',
};

/** Where in a party an issue was named. */
export type PartyPart = 'weights' | 'values';
const PART = { weights: { en: 'weights', es: 'pesos' }, values: { en: 'values', es: 'valores' } };

export const scenario = {
  syntax_error: define<{ format: 'YAML' | 'JSON'; detail: string } | { format: 'YAML'; multipleDocuments: true }>({
    status: 400,
    example: { format: 'YAML', detail: 'Nested mappings are not allowed in compact mappings' },
    message: {
      en: (p) =>
        'multipleDocuments' in p
          ? 'the file holds more than one YAML document (a second "---"); a file holds exactly one'
          : `${p.format} syntax error: ${p.detail}`,
      es: (p) =>
        'multipleDocuments' in p
          ? 'el archivo contiene más de un documento YAML (un segundo "---"); un archivo contiene exactamente uno'
          : `error de sintaxis ${p.format}: ${p.detail}`,
    },
  }),
  empty_file: define<{ wanted: 'scenario' | 'game' }>({
    status: 400,
    example: { wanted: 'scenario' },
    message: { en: () => 'the file is empty', es: () => 'el archivo está vacío' },
    expected: {
      en: (p) => (p.wanted === 'scenario' ? 'a scenario (id, name, issues, parties)' : 'a cooperation game'),
      es: (p) => (p.wanted === 'scenario' ? 'un escenario (id, name, issues, parties)' : 'un juego de cooperación'),
    },
  }),
  wrong_kind: define<{ found: 'game' | 'framework' }>({
    status: 400,
    example: { found: 'game' },
    message: {
      en: (p) =>
        `this is ${p.found === 'game' ? 'a cooperation game (kind: cooperation-game)' : 'a framework file (actions, linkages, ...)'}, not a negotiation scenario`,
      es: (p) =>
        `esto es ${p.found === 'game' ? 'un juego de cooperación (kind: cooperation-game)' : 'un archivo de marco (actions, linkages, ...)'}, no un escenario de negociación`,
    },
    expected: {
      en: (p, s) =>
        `a scenario (id, name, issues, parties); ${
          p.found === 'game'
            ? bySurface(s, {
                cli: 'cooperation games are read by `cooperate ... --game <file>`',
                api: 'cooperation games are sent to POST /api/cooperation/games',
                web: 'cooperation games are opened on the Cooperation page',
              })
            : bySurface(s, {
                cli: 'frameworks are read by `framework audit|load <file>`',
                api: 'frameworks are sent to POST /api/frameworks',
                web: 'frameworks are opened on the Framework page',
              })
        }`,
      es: (p, s) =>
        `un escenario (id, name, issues, parties); ${
          p.found === 'game'
            ? bySurface(s, {
                cli: 'los juegos de cooperación se leen con `cooperate ... --game <archivo>`',
                api: 'los juegos de cooperación se envían a POST /api/cooperation/games',
                web: 'los juegos de cooperación se abren en la página de Cooperación',
              })
            : bySurface(s, {
                cli: 'los marcos se leen con `framework audit|load <archivo>`',
                api: 'los marcos se envían a POST /api/frameworks',
                web: 'los marcos se abren en la página del Marco',
              })
        }`,
    },
  }),
  unknown_source: define<{ source: string; known: string[]; assumption: string }>({
    status: 400,
    example: { source: 'brief2', known: ['brief'], assumption: 'assumption' },
    message: { en: (p) => `unknown source ${q(p.source)}`, es: (p) => `fuente desconocida ${q(p.source)}` },
    expected: {
      en: (p) => `${q(p.assumption)} or a source id: ${listed(p.known, 'en') || '(no sources declared)'}`,
      es: (p) =>
        `${q(p.assumption)} o el identificador de una fuente: ${listed(p.known, 'es') || '(no se declaró ninguna fuente)'}`,
    },
  }),
  unknown_area: define<{ area: string; known: string[] }>({
    status: 400,
    example: { area: 'secruity', known: ['security', 'trade'] },
    message: { en: (p) => `unknown area ${q(p.area)}`, es: (p) => `área desconocida ${q(p.area)}` },
    expected: {
      en: (p) => (p.known.length ? oneOfListed(p.known, 'en') : 'an area declared under `areas`'),
      es: (p) => (p.known.length ? oneOfListed(p.known, 'es') : 'un área declarada en `areas`'),
    },
  }),
  unknown_issue: define<{ issue: string; known: string[]; party?: string; part?: PartyPart; statusQuo?: true }>({
    status: 400,
    example: { issue: 'gun_smugling', known: ['gun_smuggling', 'fentanyl'], party: 'us', part: 'weights' },
    message: {
      en: (p) =>
        p.statusQuo
          ? `status quo names unknown issue ${q(p.issue)}`
          : `unknown issue ${q(p.issue)}${p.party && p.part ? ` in the ${PART[p.part].en} of party ${q(p.party)}` : ''}`,
      es: (p) =>
        p.statusQuo
          ? `el statu quo nombra un tema desconocido: ${q(p.issue)}`
          : `tema desconocido ${q(p.issue)}${p.party && p.part ? ` en los ${PART[p.part].es} de la parte ${q(p.party)}` : ''}`,
    },
    expected: { en: (p) => oneOfListed(p.known, 'en'), es: (p) => oneOfListed(p.known, 'es') },
  }),
  unknown_option: define<
    | { option: string; issue: string; known: string[]; statusQuo?: true }
    /** An outcome gives an option index the issue does not have. */
    | { option: string; issue: string; maxIndex: number }
  >({
    status: 400,
    example: { option: 'ban', issue: 'guns', known: ['none', 'tracing'] },
    message: {
      en: (p) =>
        'maxIndex' in p
          ? `no option ${p.option} on issue ${p.issue}`
          : p.statusQuo
            ? `status quo ${q(p.option)} is not an option of issue ${q(p.issue)}`
            : `${q(p.option)} is not an option of issue ${q(p.issue)}`,
      es: (p) =>
        'maxIndex' in p
          ? `el tema ${p.issue} no tiene la opción ${p.option}`
          : p.statusQuo
            ? `el statu quo ${q(p.option)} no es una opción del tema ${q(p.issue)}`
            : `${q(p.option)} no es una opción del tema ${q(p.issue)}`,
    },
    expected: {
      en: (p) => ('maxIndex' in p ? `an index 0..${p.maxIndex}` : oneOfListed(p.known, 'en')),
      es: (p) => ('maxIndex' in p ? `un índice 0..${p.maxIndex}` : oneOfListed(p.known, 'es')),
    },
  }),
  missing_weight: define<{ party: string; issue: string }>({
    status: 400,
    example: { party: 'us', issue: 'guns' },
    message: {
      en: (p) => `party ${q(p.party)} gives no weight for issue ${q(p.issue)}`,
      es: (p) => `la parte ${q(p.party)} no da peso al tema ${q(p.issue)}`,
    },
    expected: {
      en: () => 'a weight (0 allowed, with a rationale) for every issue',
      es: () => 'un peso (se admite 0, con una justificación) para cada tema',
    },
  }),
  zero_weights: define<{ party: string }>({
    status: 400,
    example: { party: 'mx' },
    message: {
      en: (p) => `the weights of party ${q(p.party)} sum to 0`,
      es: (p) => `los pesos de la parte ${q(p.party)} suman 0`,
    },
    expected: { en: () => 'at least one positive weight', es: () => 'al menos un peso positivo' },
  }),
  missing_value: define<{ party: string; option: string; issue: string }>({
    status: 400,
    example: { party: 'us', option: 'tracing', issue: 'guns' },
    message: {
      en: (p) => `party ${q(p.party)} gives no value for option ${q(p.option)} of issue ${q(p.issue)}`,
      es: (p) => `la parte ${q(p.party)} no da valor a la opción ${q(p.option)} del tema ${q(p.issue)}`,
    },
    expected: {
      en: () => 'a value in [0, 1] for every option of the issue',
      es: () => 'un valor en [0, 1] para cada opción del tema',
    },
  }),
  missing_values: define<{ party: string; issue: string }>({
    status: 400,
    example: { party: 'us', issue: 'guns' },
    message: {
      en: (p) => `party ${q(p.party)} weighs issue ${q(p.issue)} but gives no option values for it`,
      es: (p) => `la parte ${q(p.party)} da peso al tema ${q(p.issue)} pero no da valores a sus opciones`,
    },
    expected: {
      en: () => 'values for every issue with a positive weight',
      es: () => 'valores para cada tema con peso positivo',
    },
  }),
  /** An analysis or a reservation needs a status quo on issues that have none. */
  no_status_quo: define<{ missing: string[]; for: 'reservation' | 'delinked'; domain?: string }>({
    status: 400,
    example: { missing: ['guns', 'migration'], for: 'delinked', domain: 'north-america' },
    message: {
      en: (p, s) =>
        p.for === 'reservation'
          ? `reservation "status_quo" needs a status quo on every issue; missing on ${listed(p.missing, 'en')}`
          : `delinked talks need a status quo on every issue (what no agreement on that issue means); ${p.domain ?? 'the scenario'} has none on ${listed(p.missing, 'en', 10)}. Give one with ${STATUS_QUO_HINT[s]}`,
      es: (p, s) =>
        p.for === 'reservation'
          ? `el valor de reserva "status_quo" necesita un statu quo en cada tema; falta en ${listed(p.missing, 'es')}`
          : `las negociaciones desvinculadas necesitan un statu quo en cada tema (lo que significa no llegar a un acuerdo en ese tema); ${p.domain ?? 'el escenario'} no tiene en ${listed(p.missing, 'es', 10)}. Indíquelo con ${STATUS_QUO_HINT_ES[s]}`,
    },
    expected: {
      en: (p) => (p.for === 'reservation' ? 'a number, or statusQuo set on every issue' : undefined),
      es: (p) => (p.for === 'reservation' ? 'un número, o statusQuo en cada tema' : undefined),
    },
  }),
  empty_red_line: define({
    status: 400,
    example: {},
    message: {
      en: () => 'a red line needs at least one issue: option pair',
      es: () => 'una línea roja necesita al menos un par tema: opción',
    },
    expected: { en: () => 'issue id -> option id', es: () => 'id del tema -> id de la opción' },
  }),
  bad_interaction: define<{ found: number }>({
    status: 400,
    example: { found: 3 },
    message: {
      en: (p) => `an interaction names exactly two options on two different issues, found ${p.found}`,
      es: (p) => `una interacción nombra exactamente dos opciones de dos temas distintos; se encontraron ${p.found}`,
    },
    expected: { en: () => '{issueA: optionA, issueB: optionB}', es: () => '{temaA: opciónA, temaB: opciónB}' },
  }),
  bad_status_quo: define<
    { problem: 'empty' } | { problem: 'form'; entry: string } | { problem: 'twice'; issue: string }
  >({
    status: 400,
    example: { problem: 'form', entry: 'guns:tracing' },
    message: {
      en: (p) =>
        p.problem === 'empty'
          ? 'status quo is empty'
          : p.problem === 'form'
            ? `status quo entry ${q(p.entry)} is not of the form issue=option`
            : `issue ${q(p.issue)} is given twice with different options`,
      es: (p) =>
        p.problem === 'empty'
          ? 'el statu quo está vacío'
          : p.problem === 'form'
            ? `la entrada del statu quo ${q(p.entry)} no tiene la forma tema=opción`
            : `el tema ${q(p.issue)} aparece dos veces con opciones distintas`,
    },
    expected: {
      en: (p) =>
        p.problem === 'empty' ? '"issue=option;issue=option"' : p.problem === 'form' ? 'issue=option' : undefined,
      es: (p) =>
        p.problem === 'empty' ? '"tema=opción;tema=opción"' : p.problem === 'form' ? 'tema=opción' : undefined,
    },
  }),
  incomplete_status_quo: define<{ missing: string[] }>({
    status: 400,
    example: { missing: ['guns'] },
    message: {
      en: (p) => `status quo must name an option for every issue; missing: ${listed(p.missing, 'en', 15)}`,
      es: (p) => `el statu quo debe nombrar una opción para cada tema; faltan: ${listed(p.missing, 'es', 15)}`,
    },
    expected: { en: () => 'issue=option for each of them', es: () => 'tema=opción para cada uno de ellos' },
  }),
};
