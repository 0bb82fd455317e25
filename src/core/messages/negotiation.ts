/** Problems of the negotiation engine: protocols, agents and their parameters, deadlines, tournaments. */
import { bySurface, define, listed, plainList, q } from './define.ts';

const ACCEPTANCE_FORMS =
  'next | next(a,b) | prev | const(c) | time(T) | combi(T) | combi_avg(T) | lowest | and(..) | or(..) | not(..)';

const ACTION_COST = { cli: '--action-cost', api: 'actionCost', web: 'Action cost' };
const ACTION_COST_ES = { cli: '--action-cost', api: 'actionCost', web: 'Costo por acción' };

export type AcceptanceProblem =
  | { problem: 'name_or_number' | 'comma_or_paren' | 'unexpected' | 'bare_number' | 'not_arity' }
  | { problem: 'arity'; name: string; min: number; max: number }
  | { problem: 'min_conditions'; name: string; min: number }
  | { problem: 'unit_range'; what: string }
  | { problem: 'unknown'; name: string };

const ACCEPTANCE_EN = (p: AcceptanceProblem): string => {
  switch (p.problem) {
    case 'name_or_number':
      return 'expected a condition name or a number';
    case 'comma_or_paren':
      return "expected ',' or ')'";
    case 'unexpected':
      return 'unexpected text';
    case 'bare_number':
      return 'a condition cannot be a bare number';
    case 'not_arity':
      return 'not takes exactly one condition';
    case 'arity':
      return `${p.name} takes ${p.min === p.max ? p.min : `${p.min} to ${p.max}`} number argument${p.max === 1 ? '' : 's'}`;
    case 'min_conditions':
      return `${p.name} takes at least ${p.min} condition${p.min === 1 ? '' : 's'}`;
    case 'unit_range':
      return `${p.what} must be between 0 and 1`;
    case 'unknown':
      return `unknown acceptance condition ${q(p.name)}`;
  }
};
const ACCEPTANCE_ES = (p: AcceptanceProblem): string => {
  switch (p.problem) {
    case 'name_or_number':
      return 'se esperaba el nombre de una condición o un número';
    case 'comma_or_paren':
      return "se esperaba ',' o ')'";
    case 'unexpected':
      return 'texto inesperado';
    case 'bare_number':
      return 'una condición no puede ser solo un número';
    case 'not_arity':
      return 'not recibe exactamente una condición';
    case 'arity':
      return `${p.name} recibe ${p.min === p.max ? p.min : `de ${p.min} a ${p.max}`} argumento${p.max === 1 ? '' : 's'} numérico${p.max === 1 ? '' : 's'}`;
    case 'min_conditions':
      return `${p.name} recibe al menos ${p.min} condici${p.min === 1 ? 'ón' : 'ones'}`;
    case 'unit_range':
      return `${p.what} debe estar entre 0 y 1`;
    case 'unknown':
      return `condición de aceptación desconocida ${q(p.name)}`;
  }
};

