/**
 * The compiled negotiation domain: what every analysis, negotiation agent and simulation works
 * on, whatever the input was (our scenario YAML, a Genius folder, a web form).
 *
 * An outcome picks one option per issue (`Outcome` = option index per issue, in issue order).
 * Party p's utility of outcome o is
 *
 *   u_p(o) = min(max_p, constant_p + sum_j table_p[j][o_j] + sum of interaction terms whose two
 *            options are both in o + (sum of rectangle utilities containing o) / rectangles.scale)
 *
 * `table` holds weighted contributions (weight x value), so an additive profile is just a table.
 * An outcome is infeasible (no party would ever sign it) when it contains every option of some
 * party's red line.
 *
 * Browser-safe: no Node imports.
 */

export interface DomainIssue {
  /** Stable id: scenario issue id, or the issue name for Genius domains. */
  id: string;
  /** Display name. */
  name: string;
  /** Policy area (trade, security, ...), when the input groups issues. */
  area?: string;
  /** Option ids in their natural order (Genius: item values, integers, or real grid points as strings). */
  options: string[];
  /** Display labels, parallel to `options`, when they differ from the ids. */
  optionLabels?: string[];
  /** Index into `options` of today's state (the no-deal outcome on this issue), if known. */
  statusQuo?: number;
}

export interface DomainParty {
  id: string;
  name: string;
  /** Utility of walking away (Genius reservation value; 0 when absent). */
  reservation: number;
  /** Genius discount factor, kept as metadata (not applied by the analysis). */
  discount?: number;
}

/** A reference to one option of one issue, by index. */
export interface OptionRef {
  issue: number;
  option: number;
}

/** Bonus (or penalty, if negative) when both options occur in the same outcome. */
export interface InteractionTerm {
  a: OptionRef;
  b: OptionRef;
  value: number;
}

/** A party will never accept an outcome that contains all of these options (one option = a single-issue red line). */
export interface RedLine {
  options: OptionRef[];
  rationale?: string;
}

/** Genius hyper-rectangle constraint: contributes `utility` when every range contains the outcome's option index. */
export interface Rectangle {
  utility: number;
  /** Inclusive option-index ranges; issues not listed are unconstrained. */
  ranges: { issue: number; min: number; max: number }[];
}

export interface PartyUtility {
  /** `table[j][k]`: contribution of option k of issue j (already weighted). */
  table: number[][];
  constant: number;
  interactions: InteractionTerm[];
  redLines: RedLine[];
  /** Non-linear part (Genius hyper-rectangles): sum of matching rectangle utilities divided by `scale`. */
  rectangles?: { items: Rectangle[]; scale: number };
  /** Utility is clamped to at most this (Genius clamps at 1). */
  max?: number;
}

export interface Domain {
  id: string;
  name: string;
  parties: DomainParty[];
  issues: DomainIssue[];
  /** One per party, in party order. */
  utilities: PartyUtility[];
  /** Where the domain came from and anything else worth keeping (file names, discount factors...). */
  meta?: Record<string, unknown>;
}

/** Option index per issue, in issue order. */
export type Outcome = number[];

/** Reference (brute-force) utility of one outcome for one party. */
export function utilityOf(u: PartyUtility, outcome: ArrayLike<number>): number {
  let s = u.constant;
  for (let j = 0; j < outcome.length; j++) s += u.table[j][outcome[j]];
  for (const t of u.interactions) {
    if (outcome[t.a.issue] === t.a.option && outcome[t.b.issue] === t.b.option) s += t.value;
  }
  if (u.rectangles) {
    let r = 0;
    for (const rect of u.rectangles.items) {
      if (rect.ranges.every((g) => outcome[g.issue] >= g.min && outcome[g.issue] <= g.max)) r += rect.utility;
    }
    s += r / u.rectangles.scale;
  }
  return u.max !== undefined && s > u.max ? u.max : s;
}

export function utilities(domain: Domain, outcome: Outcome): number[] {
  return domain.utilities.map((u) => utilityOf(u, outcome));
}

/** True when the outcome contains every option of the red line. */
export function violates(line: RedLine, outcome: Outcome): boolean {
  return line.options.every((r) => outcome[r.issue] === r.option);
}

/** Feasible = no party's red line is violated. */
export function isFeasible(domain: Domain, outcome: Outcome): boolean {
  return domain.utilities.every((u) => u.redLines.every((l) => !violates(l, outcome)));
}

/** Exact size of the outcome space (before red lines). */
export function outcomeCount(domain: Pick<Domain, 'issues'>): bigint {
  let n = 1n;
  for (const issue of domain.issues) n *= BigInt(issue.options.length);
  return n;
}

/** The status-quo outcome, or null if some issue has no status quo. */
export function statusQuoOutcome(domain: Domain): Outcome | null {
  const o: Outcome = [];
  for (const issue of domain.issues) {
    if (issue.statusQuo === undefined) return null;
    o.push(issue.statusQuo);
  }
  return o;
}

/** `{issueId: optionId}` form used in JSON output. */
export function outcomeToRecord(domain: Pick<Domain, 'issues'>, outcome: Outcome): Record<string, string> {
  const rec: Record<string, string> = {};
  domain.issues.forEach((issue, j) => {
    rec[issue.id] = issue.options[outcome[j]];
  });
  return rec;
}

/** Visit every outcome in lexicographic order (brute force; tests and tiny domains only). */
export function* enumerateOutcomes(domain: Pick<Domain, 'issues'>): Generator<Outcome> {
  const sizes = domain.issues.map((i) => i.options.length);
  if (sizes.some((s) => s === 0)) return;
  const o = sizes.map(() => 0);
  for (;;) {
    yield o.slice();
    let j = sizes.length - 1;
    while (j >= 0 && ++o[j] === sizes[j]) o[j--] = 0;
    if (j < 0) return;
  }
}
