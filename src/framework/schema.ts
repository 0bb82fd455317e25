/**
 * The framework file format (YAML or JSON), validated with zod and normalised into the model.
 *
 * Rules beyond types (each failure names the path):
 * - ids are unique (areas, objectives, results, indicators, actions, linkages) and use
 *   `[A-Za-z0-9][A-Za-z0-9_.-]*` (they become parts of IATI identifiers);
 * - every party, objective and issue reference resolves;
 * - every figure names its source: baselines, actuals and disbursements need a `source`; a target
 *   is either `proposed: true` with a `rationale` or has a `source`; a budget is either
 *   `basis: proposal` with a `rationale` or has a `source`;
 * - baselines and targets use placeable periods (a year, fiscal year, month, day or interval);
 *   actuals may also use aggregates and `unspecified`, which progress reports as unplaceable;
 * - a joint action names actors of at least two parties, a unilateral one of at most one;
 * - currencies are ISO 4217-like three-letter codes and are kept as given.
 *
 * `source` may be an object `{title, url?, note?}` or the id of an entry in the top-level
 * `sources` catalogue. Browser-safe.
 */
import { z } from 'zod';
import {
  ACTION_STATUSES, BUDGET_BASES, BUDGET_STATUSES, FRAMEWORK_STATUSES, MEASURES, QUALIFIERS, RESULT_TYPES, ROLES,
  SOURCE_QUALITIES, type Framework, type Source,
} from './model.ts';
import { isIsoDate, parsePeriod, PERIOD_FORMS } from './period.ts';

export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;
const id = z.string().regex(ID_PATTERN, 'must start with a letter or digit and use only letters, digits, "_", "." and "-"');
const text = z.string().trim().min(1, 'must not be empty');
const isoDate = z.string().refine(isIsoDate, 'must be a date written YYYY-MM-DD');
const currency = z.string().regex(/^[A-Z]{3}$/, 'must be a three-letter currency code such as USD or MXN');
const finite = z.number().refine(Number.isFinite, 'must be a finite number');

const periodLabel = z
  .union([z.string(), z.number().int()])
  .transform((v) => String(v).trim())
  .refine((s) => parsePeriod(s) !== null, `must be ${PERIOD_FORMS}`);
const placeablePeriod = periodLabel.refine((s) => parsePeriod(s)?.placeable === true, 'must be a single dated period (a year, fiscal year, month, day or interval), not an aggregate or "unspecified"');

const sourceObject = z.strictObject({ title: text, url: z.url().optional(), note: z.string().optional() });
const sourceField = z.union([sourceObject, id]);

const baseline = z.strictObject({
  period: placeablePeriod,
  value: finite,
  source: sourceField,
  quality: z.enum(SOURCE_QUALITIES).default('unknown'),
  qualifier: z.enum(QUALIFIERS).default('exact'),
  note: z.string().optional(),
});

const target = z
  .strictObject({
    period: placeablePeriod,
    value: finite,
    proposed: z.boolean().default(false),
    rationale: z.string().optional(),
    source: sourceField.optional(),
  })
  .superRefine((t, ctx) => {
    if (t.proposed && !t.rationale?.trim()) ctx.addIssue({ code: 'custom', path: ['rationale'], message: 'a proposed target needs a rationale (why this value)' });
    if (!t.proposed && !t.source) ctx.addIssue({ code: 'custom', path: ['source'], message: 'a target that is not marked proposed must name its source' });
  });

const actual = z.strictObject({
  period: periodLabel,
  value: finite,
  source: sourceField,
  quality: z.enum(SOURCE_QUALITIES).default('unknown'),
  qualifier: z.enum(QUALIFIERS).default('exact'),
  note: z.string().optional(),
});

const indicator = z.strictObject({
  id,
  name: text,
  description: z.string().optional(),
  unit: text,
  measure: z.enum(MEASURES).default('unit'),
  higherIsBetter: z.boolean(),
  dataset: z.strictObject({ indicatorId: text, country: text }).optional(),
  baseline: baseline.optional(),
  targets: z.array(target).default([]),
  actuals: z.array(actual).default([]),
});

const result = z.strictObject({
  id,
  type: z.enum(RESULT_TYPES),
  title: text,
  description: z.string().optional(),
  indicators: z.array(indicator).default([]),
});

const objective = z.strictObject({
  id,
  title: text,
  description: z.string().optional(),
  ownerParties: z.array(id).default([]),
  linkedIssues: z.array(id).default([]),
  source: sourceField.optional(),
  results: z.array(result).default([]),
});

