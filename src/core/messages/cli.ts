/**
 * Problems only the command line reports: its options, its inputs (files, folders, built-in
 * scenario ids, random domains) and its commands. They name the CLI's flags: only the CLI shows them.
 */
import { define, listed, plainList, q, type Locale } from './define.ts';

export type OptionCase =
  | { case: 'number'; int: boolean; min?: number; max?: number }
  | { case: 'one_of'; allowed: string[] }
  | { case: 'rounds_or_time' | 'time_positive' | 'action_cost_positive' | 'action_cost_needs_time' }
  | { case: 'two_parties' | 'distinct_parties' }
  | { case: 'version' };

/** Why a saved robustness study does not fit the scenario (`studyMismatch` in src/report). */
export type StudyMismatch =
  | { case: 'not_a_study' }
  | { case: 'other_scenario'; study: string | null; scenario: string }
  | { case: 'missing_parameter'; path: string }
  | { case: 'changed'; path: string; study: number; now: number | null }
  | { case: 'missing_option'; issue: string; option: string }
  | { case: 'missing_party'; party: string };

/** A study mismatch in words, in `locale`. */
export function studyMismatchText(r: StudyMismatch, locale: Locale): string {
  const es = locale === 'es';
  switch (r.case) {
    case 'not_a_study':
      return es
        ? 'no es un documento de robustez (commonground robustness --json)'
        : 'it is not a robustness document (commonground robustness --json)';
    case 'other_scenario':
      return es
        ? `es un estudio de ${q(r.study)}, no de ${q(r.scenario)}`
        : `it is a study of ${q(r.study)}, not of ${q(r.scenario)}`;
    case 'missing_parameter':
      return es ? `el escenario no tiene ${r.path}` : `the scenario has no ${r.path}`;
    case 'changed': {
      const now = r.now ?? (es ? 'nada' : 'nothing');
      return es
        ? `el estudio se calculó con ${r.path} = ${r.study}, el escenario ahora dice ${now}`
        : `the study was computed with ${r.path} = ${r.study}, the scenario now says ${now}`;
    }
    case 'missing_option':
      return es
        ? `el escenario no tiene la opción ${r.option} del tema ${r.issue}`
        : `the scenario has no option ${r.option} of issue ${r.issue}`;
    case 'missing_party':
      return es ? `el escenario no tiene la parte ${r.party}` : `the scenario has no party ${r.party}`;
  }
}

function numberRule(p: { int: boolean; min?: number; max?: number }, locale: Locale): string {
  const es = locale === 'es';
  const kind = p.int ? (es ? 'un número entero' : 'a whole number') : es ? 'un número' : 'a number';
  if (p.min !== undefined && p.max !== undefined)
    return es ? `${kind} de ${p.min} a ${p.max}` : `${kind} from ${p.min} to ${p.max}`;
  return `${kind}${p.min !== undefined ? ` >= ${p.min}` : ''}${p.max !== undefined ? ` <= ${p.max}` : ''}`;
}

const optionText = (p: OptionCase & { flag: string }, locale: Locale): string => {
  const es = locale === 'es';
  switch (p.case) {
    case 'number':
      return `${p.flag} ${es ? 'debe ser' : 'must be'} ${numberRule(p, locale)}`;
    case 'one_of':
      return `${p.flag} ${es ? 'debe ser uno de' : 'must be one of'} ${plainList(p.allowed, 50)}`;
    case 'rounds_or_time':
      return es ? 'indique --rounds o --time, no ambos' : 'give either --rounds or --time, not both';
    case 'time_positive':
      return es
        ? '--time debe ser un número positivo (segundos simulados)'
        : '--time must be a positive number (simulated seconds)';
    case 'action_cost_positive':
      return es
        ? '--action-cost deben ser números positivos (uno, o uno por parte)'
        : '--action-cost must be positive numbers (one, or one per party)';
    case 'action_cost_needs_time':
      return es ? '--action-cost necesita --time' : '--action-cost needs --time';
    case 'two_parties':
      return es
        ? '--parties recibe dos ids de partes, p. ej. us,mexico'
        : '--parties takes two party ids, e.g. us,mexico';
    case 'distinct_parties':
      return es
        ? '--parties recibe dos partes distintas (una parte no juega contra sí misma)'
        : '--parties takes two different parties (a party does not play against itself)';
    case 'version':
      return es ? `${p.flag} debe ser un número de versión` : `${p.flag} must be a version number`;
  }
};