export const negotiation = {
  bad_protocol: define<
    | { problem: 'bilateral'; domain: string; parties: number }
    | { problem: 'too_few_parties'; domain: string; parties: number }
  >({
    status: 400,
    example: { problem: 'bilateral', domain: 'north-america', parties: 3 },
    message: {
      en: (p) =>
        p.problem === 'bilateral'
          ? `alternating offers is bilateral but ${p.domain} has ${p.parties} parties; use stacked or mediated`
          : `a negotiation needs at least two parties; ${p.domain} has ${p.parties}`,
      es: (p) =>
        p.problem === 'bilateral'
          ? `las ofertas alternadas son bilaterales, pero ${p.domain} tiene ${p.parties} partes; use stacked o mediated`
          : `una negociación necesita al menos dos partes; ${p.domain} tiene ${p.parties}`,
    },
  }),
  agent_count: define<
    { domain: string; parties: string[]; given: number } | { distinct: true; domain?: string; parties: number }
  >({
    status: 400,
    example: { domain: 'north-america', parties: ['us', 'mx', 'ca'], given: 2 },
    message: {
      en: (p) =>
        'distinct' in p
          ? `without self-play, ${p.domain ? `${p.domain} (${p.parties} parties)` : `${p.parties} parties`} needs at least ${p.parties} different agents`
          : `${p.domain} has ${p.parties.length} parties (${plainList(p.parties)}) but ${p.given} agent${p.given === 1 ? ' was' : 's were'} given`,
      es: (p) =>
        'distinct' in p
          ? `sin autojuego, ${p.domain ? `${p.domain} (${p.parties} partes)` : `${p.parties} partes`} necesita al menos ${p.parties} agentes distintos`
          : `${p.domain} tiene ${p.parties.length} partes (${plainList(p.parties)}), pero se ${p.given === 1 ? 'dio 1 agente' : `dieron ${p.given} agentes`}`,
    },
    expected: {
      en: (p) => ('distinct' in p ? undefined : `${p.parties.length} agents, one per party in that order`),
      es: (p) => ('distinct' in p ? undefined : `${p.parties.length} agentes, uno por parte y en ese orden`),
    },
    received: {
      en: (p) => ('distinct' in p ? undefined : String(p.given)),
      es: (p) => ('distinct' in p ? undefined : String(p.given)),
    },
  }),
  no_agents: define<{ where: 'spec' | 'list' | 'tournament'; strategies: string[] }>({
    status: 400,
    example: { where: 'list', strategies: ['boulware', 'conceder', 'linear'] },
    message: {
      en: (p) =>
        ({ spec: 'empty agent spec', list: 'no agents given', tournament: 'a tournament needs at least one agent' })[
          p.where
        ],
      es: (p) =>
        ({
          spec: 'especificación de agente vacía',
          list: 'no se dio ningún agente',
          tournament: 'un torneo necesita al menos un agente',
        })[p.where],
    },
    expected: { en: (p) => plainList(p.strategies, 100), es: (p) => plainList(p.strategies, 100) },
  }),
  /** A strategy name that matches none: a negotiation agent (with the list) or a cooperation strategy (with the closest names). */
  unknown_strategy: define<{ name: string; known: string[]; spec: string } | { name: string; closest: string[] }>({
    status: 400,
    example: { name: 'tit for tatt', closest: ['Tit For Tat', 'Tit For 2 Tats', 'Two Tits For Tat'] },
    message: {
      en: (p, s) =>
        'closest' in p
          ? `unknown strategy ${q(p.name)}; closest: ${listed(p.closest, 'en')}${bySurface(s, {
              cli: ' (run `commonground cooperate strategies` for the list)',
              api: ' (GET /api/cooperation/strategies lists them all)',
              web: '',
            })}`
          : `unknown strategy ${q(p.name)}`,
      es: (p, s) =>
        'closest' in p
          ? `estrategia desconocida ${q(p.name)}; las más parecidas: ${listed(p.closest, 'es')}${bySurface(s, {
              cli: ' (ejecute `commonground cooperate strategies` para ver la lista)',
              api: ' (GET /api/cooperation/strategies las enumera todas)',
              web: '',
            })}`
          : `estrategia desconocida ${q(p.name)}`,
    },
    expected: {
      en: (p) => ('known' in p ? plainList(p.known, 400) : undefined),
      es: (p) => ('known' in p ? plainList(p.known, 400) : undefined),
    },
    received: {
      en: (p) => ('spec' in p ? q(p.spec) : p.name),
      es: (p) => ('spec' in p ? q(p.spec) : p.name),
    },
  }),
  bad_parameter: define<
    | { problem: 'twice'; strategy: string; key: string; spec: string }
    | { problem: 'number'; strategy: string; key: string; value: string; min?: number; max?: number }
  >({
    status: 400,
    example: { problem: 'number', strategy: 'boulware', key: 'e', value: 'fast', min: 0 },
    message: {
      en: (p) =>
        p.problem === 'twice'
          ? `${p.strategy}: ${p.key} is given twice`
          : `${p.strategy}: ${p.key} must be a number${p.min !== undefined ? ` >= ${p.min}` : ''}${p.max !== undefined ? ` and <= ${p.max}` : ''}`,
      es: (p) =>
        p.problem === 'twice'
          ? `${p.strategy}: ${p.key} aparece dos veces`
          : `${p.strategy}: ${p.key} debe ser un número${p.min !== undefined ? ` >= ${p.min}` : ''}${p.max !== undefined ? ` y <= ${p.max}` : ''}`,
    },
    expected: {
      en: (p) => (p.problem === 'twice' ? `${p.key} once` : undefined),
      es: (p) => (p.problem === 'twice' ? `${p.key} una sola vez` : undefined),
    },
    received: {
      en: (p) => q(p.problem === 'twice' ? p.spec : p.value),
      es: (p) => q(p.problem === 'twice' ? p.spec : p.value),
    },
  }),
  unknown_parameter: define<{ strategy: string; key: string; known: string[]; part: string }>({
    status: 400,
    example: { strategy: 'boulware', key: 'speed', known: ['e', 'ac'], part: 'speed=2' },
    message: {
      en: (p) => `${p.strategy} has no parameter ${q(p.key)}`,
      es: (p) => `${p.strategy} no tiene el parámetro ${q(p.key)}`,
    },
    expected: {
      en: (p) => plainList(p.known, 100) || 'no parameters',
      es: (p) => plainList(p.known, 100) || 'ningún parámetro',
    },
    received: { en: (p) => q(p.part), es: (p) => q(p.part) },
  }),
  bad_acceptance: define<AcceptanceProblem & { spec: string; pos?: number }>({
    status: 400,
    example: { problem: 'unknown', name: 'nxt', spec: 'nxt(1,0)' },
    message: {
      en: (p) => `${ACCEPTANCE_EN(p)}${p.pos !== undefined ? ` at character ${p.pos + 1}` : ''}`,
      es: (p) => `${ACCEPTANCE_ES(p)}${p.pos !== undefined ? ` en el carácter ${p.pos + 1}` : ''}`,
    },
    expected: { en: () => ACCEPTANCE_FORMS, es: () => ACCEPTANCE_FORMS },
    received: { en: (p) => q(p.spec), es: (p) => q(p.spec) },
  }),
  bad_deadline: define<
    | { field: 'rounds' | 'time'; value: string }
    | { field: 'actionCost'; costs: number[]; problem: 'positive' }
    | { field: 'actionCost'; costs: number[]; problem: 'count'; actors: number }
  >({
    status: 400,
    example: { field: 'actionCost', costs: [1, 2], problem: 'count', actors: 3 },
    message: {
      en: (p, s) =>
        !('costs' in p)
          ? p.field === 'rounds'
            ? 'rounds must be a whole number >= 1'
            : 'time must be a positive number'
          : p.problem === 'positive'
            ? `${ACTION_COST[s]}: every cost must be a positive number`
            : `${ACTION_COST[s]}: ${p.costs.length} values given${p.actors === 1 ? ', but' : ' for'} ${
                p.actors === 1
                  ? 'the mediated protocol has one actor (the mediator; parties only vote): give one value'
                  : `${p.actors} parties: give one value, or one per party`
              }`,
      es: (p, s) =>
        !('costs' in p)
          ? p.field === 'rounds'
            ? 'las rondas deben ser un número entero >= 1'
            : 'el tiempo debe ser un número positivo'
          : p.problem === 'positive'
            ? `${ACTION_COST_ES[s]}: cada costo debe ser un número positivo`
            : `${ACTION_COST_ES[s]}: se dieron ${p.costs.length} valores${p.actors === 1 ? ', pero' : ' para'} ${
                p.actors === 1
                  ? 'el protocolo mediado tiene un solo actor (el mediador; las partes solo votan): dé un valor'
                  : `${p.actors} partes: dé un valor, o uno por parte`
              }`,
    },
    received: {
      en: (p) => ('costs' in p ? p.costs.join(',') : p.value),
      es: (p) => ('costs' in p ? p.costs.join(',') : p.value),
    },
  }),
  bad_mediator: define<{ value: string }>({
    status: 400,
    example: { value: '0' },
    message: {
      en: () => 'the mediator must change a whole number >= 1 of issues per proposal',
      es: () => 'el mediador debe cambiar un número entero >= 1 de temas por propuesta',
    },
    received: { en: (p) => p.value, es: (p) => p.value },
  }),
  duplicate_agent: define<{ agent: string; first: number }>({
    status: 400,
    example: { agent: 'boulware', first: 0 },
    message: {
      en: (p) => `agent ${q(p.agent)} is listed twice (also agents[${p.first}]); the ranking could not tell them apart`,
      es: (p) =>
        `el agente ${q(p.agent)} aparece dos veces (también agents[${p.first}]); la clasificación no podría distinguirlos`,
    },
    expected: {
      en: (_p, s) =>
        `distinct agent specs (self-play is included unless ${bySurface(s, { cli: '--no-self-play', api: 'selfPlay: false', web: 'self-play is turned off' })})`,
      es: (_p, s) =>
        `especificaciones de agente distintas (el autojuego se incluye salvo con ${bySurface(s, { cli: '--no-self-play', api: 'selfPlay: false', web: 'el autojuego desactivado' })})`,
    },
  }),
  no_domains: define({
    status: 400,
    example: {},
    message: {
      en: () => 'a tournament needs at least one domain',
      es: () => 'un torneo necesita al menos un dominio',
    },
  }),
  duplicate_domain: define<{ domain: string; first: number }>({
    status: 400,
    example: { domain: 'laptop', first: 0 },
    message: {
      en: (p) => `two inputs are the domain ${q(p.domain)} (also domains[${p.first}])`,
      es: (p) => `dos entradas son el dominio ${q(p.domain)} (también domains[${p.first}])`,
    },
    expected: {
      en: () => 'each domain once (domains are named by their id, a Genius folder by its folder name)',
      es: () => 'cada dominio una sola vez (los dominios se nombran por su id; una carpeta Genius, por su nombre)',
    },
  }),
  too_many_sessions: define<
    | {
        for: 'tournament';
        domain: string;
        agents: number;
        parties: number;
        sessions: number;
        tuples: string;
        repetitions: number;
        total: number;
        domains: number;
        limit: number;
      }
    | { for: 'comparison'; agents: number; parties: number; repetitions: number; sessions: number; limit: number }
  >({
    status: 400,
    example: { for: 'comparison', agents: 8, parties: 5, repetitions: 3, sessions: 98304, limit: 20000 },
    message: {
      en: (p) => {
        const n = (x: number) => x.toLocaleString('en-US');
        return p.for === 'comparison'
          ? `${p.agents} agents on ${p.parties} parties with ${p.repetitions} repetition(s) make ${p.sessions} sessions per mode; the limit is ${p.limit}. Use fewer agents or repetitions (the CLI has no limit).`
          : `${p.domain}: ${p.agents} agents for ${p.parties} parties make ${n(p.sessions)} sessions (${p.tuples} ordered tuples x ${p.repetitions} repetition(s))${p.domains > 1 ? `, ${n(p.total)} in all` : ''}; a tournament may have at most ${n(p.limit)}`;
      },
      es: (p) => {
        const n = (x: number) => x.toLocaleString('es-MX');
        return p.for === 'comparison'
          ? `${p.agents} agentes con ${p.parties} partes y ${p.repetitions} repetición(es) dan ${p.sessions} sesiones por modo; el límite es ${p.limit}. Use menos agentes o repeticiones (la CLI no tiene límite).`
          : `${p.domain}: ${p.agents} agentes para ${p.parties} partes dan ${n(p.sessions)} sesiones (${p.tuples} tuplas ordenadas x ${p.repetitions} repetición(es))${p.domains > 1 ? `, ${n(p.total)} en total` : ''}; un torneo puede tener como máximo ${n(p.limit)}`;
      },
    },
    expected: {
      en: (p, s) =>
        p.for === 'comparison'
          ? undefined
          : `fewer agents, ${bySurface(s, { cli: '--no-self-play', api: 'selfPlay: false', web: 'no self-play' })}, fewer repetitions, or the many-party domains in a tournament of their own with fewer agents`,
      es: (p, s) =>
        p.for === 'comparison'
          ? undefined
          : `menos agentes, ${bySurface(s, { cli: '--no-self-play', api: 'selfPlay: false', web: 'sin autojuego' })}, menos repeticiones, o los dominios de muchas partes en un torneo aparte con menos agentes`,
    },
    received: {
      en: (p) => (p.for === 'comparison' ? undefined : p.total.toLocaleString('en-US')),
      es: (p) => (p.for === 'comparison' ? undefined : p.total.toLocaleString('es-MX')),
    },
  }),
};
