/**
 * Problems of hostile or malformed input, whatever the format: limits (nesting, size, aliases),
 * constructs the readers refuse (DOCTYPE, cyclic aliases, bad merge keys, names that would reach
 * JavaScript's object machinery), syntax errors, and the summary line when a file has more
 * problems than are listed. Browser-safe.
 */
import { define, q } from './define.ts';

/** The formats a limit applies to, as users name them. */
export type Format = 'YAML' | 'JSON' | 'XML' | 'CSV' | 'data';

/** Where a reserved name was written. */
export type NameRole = 'key' | 'id' | 'element' | 'attribute' | 'column';
const ROLE = {
  key: { en: 'a key', es: 'una clave' },
  id: { en: 'an id', es: 'un identificador' },
  element: { en: 'an element name', es: 'un nombre de elemento' },
  attribute: { en: 'an attribute name', es: 'un nombre de atributo' },
  column: { en: 'a column name', es: 'un nombre de columna' },
} as const;

const n = (x: number) => x.toLocaleString('en-US');

export const inputLimits = {
  too_deep: define<{ limit: number; format: Format }>({
    status: 400,
    example: { limit: 64, format: 'YAML' },
    message: {
      en: (p) => `the ${p.format === 'data' ? 'document' : p.format} is nested more than ${p.limit} levels deep`,
      es: (p) => `el ${p.format === 'data' ? 'documento' : p.format} tiene más de ${p.limit} niveles de anidamiento`,
    },
    expected: {
      en: (p) => `at most ${p.limit} levels of nesting`,
      es: (p) => `como máximo ${p.limit} niveles de anidamiento`,
    },
  }),
  too_many_values: define<{ limit: number; format: Format }>({
    status: 413,
    example: { limit: 1_000_000, format: 'JSON' },
    message: {
      en: (p) => `the ${p.format === 'data' ? 'document' : p.format} holds more than ${n(p.limit)} values`,
      es: (p) => `el ${p.format === 'data' ? 'documento' : p.format} contiene más de ${n(p.limit)} valores`,
    },
    expected: {
      en: (p) => `at most ${n(p.limit)} keys, items and values in one document`,
      es: (p) => `como máximo ${n(p.limit)} claves, elementos y valores en un documento`,
    },
  }),
  alias_expansion: define<{ limit: number }>({
    status: 400,
    example: { limit: 10_000 },
    message: {
      en: (p) =>
        `YAML aliases (*name) and merge keys would make the document more than ${n(p.limit)} values larger than written (an alias bomb?)`,
      es: (p) =>
        `los alias de YAML (*nombre) y las claves de fusión harían el documento más de ${n(p.limit)} valores mayor de lo escrito (¿una bomba de alias?)`,
    },
    expected: {
      en: () => 'write the repeated parts out, or share only small entries',
      es: () => 'escriba las partes repetidas o comparta solo entradas pequeñas',
    },
  }),
  alias_cycle: define<{ anchor: string }>({
    status: 400,
    example: { anchor: 'usual' },
    message: {
      en: (p) => `the alias *${p.anchor} refers to a node that contains it (a cycle)`,
      es: (p) => `el alias *${p.anchor} remite a un nodo que lo contiene (un ciclo)`,
    },
  }),
  invalid_merge: define({
    status: 400,
    example: {},
    message: {
      en: () => 'a merge key (<<) must be followed by a mapping, an alias of a mapping, or a list of those',
      es: () => 'una clave de fusión (<<) debe ir seguida de un mapa, un alias de un mapa o una lista de ellos',
    },
    expected: { en: () => '<<: *name or <<: [*a, *b]', es: () => '<<: *nombre o <<: [*a, *b]' },
  }),
  complex_key: define({
    status: 400,
    example: {},
    message: {
      en: () => 'a key must be plain text or a number, not a list, a mapping or an alias',
      es: () => 'una clave debe ser texto o un número, no una lista, un mapa ni un alias',
    },
  }),
  duplicate_key: define<{ key: string }>({
    status: 400,
    example: { key: 'gun_smuggling' },
    message: {
      en: (p) => `duplicate key ${q(p.key)} (the same key twice in one mapping)`,
      es: (p) => `clave repetida ${q(p.key)} (la misma clave dos veces en un mismo mapa)`,
    },
    expected: { en: () => 'each key once per mapping', es: () => 'cada clave una sola vez por mapa' },
  }),
  reserved_name: define<{ name: string; role: NameRole }>({
    status: 400,
    example: { name: '__proto__', role: 'key' },
    message: {
      en: (p) => `${q(p.name)} is reserved and cannot be used as ${ROLE[p.role].en}`,
      es: (p) => `${q(p.name)} es un nombre reservado y no puede usarse como ${ROLE[p.role].es}`,
    },
    expected: {
      en: () => 'a name other than __proto__, constructor or prototype',
      es: () => 'un nombre distinto de __proto__, constructor o prototype',
    },
  }),
  xml_doctype: define({
    status: 400,
    example: {},
    message: {
      en: () =>
        'DOCTYPE declarations are not accepted: their entities can read other files or expand without bound; remove the <!DOCTYPE ...> declaration',
      es: () =>
        'no se aceptan declaraciones DOCTYPE: sus entidades pueden leer otros archivos o expandirse sin límite; quite la declaración <!DOCTYPE ...>',
    },
  }),
  more_problems: define<{ count: number; shown: number }>({
    status: 400,
    example: { count: 49_900, shown: 100 },
    message: {
      en: (p) =>
        `... and ${n(p.count)} more problem${p.count === 1 ? '' : 's'} (only the first ${n(p.shown)} are listed)`,
      es: (p) =>
        `... y ${n(p.count)} problema${p.count === 1 ? '' : 's'} más (solo se listan los ${n(p.shown)} primeros)`,
    },
  }),
  bad_multipart: define({
    status: 400,
    example: {},
    message: {
      en: () =>
        'the multipart body cannot be read: its boundary is missing, or the body does not match the boundary in Content-Type',
      es: () =>
        'no se puede leer el cuerpo multipart: falta su delimitador (boundary) o el cuerpo no corresponde al de Content-Type',
    },
    expected: {
      en: () => 'Content-Type: multipart/form-data; boundary=... and a body using that boundary',
      es: () => 'Content-Type: multipart/form-data; boundary=... y un cuerpo que use ese delimitador',
    },
  }),
};
