/**
 * Negotiation simulation: protocols (alternating offers, stacked alternating offers, mediated
 * single negotiating text), agent strategies with acceptance conditions and opponent models,
 * sessions, issue-by-issue (delinked) runs, tournaments and metrics against the analysis engine.
 * Browser-safe (tournaments on worker threads are run by the job pool, src/jobs).
 */
export type * from './types.ts';
export { viewOf, noDealUtilities, type PartyView } from './view.ts';
export { Agent, type AgentOptions, type Received, type Sent } from './agent.ts';
export { runSession, resolveProtocol, DEFAULT_ROUNDS, type SessionConfig, type SessionResult } from './session.ts';
export {
  runDelinked,
  issueDomain,
  requireStatusQuo,
  type DelinkedConfig,
  type DelinkedResult,
  type DelinkedOrder,
  type IssueSession,
} from './delinked.ts';
export {
  runTournament,
  planTournament,
  tournamentSessionCount,
  MAX_TOURNAMENT_SESSIONS,
  runTask,
  rank,
  tournamentResult,
  validateTournament,
  type TournamentSpec,
  type TournamentResult,
  type RankingRow,
  type SessionSummary,
  type Task,
} from './tournament.ts';
export { referenceFor, distanceToFrontier, distanceToNash, euclid, type Reference } from './metrics.ts';
export { randomDomain, type RandomDomainOptions } from './random-domain.ts';
export * from './acceptance/index.ts';
export * from './opponent/index.ts';
export * from './strategies/index.ts';
export * from './protocols/index.ts';
export * from './space/index.ts';
export {
  compareLinkage,
  compareSpecs,
  linkageComparison,
  type LinkageComparison,
  type LinkageRow,
} from './experiment.ts';
export { sessionJson, delinkedJson, tournamentJson, comparisonJson, offersSummary, type OffersMode } from './json.ts';
export { sessionReport, delinkedReport, rankingReport, linkageReport } from './report.ts';
export { ScriptedNegotiator, replay, type Script } from './scripted.ts';
export { offerJson } from './json.ts';
export { MitmEngine } from './space/mitm.ts';
