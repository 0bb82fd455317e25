/** Problems of the job pool (src/jobs): its size and the task kinds it knows. */
import { define, plainList, q } from './define.ts';

export const jobs = {
  /** A task asked for by a kind no handler is registered under. */
  unknown_task_kind: define<{ kind: string; known: string[] }>({
    status: 400,
    example: { kind: 'analysis.nothing', known: ['cooperation.tournament-chunk', 'negotiation.session'] },
    message: {
      en: (p) => `No task kind ${q(p.kind)}; known kinds: ${plainList(p.known, 50)}.`,
      es: (p) => `No existe el tipo de tarea ${q(p.kind)}; tipos conocidos: ${plainList(p.known, 50)}.`,
    },
  }),
  /** CG_WORKERS is not a thread count the pool can use. */
  invalid_workers: define<{ max: number }>({
    status: 400,
    example: { max: 64 },
    message: {
      en: (p) => `CG_WORKERS must be a whole number of worker threads from 0 to ${p.max}.`,
      es: (p) => `CG_WORKERS debe ser un número entero de hilos de trabajo de 0 a ${p.max}.`,
    },
  }),
};
