/** Problems of the job pool (src/jobs): its size, the task kinds it knows, and the Redis queue (BullMQ) mode. */
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
  /** REDIS_URL / --queue is not a redis:// or rediss:// URL. */
  invalid_queue_url: define<{ url: string }>({
    status: 400,
    example: { url: 'http://localhost:6379' },
    message: {
      en: (p) => `${q(p.url)} is not a Redis URL; give one like redis://host:6379 (or rediss:// for TLS).`,
      es: (p) => `${q(p.url)} no es una URL de Redis; indique una como redis://host:6379 (o rediss:// para TLS).`,
    },
  }),
  /** The job queue's Redis did not answer in time (wrong host or port, Redis not started, firewall). */
  queue_unreachable: define<{ url: string; reason: string }>({
    status: 503,
    example: { url: 'redis://127.0.0.1:6390', reason: 'connect ECONNREFUSED 127.0.0.1:6390' },
    message: {
      en: (p) => `Cannot reach the job queue's Redis at ${p.url} (${p.reason}). Start Redis there or fix the URL.`,
      es: (p) =>
        `No se puede conectar con el Redis de la cola de trabajos en ${p.url} (${p.reason}). Inicie Redis allí o corrija la URL.`,
    },
  }),
  /** A queued task failed on a remote worker for a reason that is not bad input (a crash, a bug). */
  queue_task_failed: define<{ kind: string; reason: string }>({
    status: 500,
    example: { kind: 'negotiation.tournament-chunk', reason: 'job stalled more than allowable limit' },
    message: {
      en: (p) => `A ${q(p.kind)} task failed on a queue worker: ${p.reason}.`,
      es: (p) => `Una tarea ${q(p.kind)} falló en un trabajador de la cola: ${p.reason}.`,
    },
  }),
  /** Queue mode records jobs in a database every worker can reach: SQLite files are local to one machine. */
  queue_needs_shared_database: define<{ url: string }>({
    status: 400,
    example: { url: 'sqlite:data/commonground.db' },
    message: {
      en: (p) =>
        `With REDIS_URL set, jobs run on queue workers that must reach the server's database; ${q(p.url)} is local to this machine. Set DATABASE_URL to a PostgreSQL URL (postgres://...).`,
      es: (p) =>
        `Con REDIS_URL, los trabajos se ejecutan en trabajadores de la cola que deben acceder a la base de datos del servidor; ${q(p.url)} es local a esta máquina. Defina DATABASE_URL como una URL de PostgreSQL (postgres://...).`,
    },
  }),
};
