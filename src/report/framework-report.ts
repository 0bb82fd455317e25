/**
 * The framework report: what the framework is, the audit against the brief's five criteria (and
 * joint action) with its gaps, the objectives tree, indicator progress with a chart and the source
 * of every value, budgets committed versus disbursed, the joint-action share and the actions.
 */
import {
  gapReasonIn,
  gapText,
  localizeFramework,
  type AuditReport,
  type Framework,
  type ProgressReport,
  type Source,
} from '../framework/index.ts';
import { budgetPlot, indicatorPlot, indicatorRows, jointSharePlot } from './charts/framework-plots.ts';
import { compactNumber } from './charts/ticks.ts';
import { renderReport, type ReportContext, type ReportOptions, type SectionDef } from './engine.ts';
import { esc, p, table, type Cell } from './html.ts';
import { STRINGS, type ReportKey } from './i18n.ts';

export interface FrameworkReportInput {
  framework: Framework;
  audit: AuditReport;
  progress: ProgressReport;
}

type Section = SectionDef<FrameworkReportInput>;

const src = (s: Source | undefined) => (s ? [s.title, s.url].filter(Boolean).join(' — ') : '');
const partyName = (fw: Framework, id: string) => fw.parties.find((x) => x.id === id)?.name ?? id;

const overview: Section = {
  id: 'overview',
  title: 'fw.overview',
  render({ framework: fw }, ctx) {
    const objectives = fw.areas.reduce((n, a) => n + a.objectives.length, 0);
    let html = fw.description ? p(fw.description) : '';
    html += p(
      ctx.t('fw.counts', {
        status: ctx.t(`fw.status.${fw.status}` as ReportKey),
        parties: ctx.list(fw.parties.map((x) => x.name)),
        areas: fw.areas.length,
        objectives,
        actions: fw.actions.length,
      }),
    );
    if (fw.startDate) html += p(ctx.t(fw.startDateIsPlanned ? 'fw.startPlanned' : 'fw.start', { date: fw.startDate }));
    if (fw.source) html += p(`${ctx.t('fw.sourceOf')}: ${src(fw.source)}`);
    return html + fw.notes.map((n) => `<p class="note">${esc(n)}</p>`).join('');
  },
};

/** "objective fentanyl_harm" with its kind in the report's language (the id stays as written). */
function itemName(item: string, ctx: ReportContext): string {
  const space = item.indexOf(' ');
  const key = `fw.itemKind.${item.slice(0, space)}`;
  return space > 0 && key in STRINGS ? `${ctx.t(key as ReportKey)} ${item.slice(space + 1)}` : item;
}

const audit: Section = {
  id: 'audit',
  title: 'fw.audit',
  render({ audit: a, framework: fw }, ctx) {
    let html = p(a.passed ? ctx.t('fw.auditPassed') : ctx.t('fw.auditFailed', { gaps: a.gaps.length }));
    html += table({
      caption: ctx.t('fw.criteria'),
      head: [ctx.t('fw.criterion'), ctx.t('fw.score'), ctx.t('fw.passing'), ctx.t('fw.result')],
      rows: a.criteria.map((c) => [
        ctx.t(`criterion.${c.name}` as ReportKey),
        ctx.pct(c.score),
        `${c.passing} / ${c.items}`,
        c.passed ? ctx.t('fw.pass') : ctx.t('fw.fail'),
      ]),
      numeric: [1, 2],
      cls: 'criteria',
    });
    if (a.gaps.length) {
      html += `<h3>${esc(ctx.t('fw.gaps'))}</h3>`;
      html += table({
        head: [ctx.t('fw.criterion'), ctx.t('fw.item'), ctx.t('fw.gap'), ctx.t('fw.severity')],
        rows: a.gaps.map((g) => [
          ctx.t(`criterion.${g.criterion}` as ReportKey).split(':')[0],
          itemName(g.item, ctx),
          gapText(gapReasonIn(g.reason, g.item, fw), ctx.lang),
          ctx.t(g.severity === 'error' ? 'fw.error' : 'fw.warning'),
        ]),
        cls: 'gaps',
      });
    }
    return html;
  },
};