const area = z.strictObject({
  id,
  name: text,
  description: z.string().optional(),
  source: sourceField.optional(),
  objectives: z.array(objective).default([]),
});

const actor = z.strictObject({ agency: text, party: id, role: z.enum(ROLES) });

const budget = z
  .strictObject({
    status: z.enum(BUDGET_STATUSES),
    amount: finite.refine((v) => v >= 0, 'must be >= 0'),
    currency,
    party: id,
    period: placeablePeriod.optional(),
    periodStart: isoDate.optional(),
    periodEnd: isoDate.optional(),
    valueDate: isoDate.optional(),
    basis: z.enum(BUDGET_BASES),
    source: sourceField.optional(),
    rationale: z.string().optional(),
    note: z.string().optional(),
  })
  .superRefine((b, ctx) => {
    if (!b.period && !(b.periodStart && b.periodEnd)) ctx.addIssue({ code: 'custom', path: ['period'], message: 'give either period (e.g. FY2026) or periodStart and periodEnd' });
    if (b.periodStart && b.periodEnd && b.periodEnd < b.periodStart) ctx.addIssue({ code: 'custom', path: ['periodEnd'], message: 'must not be before periodStart' });
    if (b.basis === 'proposal' && !b.rationale?.trim()) ctx.addIssue({ code: 'custom', path: ['rationale'], message: 'a proposed budget needs a rationale (how the amount was chosen)' });
    if (b.basis !== 'proposal' && !b.source) ctx.addIssue({ code: 'custom', path: ['source'], message: `a budget with basis "${b.basis}" must name its source` });
  });

const disbursement = z.strictObject({
  amount: finite.refine((v) => v >= 0, 'must be >= 0'),
  currency,
  party: id,
  date: isoDate,
  valueDate: isoDate.optional(),
  source: sourceField,
  note: z.string().optional(),
});

const action = z
  .strictObject({
    id,
    objective: id,
    title: text,
    description: z.string().optional(),
    joint: z.boolean(),
    status: z.enum(ACTION_STATUSES),
    dates: z.strictObject({ plannedStart: isoDate.optional(), actualStart: isoDate.optional(), plannedEnd: isoDate.optional(), actualEnd: isoDate.optional() }),
    actors: z.array(actor).default([]),
    budgets: z.array(budget).default([]),
    disbursements: z.array(disbursement).default([]),
    source: sourceField.optional(),
  })
  .superRefine((a, ctx) => {
    if (!a.dates.plannedStart && !a.dates.actualStart) ctx.addIssue({ code: 'custom', path: ['dates'], message: 'an action needs a plannedStart or an actualStart date' });
    const parties = new Set(a.actors.map((x) => x.party));
    if (a.actors.length > 0 && a.joint && parties.size < 2) ctx.addIssue({ code: 'custom', path: ['joint'], message: `a joint action needs actors of at least two parties (found ${[...parties].join(', ')})` });
    if (!a.joint && parties.size > 1) ctx.addIssue({ code: 'custom', path: ['joint'], message: `a unilateral action has actors of one party only (found ${[...parties].join(', ')}); set joint: true` });
  });

const linkage = z.strictObject({
  id,
  party: id,
  commits: text,
  counterparty: id,
  inExchangeFor: text,
  package: z.strictObject({ scenario: id.optional(), issues: z.array(id).min(1), options: z.record(z.string(), id).default({}) }),
  objectives: z.array(id).default([]),
  rationale: z.string().optional(),
  source: sourceField.optional(),
});

const exchangeRate = z.strictObject({ from: currency, to: currency, rate: finite.refine((v) => v > 0, 'must be > 0'), date: isoDate, source: sourceField });

export const frameworkFileSchema = z.strictObject({
  id,
  name: text,
  description: z.string().optional(),
  status: z.enum(FRAMEWORK_STATUSES),
  startDate: isoDate.optional(),
  startDateIsPlanned: z.boolean().default(false),
  scenario: id.optional(),
  source: sourceField.optional(),
  reportingOrg: z.strictObject({ ref: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_.-]*$/), name: text, type: z.string().regex(/^\d+$/) }).optional(),
  parties: z.array(z.strictObject({ id, name: text })).min(1),
  sources: z.record(z.string(), sourceObject).default({}),
  notes: z.array(z.string()).default([]),
  exchangeRates: z.array(exchangeRate).default([]),
  areas: z.array(area).default([]),
  actions: z.array(action).default([]),
  linkages: z.array(linkage).default([]),
});