export const cli = {
  /** A command-line option with a value the command cannot use. */
  invalid_option: define<OptionCase & { flag: string }>({
    status: 400,
    example: { flag: '--turns', case: 'number', int: true, min: 1 },
    message: { en: (p) => optionText(p, 'en'), es: (p) => optionText(p, 'es') },
    expected: {
      en: (p) => (p.case === 'number' ? numberRule(p, 'en') : undefined),
      es: (p) => (p.case === 'number' ? numberRule(p, 'es') : undefined),
    },
  }),
  conflicting_options: define<{ a: string; b: string }>({
    status: 400,
    example: { a: '--payoffs', b: '--game' },
    message: {
      en: (p) => `give either ${p.a} or ${p.b}, not both`,
      es: (p) => `indique ${p.a} o ${p.b}, no ambos`,
    },
  }),
  option_needs_game: define<{ flag: string }>({
    status: 400,
    example: { flag: '--issue' },
    message: {
      en: (p) =>
        `${p.flag} picks from a cooperation scenario: give it with --game <scenario.yaml> (e.g. scenarios/cooperation/joint-vs-unilateral.yaml)`,
      es: (p) =>
        `${p.flag} elige dentro de un escenario de cooperación: indíquelo con --game <escenario.yaml> (p. ej. scenarios/cooperation/joint-vs-unilateral.yaml)`,
    },
  }),
  agents_required: define<{ strategies: string[] }>({
    status: 400,
    example: { strategies: ['boulware', 'conceder', 'linear'] },
    message: {
      en: (p) => `--agents is required (strategies: ${plainList(p.strategies, 100)})`,
      es: (p) => `--agents es obligatorio (estrategias: ${plainList(p.strategies, 100)})`,
    },
  }),
  deadline_too_long: define<{ bound: number; max: number; json?: true }>({
    status: 400,
    example: { bound: 120_000_000, max: 20_000_000 },
    message: {
      en: (p) => {
        const n = (x: number) => x.toLocaleString('en-US');
        return p.json
          ? `--json prints every action, and this deadline allows up to ${n(p.bound)} (at most ${n(p.max)}); add --offers summary (counts, first and last actions, concessions) or shorten the deadline`
          : `this deadline allows up to ${n(p.bound)} recorded actions (the transcript is kept in memory); at most ${n(p.max)} in one run`;
      },
      es: (p) => {
        const n = (x: number) => x.toLocaleString('es-MX');
        return p.json
          ? `--json imprime cada acción, y este plazo permite hasta ${n(p.bound)} (como máximo ${n(p.max)}); agregue --offers summary (conteos, primeras y últimas acciones, concesiones) o acorte el plazo`
          : `este plazo permite hasta ${n(p.bound)} acciones registradas (la transcripción se guarda en memoria); como máximo ${n(p.max)} en una ejecución`;
      },
    },
  }),
  bad_random_domain: define<
    | { problem: 'seed'; max: number; input: string }
    | { problem: 'part'; part: string; input: string }
    | { problem: 'range'; part: string; name: string; min: number; input: string }
  >({
    status: 400,
    example: { problem: 'range', part: 'parties=1', name: 'parties', min: 2, input: 'random:7:parties=1' },
    message: {
      en: (p) =>
        p.problem === 'seed'
          ? `the seed must be a whole number from 0 to ${p.max}`
          : p.problem === 'part'
            ? `cannot read ${q(p.part)}`
            : `cannot read ${q(p.part)}: ${p.name} must be a whole number from ${p.min} to 50`,
      es: (p) =>
        p.problem === 'seed'
          ? `la semilla debe ser un número entero de 0 a ${p.max}`
          : p.problem === 'part'
            ? `no se puede leer ${q(p.part)}`
            : `no se puede leer ${q(p.part)}: ${p.name} debe ser un número entero de ${p.min} a 50`,
    },
    expected: {
      en: () => 'random:<seed>[:opposed|independent][:parties=p][:issues=n][:options=k]',
      es: () => 'random:<semilla>[:opposed|independent][:parties=p][:issues=n][:options=k]',
    },
    received: { en: (p) => q(p.input), es: (p) => q(p.input) },
  }),
  /** A command-line input that is no file, folder or built-in scenario. */
  unknown_input: define<{ builtins: string[]; broken: string[] }>({
    status: 400,
    example: { builtins: ['north-america', 'us-mexico'], broken: ['draft.yaml'] },
    message: {
      en: (p) =>
        `no such file, folder or built-in scenario${p.broken.length ? ` (${p.broken.join(', ')} ${p.broken.length === 1 ? 'does' : 'do'} not validate: see \`commonground validate <file>\`)` : ''}`,
      es: (p) =>
        `no existe ese archivo, carpeta o escenario incorporado${p.broken.length ? ` (${p.broken.join(', ')} no ${p.broken.length === 1 ? 'es válido' : 'son válidos'}: vea \`commonground validate <archivo>\`)` : ''}`,
    },
    expected: {
      en: (p) =>
        `a scenario file, a Genius folder, or one of ${listed(p.builtins, 'en', 100) || '(no built-in scenarios)'}`,
      es: (p) =>
        `un archivo de escenario, una carpeta Genius o uno de ${listed(p.builtins, 'es', 100) || '(no hay escenarios incorporados)'}`,
    },
  }),
  unsupported_file: define<{ xml: true; folder: string; extensions: string[] } | { ext: string; extensions: string[] }>(
    {
      status: 400,
      example: { xml: true, folder: 'Laptop', extensions: ['.yaml', '.yml', '.json'] },
      message: {
        en: (p) =>
          'xml' in p
            ? `a Genius XML file is read with its domain's other files: give its folder instead: ${p.folder}`
            : `cannot read ${q(p.ext || 'extensionless')} files`,
        es: (p) =>
          'xml' in p
            ? `un archivo XML de Genius se lee junto con los demás archivos de su dominio: indique su carpeta: ${p.folder}`
            : `no se pueden leer archivos ${q(p.ext || 'sin extensión')}`,
      },
      expected: {
        en: (p) => `a scenario file (${p.extensions.join(', ')}), a Genius folder, or a built-in scenario id`,
        es: (p) =>
          `un archivo de escenario (${p.extensions.join(', ')}), una carpeta Genius o el id de un escenario incorporado`,
      },
    },
  ),
  wrong_command: define({
    status: 400,
    example: {},
    message: {
      en: () =>
        'an XML file is read as IATI activities: use `commonground framework import-iati` (load takes a framework file in YAML or JSON)',
      es: () =>
        'un archivo XML se lee como actividades IATI: use `commonground framework import-iati` (load recibe un archivo de marco en YAML o JSON)',
    },
  }),
  invalid_game_file: define({
    status: 400,
    example: {},
    message: {
      en: () => 'expected a game {row_payoffs, col_payoffs}, a list of games, or {games: [...]}',
      es: () => 'se esperaba un juego {row_payoffs, col_payoffs}, una lista de juegos o {games: [...]}',
    },
  }),
  no_games: define({
    status: 400,
    example: {},
    message: { en: () => 'the file lists no games', es: () => 'el archivo no contiene ningún juego' },
  }),
  invalid_equilibria: define<
    { problem: 'list' | 'object' } | { problem: 'size'; name: string; size: number; rows: number; cols: number }
  >({
    status: 400,
    example: { problem: 'size', name: 'row', size: 2, rows: 2, cols: 3 },
    message: {
      en: (p) =>
        !('name' in p)
          ? p.problem === 'list'
            ? 'equilibria must be a list of {row, col} mixed strategies'
            : 'each listed equilibrium must be an object {row, col}'
          : `${p.name} must be a list of ${p.size} probabilities (the game is ${p.rows}x${p.cols})`,
      es: (p) =>
        !('name' in p)
          ? p.problem === 'list'
            ? 'equilibria debe ser una lista de estrategias mixtas {row, col}'
            : 'cada equilibrio de la lista debe ser un objeto {row, col}'
          : `${p.name} debe ser una lista de ${p.size} probabilidades (el juego es de ${p.rows}x${p.cols})`,
    },
  }),
  /** `commonground worker --concurrency` out of range. */
  invalid_concurrency: define<{ max: number }>({
    status: 400,
    example: { max: 64 },
    message: {
      en: (p) => `--concurrency must be a whole number of chunks run at once, from 1 to ${p.max}.`,
      es: (p) => `--concurrency debe ser un número entero de fragmentos ejecutados a la vez, de 1 a ${p.max}.`,
    },
  }),
  /** A queue worker started without a queue to work on. */
  queue_url_required: define({
    status: 400,
    example: {},
    message: {
      en: () => 'Say which job queue to work on: --queue redis://host:6379, or set REDIS_URL.',
      es: () => 'Indique con qué cola de trabajos trabajar: --queue redis://host:6379, o defina REDIS_URL.',
    },
  }),
  /** A saved robustness study given to the scenario memo that is not a study of this scenario as it stands. */
  report_study_mismatch: define<{ reason: StudyMismatch }>({
    status: 400,
    example: { reason: { case: 'changed', path: 'us.weights.trade', study: 4, now: 6 } },
    message: {
      en: (p) =>
        `the robustness study is not of this scenario as it stands: ${studyMismatchText(p.reason, 'en')}; rerun it (commonground robustness <scenario> --json)`,
      es: (p) =>
        `el estudio de robustez no corresponde a este escenario tal como está: ${studyMismatchText(p.reason, 'es')}; vuelva a calcularlo (commonground robustness <escenario> --json)`,
    },
  }),
};
