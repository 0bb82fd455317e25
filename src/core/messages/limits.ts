/**
 * Problems of the server's resource limits: a model too large to analyse, a time budget spent,
 * a caller over its share of the workers. Each names the limit and the value found, so a caller
 * knows what to shrink (or when to come back).
 */
import { define, q } from './define.ts';

/** Which size limit a model broke. */
export type ModelLimit = 'parties' | 'issues' | 'options' | 'outcome_space';

const LIMIT_WORDS: Record<ModelLimit, { en: string; es: string }> = {
  parties: { en: 'parties', es: 'partes' },
  issues: { en: 'issues', es: 'temas' },
  options: { en: 'options of one issue', es: 'opciones de un tema' },
  outcome_space: {
    en: 'outcome-space estimate (parties - 1) x log10(outcomes)',
    es: 'estimación del espacio de resultados (partes - 1) x log10(resultados)',
  },
};

const num = (n: number) => (Number.isInteger(n) ? n.toLocaleString('en-US') : n.toFixed(1));

export const limits = {
  /** A model over one of the stated size limits, refused before any work starts. */
  model_too_large: define<{ limit: ModelLimit; max: number; value: number; issue?: string }>({
    status: 422,
    example: { limit: 'issues', max: 200, value: 600 },
    message: {
      en: (p) =>
        `The model is too large to analyse on this server: ${LIMIT_WORDS[p.limit].en}${p.issue ? ` (issue ${q(p.issue)})` : ''} is ${num(p.value)}, the limit is ${num(p.max)}.`,
      es: (p) =>
        `El modelo es demasiado grande para analizarlo en este servidor: ${LIMIT_WORDS[p.limit].es}${p.issue ? ` (tema ${q(p.issue)})` : ''} es ${num(p.value)}; el límite es ${num(p.max)}.`,
    },
  }),
  /** A task ran longer than the server's time budget for it (its worker was stopped). */
  time_budget_exceeded: define<{ task: 'analysis' | 'validation'; budgetMs: number }>({
    status: 422,
    example: { task: 'analysis', budgetMs: 30_000 },
    message: {
      en: (p) =>
        `The ${p.task} did not finish within this server's time budget of ${num(p.budgetMs)} ms and was stopped; make the model smaller (fewer parties, issues or options).`,
      es: (p) =>
        `${p.task === 'analysis' ? 'El análisis' : 'La validación'} no terminó dentro del límite de tiempo de este servidor (${num(p.budgetMs)} ms) y se detuvo; reduzca el modelo (menos partes, temas u opciones).`,
    },
  }),
  /** One caller already runs as much heavy work at once as it may. */
  too_many_requests: define<{ caller: string; limit: number; retryAfter: number }>({
    status: 429,
    example: { caller: 'delegation', limit: 1, retryAfter: 1 },
    message: {
      en: (p) =>
        `Too many analyses at once for this caller (${p.caller}): at most ${p.limit} may run at a time; retry after ${p.retryAfter} s.`,
      es: (p) =>
        `Demasiados análisis a la vez para este usuario (${p.caller}): como máximo ${p.limit} a la vez; reintente tras ${p.retryAfter} s.`,
    },
  }),
};
