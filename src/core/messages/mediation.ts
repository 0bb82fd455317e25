/** Problems of confidential mediation and of token authentication limits. None names a private value. */
import { define, joinWords, plainList, q } from './define.ts';

export const mediation = {
  mediation_party_missing: define<{ parties: string[] }>({
    status: 409,
    example: { parties: ['ca'] },
    message: {
      en: (p) =>
        `No delegation speaks for ${joinWords(
          p.parties.map((x) => q(x)),
          'en',
        )} in this mediation yet: invite one delegation per party (POST .../invitations) first.`,
      es: (p) =>
        `Todavía ninguna delegación habla por ${joinWords(
          p.parties.map((x) => q(x)),
          'es',
        )} en esta mediación: invite antes una delegación por parte (POST .../invitations).`,
    },
  }),
  mediation_party_twice: define<{ party: string }>({
    status: 400,
    example: { party: 'us' },
    message: {
      en: (p) => `Two delegations speak for ${q(p.party)}: invite one delegation per party.`,
      es: (p) => `Dos delegaciones hablan por ${q(p.party)}: invite una delegación por parte.`,
    },
  }),
  mediation_not_ready: define<{ parties: string[] }>({
    status: 409,
    example: { parties: ['mx'] },
    message: {
      en: (p) =>
        `Not every delegation is ready: waiting for ${joinWords(
          p.parties.map((x) => q(x)),
          'en',
        )}. A round starts when every delegation has marked itself ready.`,
      es: (p) =>
        `No todas las delegaciones están listas: falta ${joinWords(
          p.parties.map((x) => q(x)),
          'es',
        )}. Una ronda empieza cuando todas las delegaciones se han marcado como listas.`,
    },
  }),
  mediation_round_open: define<{ round: number }>({
    status: 409,
    example: { round: 2 },
    message: {
      en: (p) =>
        `Round ${p.round} is still open: wait for every delegation's answer or its deadline, or close it (POST .../rounds/${p.round}/close).`,
      es: (p) =>
        `La ronda ${p.round} sigue abierta: espere la respuesta de todas las delegaciones o su plazo, o ciérrela (POST .../rounds/${p.round}/close).`,
    },
  }),
  mediation_round_closed: define<{ round: number }>({
    status: 409,
    example: { round: 1 },
    message: {
      en: (p) => `Round ${p.round} is closed: answers are no longer taken.`,
      es: (p) => `La ronda ${p.round} está cerrada: ya no se aceptan respuestas.`,
    },
  }),
  mediation_no_rounds_left: define<{ max: number }>({
    status: 409,
    example: { max: 5 },
    message: {
      en: (p) => `All ${p.max} rounds of this mediation have been used.`,
      es: (p) => `Ya se usaron las ${p.max} rondas de esta mediación.`,
    },
  }),
  mediation_state: define<{ problem: 'agreed' | 'no_agreement' }>({
    status: 409,
    example: { problem: 'no_agreement' },
    message: {
      en: (p) =>
        p.problem === 'agreed'
          ? 'This mediation has reached an agreement: look for improvements (POST .../improvements) instead of a new round.'
          : 'Improvements start from an agreed package, and this mediation has none yet.',
      es: (p) =>
        p.problem === 'agreed'
          ? 'Esta mediación ya llegó a un acuerdo: busque mejoras (POST .../improvements) en lugar de una nueva ronda.'
          : 'Las mejoras parten de un paquete acordado, y esta mediación aún no tiene ninguno.',
    },
  }),
  mediation_rate_limited: define<{ seconds: number; perMinute: number }>({
    status: 429,
    example: { seconds: 12, perMinute: 4 },
    message: {
      en: (p) =>
        `At most ${p.perMinute} rounds a minute per mediation (proposals reveal something of everyone's preferences): try again in ${p.seconds} s.`,
      es: (p) =>
        `Como máximo ${p.perMinute} rondas por minuto en cada mediación (las propuestas revelan algo de las preferencias de todos): inténtelo de nuevo en ${p.seconds} s.`,
    },
  }),
  mediation_private: define<{ what: 'preferences' | 'response' }>({
    status: 403,
    example: { what: 'preferences' },
    message: {
      en: (p) =>
        p.what === 'preferences'
          ? "A delegation's private preferences are seen only by that delegation, not by the mediator nor the other parties."
          : 'Only a delegation answers a proposal, blind, for its own party.',
      es: (p) =>
        p.what === 'preferences'
          ? 'Las preferencias privadas de una delegación solo las ve esa delegación, ni el mediador ni las demás partes.'
          : 'Solo una delegación responde a una propuesta, a ciegas, por su propia parte.',
    },
  }),
  mediation_not_invited: define({
    status: 403,
    example: {},
    message: {
      en: () => 'Your delegation is not invited to this mediation (another delegation speaks for your party).',
      es: () => 'Su delegación no está invitada a esta mediación (otra delegación habla por su parte).',
    },
  }),
  mediation_unknown_proposal: define<{ proposal: string; count: number }>({
    status: 400,
    example: { proposal: '7', count: 3 },
    message: {
      en: (p) => `No proposal ${q(p.proposal)} in this round: proposals are numbered 0 to ${p.count - 1}.`,
      es: (p) => `No hay una propuesta ${q(p.proposal)} en esta ronda: las propuestas van de 0 a ${p.count - 1}.`,
    },
  }),
  mediation_package_incomplete: define<{ issues: string[] }>({
    status: 400,
    example: { issues: ['ops'] },
    message: {
      en: (p) =>
        `A proposed package picks one option on every issue; missing: ${joinWords(
          p.issues.map((x) => q(x)),
          'en',
        )}.`,
      es: (p) =>
        `Un paquete propuesto elige una opción en cada tema; falta: ${joinWords(
          p.issues.map((x) => q(x)),
          'es',
        )}.`,
    },
  }),
  mediation_concepts: define<{ given: string; known: string[] }>({
    status: 400,
    example: { given: 'robust', known: ['nash', 'kalaiSmorodinsky', 'egalitarian', 'utilitarian', 'mostRobust'] },
    message: {
      en: (p) => `Unknown solution concept ${q(p.given)}; known: ${plainList(p.known, 20)}.`,
      es: (p) => `Concepto de solución desconocido ${q(p.given)}; conocidos: ${plainList(p.known, 20)}.`,
    },
  }),
  mediation_robust_budget: define<{ round: number; samples: number; budgetMs: number }>({
    status: 422,
    example: { round: 2, samples: 2000, budgetMs: 30_000 },
    message: {
      en: (p) =>
        `The most robust package of round ${p.round} (${p.samples.toLocaleString('en-US')} samples) did not finish within this server's time budget of ${p.budgetMs.toLocaleString('en-US')} ms and was stopped; no round was started. Open the mediation with fewer samples (rules.robustness.samples) or without the concept mostRobust.`,
      es: (p) =>
        `El paquete más robusto de la ronda ${p.round} (${p.samples.toLocaleString('es-ES')} muestras) no terminó dentro del límite de tiempo de este servidor (${p.budgetMs.toLocaleString('es-ES')} ms) y se detuvo; no se inició ninguna ronda. Abra la mediación con menos muestras (rules.robustness.samples) o sin el concepto mostRobust.`,
    },
  }),
  too_many_auth_failures: define<{ seconds: number }>({
    status: 429,
    example: { seconds: 30 },
    message: {
      en: (p) => `Too many failed sign-ins with this token or from this address: try again in ${p.seconds} s.`,
      es: (p) =>
        `Demasiados intentos fallidos de inicio de sesión con este token o desde esta dirección: inténtelo de nuevo en ${p.seconds} s.`,
    },
  }),
};
