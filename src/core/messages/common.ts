/** Problems any part of the product can report: unknown ids, files, generic bad input. */
import { define, q } from './define.ts';

/** The kinds of stored things an id can name, in each language. */
export const KINDS = {
  scenario: { en: 'scenario', es: 'escenario' },
  framework: { en: 'framework', es: 'marco' },
  job: { en: 'job', es: 'tarea' },
  party: { en: 'party', es: 'parte' },
  delegation: { en: 'delegation', es: 'delegación' },
  game: { en: 'cooperation game', es: 'juego de cooperación' },
} as const;
export type Kind = keyof typeof KINDS;

export const common = {
  not_found: define<{ kind: Kind; id: string }>({
    status: 404,
    example: { kind: 'scenario', id: 'north-amrica' },
    message: {
      en: (p) => `No ${KINDS[p.kind].en} with id ${q(p.id)}.`,
      es: (p) => `No hay ningún ${KINDS[p.kind].es} con el identificador ${q(p.id)}.`,
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
};
