/**
 * Payoff against the shadow of the future: for a continuation probability delta, what keeping
 * joint action is worth per round over the best deviation (act alone where it tempts, then face
 * unilateral action forever), for each issue alone and for all issues linked. Per-round values:
 * joint forever = sum R; deviating = (1 - delta) sum max(T, R) + delta sum P. The pair's margin is
 * the smaller of the two parties'. It crosses zero at the grim-trigger threshold that
 * `analyseLinkage` computes in closed form (the test checks the two agree).
 */
import type { Issue as CooperationIssue, OwnPayoffs } from '../../../src/cooperation/index.ts';

export function partyMargin(ps: readonly OwnPayoffs[], delta: number): number {
  let joint = 0;
  let deviate = 0;
  for (const p of ps) {
    joint += p.R;
    deviate += (1 - delta) * Math.max(p.T, p.R) + delta * p.P;
  }
  return joint - deviate;
}

export function pairMargin(issues: readonly CooperationIssue[], delta: number): number {
  return Math.min(
    partyMargin(
      issues.map((i) => i.game.row),
      delta,
    ),
    partyMargin(
      issues.map((i) => i.game.col),
      delta,
    ),
  );
}

export interface CurvePoint {
  series: string;
  delta: number;
  margin: number;
}

/** The curves for each issue alone (named by issue) and all linked (named `linkedName`). */
export function marginCurves(issues: readonly CooperationIssue[], linkedName: string, steps = 50): CurvePoint[] {
  const out: CurvePoint[] = [];
  for (let s = 0; s <= steps; s++) {
    const delta = (s / steps) * 0.99;
    for (const i of issues) out.push({ series: i.name ?? i.id, delta, margin: pairMargin([i], delta) });
    out.push({ series: linkedName, delta, margin: pairMargin(issues, delta) });
  }
  return out;
}
