/** Problems any part of the product can report: unknown ids, files, generic bad input. */
import { bySurface, define, q } from './define.ts';

/**
 * The things problems talk about, in each language, with the Spanish gender (for "ningún" /
 * "ninguna"). One word per concept everywhere: issue = "tema", party = "parte", scenario =
 * "escenario", framework = "marco".
 */
export const NOUNS = {
  scenario: { en: 'scenario', es: 'escenario', g: 'm' },
  version: { en: 'version', es: 'versión', g: 'f' },
  framework: { en: 'framework', es: 'marco', g: 'm' },
  job: { en: 'job', es: 'tarea', g: 'f' },
  party: { en: 'party', es: 'parte', g: 'f' },
  delegation: { en: 'delegation', es: 'delegación', g: 'f' },
  game: { en: 'cooperation game', es: 'juego de cooperación', g: 'm' },
  issue: { en: 'issue', es: 'tema', g: 'm' },
  option: { en: 'option', es: 'opción', g: 'f' },
  source: { en: 'source', es: 'fuente', g: 'f' },
  area: { en: 'area', es: 'área', g: 'f' },
  indicator: { en: 'indicator', es: 'indicador', g: 'm' },
  objective: { en: 'objective', es: 'objetivo', g: 'm' },
  action: { en: 'action', es: 'acción', g: 'f' },
  linkage: { en: 'linkage', es: 'vínculo', g: 'm' },
  agent: { en: 'agent', es: 'agente', g: 'm' },
  domain: { en: 'domain', es: 'dominio', g: 'm' },
  strategy: { en: 'strategy', es: 'estrategia', g: 'f' },
  file: { en: 'file', es: 'archivo', g: 'm' },
  route: { en: 'route', es: 'ruta', g: 'f' },
  mediation: { en: 'mediation', es: 'mediación', g: 'f' },
  round: { en: 'round', es: 'ronda', g: 'f' },
  proposal: { en: 'proposal', es: 'propuesta', g: 'f' },
} as const;
export type Noun = keyof typeof NOUNS;

/** "ningún escenario" / "ninguna parte". */
export const ningun = (n: Noun): string => `${NOUNS[n].g === 'f' ? 'ninguna' : 'ningún'} ${NOUNS[n].es}`;

export const common = {
  not_found: define<{ kind: Noun; id: string; in?: 'scenario' }>({
    status: 404,
    example: { kind: 'scenario', id: 'north-amrica' },
    message: {
      en: (p) => `No ${NOUNS[p.kind].en} with id ${q(p.id)}${p.in ? ` in this ${NOUNS[p.in].en}` : ''}.`,
      es: (p) => `No hay ${ningun(p.kind)} con el identificador ${q(p.id)}${p.in ? ` en este ${NOUNS[p.in].es}` : ''}.`,
    },
  }),
  already_exists: define<{ kind: Noun; id: string; version?: number; replace?: true; import?: true }>({
    status: 409,
    example: { kind: 'framework', id: 'north-american', version: 2, replace: true },
    message: {
      en: (p, s) =>
        `A ${NOUNS[p.kind].en} with id ${q(p.id)} already exists${p.version !== undefined ? ` (version ${p.version})` : ''}.${
          p.replace
            ? bySurface(s, {
                cli: ' Replace it explicitly (--replace).',
                api: ` Replace it explicitly (PUT /api/${p.kind}s/${p.id}).`,
                web: '',
              })
            : p.import
              ? bySurface(s, {
                  cli: ' Import it with --replace, or under another id.',
                  api: ' Import with ?replace=true or ?id=another-id.',
                  web: ' Replace it, or import it under another id.',
                })
              : ''
        }`,
      es: (p, s) =>
        `Ya existe ${NOUNS[p.kind].g === 'f' ? 'una' : 'un'} ${NOUNS[p.kind].es} con el identificador ${q(p.id)}${p.version !== undefined ? ` (versión ${p.version})` : ''}.${
          p.replace
            ? bySurface(s, {
                cli: ' Reemplácelo explícitamente (--replace).',
                api: ` Reemplácelo explícitamente (PUT /api/${p.kind}s/${p.id}).`,
                web: '',
              })
            : p.import
              ? bySurface(s, {
                  cli: ' Impórtelo con --replace, o con otro identificador.',
                  api: ' Importe con ?replace=true o ?id=otro-id.',
                  web: ' Reemplácelo, o impórtelo con otro identificador.',
                })
              : ''
        }`,
    },
  }),
  file_not_found: define({
    status: 400,
    example: {},
    message: { en: () => 'file not found', es: () => 'no se encontró el archivo' },
  }),
  file_unreadable: define<{ reason: string }>({
    status: 400,
    example: { reason: 'EACCES' },
    message: {
      en: (p) => `cannot read the file (${p.reason})`,
      es: (p) => `no se puede leer el archivo (${p.reason})`,
    },
  }),
  file_unwritable: define<{ reason: string }>({
    status: 400,
    example: { reason: 'EACCES: permission denied' },
    message: {
      en: (p) => `cannot write the file (${p.reason})`,
      es: (p) => `no se puede escribir el archivo (${p.reason})`,
    },
  }),
  duplicate_id: define<{ kind: Noun; id: string; first?: number }>({
    status: 400,
    example: { kind: 'issue', id: 'guns', first: 0 },
    message: {
      en: (p) =>
        `duplicate ${NOUNS[p.kind].en} id ${q(p.id)}${p.first !== undefined ? ` (already used at index ${p.first})` : ''}`,
      es: (p) =>
        `identificador de ${NOUNS[p.kind].es} repetido ${q(p.id)}${p.first !== undefined ? ` (ya usado en el índice ${p.first})` : ''}`,
    },
    expected: {
      en: (p) => `an id no other ${NOUNS[p.kind].en} uses`,
      es: (p) => `un identificador que no use ${NOUNS[p.kind].g === 'f' ? 'otra' : 'otro'} ${NOUNS[p.kind].es}`,
    },
  }),
  invalid_repetitions: define<{ value: string }>({
    status: 400,
    example: { value: '0' },
    message: {
      en: () => 'repetitions must be a whole number >= 1',
      es: () => 'las repeticiones deben ser un número entero >= 1',
    },
    received: { en: (p) => p.value, es: (p) => p.value },
  }),
};