const tree: Section = {
  id: 'objectives',
  title: 'fw.objectives',
  render({ framework: fw }, ctx) {
    const li = (s: string) => `<li>${s}</li>`;
    return `<ul class="tree">${fw.areas
      .map((area) =>
        li(
          `<strong>${esc(area.name)}</strong>` +
            (area.objectives.length
              ? `<ul>${area.objectives
                  .map((o) =>
                    li(
                      `${esc(o.title)} <span class="note">(${esc(ctx.t('fw.owners'))}: ${esc(
                        ctx.list(o.ownerParties.map((id) => partyName(fw, id))) || ctx.t('none'),
                      )})</span>` +
                        (o.results.length
                          ? `<ul>${o.results
                              .map((r) =>
                                li(
                                  `${esc(ctx.t(`fw.resultType.${r.type}` as ReportKey))}: ${esc(r.title)}` +
                                    (r.indicators.length
                                      ? `<ul>${r.indicators.map((i) => li(`${esc(i.name)} (${esc(i.unit)})`)).join('')}</ul>`
                                      : ''),
                                ),
                              )
                              .join('')}</ul>`
                          : ''),
                    ),
                  )
                  .join('')}</ul>`
              : ` <span class="private">${esc(ctx.t('fw.noObjectives'))}</span>`),
        ),
      )
      .join('')}</ul>`;
  },
};

function kinds(ctx: ReportContext) {
  return { baseline: ctx.t('fw.baseline'), target: ctx.t('fw.target'), actual: ctx.t('fw.actual') };
}

const indicators: Section = {
  id: 'indicators',
  title: 'fw.indicators',
  render({ framework: fw, progress }, ctx) {
    if (!progress.indicators.length) return null;
    const pv = (x: { value: number; period: string } | null) => (x ? `${ctx.n(x.value, 2)} (${x.period})` : '—');
    let html = table({
      caption: ctx.t('fw.progressTable'),
      head: [ctx.t('fw.indicator'), ctx.t('fw.baseline'), ctx.t('fw.target'), ctx.t('fw.latest'), ctx.t('fw.status')],
      rows: progress.indicators.map((i) => [
        i.name,
        pv(i.baseline),
        pv(i.target),
        pv(i.latest),
        ctx.t(`progress.${i.status}` as ReportKey),
      ]),
      cls: 'progress',
    });
    const k = kinds(ctx);
    for (const { indicator } of walk(fw)) {
      const rows = indicatorRows(indicator, k);
      if (!rows.length) continue;
      html += `<h3>${esc(indicator.name)} (${esc(indicator.unit)})</h3>`;
      html += ctx.figure(
        indicatorPlot({
          rows,
          unit: indicator.unit,
          kinds: k,
          format: (x) => ctx.n(x, 2),
          width: ctx.width,
          document: ctx.document,
        }),
        `${indicator.name}: ${rows.map((r) => `${r.kind} ${r.period} ${ctx.n(r.value, 2)}`).join('; ')}`,
      );
      html += table({
        head: ['', ctx.t('fw.period'), ctx.t('fw.value'), ctx.t('fw.source')],
        rows: rows.map((r) => [r.kind, r.period, ctx.n(r.value, 2), r.source]),
        numeric: [2],
        cls: 'indicator',
      });
    }
    return html;
  },
};

function* walk(fw: Framework) {
  for (const area of fw.areas)
    for (const objective of area.objectives)
      for (const result of objective.results) for (const indicator of result.indicators) yield { indicator };
}

