/**
 * The HTTP API's public surface for other code: the request limits, and the type of every request
 * and reply, inferred from the zod schemas the routes validate and encode with
 * (`schemas/<resource>.ts`). The web app imports these types only (`import type`), so no server
 * code reaches its bundle; the schemas stay the one definition of the API's shapes.
 */
export { MAX_COMPARISON_AGENTS, MAX_COMPARISON_SESSIONS } from './schemas/negotiation.ts';
export type { Analysis } from './schemas/analysis.ts';
export type {
  CooperationGameList,
  CooperationGameSummary,
  CooperationStrategyList,
  StoredCooperationGame,
  TournamentRequest,
  TournamentResult,
} from './schemas/cooperation.ts';
export type {
  CreatedDelegation,
  Delegation,
  DelegationList,
  DelegationRequest,
  PositionReply,
} from './schemas/delegations.ts';
export type {
  FrameworkList,
  FrameworkReplace,
  FrameworkSummary,
  IatiImport,
  ImportSummary,
  StoredFramework,
} from './schemas/frameworks.ts';
export type { Health } from './schemas/health.ts';
export type { Job, JobCancel, JobList, JobOf, JobSummary } from './schemas/jobs.ts';
export type {
  ComparisonRequest,
  ComparisonResult,
  ComparisonRow,
  NegotiationStrategy,
  NegotiationStrategyList,
  Offer,
  SessionRequest,
  SessionResult,
} from './schemas/negotiation.ts';
export type {
  RedactedScenario,
  ScenarioList,
  ScenarioReplace,
  ScenarioSummary,
  ScenarioValidation,
  StoredScenario,
} from './schemas/scenarios.ts';
export type { ScenarioComparison, VersionDocument, VersionList } from './schemas/versions.ts';
export type { RobustnessRequest, RobustnessResultJson } from './schemas/robustness.ts';
export type { ProblemDetails } from './problem-details.ts';
export type {
  Mediation,
  MediationAudit,
  MediationEvent,
  MediationList,
  OpenMediation,
  OwnPreferences,
} from './schemas/mediations.ts';