export type FrameworkFile = z.output<typeof frameworkFileSchema>;
type Issue = { path: (string | number)[]; message: string };

/** Cross-reference checks over a structurally valid file. */
export function crossCheck(f: FrameworkFile): Issue[] {
  const issues: Issue[] = [];
  const parties = new Set(f.parties.map((p) => p.id));
  const seen = (kind: string) => {
    const ids = new Map<string, (string | number)[]>();
    return (value: string, path: (string | number)[]) => {
      if (ids.has(value)) issues.push({ path, message: `duplicate ${kind} id "${value}" (first used at ${ids.get(value)!.join('.')})` });
      else ids.set(value, path);
    };
  };
  const party = (value: string, path: (string | number)[]) => {
    if (!parties.has(value)) issues.push({ path, message: `unknown party "${value}" (parties: ${[...parties].join(', ')})` });
  };
  const source = (s: unknown, path: (string | number)[]) => {
    if (typeof s === 'string' && !(s in f.sources)) issues.push({ path, message: `unknown source "${s}" (not in the sources catalogue)` });
  };
  const partyIds = seen('party');
  f.parties.forEach((p, i) => partyIds(p.id, ['parties', i, 'id']));
  source(f.source, ['source']);
  f.exchangeRates.forEach((r, i) => source(r.source, ['exchangeRates', i, 'source']));
  const areaIds = seen('area'), objectiveIds = seen('objective'), resultIds = seen('result'), indicatorIds = seen('indicator');
  const objectives = new Set<string>();
  const datasets = new Map<string, string>();
  f.areas.forEach((a, ai) => {
    const ap = ['areas', ai];
    areaIds(a.id, [...ap, 'id']);
    source(a.source, [...ap, 'source']);
    a.objectives.forEach((o, oi) => {
      const op = [...ap, 'objectives', oi];
      objectiveIds(o.id, [...op, 'id']);
      objectives.add(o.id);
      source(o.source, [...op, 'source']);
      o.ownerParties.forEach((p, pi) => party(p, [...op, 'ownerParties', pi]));
      o.results.forEach((r, ri) => {
        const rp = [...op, 'results', ri];
        resultIds(r.id, [...rp, 'id']);
        r.indicators.forEach((ind, ii) => {
          const ip = [...rp, 'indicators', ii];
          indicatorIds(ind.id, [...ip, 'id']);
          if (ind.dataset) {
            const key = `${ind.dataset.indicatorId}|${ind.dataset.country}`;
            if (datasets.has(key)) issues.push({ path: [...ip, 'dataset'], message: `dataset ${ind.dataset.indicatorId} (${ind.dataset.country}) is already mapped to indicator "${datasets.get(key)}"` });
            else datasets.set(key, ind.id);
          }
          if (ind.baseline) source(ind.baseline.source, [...ip, 'baseline', 'source']);
          ind.targets.forEach((t, ti) => source(t.source, [...ip, 'targets', ti, 'source']));
          const periods = new Set<string>();
          ind.actuals.forEach((x, xi) => {
            source(x.source, [...ip, 'actuals', xi, 'source']);
            if (periods.has(x.period)) issues.push({ path: [...ip, 'actuals', xi, 'period'], message: `two actuals for period ${x.period}` });
            periods.add(x.period);
          });
          const tperiods = new Set<string>();
          ind.targets.forEach((t, ti) => {
            if (tperiods.has(t.period)) issues.push({ path: [...ip, 'targets', ti, 'period'], message: `two targets for period ${t.period}` });
            tperiods.add(t.period);
          });
        });
      });
    });
  });
  const actionIds = seen('action');
  f.actions.forEach((a, i) => {
    const p = ['actions', i];
    actionIds(a.id, [...p, 'id']);
    if (!objectives.has(a.objective)) issues.push({ path: [...p, 'objective'], message: `unknown objective "${a.objective}"` });
    source(a.source, [...p, 'source']);
    a.actors.forEach((x, j) => party(x.party, [...p, 'actors', j, 'party']));
    a.budgets.forEach((b, j) => {
      party(b.party, [...p, 'budgets', j, 'party']);
      source(b.source, [...p, 'budgets', j, 'source']);
    });
    a.disbursements.forEach((d, j) => {
      party(d.party, [...p, 'disbursements', j, 'party']);
      source(d.source, [...p, 'disbursements', j, 'source']);
    });
  });
  const linkageIds = seen('linkage');
  f.linkages.forEach((l, i) => {
    const p = ['linkages', i];
    linkageIds(l.id, [...p, 'id']);
    party(l.party, [...p, 'party']);
    party(l.counterparty, [...p, 'counterparty']);
    if (l.party === l.counterparty) issues.push({ path: [...p, 'counterparty'], message: 'a linkage exchanges commitments between two different parties' });
    if (!l.package.scenario && !f.scenario) issues.push({ path: [...p, 'package', 'scenario'], message: 'name the analysis scenario (here or as the framework\'s scenario)' });
    for (const k of Object.keys(l.package.options)) if (!l.package.issues.includes(k)) issues.push({ path: [...p, 'package', 'options', k], message: `option given for issue "${k}" which is not in package.issues` });
    l.objectives.forEach((o, j) => {
      if (!objectives.has(o)) issues.push({ path: [...p, 'objectives', j], message: `unknown objective "${o}"` });
    });
    source(l.source, [...p, 'source']);
  });
  return issues;
}

