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
  mostRobustForMediation,
  paretoImprovement,
  BARGAINING_CONCEPTS,
  MEDIATION_CONCEPTS,
  type MediationConcept,
  type ProposalRobustness,
  type RobustChoice,
  type RobustSearch,
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
export { DEFAULT_MAX_NODES, DEFAULT_MAX_SECONDS, FrontierBudgetError, type PartialFrontier } from './branch-bound.ts';
// The parts of a parallel branch and bound (jobs/parallel-frontier.ts runs them on threads).
export {
  budgetError,
  frontierOfArchive,
  provenFrontier,
  searchSubtrees,
  splitComponent,
  type RegionList,
  type SplitResult,
  type SubtreeResult,
} from './branch-bound.ts';
export { branchAndBoundPlan, type BranchBoundJob } from './pareto.ts';
export { buildRegions, type Regions } from './regions.ts';
export { decompose, type Component } from './components.ts';
export { SharedSearch, type StopReason } from './shared-search.ts';
export { mergeArchives, pointsOf, type ArchivePoints } from './archive.ts';
export type { ComponentFrontier } from './component-frontier.ts';
export { bruteForceFrontier, bruteForceSolutions, bruteForceLinkage } from './reference.ts';
// Seeded generators for tests and benchmarks (random small domains; synthetic additive domains).
export { randomDomain, syntheticDomain, type RandomDomainSpec } from './random-domain.ts';
// Robustness: Monte Carlo over uncertain preferences (chunked, mergeable), the most robust
// package, and exact sensitivity of the Nash package to each weight and value.
export {
  robustnessChunk,
  robustnessChunkPausing,
  referenceChunk,
  mergeChunks,
  chunkBuffers,
  type RobustnessInput,
  type ChunkResult,
} from './robustness/chunk.ts';
export { PartialTally, type PartialEstimate } from './robustness/partial.ts';
export {
  robustnessInput,
  runRobustness,
  finishRobustness,
  chunkRanges,
  chunkPlan,
  MAX_CHUNK_SAMPLES,
  MAX_SAMPLES,
  DEFAULT_SAMPLES,
  DEFAULT_SEED,
  CHUNK_SAMPLES,
  type RobustnessSettings,
  type RobustnessResult,
} from './robustness/run.ts';
export { mostRobustPackage, type MostRobust, type Baseline } from './robustness/most-robust.ts';
export { sensitivity, type SensitivityEntry, type SensitivityResult, type Takeover } from './robustness/sensitivity.ts';
export { summarise, type MonteCarloSummary } from './robustness/summary.ts';
export { wilson, quantiles, type Estimate, type Quantiles } from './robustness/stats.ts';
export { Sampler, sampleSeed } from './robustness/sample.ts';
export { robustnessJson, METHOD_NOTES, type RobustnessJson } from './robustness/json.ts';
export {
  robustnessFindings,
  describeEntry,
  describeChanges,
  endInUnits,
  nearestEnd,
  possessive,
  margin,
  pct,
  ci,
  optionLabel,
  type Finding,
} from './robustness/findings.ts';
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
