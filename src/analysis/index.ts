/**
 * Issue-linkage analysis engine: exact Pareto frontier (without enumerating outcomes),
 * bargaining solutions, linkage analysis, JSON form, and brute-force references for tests.
 * Browser-safe (no Node imports).
 */
export type { Outcome } from '../model/index.ts';
export { Frontier, type Point, type FrontierInfo } from './frontier.ts';
export { computeFrontier, paretoFrontier, validateDomain, lexDesc, type FrontierOptions } from './pareto.ts';
export { bargainingSolutions, type Solutions } from './bargaining.ts';
export {
  mediationProposals,
  paretoImprovement,
  MEDIATION_CONCEPTS,
  type MediationConcept,
  type MediationProposal,
  type ProposalOptions,
  type ProposalResult,
} from './mediation.ts';
export { linkageAnalysis, type LinkageResult, type IssueDeal, type LinkageOptions } from './linkage.ts';
export { analyze, type AnalyzeOptions, type AnalysisResult } from './analyze.ts';
export { toJson, pointToJson, type AnalysisJson, type PointJson } from './json.ts';
export { DEFAULT_RELATIVE_TOLERANCE, defaultTolerance, utilityScale, covers } from './tolerance.ts';
export { ENUMERATION_LIMIT } from './component-frontier.ts';
export { DEFAULT_LIMITS, type MergeLimits } from './merge.ts';
export { DEFAULT_MAX_NODES, FrontierBudgetError, type PartialFrontier } from './branch-bound.ts';
export { bruteForceFrontier, bruteForceSolutions, bruteForceLinkage } from './reference.ts';
// Seeded generators for tests and benchmarks (random small domains; synthetic additive domains).
export { randomDomain, syntheticDomain, type RandomDomainSpec } from './random-domain.ts';
export {
  dealInWords,
  dealSentences,
  fmt3,
  signed3,
  percent,
  type DealWords,
  type PartyDeal,
  type IssueMove,
  type PartySentences,
  type DealLang,
} from './deal-words.ts';
export { findings, type Findings, type Claim } from './findings.ts';
export {
  explain,
  locate,
  PACKAGES,
  type PackageKey,
  type Explanation,
  type PackageExplanation,
  type LocatedEntry,
} from './explain.ts';
