/**
 * Problems of the HTTP API itself: requests fastify or Node refuse, authentication, uploads, jobs.
 * Only the API shows these, so they name routes, headers and request fields.
 */
import { define } from './define.ts';

/** What only the owner (or mediator) may do. */
const ACTIONS = {
  create_frameworks: { en: 'create frameworks', es: 'crear marcos' },
  change_frameworks: { en: 'change frameworks', es: 'modificar marcos' },
  delete_frameworks: { en: 'delete frameworks', es: 'eliminar marcos' },
  import_indicator_values: { en: 'import indicator values', es: 'importar valores de indicadores' },
  import_frameworks: { en: 'import frameworks', es: 'importar marcos' },
  add_cooperation_games: { en: 'add cooperation games', es: 'agregar juegos de cooperación' },
  delete_cooperation_games: { en: 'delete cooperation games', es: 'eliminar juegos de cooperación' },
  create_delegations: { en: 'create delegations', es: 'crear delegaciones' },
  list_delegations: { en: 'list delegations', es: 'ver las delegaciones' },
  revoke_delegations: { en: 'revoke delegations', es: 'revocar delegaciones' },
  create_scenarios: { en: 'create scenarios', es: 'crear escenarios' },
  change_scenarios: { en: 'change scenarios', es: 'modificar escenarios' },
  delete_scenarios: { en: 'delete scenarios', es: 'eliminar escenarios' },
  import_scenarios: { en: 'import scenarios', es: 'importar escenarios' },
  see_scenario_history: {
    en: 'see or restore earlier versions of a scenario',
    es: 'ver o restaurar versiones anteriores de un escenario',
  },
  compare_scenarios: { en: 'compare scenarios', es: 'comparar escenarios' },
  open_mediations: { en: 'open mediations', es: 'abrir mediaciones' },
  invite_to_mediations: { en: 'invite delegations to a mediation', es: 'invitar delegaciones a una mediación' },
  run_mediation_rounds: { en: 'run mediation rounds', es: 'ejecutar rondas de mediación' },
} as const;
export type OwnerAction = keyof typeof ACTIONS;

export type MediaProblem =
  | { problem: 'not_accepted' | 'multipart_expected' | 'text_plain' | 'no_multipart' | 'genius_multipart' }
  | { problem: 'body_or_file'; what: 'CSV' | 'XML' };

