/**
 * Reports of stored runs (the server's jobs): a negotiation session or a cooperation tournament,
 * from the job's recorded parameters and result. A negotiation on a stored scenario is named and
 * drawn against the scenario's Pareto frontier; a run on a posted document (not stored) keeps only
 * the name it was recorded with.
 */
import { computeFrontier } from '../analysis/index.ts';
import { fail } from '../core/index.ts';
import { compileScenario, localizeScenario, withStatusQuo, type Scenario } from '../model/index.ts';
import { cooperationReportHtml, type CooperationReportInput } from './cooperation-report.ts';
import type { ReportOptions } from './engine.ts';
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

/** The report of a finished run; `scenario` is the stored scenario a negotiation ran on, if any. */
export function runReportHtml(run: RunRecord, scenario: Scenario | null, opts: ReportOptions): string {
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
  const game = record(params.game);
  const parties = Array.isArray(game.parties) && game.parties.length === 2 ? (game.parties as [string, string]) : null;
  return cooperationReportHtml(
    {
      title: result.game.label,
      parties: parties ?? [
        opts.lang === 'es' ? 'Jugador fila' : 'Row player',
        opts.lang === 'es' ? 'Jugador columna' : 'Column player',
      ],
      game: result.game,
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
