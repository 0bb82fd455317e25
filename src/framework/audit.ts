/**
 * Audit a framework against the brief's five requirements ("Clear objectives, measurable
 * results, effective actions, responsible actors, and specific committed resources") and its
 * preference for joint over unilateral action.
 *
 * | criterion             | an item passes when                                                    | items      |
 * |-----------------------|------------------------------------------------------------------------|------------|
 * | `clear_objectives`    | an area has at least one objective; an objective names an owner party  | areas + objectives |
 * | `measurable_results`  | an objective has at least one indicator with a baseline and a dated target after it | objectives |
 * | `effective_actions`   | an area has at least one action serving one of its objectives         | areas      |
 * | `responsible_actors`  | an action names an actor with the IATI role "accountable"             | actions    |
 * | `committed_resources` | an action has a committed budget with an amount above zero            | actions    |
 * | `joint_action`        | the action is joint (score = joint share; passes at a majority)       | actions    |
 *
 * Score = passing items / items, in [0, 1]. A criterion with nothing to assess (no areas, no
 * objectives, no actions) scores 0 with a gap saying so: an empty framework is not vacuously
 * accountable. The first five pass only at 1; `joint_action` passes when at least half the
 * actions are joint (the brief says joint action "must be favored", not that unilateral action
 * is forbidden), and every unilateral action is listed as a warning gap.
 *
 * Only structure is read (never actuals), so auditing a stored framework does not touch the
 * actuals table. Browser-safe.
 */
import { actionStart, walkObjectives, type Framework, type Objective } from './model.ts';
import { dayNumber, parsePeriod } from './period.ts';

export const CRITERIA = ['clear_objectives', 'measurable_results', 'effective_actions', 'responsible_actors', 'committed_resources', 'joint_action'] as const;
export type CriterionName = (typeof CRITERIA)[number];

export const CRITERION_TEXT: Record<CriterionName, string> = {
  clear_objectives: 'Clear objectives: every area has objectives, every objective an owner party',
  measurable_results: 'Measurable results: every objective has an indicator with a baseline and a dated target',
  effective_actions: 'Effective actions: every area has actions serving its objectives',
  responsible_actors: 'Responsible actors: every action names an accountable actor',
  committed_resources: 'Committed resources: every action has a committed budget',
  joint_action: 'Joint action preferred: share of actions that are joint (passes at >= 50%)',
};

export interface CriterionResult {
  name: CriterionName;
  description: string;
  score: number;
  passed: boolean;
  items: number;
  passing: number;
}

export interface Gap {
  criterion: CriterionName;
  /** The item at fault: `area security`, `objective fentanyl`, `action gun_traces`, or `framework x`. */
  item: string;
  message: string;
  severity: 'error' | 'warning';
}

export interface AuditReport {
  framework: { id: string; name: string; status: string };
  passed: boolean;
  criteria: CriterionResult[];
  gaps: Gap[];
  /** Share of actions that are unilateral (null when there are no actions). */
  unilateralShare: number | null;
}

/** The reason an objective has no measurable result, or undefined when it has one. */
function measurabilityGap(o: Objective): string | undefined {
  const indicators = o.results.flatMap((r) => r.indicators);
  if (o.results.length === 0) return 'has no results and no indicators';
  if (indicators.length === 0) return 'has results but no indicators';
  for (const i of indicators) {
    if (!i.baseline) continue;
    const b = parsePeriod(i.baseline.period);
    if (!b?.placeable) continue;
    const dated = i.targets.some((t) => {
      const p = parsePeriod(t.period);
      return p?.placeable && dayNumber(p.end!) > dayNumber(b.end!);
    });
    if (dated) return undefined;
  }
  const withBaseline = indicators.filter((i) => i.baseline).length;
  const withTarget = indicators.filter((i) => i.targets.length > 0).length;
  if (withBaseline === 0 && withTarget === 0) return `has ${indicators.length} indicator(s) but none with a baseline or a target`;
  if (withBaseline === 0) return `has ${indicators.length} indicator(s) but none with a baseline`;
  if (withTarget === 0) return `has ${indicators.length} indicator(s) but none with a dated target`;
  return 'has no single indicator with both a baseline and a target dated after that baseline';
}