/** Resolve source references and fill derived fields: the normalised model. */
export function normalizeFramework(f: FrameworkFile): Framework {
  const src = (s: FrameworkFile['source']): Source | undefined => {
    if (s === undefined) return undefined;
    if (typeof s === 'string') return { ...f.sources[s] };
    return { ...s };
  };
  const must = (s: FrameworkFile['source']): Source => src(s)!;
  const clean = <T extends object>(o: T): T => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
  return clean({
    id: f.id,
    name: f.name,
    description: f.description,
    status: f.status,
    startDate: f.startDate,
    startDateIsPlanned: f.startDateIsPlanned,
    scenario: f.scenario,
    source: src(f.source),
    reportingOrg: f.reportingOrg,
    parties: f.parties.map((p) => ({ ...p })),
    notes: [...f.notes],
    exchangeRates: f.exchangeRates.map((r) => ({ ...r, source: must(r.source) })),
    areas: f.areas.map((a) =>
      clean({
        id: a.id, name: a.name, description: a.description, source: src(a.source),
        objectives: a.objectives.map((o) =>
          clean({
            id: o.id, title: o.title, description: o.description, ownerParties: [...o.ownerParties], linkedIssues: [...o.linkedIssues], source: src(o.source),
            results: o.results.map((r) =>
              clean({
                id: r.id, type: r.type, title: r.title, description: r.description,
                indicators: r.indicators.map((i) =>
                  clean({
                    id: i.id, name: i.name, description: i.description, unit: i.unit, measure: i.measure, higherIsBetter: i.higherIsBetter,
                    dataset: i.dataset ? { ...i.dataset } : undefined,
                    baseline: i.baseline ? clean({ ...i.baseline, source: must(i.baseline.source) }) : undefined,
                    targets: i.targets.map((t) => clean({ period: t.period, value: t.value, proposed: t.proposed, rationale: t.rationale, source: src(t.source) })),
                    actuals: i.actuals.map((x) => clean({ ...x, source: must(x.source) })),
                  }),
                ),
              }),
            ),
          }),
        ),
      }),
    ),
    actions: f.actions.map((a) =>
      clean({
        id: a.id, objective: a.objective, title: a.title, description: a.description, joint: a.joint, status: a.status,
        dates: clean({ ...a.dates }),
        actors: a.actors.map((x) => ({ ...x })),
        budgets: a.budgets.map((b) => {
          const p = b.period ? parsePeriod(b.period)! : undefined;
          const periodStart = b.periodStart ?? p!.start!;
          return clean({
            status: b.status, amount: b.amount, currency: b.currency, party: b.party, period: b.period,
            periodStart, periodEnd: b.periodEnd ?? p!.end!, valueDate: b.valueDate ?? periodStart,
            basis: b.basis, source: src(b.source), rationale: b.rationale, note: b.note,
          });
        }),
        disbursements: a.disbursements.map((d) => clean({ amount: d.amount, currency: d.currency, party: d.party, date: d.date, valueDate: d.valueDate ?? d.date, source: must(d.source), note: d.note })),
        source: src(a.source),
      }),
    ),
    linkages: f.linkages.map((l) =>
      clean({
        id: l.id, party: l.party, commits: l.commits, counterparty: l.counterparty, inExchangeFor: l.inExchangeFor,
        package: { scenario: (l.package.scenario ?? f.scenario)!, issues: [...l.package.issues], options: { ...l.package.options } },
        objectives: [...l.objectives], rationale: l.rationale, source: src(l.source),
      }),
    ),
  }) as Framework;
}
