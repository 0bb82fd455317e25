/**
 * JSON form of an analysis (what `commonground analyze --json` prints and the HTTP API returns):
 * outcomes as {issueId: optionId}, utilities in party order at full double precision, counts as
 * decimal strings. Browser-safe.
 */
import { type Domain, outcomeToRecord } from '../model/index.ts';
import type { AnalysisResult } from './analyze.ts';
import type { Point } from './frontier.ts';

export interface PointJson {
  utilities: number[];
  outcome: Record<string, string>;
}

export interface AnalysisJson {
  domain: { id: string; name: string };
  parties: { id: string; name: string; reservation: number }[];
  issues: { id: string; name: string; options: string[]; statusQuo?: string }[];
  outcomeCount: string;
  feasibleOutcomeCount: string | null;
  tolerance: number;
  disagreement: number[];
  disagreementSource: 'statusQuo' | 'reservation';
  ideal: number[] | null;
  paretoSize: number;
  pareto: PointJson[];
  nash: PointJson | null;
  kalaiSmorodinsky: PointJson | null;
  egalitarian: PointJson | null;
  utilitarian: PointJson | null;
  linkage: {
    statusQuo: PointJson;
    delinked: PointJson;
    delinkedFeasible: boolean;
    linked: PointJson | null;
    gain: number[];
    totalGain: number;
    noDealAlone: string[];
    perIssue: { issueId: string; tableOptions: string[]; chosen: string; gains: number[] }[];
    concessions: Record<string, string[]>;
    gains: Record<string, string[]>;
    summary: string[];
  } | null;
}

export function pointToJson(domain: Domain, p: Point): PointJson;
export function pointToJson(domain: Domain, p: Point | null): PointJson | null;
export function pointToJson(domain: Domain, p: Point | null): PointJson | null {
  return p ? { utilities: p.utilities.slice(), outcome: outcomeToRecord(domain, p.outcome) } : null;
}

export function toJson(domain: Domain, r: AnalysisResult): AnalysisJson {
  const l = r.linkage;
  return {
    domain: { id: domain.id, name: domain.name },
    parties: domain.parties.map((p) => ({ id: p.id, name: p.name, reservation: p.reservation })),
    issues: domain.issues.map((i) => ({
      id: i.id,
      name: i.name,
      options: i.options.slice(),
      ...(i.statusQuo !== undefined ? { statusQuo: i.options[i.statusQuo] } : {}),
    })),
    outcomeCount: r.outcomeCount.toString(),
    feasibleOutcomeCount: r.feasibleOutcomeCount === null ? null : r.feasibleOutcomeCount.toString(),
    tolerance: r.tolerance,
    disagreement: r.disagreement.slice(),
    disagreementSource: r.disagreementSource,
    ideal: r.ideal ? r.ideal.slice() : null,
    paretoSize: r.pareto.length,
    pareto: r.pareto.map((p) => pointToJson(domain, p)),
    nash: pointToJson(domain, r.nash),
    kalaiSmorodinsky: pointToJson(domain, r.kalaiSmorodinsky),
    egalitarian: pointToJson(domain, r.egalitarian),
    utilitarian: pointToJson(domain, r.utilitarian),
    linkage: l
      ? {
          statusQuo: pointToJson(domain, l.statusQuo),
          delinked: pointToJson(domain, l.delinked),
          delinkedFeasible: l.delinkedFeasible,
          linked: pointToJson(domain, l.linked),
          gain: l.gain.slice(),
          totalGain: l.totalGain,
          noDealAlone: l.noDealAlone.slice(),
          perIssue: l.perIssue.map((x) => ({ ...x, tableOptions: x.tableOptions.slice(), gains: x.gains.slice() })),
          concessions: l.concessions,
          gains: l.gains,
          summary: l.summary.slice(),
        }
      : null,
  };
}
