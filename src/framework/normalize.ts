/** From the validated file form to the normalised model (browser-safe). */
import type { Framework, Source } from './model.ts';
import { parsePeriod } from './period.ts';
import type { FrameworkFile } from './schema.ts';

/** A copy of `o` without its undefined fields (so models compare equal however they were built). */
export const clean = <T extends object>(o: T): T =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;

/** Resolve source references and fill derived fields: the normalised model. */
export function normalizeFramework(f: FrameworkFile): Framework {
  const src = (s: FrameworkFile['source']): Source | undefined => {
    if (s === undefined) return undefined;
    if (typeof s === 'string') return { ...f.sources[s] };
    return { ...s };
  };
  const must = (s: FrameworkFile['source']): Source => src(s)!;
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
        id: a.id,
        name: a.name,
        description: a.description,
        source: src(a.source),
        objectives: a.objectives.map((o) =>
          clean({
            id: o.id,
            title: o.title,
            description: o.description,
            ownerParties: [...o.ownerParties],
            linkedIssues: [...o.linkedIssues],
            source: src(o.source),
            results: o.results.map((r) =>
              clean({
                id: r.id,
                type: r.type,
                title: r.title,
                description: r.description,
                indicators: r.indicators.map((i) =>
                  clean({
                    id: i.id,
                    name: i.name,
                    description: i.description,
                    unit: i.unit,
                    measure: i.measure,
                    higherIsBetter: i.higherIsBetter,
                    dataset: i.dataset ? { ...i.dataset } : undefined,
                    baseline: i.baseline ? clean({ ...i.baseline, source: must(i.baseline.source) }) : undefined,
                    targets: i.targets.map((t) =>
                      clean({
                        period: t.period,
                        value: t.value,
                        proposed: t.proposed,
                        rationale: t.rationale,
                        source: src(t.source),
                      }),
                    ),
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
        id: a.id,
        objective: a.objective,
        title: a.title,
        description: a.description,
        joint: a.joint,
        status: a.status,
        dates: clean({ ...a.dates }),
        actors: a.actors.map((x) => ({ ...x })),
        budgets: a.budgets.map((b) => {
          const p = b.period ? parsePeriod(b.period)! : undefined;
          const periodStart = b.periodStart ?? p!.start!;
          return clean({
            status: b.status,
            amount: b.amount,
            currency: b.currency,
            party: b.party,
            period: b.period,
            periodStart,
            periodEnd: b.periodEnd ?? p!.end!,
            valueDate: b.valueDate ?? periodStart,
            basis: b.basis,
            source: src(b.source),
            rationale: b.rationale,
            note: b.note,
          });
        }),
        disbursements: a.disbursements.map((d) =>
          clean({
            amount: d.amount,
            currency: d.currency,
            party: d.party,
            date: d.date,
            valueDate: d.valueDate ?? d.date,
            source: must(d.source),
            note: d.note,
          }),
        ),
        source: src(a.source),
      }),
    ),
    linkages: f.linkages.map((l) =>
      clean({
        id: l.id,
        party: l.party,
        commits: l.commits,
        counterparty: l.counterparty,
        inExchangeFor: l.inExchangeFor,
        package: {
          scenario: (l.package.scenario ?? f.scenario)!,
          issues: [...l.package.issues],
          options: { ...l.package.options },
        },
        objectives: [...l.objectives],
        rationale: l.rationale,
        source: src(l.source),
      }),
    ),
    translations: f.translations ? structuredClone(f.translations) : undefined,
  }) as Framework;
}
