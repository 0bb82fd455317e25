/**
 * Audit a framework against the brief's five requirements ("Clear objectives, measurable
 * results, effective actions, responsible actors, and specific committed resources") and its
 * preference for joint over unilateral action.
 *
 * | criterion             | an item passes when                                                    | items      |
 * |-----------------------|------------------------------------------------------------------------|------------|
 * | `clear_objectives`    | an area has at least one objective; an objective names an owner party  | areas + objectives |
 * | `measurable_results`  | an objective has at least one indicator with a baseline and a dated target after it | objectives |
 * | `effective_actions`   | an area has at least one action, not cancelled, serving one of its objectives | areas |
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
import { z } from 'zod';
import { actionStart, walkObjectives, type Framework, type Objective } from './model.ts';
import { dayNumber, parsePeriod } from './period.ts';
import { actingParties, gapText, type GapReason, type Measurability } from './gap-words.ts';

export const CRITERIA = [
  'clear_objectives',
  'measurable_results',
  'effective_actions',
  'responsible_actors',
  'committed_resources',
  'joint_action',
] as const;
export type CriterionName = (typeof CRITERIA)[number];

export const CRITERION_TEXT: Record<CriterionName, string> = {
  clear_objectives: 'Clear objectives: every area has objectives, every objective an owner party',
  measurable_results: 'Measurable results: every objective has an indicator with a baseline and a dated target',
  effective_actions: 'Effective actions: every area has actions serving its objectives',
  responsible_actors: 'Responsible actors: every action names an accountable actor',
  committed_resources: 'Committed resources: every action has a committed budget',
  joint_action: 'Joint action preferred: share of actions that are joint (passes at >= 50%)',
};

export const CriterionResultSchema = z.object({
  name: z.enum(CRITERIA),
  description: z.string(),
  score: z.number(),
  passed: z.boolean(),
  items: z.number().int(),
  passing: z.number().int(),
});
export type CriterionResult = z.infer<typeof CriterionResultSchema>;

export const GapSchema = z.object({
  criterion: z.enum(CRITERIA),
  /** The item at fault: `area security`, `objective fentanyl`, `action gun_traces`, or `framework x`. */
  item: z.string(),
  /** The gap in English words. */
  message: z.string(),
  /** What is missing, as data (`gapText(reason, lang)` words it in English or Spanish). */
  reason: z
    .looseObject({ code: z.string() })
    .meta({ description: 'What is missing, as data: a code and the names it concerns.' }),
  severity: z.enum(['error', 'warning']),
});
export type Gap = Omit<z.infer<typeof GapSchema>, 'reason'> & { reason: GapReason };

/** The audit report (also the HTTP API's reply, component `AuditReport`). */
export const AuditReportSchema = z
  .object({
    framework: z.object({ id: z.string(), name: z.string(), status: z.string() }),
    passed: z.boolean(),
    criteria: z.array(CriterionResultSchema),
    gaps: z.array(GapSchema),
    /** Share of actions that are unilateral (null when there are no actions). */
    unilateralShare: z.number().nullable(),
  })
  .meta({
    id: 'AuditReport',
    description: "Audit against the brief's five criteria plus joint action: scores and gaps",
  });
export type AuditReport = Omit<z.infer<typeof AuditReportSchema>, 'gaps'> & { gaps: Gap[] };

/** The reason an objective has no measurable result, or undefined when it has one. */
function measurabilityGap(o: Objective): Measurability | undefined {
  const indicators = o.results.flatMap((r) => r.indicators);
  if (o.results.length === 0) return { k: 'no_results' };
  if (indicators.length === 0) return { k: 'no_indicators' };
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
  const count = indicators.length;
  if (withBaseline === 0 && withTarget === 0) return { k: 'none_baseline_target', count };
  if (withBaseline === 0) return { k: 'none_baseline', count };
  if (withTarget === 0) return { k: 'none_target', count };
  return { k: 'no_single' };
}

/** One assessed item: its name and, when it fails, why. */
interface Checked {
  item: string;
  gap?: GapReason;
}

