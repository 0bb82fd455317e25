/** Problems of the store: database URLs and connections, migrations, versions, stored frameworks. */
import { define, q } from './define.ts';

/** What could not be done with the database, and why (the driver's own English words). */
export type Unavailable =
  | { problem: 'folder'; folder: string; database: string; reason: string }
  | {
      problem: 'open';
      database: string;
      reason: string;
      isFolder?: true;
      unwritable?: { folder: string; code: string };
    }
  | { problem: 'connect'; database: string; reason: string }
  | { problem: 'schema'; schema: string; database: string; reason: string };

export const store = {
  invalid_database_url: define<
    { problem: 'postgres'; url: string } | { problem: 'schema'; schema: string } | { problem: 'empty' }
  >({
    status: 400,
    example: { problem: 'schema', schema: 'Bad-Name' },
    message: {
      en: (p) =>
        p.problem === 'postgres'
          ? `not a valid PostgreSQL URL: ${p.url}`
          : p.problem === 'schema'
            ? `schema must be a lower-case SQL identifier, got ${q(p.schema)}`
            : 'empty database path',
      es: (p) =>
        p.problem === 'postgres'
          ? `no es una URL de PostgreSQL válida: ${p.url}`
          : p.problem === 'schema'
            ? `el esquema debe ser un identificador SQL en minúsculas; se recibió ${q(p.schema)}`
            : 'ruta de base de datos vacía',
    },
  }),
  database_unavailable: define<Unavailable>({
    status: 503,
    example: { problem: 'connect', database: 'postgres://***@127.0.0.1:5432/cg', reason: 'connect ECONNREFUSED' },
    message: {
      en: (p) =>
        p.problem === 'folder'
          ? `cannot create the folder ${p.folder} for SQLite database ${p.database}: ${p.reason}`
          : p.problem === 'open'
            ? `cannot open SQLite database ${p.database}: ${p.reason}${p.isFolder ? ` (${p.database} is a folder; give a file path)` : p.unwritable ? ` (the folder ${p.unwritable.folder} is not writable: ${p.unwritable.code}; SQLite needs to write its journal files next to the database, even to read it)` : ''}`
            : p.problem === 'connect'
              ? `cannot connect to PostgreSQL at ${p.database}: ${p.reason}`
              : `cannot create schema ${p.schema} in PostgreSQL at ${p.database}: ${p.reason}`,
      es: (p) =>
        p.problem === 'folder'
          ? `no se puede crear la carpeta ${p.folder} para la base de datos SQLite ${p.database}: ${p.reason}`
          : p.problem === 'open'
            ? `no se puede abrir la base de datos SQLite ${p.database}: ${p.reason}${p.isFolder ? ` (${p.database} es una carpeta; indique la ruta de un archivo)` : p.unwritable ? ` (no se puede escribir en la carpeta ${p.unwritable.folder}: ${p.unwritable.code}; SQLite necesita escribir sus archivos de diario junto a la base de datos, incluso para leerla)` : ''}`
            : p.problem === 'connect'
              ? `no se puede conectar a PostgreSQL en ${p.database}: ${p.reason}`
              : `no se puede crear el esquema ${p.schema} en PostgreSQL en ${p.database}: ${p.reason}`,
    },
  }),
  /** CG_DB_WAIT_MS is not a wait the store can use. */
  invalid_db_wait: define<{ max: number }>({
    status: 400,
    example: { max: 3_600_000 },
    message: {
      en: (p) => `CG_DB_WAIT_MS must be a whole number of milliseconds from 0 to ${p.max}.`,
      es: (p) => `CG_DB_WAIT_MS debe ser un número entero de milisegundos de 0 a ${p.max}.`,
    },
  }),
  /** Another process held the SQLite write lock for longer than this one may wait. */
  database_busy: define<{ database: string; waitedMs: number }>({
    status: 503,
    example: { database: '/srv/cg/data/commonground.db', waitedMs: 60_000 },
    message: {
      en: (p) =>
        `the database ${p.database} stayed locked by another writer (an import, the server or another command) for ${p.waitedMs.toLocaleString('en-US')} ms, the longest this process waits its turn; nothing was written: retry when that writer has finished, or raise CG_DB_WAIT_MS`,
      es: (p) =>
        `la base de datos ${p.database} siguió bloqueada por otro proceso que escribe (una importación, el servidor u otro comando) durante ${p.waitedMs.toLocaleString('en-US')} ms, lo máximo que este proceso espera su turno; no se escribió nada: reintente cuando ese proceso termine, o aumente CG_DB_WAIT_MS`,
    },
  }),
  migration_failed: define<
    | { problem: 'newer'; where: string; migration: string }
    | { problem: 'failed'; where: string; migration: string; reason: string }
    | { problem: 'cannot'; where: string; reason: string }
  >({
    status: 500,
    example: { problem: 'newer', where: 'cg.db', migration: '0009_later' },
    message: {
      en: (p) =>
        p.problem === 'newer'
          ? `${p.where} has migration ${p.migration}, which this version of Common Ground does not know: it was written by a newer version; upgrade Common Ground (nothing was changed)`
          : p.problem === 'failed'
            ? `migration ${p.migration} failed on ${p.where}: ${p.reason}`
            : `cannot migrate ${p.where}: ${p.reason}`,
      es: (p) =>
        p.problem === 'newer'
          ? `${p.where} tiene la migración ${p.migration}, que esta versión de Common Ground no conoce: la escribió una versión más nueva; actualice Common Ground (no se cambió nada)`
          : p.problem === 'failed'
            ? `la migración ${p.migration} falló en ${p.where}: ${p.reason}`
            : `no se puede migrar ${p.where}: ${p.reason}`,
    },
  }),
  version_conflict: define<{ kind: 'framework' | 'scenario' | 'game'; id: string; expected: number; actual?: number }>({
    status: 409,
    example: { kind: 'framework', id: 'north-american', expected: 3, actual: 4 },
    message: {
      en: (p) =>
        `${p.kind === 'game' ? 'cooperation game' : p.kind} ${q(p.id)} was changed by another writer (you read version ${p.expected}${p.actual !== undefined ? `, it is now version ${p.actual}` : ''}); reload and retry`,
      es: (p) =>
        `${p.kind === 'framework' ? 'el marco' : p.kind === 'scenario' ? 'el escenario' : 'el juego de cooperación'} ${q(p.id)} fue modificado por alguien más (usted leyó la versión ${p.expected}${p.actual !== undefined ? `; ahora es la versión ${p.actual}` : ''}); vuelva a cargar e intente de nuevo`,
    },
    expected: { en: (p) => `version ${p.expected}`, es: (p) => `versión ${p.expected}` },
    received: {
      en: (p) => (p.actual !== undefined ? `version ${p.actual}` : undefined),
      es: (p) => (p.actual !== undefined ? `versión ${p.actual}` : undefined),
    },
  }),
  invalid_update: define({
    status: 400,
    example: {},
    message: {
      en: () => 'an update cannot change the framework id',
      es: () => 'una actualización no puede cambiar el identificador del marco',
    },
  }),
  duplicate_actual: define<{ indicator: string; period: string }>({
    status: 400,
    example: { indicator: 'us_od_deaths', period: '2024' },
    message: {
      en: (p) => `two values for indicator ${p.indicator}, period ${p.period}`,
      es: (p) => `dos valores para el indicador ${p.indicator}, periodo ${p.period}`,
    },
  }),
  unknown_indicator: define<{ framework: string; indicators: string[] }>({
    status: 404,
    example: { framework: 'north-american', indicators: ['us_od_deaths'] },
    message: {
      en: (p) =>
        `framework ${q(p.framework)} has no indicator(s) ${p.indicators.slice(0, 5).join(', ')}${p.indicators.length > 5 ? ` and ${p.indicators.length - 5} more` : ''}`,
      es: (p) =>
        `el marco ${q(p.framework)} no tiene el/los indicador(es) ${p.indicators.slice(0, 5).join(', ')}${p.indicators.length > 5 ? ` y ${p.indicators.length - 5} más` : ''}`,
    },
  }),
};
