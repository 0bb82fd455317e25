/** Problems of the cooperation engine: games, strategies, matches, tournaments, Moran and replicator dynamics. */
import { define, oneOfListed, q } from './define.ts';

export const cooperation = {
  invalid_matrix: define<{ what: 'square'; name: string } | { what: 'rows'; key: string } | { what: 'row' }>({
    status: 400,
    example: { what: 'square', name: 'A' },
    message: {
      en: (p) =>
        p.what === 'square'
          ? `${p.name} must be a square matrix of finite numbers`
          : p.what === 'rows'
            ? `${p.key} must be a non-empty array of rows`
            : 'each row must be a non-empty array of numbers',
      es: (p) =>
        p.what === 'square'
          ? `${p.name} debe ser una matriz cuadrada de números finitos`
          : p.what === 'rows'
            ? `${p.key} debe ser una lista no vacía de filas`
            : 'cada fila debe ser una lista no vacía de números',
    },
  }),
  ragged_matrix: define<{ columns: number }>({
    status: 400,
    example: { columns: 2 },
    message: {
      en: (p) => `every row of row_payoffs must have ${p.columns} entries`,
      es: (p) => `cada fila de row_payoffs debe tener ${p.columns} entradas`,
    },
  }),
  shape_mismatch: define<{ rows: number; columns: number }>({
    status: 400,
    example: { rows: 2, columns: 3 },
    message: {
      en: (p) => `col_payoffs must have the same shape as row_payoffs (${p.rows}x${p.columns})`,
      es: (p) => `col_payoffs debe tener la misma forma que row_payoffs (${p.rows}x${p.columns})`,
    },
  }),
  zero_mean_fitness: define({
    status: 400,
    example: {},
    message: {
      en: () => 'mean fitness x.Ax is 0; discrete replicator dynamics is undefined',
      es: () => 'la aptitud media x.Ax es 0; la dinámica del replicador discreta no está definida',
    },
  }),
  negative_fitness: define({
    status: 400,
    example: {},
    message: {
      en: () =>
        'the Moran process needs non-negative payoffs (fitness is the per-turn payoff); shift the game by a constant',
      es: () =>
        'el proceso de Moran necesita pagos no negativos (la aptitud es el pago por turno); desplace el juego con una constante',
    },
  }),
  no_issues: define<{ for: 'linkage' | 'match' }>({
    status: 400,
    example: { for: 'match' },
    message: {
      en: (p) => (p.for === 'linkage' ? 'linkage needs at least one issue' : 'a linked match needs at least one issue'),
      es: (p) =>
        p.for === 'linkage'
          ? 'la vinculación necesita al menos un tema'
          : 'una partida vinculada necesita al menos un tema',
    },
  }),
  strategy_count: define<{ per: 'issue'; count: number } | { per: 'party'; count: number; given: number }>({
    status: 400,
    example: { per: 'party', count: 3, given: 2 },
    message: {
      en: (p) =>
        p.per === 'issue'
          ? `give one strategy or one per issue (${p.count})`
          : `give one strategy per party (${p.count})`,
      es: (p) =>
        p.per === 'issue'
          ? `dé una estrategia, o una por tema (${p.count})`
          : `dé una estrategia por parte (${p.count})`,
    },
    received: {
      en: (p) => (p.per === 'party' ? String(p.given) : undefined),
      es: (p) => (p.per === 'party' ? String(p.given) : undefined),
    },
  }),
  invalid_probability: define<
    | { name: string; value: string; open?: true }
    | { name: 'probEnd'; never: true }
    | { name: string; value: string; in: string }
  >({
    status: 400,
    example: { name: 'noise', value: '1.5' },
    message: {
      en: (p) =>
        'never' in p
          ? 'probEnd 0 never ends the match; give turns or a probEnd > 0'
          : 'in' in p
            ? `${p.name} in ${q(p.in)} must be a probability in [0, 1]`
            : p.open
              ? `${p.name} must be in (0, 1)`
              : `${p.name} must be a probability in [0, 1]`,
      es: (p) =>
        'never' in p
          ? 'probEnd 0 nunca termina la partida; indique turns o un probEnd > 0'
          : 'in' in p
            ? `${p.name} en ${q(p.in)} debe ser una probabilidad en [0, 1]`
            : p.open
              ? `${p.name} debe estar en (0, 1)`
              : `${p.name} debe ser una probabilidad en [0, 1]`,
    },
    received: {
      en: (p) => ('value' in p ? p.value : undefined),
      es: (p) => ('value' in p ? p.value : undefined),
    },
  }),
  invalid_turns: define<
    { problem: 'whole'; value: string } | { problem: 'max'; value: string; max: number } | { problem: 'unbounded' }
  >({
    status: 400,
    example: { problem: 'max', value: '20000000', max: 10_000_000 },
    message: {
      en: (p) =>
        p.problem === 'whole'
          ? 'turns must be a whole number >= 1'
          : p.problem === 'max'
            ? `turns must be at most ${p.max.toLocaleString('en-US')} (a match keeps every action in memory)`
            : 'an unbounded match needs probEnd > 0',
      es: (p) =>
        p.problem === 'whole'
          ? 'turns debe ser un número entero >= 1'
          : p.problem === 'max'
            ? `turns debe ser como máximo ${p.max.toLocaleString('es-MX')} (una partida guarda cada acción en memoria)`
            : 'una partida sin límite necesita probEnd > 0',
    },
    received: {
      en: (p) => ('value' in p ? p.value : undefined),
      es: (p) => ('value' in p ? p.value : undefined),
    },
  }),
  invalid_seed: define<{ value: string }>({
    status: 400,
    example: { value: '1.5' },
    message: { en: () => 'seed must be an integer', es: () => 'la semilla debe ser un número entero' },
    received: { en: (p) => p.value, es: (p) => p.value },
  }),
  invalid_cycle: define<{ cycle: string }>({
    status: 400,
    example: { cycle: 'CXD' },
    message: {
      en: () => 'a cycle is a non-empty string of C and D',
      es: () => 'un ciclo es una cadena no vacía de C y D',
    },
    received: { en: (p) => q(p.cycle), es: (p) => q(p.cycle) },
  }),
  too_few_parties: define({
    status: 400,
    example: {},
    message: {
      en: () => 'an n-party game needs at least 2 parties',
      es: () => 'un juego de n partes necesita al menos 2 partes',
    },
  }),
  too_few_players: define<
    { for: 'tournament'; given: number } | { for: 'nplayer'; parties: number } | { for: 'moran'; given: number }
  >({
    status: 400,
    example: { for: 'tournament', given: 1 },
    message: {
      en: (p) =>
        p.for === 'tournament'
          ? 'a tournament needs at least 2 strategies'
          : p.for === 'moran'
            ? 'a Moran process needs at least 2 individuals'
            : `an n-party tournament with ${p.parties} parties needs at least ${p.parties} strategies`,
      es: (p) =>
        p.for === 'tournament'
          ? 'un torneo necesita al menos 2 estrategias'
          : p.for === 'moran'
            ? 'un proceso de Moran necesita al menos 2 individuos'
            : `un torneo de ${p.parties} partes necesita al menos ${p.parties} estrategias`,
    },
    received: {
      en: (p) => ('given' in p ? String(p.given) : undefined),
      es: (p) => ('given' in p ? String(p.given) : undefined),
    },
  }),
  payoff_count: define<{ parties: number }>({
    status: 400,
    example: { parties: 3 },
    message: {
      en: (p) => `give payoffs for each of the ${p.parties} parties`,
      es: (p) => `dé pagos para cada una de las ${p.parties} partes`,
    },
  }),
  invalid_quorum: define<{ parties: number; value: string }>({
    status: 400,
    example: { parties: 3, value: '3' },
    message: {
      en: (p) => `quorum must be a whole number in 1..${p.parties - 1}`,
      es: (p) => `el quórum debe ser un número entero en 1..${p.parties - 1}`,
    },
    received: { en: (p) => p.value, es: (p) => p.value },
  }),
  invalid_payoffs: define<
    | { problem: 'entries'; parties: number }
    | { problem: 'four'; text: string }
    | { problem: 'finite'; payoff: string; side: 'row' | 'col'; value: string }
  >({
    status: 400,
    example: { problem: 'four', text: '3,0,5' },
    message: {
      en: (p) =>
        p.problem === 'entries'
          ? `cooperate and defect need ${p.parties} entries (k = 0..${p.parties - 1} others acting jointly)`
          : p.problem === 'four'
            ? 'payoffs must be four numbers R,S,T,P'
            : `payoff ${p.payoff} of the ${p.side} player must be a finite number`,
      es: (p) =>
        p.problem === 'entries'
          ? `cooperate y defect necesitan ${p.parties} entradas (k = 0..${p.parties - 1} otras partes actuando juntas)`
          : p.problem === 'four'
            ? 'los pagos deben ser cuatro números R,S,T,P'
            : `el pago ${p.payoff} del jugador ${p.side === 'row' ? 'fila' : 'columna'} debe ser un número finito`,
    },
    expected: {
      en: (p) => (p.problem === 'four' ? 'e.g. 3,0,5,1' : undefined),
      es: (p) => (p.problem === 'four' ? 'p. ej. 3,0,5,1' : undefined),
    },
    received: {
      en: (p) => (p.problem === 'four' ? p.text : p.problem === 'finite' ? p.value : undefined),
      es: (p) => (p.problem === 'four' ? p.text : p.problem === 'finite' ? p.value : undefined),
    },
  }),
  invalid_edge: define<{ from: number; to: number; players: number }>({
    status: 400,
    example: { from: 0, to: 5, players: 4 },
    message: {
      en: (p) => `edge ${p.from}-${p.to} names a player index outside 0..${p.players - 1}`,
      es: (p) => `la arista ${p.from}-${p.to} nombra un índice de jugador fuera de 0..${p.players - 1}`,
    },
  }),
  invalid_population: define<{ value: string }>({
    status: 400,
    example: { value: '1' },
    message: {
      en: () => 'populationSize must be a whole number >= 2',
      es: () => 'populationSize debe ser un número entero >= 2',
    },
    received: { en: (p) => p.value, es: (p) => p.value },
  }),
  invalid_mutants: define<{ population: number; value: string }>({
    status: 400,
    example: { population: 10, value: '10' },
    message: {
      en: (p) => `initialMutants must be a whole number in 1..${p.population - 1}`,
      es: (p) => `initialMutants debe ser un número entero en 1..${p.population - 1}`,
    },
    received: { en: (p) => p.value, es: (p) => p.value },
  }),
  invalid_trials: define<{ value: string }>({
    status: 400,
    example: { value: '0' },
    message: { en: () => 'trials must be a whole number >= 1', es: () => 'trials debe ser un número entero >= 1' },
    received: { en: (p) => p.value, es: (p) => p.value },
  }),
  same_type: define({
    status: 400,
    example: {},
    message: {
      en: () => 'mutant and resident must be different strategies',
      es: () => 'el mutante y el residente deben ser estrategias distintas',
    },
  }),
  missing_payoffs: define<{ issue: string; party: string }>({
    status: 400,
    example: { issue: 'guns', party: 'mx' },
    message: {
      en: (p) => `issue ${q(p.issue)} has no payoffs for party ${q(p.party)}`,
      es: (p) => `el tema ${q(p.issue)} no tiene pagos para la parte ${q(p.party)}`,
    },
  }),
  unknown_party: define<{ party: string; known: string[] }>({
    status: 400,
    example: { party: 'canda', known: ['us', 'mx', 'ca'] },
    message: { en: (p) => `unknown party ${q(p.party)}`, es: (p) => `parte desconocida ${q(p.party)}` },
    expected: { en: (p) => oneOfListed(p.known, 'en'), es: (p) => oneOfListed(p.known, 'es') },
  }),
};