const budgets: Section = {
  id: 'budgets',
  title: 'fw.budgets',
  render({ progress }, ctx) {
    const b = progress.budget.byCurrency;
    let html = '';
    if (b.length) {
      html += table({
        caption: ctx.t('fw.budgetTable'),
        head: [
          ctx.t('fw.currency'),
          ctx.t('fw.committed'),
          ctx.t('fw.proposed'),
          ctx.t('fw.disbursed'),
          ctx.t('fw.execution'),
        ],
        rows: b.map((x) => [
          x.currency,
          ctx.int(Math.round(x.committed)),
          ctx.int(Math.round(x.committedProposed)),
          x.disbursed === null ? ctx.t('fw.noData') : ctx.int(Math.round(x.disbursed)),
          x.execution === null ? '—' : ctx.pct(x.execution, 1),
        ]),
        numeric: [1, 2, 3, 4],
        cls: 'budget',
      });
      html += ctx.figure(
        budgetPlot({
          byCurrency: b,
          labels: {
            committed: ctx.t('fw.committed'),
            disbursed: ctx.t('fw.disbursed'),
            amount: ctx.t('fw.amount'),
            noData: ctx.t('fw.noData'),
          },
          format: (x) => ctx.int(Math.round(x)),
          compact: compactNumber(ctx.lang),
          width: ctx.width,
          document: ctx.document,
        }),
        ctx.t('fw.budgetCaption'),
      );
    } else html += p(ctx.t('fw.noBudgets'));
    const j = progress.jointShare;
    html += `<h3>${esc(ctx.t('fw.joint'))}</h3>`;
    html += p(
      j.share === null
        ? ctx.t('fw.noActions')
        : ctx.t('fw.jointShare', { share: ctx.pct(j.share), joint: j.joint, total: j.joint + j.unilateral }),
    );
    if (j.byYear.length)
      html += ctx.figure(
        jointSharePlot({
          byYear: j.byYear,
          labels: { year: ctx.t('fw.year'), cumulative: ctx.t('fw.cumulative') },
          width: ctx.width,
          document: ctx.document,
        }),
        j.byYear.map((y) => `${y.year}: ${ctx.pct(y.cumulativeShare)}`).join('; '),
      );
    return html;
  },
};

const actions: Section = {
  id: 'actions',
  title: 'fw.actions',
  render({ framework: fw }, ctx) {
    if (!fw.actions.length) return null;
    return table({
      head: [ctx.t('fw.action'), ctx.t('fw.jointCol'), ctx.t('fw.status'), ctx.t('fw.accountable'), ctx.t('fw.source')],
      rows: fw.actions.map((a): Cell[] => [
        a.title,
        a.joint ? ctx.t('fw.jointYes') : ctx.t('fw.unilateral'),
        ctx.t(`fw.actionStatus.${a.status}` as ReportKey),
        a.actors
          .filter((x) => x.role === 'accountable')
          .map((x) => `${x.agency} (${partyName(fw, x.party)})`)
          .join('; ') || '—',
        src(a.source),
      ]),
      cls: 'actions',
    });
  },
};

export const FRAMEWORK_REPORT_SECTIONS: readonly Section[] = [overview, audit, tree, indicators, budgets, actions];

/**
 * The framework report as one self-contained HTML document, in the report's language: the
 * framework's own translations (names, titles, units, notes; `localizeFramework`) whatever
 * language the input was given in. Figures, audit and progress come from the input unchanged.
 */
export function frameworkReportHtml(
  input: FrameworkReportInput,
  opts: ReportOptions,
  sections: readonly Section[] = FRAMEWORK_REPORT_SECTIONS,
): string {
  return renderReport(
    {
      head: ({ framework: fw }, ctx) => ({
        title: ctx.t('fw.title', { name: fw.name }),
        meta: [
          ctx.t('dated', { date: ctx.date }),
          ...(fw.source ? [`${ctx.t('fw.sourceOf')}: ${src(fw.source)}`] : []),
        ],
        footer: `${fw.name} · ${ctx.date}`,
      }),
      sections,
    },
    localizedInput(input, opts.lang),
    opts,
  );
}

/**
 * The input with the framework's texts in `lang`, and the progress report's indicator names from
 * it (progress is computed from whatever framework the caller had, perhaps the English one).
 */
function localizedInput(input: FrameworkReportInput, lang: string): FrameworkReportInput {
  const framework = localizeFramework(input.framework, lang);
  const names = new Map<string, string>();
  for (const { indicator } of walk(framework)) names.set(indicator.id, indicator.name);
  return {
    ...input,
    framework,
    progress: {
      ...input.progress,
      indicators: input.progress.indicators.map((i) => ({ ...i, name: names.get(i.id) ?? i.name })),
    },
  };
}