export const http = {
  route_not_found: define<{ method: string; path: string }>({
    status: 404,
    example: { method: 'GET', path: '/api/nope' },
    message: { en: (p) => `No route ${p.method} ${p.path}.`, es: (p) => `No existe la ruta ${p.method} ${p.path}.` },
  }),
  body_too_large: define<{ what: 'body' | 'file' }>({
    status: 413,
    example: { what: 'body' },
    message: {
      en: (p) =>
        p.what === 'body'
          ? 'The request body is larger than this server accepts.'
          : 'An uploaded file is larger than this server accepts.',
      es: (p) =>
        p.what === 'body'
          ? 'El cuerpo de la solicitud es más grande de lo que acepta este servidor.'
          : 'Un archivo subido es más grande de lo que acepta este servidor.',
    },
  }),
  upload_too_large: define<{ mib: number }>({
    status: 413,
    example: { mib: 64 },
    message: {
      en: (p) => `The upload holds more than ${p.mib} MiB once unzipped; a Genius or GeniusWeb domain is far smaller.`,
      es: (p) =>
        `Lo subido contiene más de ${p.mib} MiB una vez descomprimido; un dominio Genius o GeniusWeb es mucho más pequeño.`,
    },
  }),
  too_many_files: define({
    status: 413,
    example: {},
    message: { en: () => 'Too many files in one upload.', es: () => 'Demasiados archivos en una sola subida.' },
  }),
  unsupported_media_type: define<MediaProblem>({
    status: 415,
    example: { problem: 'body_or_file', what: 'CSV' },
    message: {
      en: (p) => {
        switch (p.problem) {
          case 'not_accepted':
            return 'This content type is not accepted here.';
          case 'multipart_expected':
            return 'Expected a multipart/form-data upload.';
          case 'text_plain':
            return 'This route does not take text/plain: send JSON (Content-Type: application/json), or YAML as application/yaml where the route takes it (see /docs).';
          case 'no_multipart':
            return 'This route does not take multipart uploads: send JSON (see /docs for its media types).';
          case 'genius_multipart':
            return 'Send the Genius or GeniusWeb files as multipart/form-data.';
          case 'body_or_file':
            return `Send the ${p.what} as the body (Content-Type ${p.what === 'CSV' ? 'text/csv' : 'application/xml'}) or as one multipart file.`;
        }
      },
      es: (p) => {
        switch (p.problem) {
          case 'not_accepted':
            return 'Este tipo de contenido no se acepta aquí.';
          case 'multipart_expected':
            return 'Se esperaba una subida multipart/form-data.';
          case 'text_plain':
            return 'Esta ruta no acepta text/plain: envíe JSON (Content-Type: application/json), o YAML como application/yaml donde la ruta lo acepte (vea /docs).';
          case 'no_multipart':
            return 'Esta ruta no acepta subidas multipart: envíe JSON (vea en /docs sus tipos de contenido).';
          case 'genius_multipart':
            return 'Envíe los archivos Genius o GeniusWeb como multipart/form-data.';
          case 'body_or_file':
            return `Envíe el ${p.what} como cuerpo (Content-Type ${p.what === 'CSV' ? 'text/csv' : 'application/xml'}) o como un solo archivo multipart.`;
        }
      },
    },
  }),
  invalid_json: define<{ empty: boolean }>({
    status: 400,
    example: { empty: false },
    message: {
      en: (p) => (p.empty ? 'The JSON body is empty.' : 'The body is not valid JSON.'),
      es: (p) => (p.empty ? 'El cuerpo JSON está vacío.' : 'El cuerpo no es JSON válido.'),
    },
  }),
  invalid_content_length: define({
    status: 400,
    example: {},
    message: {
      en: () => 'Content-Length does not match the body.',
      es: () => 'Content-Length no coincide con el cuerpo.',
    },
  }),
  headers_too_large: define({
    status: 431,
    example: {},
    message: {
      en: () => 'The request headers are larger than this server accepts (16 KiB).',
      es: () => 'Los encabezados de la solicitud son más grandes de lo que acepta este servidor (16 KiB).',
    },
  }),
  request_timeout: define({
    status: 408,
    example: {},
    message: {
      en: () => 'The request was not received in time.',
      es: () => 'La solicitud no se recibió a tiempo.',
    },
  }),
  /** A request fastify or Node refused: not HTTP at all, or a refusal with fastify's own words. */
  bad_request: define<{ detail?: string }>({
    status: 400,
    example: { detail: 'Not Acceptable' },
    message: {
      en: (p) => (p.detail === undefined ? 'The request is not valid HTTP.' : p.detail),
      es: (p) => (p.detail === undefined ? 'La solicitud no es HTTP válido.' : `Solicitud no válida: ${p.detail}`),
    },
  }),
  url_too_long: define({
    status: 414,
    example: {},
    message: {
      en: () => 'A path segment of this URL is longer than this server accepts.',
      es: () => 'Un segmento de la ruta de esta URL es más largo de lo que acepta este servidor.',
    },
  }),
  bad_url: define({
    status: 400,
    example: {},
    message: {
      en: () => 'The URL is not valid: check its percent-encoding.',
      es: () => 'La URL no es válida: revise su codificación con porcentajes.',
    },
  }),
  /** A bug, not bad input: the server answers 500 (and logs it); the CLI exits 1 with this line. */
  internal_error: define<{ detail?: string }>({
    status: 500,
    example: {},
    message: {
      en: (p, s) =>
        s === 'cli'
          ? `unexpected internal error (a bug in Common Ground; please report it with the command you ran)${p.detail ? `: ${p.detail}` : ''}`
          : 'The server failed to handle this request. The error was logged.',
      es: (p, s) =>
        s === 'cli'
          ? `error interno inesperado (un fallo de Common Ground; por favor, infórmelo con la orden que ejecutó)${p.detail ? `: ${p.detail}` : ''}`
          : 'El servidor no pudo atender esta solicitud. El error quedó registrado.',
    },
  }),
  unauthorized: define<
    { problem: 'scheme' | 'invalid_token' | 'needs_token' | 'token' } | { problem: 'sign_in'; action: OwnerAction }
  >({
    status: 401,
    example: { problem: 'sign_in', action: 'create_scenarios' },
    message: {
      en: (p) =>
        p.problem === 'scheme'
          ? 'The Authorization header must be "Bearer <token>".'
          : p.problem === 'invalid_token'
            ? 'This token is not valid here (unknown, revoked, or for another server).'
            : p.problem === 'needs_token'
              ? 'This server needs a token: send "Authorization: Bearer <token>".'
              : p.problem === 'token'
                ? 'This server needs a token.'
                : `Sign in with the owner's token to ${'action' in p ? ACTIONS[p.action].en : ''}.`,
      es: (p) =>
        p.problem === 'scheme'
          ? 'El encabezado Authorization debe ser "Bearer <token>".'
          : p.problem === 'invalid_token'
            ? 'Este token no es válido aquí (desconocido, revocado o de otro servidor).'
            : p.problem === 'needs_token'
              ? 'Este servidor necesita un token: envíe "Authorization: Bearer <token>".'
              : p.problem === 'token'
                ? 'Este servidor necesita un token.'
                : `Inicie sesión con el token del propietario para ${'action' in p ? ACTIONS[p.action].es : ''}.`,
    },
  }),
  forbidden: define<
    | { problem: 'delegation'; action: OwnerAction }
    | { problem: 'joint_view' }
    | { problem: 'party'; party: string; asked: string }
  >({
    status: 403,
    example: { problem: 'party', party: 'us', asked: 'mx' },
    message: {
      en: (p) =>
        p.problem === 'delegation'
          ? `A delegation cannot ${ACTIONS[p.action].en}; ask the scenario owner or mediator.`
          : p.problem === 'joint_view'
            ? 'The joint analysis combines every party’s private preferences; only the scenario owner or mediator can run it on a stored scenario. Post your own scenario to /api/analysis instead.'
            : `Your delegation speaks for ${p.party}, not ${p.asked}.`,
      es: (p) =>
        p.problem === 'delegation'
          ? `Una delegación no puede ${ACTIONS[p.action].es}; pídalo al propietario del escenario o al mediador.`
          : p.problem === 'joint_view'
            ? 'El análisis conjunto combina las preferencias privadas de todas las partes; solo el propietario del escenario o el mediador puede ejecutarlo sobre un escenario guardado. Envíe en su lugar su propio escenario a /api/analysis.'
            : `Su delegación habla por ${p.party}, no por ${p.asked}.`,
    },
  }),
  one_scenario: define({
    status: 400,
    example: {},
    message: {
      en: () => 'Name a stored scenario (scenarioId) or send a scenario document (scenario), not both and not neither.',
      es: () =>
        'Nombre un escenario guardado (scenarioId) o envíe un documento de escenario (scenario): uno de los dos, no ambos ni ninguno.',
    },
  }),
  one_file: define<{ what: 'CSV' | 'XML'; got: number }>({
    status: 400,
    example: { what: 'CSV', got: 2 },
    message: {
      en: (p) => `Upload exactly one ${p.what} file (got ${p.got}).`,
      es: (p) => `Suba exactamente un archivo ${p.what} (se recibieron ${p.got}).`,
    },
  }),
  no_files: define({
    status: 400,
    example: {},
    message: {
      en: () => 'Upload the domain and profile files (Genius XML or GeniusWeb JSON), or a zip of them.',
      es: () =>
        'Suba los archivos del dominio y de los perfiles (XML de Genius o JSON de GeniusWeb), o un zip con ellos.',
    },
  }),
  bad_zip: define<{ file: string }>({
    status: 400,
    example: { file: 'laptop.zip' },
    message: {
      en: (p) => `${p.file} is not a readable zip file.`,
      es: (p) => `${p.file} no es un archivo zip legible.`,
    },
  }),
  id_mismatch: define<
    { kind: 'scenario' | 'framework'; id: string; url: string } | { kind: 'party'; id: string; url: string }
  >({
    status: 400,
    example: { kind: 'scenario', id: 'north-america-2', url: 'north-america' },
    message: {
      en: (p) =>
        p.kind === 'scenario'
          ? `The document's id (${p.id}) must be this scenario's id (${p.url}); to store it under another id, POST it to /api/scenarios.`
          : p.kind === 'framework'
            ? `The document's id (${p.id}) must be the framework in the URL (${p.url}).`
            : `The body's id (${p.id}) must be the party in the URL (${p.url}).`,
      es: (p) =>
        p.kind === 'scenario'
          ? `El id del documento (${p.id}) debe ser el de este escenario (${p.url}); para guardarlo con otro id, envíelo con POST a /api/scenarios.`
          : p.kind === 'framework'
            ? `El id del documento (${p.id}) debe ser el del marco de la URL (${p.url}).`
            : `El id del cuerpo (${p.id}) debe ser el de la parte de la URL (${p.url}).`,
    },
    expected: { en: (p) => p.url, es: (p) => p.url },
    received: { en: (p) => p.id, es: (p) => p.id },
  }),
  shutting_down: define({
    status: 503,
    example: {},
    message: {
      en: () => 'The server is shutting down; try again shortly.',
      es: () => 'El servidor se está apagando; intente de nuevo en un momento.',
    },
  }),
  cancelled: define<{ by: 'request' | 'shutdown' }>({
    status: 409,
    example: { by: 'request' },
    message: {
      en: (p) => (p.by === 'request' ? 'cancelled by a user' : 'the server shut down before this job finished'),
      es: (p) =>
        p.by === 'request' ? 'cancelada por un usuario' : 'el servidor se apagó antes de que terminara esta tarea',
    },
  }),
  job_failed: define({
    status: 500,
    example: {},
    message: {
      en: () => 'The run failed; the error was logged.',
      es: () => 'La ejecución falló; el error quedó registrado.',
    },
  }),
  interrupted: define({
    status: 500,
    example: {},
    message: {
      en: () => 'The server stopped before this job finished; start it again.',
      es: () => 'El servidor se detuvo antes de que terminara esta tarea; iníciela de nuevo.',
    },
  }),
  unsupported_database_url: define<{ url: string }>({
    status: 400,
    example: { url: 'mysql://***@db/cg' },
    message: {
      en: (p) => `DATABASE_URL must be postgres://user:pass@host:5432/db, sqlite:path, or a file path, not ${p.url}`,
      es: (p) =>
        `DATABASE_URL debe ser postgres://usuario:clave@host:5432/bd, sqlite:ruta o la ruta de un archivo, no ${p.url}`,
    },
  }),
};