export function auditFramework(fw: Framework): AuditReport {
  const gaps: Gap[] = [];
  const criteria: CriterionResult[] = [];
  const tally = (
    name: CriterionName,
    checked: Checked[],
    passRule: (score: number) => boolean,
    empty: Extract<GapReason, { code: 'empty' }>['what'],
    severity: Gap['severity'] = 'error',
  ) => {
    const passing = checked.filter((c) => c.gap === undefined).length;
    const score = checked.length === 0 ? 0 : passing / checked.length;
    const gap = (item: string, reason: GapReason, sev: Gap['severity']) =>
      gaps.push({ criterion: name, item, message: gapText(reason), reason, severity: sev });
    if (checked.length === 0) gap(`framework ${fw.id}`, { code: 'empty', what: empty }, 'error');
    for (const c of checked) if (c.gap !== undefined) gap(c.item, c.gap, severity);
    criteria.push({
      name,
      description: CRITERION_TEXT[name],
      score,
      passed: checked.length > 0 && passRule(score),
      items: checked.length,
      passing,
    });
  };
  const full = (s: number) => s === 1;
  const objectiveArea = new Map<string, string>();
  for (const { area, objective } of walkObjectives(fw)) objectiveArea.set(objective.id, area.id);
  // A cancelled action does not act: an area whose actions are all cancelled has no effective action.
  const areasWithActions = new Set(
    fw.actions.filter((a) => a.status !== 'cancelled').map((a) => objectiveArea.get(a.objective)),
  );
  const areasWithCancelled = new Set(
    fw.actions.filter((a) => a.status === 'cancelled').map((a) => objectiveArea.get(a.objective)),
  );

  tally(
    'clear_objectives',
    fw.areas.flatMap((area): Checked[] => [
      {
        item: `area ${area.id}`,
        gap: area.objectives.length ? undefined : { code: 'area_no_objectives', name: area.name },
      },
      ...area.objectives.map((o): Checked => ({
        item: `objective ${o.id}`,
        gap: o.ownerParties.length ? undefined : { code: 'objective_no_owner', title: o.title },
      })),
    ]),
    full,
    'areas_or_objectives',
  );

  tally(
    'measurable_results',
    [...walkObjectives(fw)].map(({ objective: o }) => {
      const why = measurabilityGap(o);
      return {
        item: `objective ${o.id}`,
        gap: why && ({ code: 'objective_not_measurable', title: o.title, why } as const),
      };
    }),
    full,
    'objectives',
  );

  tally(
    'effective_actions',
    fw.areas.map((area) => ({
      item: `area ${area.id}`,
      gap: areasWithActions.has(area.id)
        ? undefined
        : areasWithCancelled.has(area.id)
          ? { code: 'area_only_cancelled', name: area.name }
          : { code: 'area_no_actions', name: area.name },
    })),
    full,
    'areas',
  );

  tally(
    'responsible_actors',
    fw.actions.map((a) => {
      if (a.actors.some((x) => x.role === 'accountable')) return { item: `action ${a.id}` };
      const roles = [...new Set(a.actors.map((x) => x.role))];
      return {
        item: `action ${a.id}`,
        gap:
          a.actors.length === 0
            ? { code: 'action_no_actor', title: a.title }
            : { code: 'action_no_accountable', title: a.title, roles },
      };
    }),
    full,
    'accountability',
  );

  tally(
    'committed_resources',
    fw.actions.map((a) => {
      if (a.budgets.some((b) => b.status === 'committed' && b.amount > 0)) return { item: `action ${a.id}` };
      const indicative = a.budgets.some((b) => b.status === 'indicative');
      return {
        item: `action ${a.id}`,
        gap: indicative
          ? { code: 'action_only_indicative', title: a.title }
          : { code: 'action_no_committed', title: a.title },
      };
    }),
    full,
    'accountability',
  );

  tally(
    'joint_action',
    fw.actions.map((a) => {
      if (a.joint) return { item: `action ${a.id}` };
      const parties = actingParties(fw, a);
      const start = actionStart(a);
      return {
        item: `action ${a.id}`,
        gap: { code: 'action_unilateral', title: a.title, parties, ...(start ? { start } : {}) },
      };
    }),
    (s) => s >= 0.5,
    'joint',
    'warning',
  );

  const unilateral = fw.actions.filter((a) => !a.joint).length;
  return {
    framework: { id: fw.id, name: fw.name, status: fw.status },
    passed: criteria.every((c) => c.passed),
    criteria,
    gaps,
    unilateralShare: fw.actions.length ? unilateral / fw.actions.length : null,
  };
}
