/**
 * The glossary: every technical term the app shows, with a short plain explanation in English and
 * Spanish. `<Term id>` shows the explanation on hover and focus; `#/glossary` lists them all.
 */
import type { Lang } from './index.tsx';

export interface GlossaryEntry {
  term: string;
  text: string;
}

export const GLOSSARY = {
  utility: {
    en: {
      term: 'utility',
      text: "A party's score for an outcome, from 0 (its worst option on every issue it cares about) to 1 (its best). Each party has its own scale.",
    },
    es: {
      term: 'utilidad',
      text: 'La puntuación que una parte da a un resultado, de 0 (su peor opción en cada tema que le importa) a 1 (la mejor). Cada parte tiene su propia escala.',
    },
  },
  jointUtility: {
    en: {
      term: 'joint utility',
      text: "The parties' utilities added up. Because each party has its own scale, the sum is a convention for comparing packages, not a measure of welfare.",
    },
    es: {
      term: 'utilidad conjunta',
      text: 'La suma de las utilidades de las partes. Como cada parte tiene su propia escala, la suma es una convención para comparar paquetes, no una medida de bienestar.',
    },
  },
  statusQuo: {
    en: {
      term: 'status quo',
      text: "Today's state on every issue: what each party keeps if there is no agreement.",
    },
    es: {
      term: 'statu quo',
      text: 'El estado actual en cada tema: lo que cada parte conserva si no hay acuerdo.',
    },
  },
  pareto: {
    en: {
      term: 'Pareto frontier',
      text: 'The packages no other package beats for one party without hurting another. A sensible deal lies on it.',
    },
    es: {
      term: 'frontera de Pareto',
      text: 'Los paquetes que ningún otro mejora para una parte sin perjudicar a otra. Un acuerdo sensato está en ella.',
    },
  },
  nash: {
    en: {
      term: 'Nash bargaining point',
      text: "The package that maximises the product of each party's gain over the status quo: a standard fair compromise that no party can be pushed below today.",
    },
    es: {
      term: 'solución de Nash',
      text: 'El paquete que maximiza el producto de lo que cada parte gana frente al statu quo: un compromiso justo habitual en el que nadie queda por debajo de hoy.',
    },
  },
  kalaiSmorodinsky: {
    en: {
      term: 'Kalai–Smorodinsky point',
      text: 'The package that gives every party the same share of the most it could hope for (its best achievable gain over the status quo).',
    },
    es: {
      term: 'solución de Kalai–Smorodinsky',
      text: 'El paquete que da a cada parte la misma proporción de lo máximo que podría esperar (su mayor ganancia posible frente al statu quo).',
    },
  },
  egalitarian: {
    en: {
      term: 'egalitarian point',
      text: 'The package that makes the smallest gain over the status quo as large as possible.',
    },
    es: {
      term: 'solución igualitaria',
      text: 'El paquete que hace lo más grande posible la menor ganancia frente al statu quo.',
    },
  },
  utilitarian: {
    en: { term: 'utilitarian point', text: 'The package with the largest joint utility (the sum of all utilities).' },
    es: {
      term: 'solución utilitarista',
      text: 'El paquete con la mayor utilidad conjunta (la suma de todas las utilidades).',
    },
  },
  linkage: {
    en: {
      term: 'issue linkage',
      text: 'Negotiating several issues as one package, so that a concession on one issue can be paid for with a gain on another.',
    },
    es: {
      term: 'vinculación de temas',
      text: 'Negociar varios temas como un solo paquete, para que una concesión en un tema se pague con una ganancia en otro.',
    },
  },
  delinked: {
    en: {
      term: 'issue by issue (delinked)',
      text: 'Each issue bargained on its own; a change happens only if no party loses from it on that issue alone.',
    },
    es: {
      term: 'tema por tema (desvinculado)',
      text: 'Cada tema se negocia por separado; solo hay cambio si ninguna parte pierde con él en ese tema.',
    },
  },
  zeroSum: {
    en: {
      term: 'zero-sum',
      text: "What one side gains, the other loses. The brief says issue-by-issue bargaining is like this; the model's values encode that claim.",
    },
    es: {
      term: 'suma cero',
      text: 'Lo que una parte gana, la otra lo pierde. El informe dice que negociar tema por tema es así; los valores del modelo traducen esa afirmación.',
    },
  },
  redLine: {
    en: { term: 'red line', text: 'An option, or combination, a party will never sign, whatever it gets elsewhere.' },
    es: {
      term: 'línea roja',
      text: 'Una opción, o combinación, que una parte nunca firmará, reciba lo que reciba a cambio.',
    },
  },
  reservation: {
    en: {
      term: 'reservation value',
      text: "The utility of walking away. Here it is the status quo's utility: walking away leaves today's state.",
    },
    es: {
      term: 'valor de reserva',
      text: 'La utilidad de retirarse. Aquí es la utilidad del statu quo: retirarse deja el estado actual.',
    },
  },
  weight: {
    en: {
      term: 'weight',
      text: 'How much an issue matters to a party, relative to its other issues (normalised to sum 1).',
    },
    es: {
      term: 'peso',
      text: 'Cuánto importa un tema a una parte frente a sus otros temas (normalizado para sumar 1).',
    },
  },
  assumption: {
    en: {
      term: 'modelling assumption',
      text: 'A number the brief does not give: chosen by the modellers to represent what the brief says, and shown as such.',
    },
    es: {
      term: 'supuesto del modelo',
      text: 'Un número que el informe no da: lo eligen quienes modelan para representar lo que dice el informe, y se muestra como tal.',
    },
  },
  continuation: {
    en: {
      term: 'shadow of the future',
      text: 'The chance the relationship goes on after each round (continuation probability). The longer the shadow, the more future punishment weighs against cheating today.',
    },
    es: {
      term: 'sombra del futuro',
      text: 'La probabilidad de que la relación siga después de cada ronda (probabilidad de continuación). Cuanto más larga, más pesa el castigo futuro frente a hacer trampa hoy.',
    },
  },
  rstp: {
    en: {
      term: 'R, S, T, P',
      text: 'Stage-game payoffs. R (reward): both act jointly. S (sucker): you act jointly, the other alone. T (temptation): you act alone, the other jointly. P (punishment): both act alone.',
    },
    es: {
      term: 'R, S, T, P',
      text: 'Pagos del juego de una ronda. R (recompensa): ambos actúan en conjunto. S (ingenuo): tú en conjunto, el otro solo. T (tentación): tú solo, el otro en conjunto. P (castigo): ambos solos.',
    },
  },
  grimTrigger: {
    en: {
      term: 'grim trigger',
      text: 'Act jointly until the other acts alone once, then act alone forever. Linked, a defection on any issue is punished on every issue.',
    },
    es: {
      term: 'gatillo implacable',
      text: 'Actuar en conjunto hasta que el otro actúe solo una vez; después, actuar solo para siempre. Vinculado, una deserción en cualquier tema se castiga en todos.',
    },
  },
  boulware: {
    en: {
      term: 'Boulware (e = 0.2)',
      text: 'A negotiator that concedes slowly and gives way only near the deadline; e is how fast it concedes (below 1: slow).',
    },
    es: {
      term: 'Boulware (e = 0.2)',
      text: 'Un negociador que cede despacio y solo cerca del plazo; e es la rapidez con que cede (menor que 1: lento).',
    },
  },
  alternatingOffers: {
    en: {
      term: 'stacked alternating offers',
      text: 'A negotiation protocol: parties take turns; each either accepts the offer on the table or makes a new one, until agreement or the deadline.',
    },
    es: {
      term: 'ofertas alternadas apiladas',
      text: 'Un protocolo de negociación: las partes se turnan; cada una acepta la oferta sobre la mesa o hace otra, hasta acordar o llegar al plazo.',
    },
  },
  distance: {
    en: {
      term: 'distance to the frontier',
      text: 'How far an agreement falls short of the best packages: the straight-line distance, in utility, to the nearest Pareto-optimal package.',
    },
    es: {
      term: 'distancia a la frontera',
      text: 'Cuánto se queda corto un acuerdo frente a los mejores paquetes: la distancia en línea recta, en utilidad, al paquete Pareto-óptimo más cercano.',
    },
  },
} satisfies Record<string, Record<Lang, GlossaryEntry>>;

export type TermId = keyof typeof GLOSSARY;
export const TERM_IDS = Object.keys(GLOSSARY) as TermId[];
