/**
 * Reports of stored runs (the server's jobs): a negotiation session or a cooperation tournament,
 * from the job's recorded parameters and result. A negotiation on a stored scenario is named and
 * drawn against the scenario's Pareto frontier; a run on a posted document (not stored) keeps only
 * the name it was recorded with.
 */
import { computeFrontier } from '../analysis/index.ts';
import { fail } from '../core/index.ts';
import { localizeGame, type CooperationScenario } from '../cooperation/index.ts';
import { compileScenario, localizeScenario, withStatusQuo, type Scenario } from '../model/index.ts';
import { cooperationReportHtml, type CooperationReportInput } from './cooperation-report.ts';
import type { ReportOptions } from './engine.ts';
import { translator } from './i18n.ts';
import { scenarioNames } from './inputs.ts';
import { negotiationReportHtml, type NegotiationRunJson } from './negotiation-report.ts';

export interface RunRecord {
  id: string;
  kind: string;
  status: string;
  params: unknown;
  result: unknown;
}

export const REPORTED_RUN_KINDS = ['negotiation', 'cooperation'] as const;

/** Fails with `no_report_for_run` unless the run finished and is of a kind with a report. */
export function assertReportable(run: RunRecord): void {
  if (run.status !== 'succeeded' || !(REPORTED_RUN_KINDS as readonly string[]).includes(run.kind))
    fail('no_report_for_run', { id: run.id, kind: run.kind, status: run.status, kinds: [...REPORTED_RUN_KINDS] });
}

const record = (x: unknown): Record<string, unknown> =>
  typeof x === 'object' && x !== null ? (x as Record<string, unknown>) : {};

/**
 * The report of a finished run; `scenario` is the stored scenario a negotiation ran on, if any, and
 * `game` the stored cooperation game a tournament played (its issue and parties named in the
 * report's language from the game's own translations), if any.
 */
export function runReportHtml(
  run: RunRecord,
  scenario: Scenario | null,
  opts: ReportOptions,
  game: CooperationScenario | null = null,
): string {
  assertReportable(run);
  const params = record(run.params);
  if (run.kind === 'negotiation') {
    const result = run.result as NegotiationRunJson;
    let pareto: number[][] | null = null;
    let names;
    if (scenario) {
      let domain = compileScenario(scenario);
      if (typeof params.statusQuo === 'string' && params.statusQuo)
        domain = withStatusQuo(domain, params.statusQuo).domain;
      pareto = computeFrontier(domain).points.map((p) => [...p.utilities]);
      names = scenarioNames(localizeScenario(scenario, opts.lang));
    } else {
      const posted = record(params.scenario);
      names = {
        title: typeof posted.name === 'string' ? posted.name : result.domain,
        parties: result.parties.map((id) => ({ id, name: id })),
      };
    }
    return negotiationReportHtml({ ...names, pareto, runs: [result] }, opts);
  }
  const result = record(run.result) as unknown as {
    ranking: CooperationReportInput['tournament']['ranking'];
    jointVsUnilateral: CooperationReportInput['tournament']['jointVsUnilateral'];
    game: CooperationReportInput['game'];
    params: Record<string, unknown>;
  };
  const t = translator(opts.lang);
  const chosen = record(params.game);
  let title = result.game.label;
  let parties: [string, string] = [t('coop.rowPlayer'), t('coop.colPlayer')];
  let description: string | undefined;
  const doc = game && typeof chosen.issue === 'string' ? localizeGame(game, opts.lang) : null;
  const issue = doc?.issues.find((i) => i.id === chosen.issue);
  if (doc && issue) {
    // the game as stored, in the report's language (the job recorded its label in English)
    const ids = Array.isArray(chosen.parties) && chosen.parties.length === 2 ? chosen.parties : doc.parties;
    const name = (p: unknown) => {
      const id = typeof p === 'string' ? p : (p as { id: string }).id;
      return doc.parties.find((x) => x.id === id)?.name ?? id;
    };
    parties = [name(ids[0]), name(ids[1])];
    title = `${doc.title}: ${issue.name}`;
    description = issue.rationale;
  } else if (Array.isArray(chosen.parties) && chosen.parties.length === 2) {
    parties = chosen.parties.map(String) as [string, string];
  } else if (!params.game) {
    const { R, S, T, P } = result.game.row;
    title = t('coop.standardGame', { R, S, T, P });
  }
  return cooperationReportHtml(
    {
      title,
      parties,
      game: { ...result.game, label: title },
      ...(description ? { description } : {}),
      tournament: {
        ranking: result.ranking,
        jointVsUnilateral: result.jointVsUnilateral,
        params: {
          ...result.params,
          strategies: Array.isArray(result.params.strategies) ? result.params.strategies.length : undefined,
          game: undefined,
        },
      },
      linkage: null,
    },
    opts,
  );
}
