/**
 * The reports' words in English and Spanish. `{name}` marks a parameter. Every key has both
 * languages (the type says so), and a test checks that both name the same parameters.
 */
export type Lang = 'en' | 'es';
export const LANGS: readonly Lang[] = ['en', 'es'];

const S = {
  contents: { en: 'Contents', es: 'Contenido' },
  page: { en: 'Page', es: 'Página' },
  of: { en: 'of', es: 'de' },
  dated: { en: 'Date: {date}', es: 'Fecha: {date}' },
  assumption: { en: 'Modelling assumption', es: 'Supuesto de modelación' },
  source: { en: 'source', es: 'fuente' },
  quoteTranslation: { en: 'translation', es: 'traducción' },
  issue: { en: 'Issue', es: 'Tema' },
  weight: { en: 'Weight', es: 'Peso' },
  value: { en: 'Value', es: 'Valor' },
  reservation: { en: 'Reservation value', es: 'Valor de reserva' },
  interaction: { en: 'Interaction', es: 'Interacción' },
  redLine: { en: 'Red line', es: 'Línea roja' },
  provenance: { en: 'Why, and where it comes from', es: 'Por qué, y de dónde viene' },
  point: { en: 'Point', es: 'Punto' },
  id: { en: 'Id', es: 'Id' },
  party: { en: 'Party', es: 'Parte' },
  what: { en: 'Number', es: 'Número' },
  number: { en: 'Value', es: 'Valor' },
  rationale: { en: 'Rationale', es: 'Justificación' },
  none: { en: 'none', es: 'ninguno' },
  'point.statusQuo': { en: 'Status quo', es: 'Statu quo' },
  'point.delinked': { en: 'Issue by issue', es: 'Tema por tema' },
  'point.linked': { en: 'Linked package', es: 'Paquete vinculado' },
  'point.nash': { en: 'Nash', es: 'Nash' },
  'point.ks': { en: 'Kalai–Smorodinsky', es: 'Kalai–Smorodinsky' },
  'point.disagreementSq': { en: 'No deal (status quo)', es: 'Sin acuerdo (statu quo)' },
  'point.disagreementRes': { en: 'No deal (reservation values)', es: 'Sin acuerdo (valores de reserva)' },

  'memo.title': { en: 'Scenario memo: {name}', es: 'Memorando del escenario: {name}' },
  'memo.forAll': {
    en: 'Full view: every party’s preferences and the joint analysis.',
    es: 'Vista completa: las preferencias de todas las partes y el análisis conjunto.',
  },
  'memo.forDelegation': {
    en: 'Prepared for the {party} delegation: other parties’ private preferences and the joint analysis built from them are not included.',
    es: 'Preparado para la delegación de {party}: no incluye las preferencias privadas de las demás partes ni el análisis conjunto que se calcula con ellas.',
  },
  'memo.basedOn': { en: 'Sources: {sources}', es: 'Fuentes: {sources}' },
  'memo.question': { en: 'The question', es: 'La pregunta' },
  'memo.counts': {
    en: '{parties} parties ({names}) negotiate {issues} issues in {areas} policy areas.',
    es: '{parties} partes ({names}) negocian {issues} temas en {areas} áreas de política.',
  },
  'memo.size': {
    en: 'There are {outcomes} possible packages; {pareto} of them are Pareto-optimal (no other package is better for one party and worse for none).',
    es: 'Hay {outcomes} paquetes posibles; {pareto} de ellos son óptimos de Pareto (ningún otro paquete es mejor para una parte sin ser peor para otra).',
  },
  'memo.parties': { en: 'The parties and their priorities', es: 'Las partes y sus prioridades' },
  'memo.privateParty': {
    en: 'This party’s preferences are private to its delegation and are not shown in this memo.',
    es: 'Las preferencias de esta parte son privadas de su delegación y no se muestran en este memorando.',
  },
  'memo.priorities': {
    en: '{party}: issues by weight (normalised to 100 %)',
    es: '{party}: temas por peso (normalizado a 100 %)',
  },
  'memo.frontier': { en: 'The frontier and the key points', es: 'La frontera y los puntos clave' },
  'memo.frontierText': {
    en: 'Each chart shows two parties’ utilities (0 = worst, 1 = best for that party): the Pareto frontier of {pareto} packages, possible packages behind it, and the key points.',
    es: 'Cada gráfica muestra las utilidades de dos partes (0 = lo peor, 1 = lo mejor para esa parte): la frontera de Pareto de {pareto} paquetes, paquetes posibles detrás de ella y los puntos clave.',
  },
  'memo.frontierLine': { en: 'Pareto frontier', es: 'Frontera de Pareto' },
  'memo.frontierCaption': {
    en: '{x} (across) and {y} (up): Pareto frontier (blue), possible packages (grey), {legend}.',
    es: '{x} (horizontal) y {y} (vertical): frontera de Pareto (azul), paquetes posibles (gris), {legend}.',
  },
  'memo.keyPoints': { en: 'Key points: utility of each party', es: 'Puntos clave: utilidad de cada parte' },
  'memo.computed': {
    en: 'Computed by Common Ground from the numbers in the appendix: the exact Pareto frontier, the Nash and Kalai–Smorodinsky bargaining points, and the linkage analysis.',
    es: 'Calculado por Common Ground a partir de los números del apéndice: la frontera de Pareto exacta, los puntos de negociación de Nash y de Kalai–Smorodinsky y el análisis de vinculación.',
  },
  'memo.linkage': { en: 'Linked versus issue by issue', es: 'Vinculado frente a tema por tema' },
  'memo.noDealAlone': {
    en: 'Bargained alone, these issues find no deal that every party prefers to today: {issues}.',
    es: 'Negociados por separado, estos temas no tienen un acuerdo que todas las partes prefieran a hoy: {issues}.',
  },
  'memo.allDealAlone': {
    en: 'Every issue has some deal on its own that every party prefers to today.',
    es: 'Cada tema tiene por sí solo algún acuerdo que todas las partes prefieren a hoy.',
  },
  'memo.linkageTable': {
    en: 'Issue by issue: the best deal on each issue alone and each party’s gain from it; last row: the gain of the linked package over issue by issue',
    es: 'Tema por tema: el mejor acuerdo de cada tema por separado y la ganancia de cada parte; última fila: la ganancia del paquete vinculado sobre el tema por tema',
  },
  'memo.aloneChoice': { en: 'Deal alone', es: 'Acuerdo por separado' },
  'memo.linkedGain': {
    en: 'Linked package: gain over issue by issue',
    es: 'Paquete vinculado: ganancia sobre tema por tema',
  },
  'memo.totalGain': {
    en: 'Linking the issues adds {gain} in total utility over bargaining them one at a time.',
    es: 'Vincular los temas agrega {gain} de utilidad total frente a negociarlos uno por uno.',
  },
  'memo.package': { en: 'The package in words', es: 'El paquete en palabras' },
  'memo.noPackage': {
    en: 'No package is better than no deal for every party.',
    es: 'Ningún paquete es mejor que no llegar a un acuerdo para todas las partes.',
  },
  'memo.packageLinked': {
    en: 'The linked package: the best package over all issues together that leaves every party better off than bargaining issue by issue.',
    es: 'El paquete vinculado: el mejor paquete de todos los temas juntos que deja a cada parte mejor que negociar tema por tema.',
  },
  'memo.packageNash': {
    en: 'Without a status quo there is no issue-by-issue comparison; the package shown is the Nash bargaining point.',
    es: 'Sin statu quo no hay comparación tema por tema; el paquete que se muestra es el punto de negociación de Nash.',
  },
  'memo.packageTable': { en: 'What changes from today', es: 'Qué cambia respecto de hoy' },
  'memo.packageOption': { en: 'In the package', es: 'En el paquete' },
  'memo.unchanged': { en: 'unchanged', es: 'sin cambio' },
  'memo.partyUtility': {
    en: '{party} gets utility {u} from the package, against {d} without a deal.',
    es: '{party} obtiene una utilidad de {u} con el paquete, frente a {d} sin acuerdo.',
  },
  'memo.gainsConcedes': {
    en: 'It gains on {gains} and concedes on {concedes}.',
    es: 'Gana en {gains} y cede en {concedes}.',
  },
  'memo.noChange': { en: 'The package is today’s state.', es: 'El paquete es la situación actual.' },
  'memo.fragile': { en: 'What is fragile', es: 'Qué es frágil' },
  'memo.fragileIntro': {
    en: 'Computed checks of where the result is thin; they flag what to examine, they do not replace a sensitivity analysis.',
    es: 'Comprobaciones calculadas de dónde el resultado es débil; señalan qué examinar, no sustituyen un análisis de sensibilidad.',
  },
  'memo.nothingFragile': {
    en: 'No party is within a thin margin of walking away, and the linkage gains are not small.',
    es: 'Ninguna parte está cerca de preferir no llegar a un acuerdo, y las ganancias de la vinculación no son pequeñas.',
  },
  'fragile.margin': {
    en: '{party} is only {margin} above no deal (less than {thin}): a small change in its numbers could make it walk away.',
    es: '{party} está solo {margin} por encima de no llegar a un acuerdo (menos de {thin}): un pequeño cambio en sus números podría hacerla retirarse.',
  },
  'fragile.linkGain': {
    en: 'Linkage adds only {gain} for {party} over issue by issue.',
    es: 'La vinculación agrega solo {gain} para {party} frente a tema por tema.',
  },
  'fragile.onlyLinked': {
    en: 'These issues move only inside the package (alone they find no deal): {issues}. Splitting the package sends them back to today.',
    es: 'Estos temas solo se mueven dentro del paquete (por separado no tienen acuerdo): {issues}. Dividir el paquete los regresa a hoy.',
  },
  'fragile.assumptions': {
    en: '{assumed} of the {total} weights and value sets behind the issues the package changes are modelling assumptions, not quotes from a source.',
    es: '{assumed} de los {total} pesos y conjuntos de valores detrás de los temas que el paquete cambia son supuestos de modelación, no citas de una fuente.',
  },
  'memo.sources': { en: 'Sources', es: 'Fuentes' },
  'memo.sourceTitle': { en: 'Title', es: 'Título' },
  'memo.sourceBy': { en: 'Author, year, publisher', es: 'Autor, año, editorial' },
  'memo.sourceWhere': { en: 'Where to find it', es: 'Dónde encontrarla' },
  'memo.appendix': { en: 'Appendix: every number and its source', es: 'Apéndice: cada número y su fuente' },
  'memo.appendixIntro': {
    en: 'Weights are relative importance before normalisation; values are on a 0 to 1 scale per issue.',
    es: 'Los pesos son importancias relativas antes de normalizar; los valores están en una escala de 0 a 1 por tema.',
  },
  'memo.appendixPrivate': {
    en: 'Other parties’ numbers are private to their delegations and are not listed.',
    es: 'Los números de las demás partes son privados de sus delegaciones y no se listan.',
  },

  'fw.title': { en: 'Framework report: {name}', es: 'Informe del marco: {name}' },
  'fw.overview': { en: 'The framework', es: 'El marco' },
  'fw.counts': {
    en: 'Status: {status}. Parties: {parties}. {areas} areas, {objectives} objectives, {actions} actions.',
    es: 'Estado: {status}. Partes: {parties}. {areas} áreas, {objectives} objetivos, {actions} acciones.',
  },
  'fw.status.published': { en: 'published', es: 'publicado' },
  'fw.status.proposed': { en: 'proposed', es: 'propuesto' },
  'fw.status.draft': { en: 'draft', es: 'borrador' },
  'fw.status.superseded': { en: 'superseded', es: 'reemplazado' },
  'fw.start': { en: 'Started on {date}.', es: 'Inició el {date}.' },
  'fw.startPlanned': { en: 'Planned start: {date}.', es: 'Inicio previsto: {date}.' },
  'fw.sourceOf': { en: 'Source', es: 'Fuente' },
  'fw.audit': { en: 'Audit against the five criteria', es: 'Auditoría con los cinco criterios' },
  'fw.auditPassed': {
    en: 'The framework passes every criterion.',
    es: 'El marco cumple todos los criterios.',
  },
  'fw.auditFailed': {
    en: 'The framework does not pass every criterion: {gaps} gaps, listed below.',
    es: 'El marco no cumple todos los criterios: {gaps} brechas, listadas abajo.',
  },
  'fw.criteria': { en: 'Criteria', es: 'Criterios' },
  'fw.criterion': { en: 'Criterion', es: 'Criterio' },
  'fw.score': { en: 'Score', es: 'Puntaje' },
  'fw.passing': { en: 'Items passing', es: 'Elementos que cumplen' },
  'fw.result': { en: 'Result', es: 'Resultado' },
  'fw.pass': { en: 'passes', es: 'cumple' },
  'fw.fail': { en: 'fails', es: 'no cumple' },
  'fw.gaps': { en: 'Gaps', es: 'Brechas' },
  'fw.item': { en: 'Item', es: 'Elemento' },
  'fw.gap': { en: 'What is missing', es: 'Qué falta' },
  'fw.severity': { en: 'Severity', es: 'Gravedad' },
  'fw.error': { en: 'error', es: 'error' },
  'fw.warning': { en: 'warning', es: 'advertencia' },
  'criterion.clear_objectives': {
    en: 'Clear objectives: every area has objectives, every objective an owner party',
    es: 'Objetivos claros: cada área tiene objetivos y cada objetivo una parte responsable',
  },
  'criterion.measurable_results': {
    en: 'Measurable results: every objective has an indicator with a baseline and a dated target',
    es: 'Resultados medibles: cada objetivo tiene un indicador con línea de base y una meta fechada',
  },
  'criterion.effective_actions': {
    en: 'Effective actions: every area has actions serving its objectives',
    es: 'Acciones eficaces: cada área tiene acciones al servicio de sus objetivos',
  },
  'criterion.responsible_actors': {
    en: 'Responsible actors: every action names an accountable actor',
    es: 'Actores responsables: cada acción nombra a un actor que rinde cuentas',
  },
  'criterion.committed_resources': {
    en: 'Committed resources: every action has a committed budget',
    es: 'Recursos comprometidos: cada acción tiene un presupuesto comprometido',
  },
  'criterion.joint_action': {
    en: 'Joint action preferred: share of actions that are joint (passes at 50 % or more)',
    es: 'Preferencia por la acción conjunta: proporción de acciones conjuntas (cumple con 50 % o más)',
  },
  'fw.objectives': { en: 'Objectives, results and indicators', es: 'Objetivos, resultados e indicadores' },
  'fw.owners': { en: 'owners', es: 'responsables' },
  'fw.noObjectives': { en: 'no objectives', es: 'sin objetivos' },
  'fw.resultType.output': { en: 'Output', es: 'Producto' },
  'fw.resultType.outcome': { en: 'Outcome', es: 'Efecto' },
  'fw.resultType.impact': { en: 'Impact', es: 'Impacto' },
  'fw.indicators': { en: 'Indicator progress', es: 'Avance de los indicadores' },
  'fw.progressTable': {
    en: 'Each indicator: baseline, final target, latest measured value and status',
    es: 'Cada indicador: línea de base, meta final, último valor medido y estado',
  },
  'fw.indicator': { en: 'Indicator', es: 'Indicador' },
  'fw.baseline': { en: 'Baseline', es: 'Línea de base' },
  'fw.target': { en: 'Target', es: 'Meta' },
  'fw.actual': { en: 'Actual', es: 'Real' },
  'fw.latest': { en: 'Latest', es: 'Último' },
  'fw.status': { en: 'Status', es: 'Estado' },
  'fw.period': { en: 'Period', es: 'Periodo' },
  'fw.value': { en: 'Value', es: 'Valor' },
  'fw.source': { en: 'Source', es: 'Fuente' },
  'progress.achieved': { en: 'achieved', es: 'alcanzado' },
  'progress.on_track': { en: 'on track', es: 'en camino' },
  'progress.off_track': { en: 'off track', es: 'rezagado' },
  'progress.not_started': { en: 'not started', es: 'sin iniciar' },
  'progress.no_data': { en: 'no data', es: 'sin datos' },
  'fw.budgets': { en: 'Budgets and joint action', es: 'Presupuestos y acción conjunta' },
  'fw.budgetTable': {
    en: 'Budgets per currency: committed (of which proposals, not yet real money), disbursed, execution',
    es: 'Presupuestos por moneda: comprometido (del cual propuestas, aún no dinero real), desembolsado, ejecución',
  },
  'fw.currency': { en: 'Currency', es: 'Moneda' },
  'fw.committed': { en: 'Committed', es: 'Comprometido' },
  'fw.proposed': { en: 'of which proposed', es: 'del cual propuesto' },
  'fw.disbursed': { en: 'Disbursed', es: 'Desembolsado' },
  'fw.execution': { en: 'Execution', es: 'Ejecución' },
  'fw.amount': { en: 'Amount', es: 'Monto' },
  'fw.noData': { en: 'no data', es: 'sin datos' },
  'fw.noBudgets': { en: 'No budget is recorded.', es: 'No hay presupuestos registrados.' },
  'fw.budgetCaption': {
    en: 'Committed versus disbursed, per currency (no disbursement recorded is marked “no data”, not drawn as zero).',
    es: 'Comprometido frente a desembolsado, por moneda (sin desembolsos registrados se marca «sin datos», no se dibuja como cero).',
  },
  'fw.joint': { en: 'Joint versus unilateral action', es: 'Acción conjunta frente a unilateral' },
  'fw.jointShare': {
    en: '{share} of the actions are joint ({joint} of {total}).',
    es: '{share} de las acciones son conjuntas ({joint} de {total}).',
  },
  'fw.noActions': { en: 'The framework has no actions yet.', es: 'El marco aún no tiene acciones.' },
  'fw.year': { en: 'Year', es: 'Año' },
  'fw.cumulative': { en: 'Joint share so far', es: 'Proporción conjunta acumulada' },
  'fw.actions': { en: 'Actions', es: 'Acciones' },
  'fw.action': { en: 'Action', es: 'Acción' },
  'fw.jointCol': { en: 'Joint?', es: '¿Conjunta?' },
  'fw.jointYes': { en: 'joint', es: 'conjunta' },
  'fw.unilateral': { en: 'unilateral', es: 'unilateral' },
  'fw.accountable': { en: 'Accountable', es: 'Responsable' },

  'neg.title': { en: 'Negotiation report: {name}', es: 'Informe de negociación: {name}' },
  'neg.settings': { en: 'Settings and agents', es: 'Configuración y agentes' },
  'neg.intro': {
    en: 'A simulated negotiation of {title} between {parties}, run by Common Ground’s agents.',
    es: 'Una negociación simulada de {title} entre {parties}, con los agentes de Common Ground.',
  },
  'neg.setting': { en: 'Setting', es: 'Parámetro' },
  'neg.mode.linked': { en: 'Linked (one package)', es: 'Vinculado (un paquete)' },
  'neg.mode.delinked': { en: 'Issue by issue', es: 'Tema por tema' },
  'neg.protocol': { en: 'Protocol', es: 'Protocolo' },
  'neg.order': { en: 'Order of the issues', es: 'Orden de los temas' },
  'neg.deadline': { en: 'Rounds used', es: 'Rondas usadas' },
  'neg.seed': { en: 'Random seed', es: 'Semilla aleatoria' },
  'neg.agents': { en: 'Agent of each party', es: 'Agente de cada parte' },
  'neg.offers': { en: 'The offers', es: 'Las ofertas' },
  'neg.offersIntro': {
    en: 'Every offer as a point of two parties’ utilities, coloured by the party that made it, against the Pareto frontier (blue dots), the no-deal point and the Nash point.',
    es: 'Cada oferta como un punto de las utilidades de dos partes, con el color de la parte que la hizo, frente a la frontera de Pareto (puntos azules), el punto sin acuerdo y el punto de Nash.',
  },
  'neg.offersCaption': {
    en: '{mode}: {offers} offers; {x} across, {y} up.',
    es: '{mode}: {offers} ofertas; {x} en horizontal, {y} en vertical.',
  },
  'neg.noDeal': { en: 'No deal', es: 'Sin acuerdo' },
  'neg.agreement': { en: 'Agreement', es: 'Acuerdo' },
  'neg.mediator': { en: 'Mediator proposal', es: 'Propuesta del mediador' },
  'neg.outcome': {
    en: 'Outcome against the frontier and the Nash point',
    es: 'Resultado frente a la frontera y el punto de Nash',
  },
  'neg.final': { en: 'Final utility', es: 'Utilidad final' },
  'neg.end.agreement': { en: 'Agreement after {rounds} rounds.', es: 'Acuerdo tras {rounds} rondas.' },
  'neg.end.deadline': {
    en: 'No agreement: the deadline passed after {rounds} rounds.',
    es: 'Sin acuerdo: se venció el plazo tras {rounds} rondas.',
  },
  'neg.end.walkaway': {
    en: '{party} walked away after {rounds} rounds.',
    es: '{party} se retiró tras {rounds} rondas.',
  },
  'neg.end.rejected': {
    en: 'The agreement was rejected (it breaks a red line) after {rounds} rounds.',
    es: 'El acuerdo fue rechazado (cruza una línea roja) tras {rounds} rondas.',
  },
  'neg.distances': {
    en: 'Distance to the Pareto frontier: {pareto}; to the Nash point: {nash}.',
    es: 'Distancia a la frontera de Pareto: {pareto}; al punto de Nash: {nash}.',
  },
  'neg.sideBySide': { en: 'Linked versus issue by issue', es: 'Vinculado frente a tema por tema' },
  'neg.endCol': { en: 'End', es: 'Final' },
  'neg.endShort.agreement': { en: 'agreement', es: 'acuerdo' },
  'neg.endShort.deadline': { en: 'deadline', es: 'plazo vencido' },
  'neg.endShort.walkaway': { en: 'walk-away', es: 'retiro' },
  'neg.endShort.rejected': { en: 'rejected', es: 'rechazado' },
  'neg.joint': { en: 'Joint utility (sum)', es: 'Utilidad conjunta (suma)' },
  'neg.toPareto': { en: 'Distance to the Pareto frontier', es: 'Distancia a la frontera de Pareto' },
  'neg.toNash': { en: 'Distance to the Nash point', es: 'Distancia al punto de Nash' },
  'neg.moved': { en: 'Issues moved from the status quo', es: 'Temas que se movieron del statu quo' },
  'neg.linkedBetter': {
    en: 'Linking the issues gave {diff} more joint utility than settling them one at a time.',
    es: 'Vincular los temas dio {diff} más de utilidad conjunta que resolverlos uno por uno.',
  },
  'neg.delinkedBetter': {
    en: 'Settling the issues one at a time gave {diff} more joint utility than linking them, in this run.',
    es: 'Resolver los temas uno por uno dio {diff} más de utilidad conjunta que vincularlos, en esta ejecución.',
  },
  'neg.same': {
    en: 'Both ways gave the same joint utility.',
    es: 'Ambas formas dieron la misma utilidad conjunta.',
  },
  'neg.packages': { en: 'What each run agreed, issue by issue', es: 'Qué acordó cada ejecución, tema por tema' },

  'coop.title': { en: 'Cooperation report: {name}', es: 'Informe de cooperación: {name}' },
  'coop.game': { en: 'The game in words', es: 'El juego en palabras' },
  'coop.gameWords': {
    en: 'Each turn {a} and {b} each choose joint or unilateral action. For {a}: both acting jointly pays {R}; acting alone while the other acts jointly pays {T}; acting jointly while the other acts alone pays {S}; both acting alone pays {P}.',
    es: 'En cada turno {a} y {b} eligen acción conjunta o unilateral. Para {a}: si ambos actúan juntos recibe {R}; si actúa sola mientras la otra actúa en conjunto recibe {T}; si actúa en conjunto mientras la otra actúa sola recibe {S}; si ambos actúan solos recibe {P}.',
  },
  'coop.payoffs': { en: 'Payoffs per turn: {label}', es: 'Pagos por turno: {label}' },
  'coop.bothJoint': { en: 'Both joint (R)', es: 'Ambos conjunta (R)' },
  'coop.aloneVsJoint': { en: 'Alone vs joint (T)', es: 'Sola frente a conjunta (T)' },
  'coop.jointVsAlone': { en: 'Joint vs alone (S)', es: 'Conjunta frente a sola (S)' },
  'coop.bothAlone': { en: 'Both alone (P)', es: 'Ambos solos (P)' },
  'coop.params': { en: 'Tournament settings: {params}.', es: 'Parámetros del torneo: {params}.' },
  'coop.ranking': { en: 'Tournament ranking', es: 'Clasificación del torneo' },
  'coop.rank': { en: 'Rank', es: 'Puesto' },
  'coop.strategy': { en: 'Strategy', es: 'Estrategia' },
  'coop.score': { en: 'Median score per turn', es: 'Puntaje mediano por turno' },
  'coop.rate': { en: 'Cooperation rate', es: 'Tasa de cooperación' },
  'coop.rankingCaption': {
    en: 'Median score per turn of each strategy over every match and repetition.',
    es: 'Puntaje mediano por turno de cada estrategia en todos los encuentros y repeticiones.',
  },
  'coop.rateCaption': {
    en: 'Share of turns in which each strategy acted jointly.',
    es: 'Proporción de turnos en que cada estrategia actuó en conjunto.',
  },
  'coop.jvu': {
    en: 'Joint versus unilateral action over time',
    es: 'Acción conjunta frente a unilateral en el tiempo',
  },
  'coop.jvuText': {
    en: 'Averaged over the tournament, a player acting jointly earned {joint} per turn and one acting alone {unilateral}.',
    es: 'En promedio en el torneo, quien actuó en conjunto obtuvo {joint} por turno y quien actuó solo {unilateral}.',
  },
  'coop.jvuCaption': {
    en: 'Mean payoff per turn of players who acted jointly and of those who acted alone (moving average of 5 turns).',
    es: 'Pago medio por turno de quienes actuaron en conjunto y de quienes actuaron solos (media móvil de 5 turnos).',
  },
  'coop.jointSeries': { en: 'joint', es: 'conjunta' },
  'coop.unilateralSeries': { en: 'unilateral', es: 'unilateral' },
  'coop.turn': { en: 'Turn', es: 'Turno' },
  'coop.payoff': { en: 'Payoff', es: 'Pago' },
  'coop.linkage': { en: 'Linkage and the shadow of the future', es: 'Vinculación y la sombra del futuro' },
  'coop.linkageIntro': {
    en: 'Cooperation under grim trigger lasts only if the chance that the relationship continues is at least the threshold below: per issue alone, and for all issues linked (a defection on one issue is punished on all).',
    es: 'La cooperación con gatillo implacable se sostiene solo si la probabilidad de que la relación continúe es al menos el umbral de abajo: por tema solo, y con todos los temas vinculados (una defección en un tema se castiga en todos).',
  },
  'coop.pair': { en: 'Both parties', es: 'Ambas partes' },
  'coop.allLinked': { en: 'All issues linked', es: 'Todos los temas vinculados' },
  'coop.never': { en: 'never', es: 'nunca' },
  'coop.helped': {
    en: 'Linking lowers the threshold for {issues} to {linked}: cooperation there becomes sustainable with a shorter shadow of the future.',
    es: 'La vinculación baja el umbral de {issues} a {linked}: la cooperación ahí se vuelve sostenible con una sombra del futuro más corta.',
  },
  'coop.notHelped': {
    en: 'Linking lowers no issue’s threshold here.',
    es: 'Aquí la vinculación no baja el umbral de ningún tema.',
  },
} satisfies Record<string, Record<Lang, string>>;

export const STRINGS: Record<string, Record<Lang, string>> = S;
export type ReportKey = keyof typeof S;
export type Translate = (key: ReportKey, params?: Record<string, string | number>) => string;

export function translator(lang: Lang): Translate {
  return (key, params) => {
    const text = S[key][lang];
    return params ? text.replace(/\{(\w+)\}/g, (m, k: string) => (k in params ? String(params[k]) : m)) : text;
  };
}