export function auditFramework(fw: Framework): AuditReport {
  const gaps: Gap[] = [];
  const criteria: CriterionResult[] = [];
  const add = (name: CriterionName, items: number, passing: number, passRule: (score: number) => boolean, emptyMessage: string) => {
    const score = items === 0 ? 0 : passing / items;
    if (items === 0) gaps.push({ criterion: name, item: `framework ${fw.id}`, message: emptyMessage, severity: 'error' });
    criteria.push({ name, description: CRITERION_TEXT[name], score, passed: items > 0 && passRule(score), items, passing });
  };
  const full = (s: number) => s === 1;

  // Clear objectives.
  let items = 0, passing = 0;
  for (const area of fw.areas) {
    items++;
    if (area.objectives.length > 0) passing++;
    else gaps.push({ criterion: 'clear_objectives', item: `area ${area.id}`, message: `area "${area.name}" has no objectives`, severity: 'error' });
    for (const o of area.objectives) {
      items++;
      if (o.ownerParties.length > 0) passing++;
      else gaps.push({ criterion: 'clear_objectives', item: `objective ${o.id}`, message: `objective "${o.title}" names no owner party`, severity: 'error' });
    }
  }
  add('clear_objectives', items, passing, full, 'the framework has no areas or objectives');

  // Measurable results.
  items = 0;
  passing = 0;
  for (const { objective: o } of walkObjectives(fw)) {
    items++;
    const why = measurabilityGap(o);
    if (!why) passing++;
    else gaps.push({ criterion: 'measurable_results', item: `objective ${o.id}`, message: `objective "${o.title}" ${why}`, severity: 'error' });
  }
  add('measurable_results', items, passing, full, 'the framework has no objectives to measure');

  // Effective actions: per area.
  const objectiveArea = new Map<string, string>();
  for (const { area, objective } of walkObjectives(fw)) objectiveArea.set(objective.id, area.id);
  const areasWithActions = new Set(fw.actions.map((a) => objectiveArea.get(a.objective)).filter((x): x is string => !!x));
  items = 0;
  passing = 0;
  for (const area of fw.areas) {
    items++;
    if (areasWithActions.has(area.id)) passing++;
    else gaps.push({ criterion: 'effective_actions', item: `area ${area.id}`, message: `area "${area.name}" has no actions serving its objectives`, severity: 'error' });
  }
  add('effective_actions', items, passing, full, 'the framework has no areas');

  // Responsible actors and committed resources: per action.
  const noActions = 'the framework has no actions, so no actor or resource can be held to account';
  items = 0;
  passing = 0;
  for (const a of fw.actions) {
    items++;
    if (a.actors.some((x) => x.role === 'accountable')) passing++;
    else {
      const roles = [...new Set(a.actors.map((x) => x.role))];
      gaps.push({
        criterion: 'responsible_actors', item: `action ${a.id}`,
        message: a.actors.length === 0 ? `action "${a.title}" names no actor` : `action "${a.title}" names no accountable actor (only ${roles.join(', ')})`,
        severity: 'error',
      });
    }
  }
  add('responsible_actors', items, passing, full, noActions);

  items = 0;
  passing = 0;
  for (const a of fw.actions) {
    items++;
    if (a.budgets.some((b) => b.status === 'committed' && b.amount > 0)) passing++;
    else {
      const indicative = a.budgets.filter((b) => b.status === 'indicative').length;
      gaps.push({
        criterion: 'committed_resources', item: `action ${a.id}`,
        message: indicative > 0 ? `action "${a.title}" has only indicative budgets, no committed resources` : `action "${a.title}" has no committed resources`,
        severity: 'error',
      });
    }
  }
  add('committed_resources', items, passing, full, noActions);

  // Joint action.
  items = 0;
  passing = 0;
  for (const a of fw.actions) {
    items++;
    if (a.joint) passing++;
    else {
      const parties = [...new Set(a.actors.map((x) => x.party))];
      const start = actionStart(a);
      gaps.push({
        criterion: 'joint_action', item: `action ${a.id}`,
        message: `action "${a.title}" is unilateral${parties.length ? ` (${parties.join(', ')} only)` : ''}${start ? `, starting ${start}` : ''}`,
        severity: 'warning',
      });
    }
  }
  add('joint_action', items, passing, (s) => s >= 0.5, 'the framework has no actions, joint or unilateral');

  return {
    framework: { id: fw.id, name: fw.name, status: fw.status },
    passed: criteria.every((c) => c.passed),
    criteria,
    gaps,
    unilateralShare: fw.actions.length ? (fw.actions.length - passing) / fw.actions.length : null,
  };
}
