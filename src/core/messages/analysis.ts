/** Problems of the analysis engine: domains it cannot work on, frontiers too large to compute exactly. */
import { define } from './define.ts';

export const analysis = {
  no_parties: define({
    status: 400,
    example: {},
    message: { en: () => 'the domain has no parties', es: () => 'el dominio no tiene partes' },
  }),
  utility_count: define<{ parties: number; found: number }>({
    status: 400,
    example: { parties: 3, found: 2 },
    message: {
      en: (p) => `expected one utility per party (${p.parties}), found ${p.found}`,
      es: (p) => `se esperaba una función de utilidad por parte (${p.parties}); hay ${p.found}`,
    },
  }),
  table_shape: define<
    { party: string; rows: number; found: number } | { party: string; issue: string; options: number; found: number }
  >({
    status: 400,
    example: { party: 'us', issue: 'guns', options: 3, found: 2 },
    message: {
      en: (p) =>
        'issue' in p
          ? `party ${p.party}, issue ${p.issue}: expected ${p.options} option values, found ${p.found}`
          : `party ${p.party}: expected ${p.rows} issue rows, found ${p.found}`,
      es: (p) =>
        'issue' in p
          ? `parte ${p.party}, tema ${p.issue}: se esperaban ${p.options} valores de opción; hay ${p.found}`
          : `parte ${p.party}: se esperaban ${p.rows} filas de temas; hay ${p.found}`,
    },
  }),
  rectangle_scale: define({
    status: 400,
    example: {},
    message: {
      en: () => 'rectangle scale must be a positive number',
      es: () => 'la escala de los rectángulos debe ser un número positivo',
    },
  }),
  invalid_outcome: define<{ what: string; issues: number; found: number | string }>({
    status: 400,
    example: { what: 'statusQuo', issues: 4, found: 3 },
    message: {
      en: (p) => `${p.what} must give one option per issue (${p.issues})`,
      es: (p) => `${p.what} debe dar una opción por tema (${p.issues})`,
    },
    received: {
      en: (p) => (typeof p.found === 'number' ? `${p.found} options` : p.found),
      es: (p) => (typeof p.found === 'number' ? `${p.found} opciones` : p.found),
    },
  }),
  frontier_too_large: define<
    | { stage: 'dominance'; parties: number; budget: number; done: number; candidates: number; kept: number }
    | { stage: 'merge'; limit: number; merged: number; groups: number }
    | { stage: 'candidates'; parties: number; group: string[]; candidates: number; limit: number }
  >({
    status: 400,
    example: { stage: 'merge', limit: 2_000_000, merged: 3, groups: 7 },
    message: {
      en: (p) =>
        p.stage === 'dominance'
          ? `the ${p.parties}-party frontier is too large to compute exactly: more than ${p.budget} dominance checks after ${p.done} of ${p.candidates} candidate points (${p.kept} non-dominated so far)`
          : p.stage === 'merge'
            ? `the Pareto frontier grew past ${p.limit} points after merging ${p.merged} of ${p.groups} issue groups; the analysis stops rather than exhaust memory`
            : `merging issue group [${p.group.join(', ')}] would build ${p.candidates} candidate points (limit ${p.limit}); the ${p.parties}-party frontier is too large to compute exactly in memory`,
      es: (p) =>
        p.stage === 'dominance'
          ? `la frontera de ${p.parties} partes es demasiado grande para calcularla con exactitud: más de ${p.budget} comparaciones de dominancia tras ${p.done} de ${p.candidates} puntos candidatos (${p.kept} no dominados hasta ahora)`
          : p.stage === 'merge'
            ? `la frontera de Pareto superó los ${p.limit} puntos tras combinar ${p.merged} de ${p.groups} grupos de temas; el análisis se detiene antes de agotar la memoria`
            : `combinar el grupo de temas [${p.group.join(', ')}] generaría ${p.candidates} puntos candidatos (límite ${p.limit}); la frontera de ${p.parties} partes es demasiado grande para calcularla con exactitud en memoria`,
    },
  }),
  /**
   * The branch and bound of a linked issue group ran out of its node budget: what it found, how
   * many of those points are proven Pareto-optimal, and the best utility per party any unexplored
   * region could still reach.
   */
  analysis_too_large: define<{
    group: string[];
    jointOptions: string;
    /** The budget: regions and seconds, whichever comes first. */
    maxNodes: number;
    maxSeconds: number;
    /** Which limit stopped the search, after how many regions and seconds. */
    stoppedBy: 'regions' | 'time';
    nodes: number;
    seconds: number;
    found: number;
    proven: number;
    upper: number[];
  }>({
    status: 400,
    example: {
      group: ['guns', 'fentanyl'],
      jointOptions: '1000000',
      maxNodes: 200_000,
      maxSeconds: 20,
      stoppedBy: 'time',
      nodes: 61_234,
      seconds: 20.004,
      found: 12,
      proven: 9,
      upper: [0.97, 0.88],
    },
    message: {
      en: (p) =>
        `the exact frontier of the linked issue group [${p.group.join(', ')}] (${p.jointOptions} joint options) did not finish within its budget of ${p.maxNodes} branch-and-bound regions or ${p.maxSeconds} s: the ${p.stoppedBy === 'time' ? 'time' : 'region'} limit stopped it after ${p.nodes} regions and ${p.seconds} s, with ${p.found} packages found, ${p.proven} of them proven Pareto-optimal; no unexplored package gives any party more than (${p.upper.map((u) => u.toFixed(6)).join(', ')})`,
      es: (p) =>
        `la frontera exacta del grupo de temas vinculados [${p.group.join(', ')}] (${p.jointOptions} opciones conjuntas) no terminó dentro de su presupuesto de ${p.maxNodes} regiones de ramificación y acotamiento o ${p.maxSeconds} s: el límite de ${p.stoppedBy === 'time' ? 'tiempo' : 'regiones'} la detuvo tras ${p.nodes} regiones y ${p.seconds} s, con ${p.found} paquetes encontrados, ${p.proven} de ellos demostrados Pareto-óptimos; ningún paquete sin explorar da a ninguna parte más de (${p.upper.map((u) => u.toFixed(6)).join(', ')})`,
    },
  }),
};
