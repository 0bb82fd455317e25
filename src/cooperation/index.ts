/**
 * Cooperation dynamics: the repeated joint-versus-unilateral game (Axelrod semantics, plus
 * misperception, n-party games and issue linkage), tournaments, the Moran process, exact Nash
 * equilibria and replicator dynamics. Browser-safe; tournaments on worker threads are run by the
 * job pool (`src/jobs`), in chunks of pairs (`playPairs`, `packRaw`, `unpackInto`).
 */
export {
  C,
  D,
  randomChoice,
  type Action,
  type History,
  type MatchInfo,
  type OwnPayoffs,
  type Player,
  type Strategy,
} from './player.ts';
export {
  DEFAULT_GAME,
  STANDARD_PAYOFFS,
  assertGame,
  gameFromMatrices,
  gameMatrices,
  gameProblems,
  isPrisonersDilemma,
  ownPayoff,
  parseRstp,
  scoreTurn,
  symmetricGame,
  type Game,
} from './game.ts';
export {
  DEFAULT_TURNS,
  MAX_TURNS,
  MatchEngine,
  actionString,
  matchLength,
  playMatch,
  sampleLength,
  type MatchOptions,
  type MatchResult,
} from './match.ts';
export {
  DEFAULT_REPETITIONS,
  playTournament,
  summariseTournament,
  tournamentPairs,
  tournamentSpec,
  type ProgressCallback,
  type RankedPlayer,
  type TournamentOptions,
  type TournamentResult,
  type TournamentSpec,
} from './tournament.ts';
export {
  STRATEGIES,
  closestStrategyNames,
  cycler,
  detectCycle,
  editDistance,
  goByMajority,
  gtft,
  gtftGenerosity,
  memoryOne,
  nTitsForMTats,
  normaliseName,
  randomPlayer,
  resolveStrategies,
  resolveStrategy,
  type FourVector,
} from './strategies/index.ts';
export { STRATEGY_DESCRIPTIONS_ES, strategyDescription } from './strategies/descriptions-es.ts';
export { memoryOneLongRun, type LongRun } from './markov.ts';
export {
  exactFixationProbability,
  fixationProbability,
  moranProcess,
  type FixationEstimate,
  type FixationOptions,
  type MoranOptions,
  type MoranResult,
} from './moran.ts';
export {
  analyseLinkage,
  criticalDelta,
  linkedCriticalDelta,
  playLinkedMatch,
  simulateDeviation,
  type DeviationCheck,
  type Issue,
  type LinkageAnalysis,
  type LinkedSide,
} from './linkage.ts';
export {
  linearNPlayerGame,
  playNPlayerMatch,
  playNPlayerTournament,
  type NPlayerGame,
  type NPlayerMatchOptions,
  type NPlayerRanking,
} from './nplayer.ts';
export { Rational, solveExact } from './rational.ts';
export {
  equilibriumToJson,
  extremeEquilibria,
  isNashEquilibrium,
  parseBimatrix,
  supportEnumeration,
  type BimatrixGame,
  type Equilibrium,
} from './equilibria.ts';
export { asymmetricReplicatorDynamics, discreteReplicatorStep, linspace, replicatorDynamics } from './replicator.ts';
export {
  cooperationScenarioFromData,
  cooperationScenarioSchema,
  parseCooperationScenario,
  scenarioGame,
  scenarioIssues,
  scenarioNPlayerGame,
  localizeGame,
  untranslatedGameFields,
  GAME_TEXT,
  type CooperationScenario,
} from './scenario.ts';
export { emptyRaw, packRaw, playPairs, specStrategies, unpackInto, type RawResults } from './tournament.ts';
