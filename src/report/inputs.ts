/**
 * From what the engines compute to what the reports show: the analysis of a scenario, a linked and
 * a delinked negotiation run of the same setting, a tournament with the linkage of a cooperation
 * game, a framework's audit and progress. Browser-safe; deterministic (seeds come in).
 */
import { analyze, toJson } from '../analysis/index.ts';
import {
  analyseLinkage,
  playTournament,
  resolveStrategies,
  scenarioGame,
  scenarioIssues,
  type CooperationScenario,
} from '../cooperation/index.ts';
import { auditFramework, frameworkProgress, type Framework } from '../framework/index.ts';
import { compileScenario, type Scenario } from '../model/index.ts';
import {
  delinkedJson,
  referenceFor,
  runDelinked,
  runSession,
  sessionJson,
  type ProtocolName,
} from '../negotiation/index.ts';
import { outcomeCloud } from './charts/outcome-cloud.ts';
import type { CooperationReportInput } from './cooperation-report.ts';
import type { FrameworkReportInput } from './framework-report.ts';
import type { NegotiationReportInput, NegotiationRunJson } from './negotiation-report.ts';
import type { ScenarioMemoInput } from './scenario-memo.ts';

/** Outcomes drawn behind the memo's frontier: few enough to keep the HTML small and fast. */
export const MEMO_CLOUD_POINTS = 400;

/**
 * Samples of the robustness study a memo computes when asked for one without a count (CLI
 * `report --robustness`): enough for shares within about ±4 points (95%), small enough that the
 * study stays within a second on North America; the memo prints the count. Finer studies come
 * from `commonground robustness --samples N --json` or the API's cached run.
 */
export const MEMO_ROBUSTNESS_SAMPLES = 500;

/** The memo's input: the joint analysis (left out for a delegation, which may not see it). */
export function scenarioMemoInput(scenario: Scenario, audience?: { partyId: string } | null): ScenarioMemoInput {
  if (audience) return { scenario, analysis: null, audience };
  const domain = compileScenario(scenario);
  return {
    scenario,
    analysis: toJson(domain, analyze(domain)),
    cloud: outcomeCloud(domain, MEMO_CLOUD_POINTS).points,
  };
}

/** Names of the scenario's parties and issues, for reports of runs on it. */
export function scenarioNames(scenario: Scenario): Pick<NegotiationReportInput, 'title' | 'parties' | 'issues'> {
  return {
    title: scenario.name,
    parties: scenario.parties.map((p) => ({ id: p.id, name: p.name })),
    issues: scenario.issues.map((i) => ({
      id: i.id,
      name: i.name,
      options: i.options.map((o) => ({ id: o.id, label: o.label })),
      statusQuo: i.statusQuo,
    })),
  };
}

export interface NegotiationSetting {
  /** One agent spec per party. */
  agents: string[];
  protocol?: ProtocolName;
  rounds?: number;
  seed?: number;
}

/** The same agents negotiate the scenario twice: one linked package, and issue by issue. */
export function negotiationReportInput(scenario: Scenario, s: NegotiationSetting): NegotiationReportInput {
  const domain = compileScenario(scenario);
  const ref = referenceFor(domain);
  const config = {
    agents: s.agents,
    protocol: s.protocol,
    deadline: s.rounds ? { rounds: s.rounds } : undefined,
    seed: s.seed ?? 1,
  };
  const linked = sessionJson(domain, runSession(domain, config), ref, 'all') as unknown as NegotiationRunJson;
  const delinked = delinkedJson(domain, runDelinked(domain, config), ref, 'all') as unknown as NegotiationRunJson;
  return {
    ...scenarioNames(scenario),
    pareto: ref.frontier.points.map((p) => [...p.utilities]),
    runs: [linked, delinked],
  };
}

export interface TournamentSetting {
  strategies: string[];
  turns: number;
  repetitions: number;
  seed: number;
  noise?: number;
  /** The issue whose stage game the tournament plays (default: the first). */
  issue?: string;
}

/**
 * A cooperation game's report input: a tournament on one issue's stage game between the first two
 * parties, and the linkage analysis of all its issues. `series` is the joint-versus-unilateral
 * payoff over time (computed by the job pool's `jointVsUnilateral`).
 */
export function cooperationReportInput(
  sc: CooperationScenario,
  s: TournamentSetting,
  series: (game: ReturnType<typeof scenarioGame>) => CooperationReportInput['tournament']['jointVsUnilateral'],
): CooperationReportInput {
  const issue = sc.issues.find((i) => i.id === s.issue) ?? sc.issues[0];
  const game = scenarioGame(sc, issue.id);
  const result = playTournament(resolveStrategies(s.strategies), {
    turns: s.turns,
    repetitions: s.repetitions,
    seed: s.seed,
    noise: s.noise ?? 0,
    game,
  });
  return {
    title: sc.title,
    parties: [sc.parties[0].name, sc.parties[1].name],
    game: { label: issue.name, row: game.row, col: game.col },
    description: issue.rationale,
    tournament: {
      ranking: result.summary.map((r) => ({
        rank: r.rank,
        name: r.name,
        medianScore: r.medianScore,
        cooperationRate: r.cooperationRate,
      })),
      jointVsUnilateral: series(game),
      params: {
        strategies: s.strategies.length,
        turns: s.turns,
        repetitions: s.repetitions,
        seed: s.seed,
        noise: s.noise ?? 0,
      },
    },
    linkage: analyseLinkage(scenarioIssues(sc)),
  };
}

export function frameworkReportInput(framework: Framework): FrameworkReportInput {
  return { framework, audit: auditFramework(framework), progress: frameworkProgress(framework) };
}
