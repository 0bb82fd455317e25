/**
 * The scenario memo's robustness section (the Monte Carlo study of uncertain preferences, when one was computed): how often
 * linking beats issue-by-issue bargaining for each party, how often the package stays the Nash
 * package, the most robust package in words, which weights flip the answer (the top of the exact
 * sensitivity's tornado, as a chart and a table), and the uncertainty ranges the samples came
 * from, each shown as a modelling assumption unless the scenario names a source. Everything comes
 * from the robustness engine's JSON document (`robustnessJson`, the API's robustness result), with
 * its sample count and seed.
 */
import type { RobustnessJson, SensitivityEntry } from '../analysis/index.ts';
import { ASSUMPTION, builtinRationaleIn, type Scenario } from '../model/index.ts';
import { tornadoEntries, tornadoPlot } from './charts/tornado-plot.ts';
import type { ReportContext, SectionDef } from './engine.ts';
import { esc, p, table, type Cell } from './html.ts';
import type { ScenarioMemoInput } from './scenario-memo.ts';

/** Weights shown from the top of the tornado. */
export const TORNADO_ROWS = 8;

type Estimate = { probability: number; ci: [number, number] };

const issueName = (s: Scenario, id: string) => s.issues.find((i) => i.id === id)?.name ?? id;
const partyName = (s: Scenario, id: string) => s.parties.find((x) => x.id === id)?.name ?? id;
const optionName = (s: Scenario, issue: string, option: string) =>
  s.issues.find((i) => i.id === issue)?.options.find((o) => o.id === option)?.label ?? option;

/** A share of samples as a whole percentage: ">99 %" when it rounds to 100 but is not 1, "<1 %" likewise. */
export function sharePct(x: number, ctx: ReportContext): string {
  const r = Math.round(x * 100);
  if (r === 100 && x < 1) return `>${ctx.pct(0.99)}`;
  if (r === 0 && x > 0) return `<${ctx.pct(0.01)}`;
  return ctx.pct(x);
}

/** "86–88 %" (one number when both ends round alike). */
function range(ci: [number, number], ctx: ReportContext): string {
  const [a, b] = ci.map((x) => Math.round(x * 100));
  return a === b ? `${ctx.int(a)} %` : `${ctx.int(a)}–${ctx.int(b)} %`;
}

const ciText = (ci: [number, number], ctx: ReportContext) => ctx.t('robust.ciText', { range: range(ci, ctx) });
const sure = (e: Estimate, ctx: ReportContext) => ({ share: sharePct(e.probability, ctx), ci: ciText(e.ci, ctx) });

/** A weight share with one decimal below 10 %, whole above. */
const weightShare = (x: number, ctx: ReportContext) => ctx.pct(x, x < 0.1 ? 1 : 0);

function linkageTable(r: RobustnessJson, s: Scenario, ctx: ReportContext): string {
  const l = r.linkageBeatsDelinked;
  if (!l) return p(ctx.t('robust.noStatusQuo'));
  const gain = (party: string) => {
    const q = r.partyGains?.[party];
    return q ? `${ctx.n(q.q50)} (${ctx.n(q.q05)} – ${ctx.n(q.q95)})` : '—';
  };
  const rows: Cell[][] = Object.entries(l.byParty).map(([party, e]) => [
    partyName(s, party),
    sharePct(e.probability, ctx),
    range(e.ci, ctx),
    gain(party),
  ]);
  rows.push([ctx.t('robust.everyParty'), sharePct(l.probability, ctx), range(l.ci, ctx), '']);
  rows.push([ctx.t('robust.noneWorse'), sharePct(l.noneWorse.probability, ctx), range(l.noneWorse.ci, ctx), '']);
  return table({
    caption: ctx.t('robust.linkageTable'),
    head: [ctx.t('party'), ctx.t('robust.beats'), ctx.t('robust.ci'), ctx.t('robust.gain')],
    rows,
    numeric: [1, 2, 3],
    cls: 'robust-linkage',
  });
}

function packages(r: RobustnessJson, s: Scenario, ctx: ReportContext): string {
  const nash = r.nominal.nash?.outcome ?? null;
  let html = '';
  if (r.dealShare.probability < 1) html += p(ctx.t('robust.deal', sure(r.dealShare, ctx)));
  html += p(
    r.nominalPackageShare ? ctx.t('robust.nominal', sure(r.nominalPackageShare, ctx)) : ctx.t('robust.noNominal'),
  );
  const mr = r.mostRobust;
  const baseline = ctx.t(
    mr.baseline === 'issueByIssue'
      ? 'robust.vs.delinked'
      : mr.baseline === 'statusQuo'
        ? 'robust.vs.sq'
        : 'robust.vs.res',
  );
  if (!mr.outcome) return html + p(ctx.t('robust.noRobust', { baseline }));
  let words = ctx.t('robust.mostRobust', { baseline, ...sure({ probability: mr.share, ci: mr.ci }, ctx) });
  if (!mr.exact) words += ' ' + ctx.t('robust.notExact');
  const diff = nash ? Object.keys(mr.outcome).filter((i) => mr.outcome![i] !== nash[i]) : Object.keys(mr.outcome);
  const nashShare = mr.nominalNashShare ? sharePct(mr.nominalNashShare.probability, ctx) : '—';
  if (nash && diff.length === 0) return html + p(`${words} ${ctx.t('robust.sameAsNash', { share: nashShare })}`);
  if (nash) words += ' ' + ctx.t('robust.differs', { share: nashShare, count: diff.length });
  html += p(words);
  return (
    html +
    table({
      caption: ctx.t('robust.mostRobustTable'),
      head: [ctx.t('issue'), ctx.t('robust.nashColumn'), ctx.t('robust.robustColumn')],
      rows: diff.map((i) => [
        issueName(s, i),
        nash ? optionName(s, i, nash[i]) : '—',
        optionName(s, i, mr.outcome![i]),
      ]),
      cls: 'robust-package',
    })
  );
}

/** "above 24 %: money laundering → Financial-intelligence sharing". */
function pastEnd(e: SensitivityEntry, s: Scenario, ctx: ReportContext): string {
  const up = e.above ? e.interval![1] - e.share! : Infinity;
  const down = e.below ? e.share! - e.interval![0] : Infinity;
  const side = up <= down ? 'above' : 'below';
  const t = side === 'above' ? e.above! : e.below!;
  const changes =
    t.outcome === null
      ? ctx.t('robust.noDealPast')
      : Object.entries(t.changes)
          .map(([issue, option]) => `${issueName(s, issue)} → ${optionName(s, issue, option)}`)
          .join('; ') || ctx.t('robust.equivalent');
  return ctx.t(side === 'above' ? 'robust.above' : 'robust.below', { at: weightShare(t.at, ctx), changes });
}

function sensitivityPart(r: RobustnessJson, s: Scenario, ctx: ReportContext): string {
  if (!r.sensitivity) return p(ctx.t('robust.noSensitivity'));
  const label = (e: SensitivityEntry) => `${partyName(s, e.party)} · ${issueName(s, e.issue)}`;
  const top = tornadoEntries(r.sensitivity.weights, label, TORNADO_ROWS);
  const exact = r.sensitivity.weights.filter((e) => e.interval);
  const holds = exact.filter((e) => !e.above && !e.below).length;
  let html = '';
  if (top.length) {
    html += p(ctx.t('robust.sensitivityIntro', { count: top.length }));
    const chart = tornadoPlot({
      rows: top.map((x) => x.row),
      width: ctx.width,
      xLabel: ctx.t('robust.weightShare'),
      document: ctx.document,
    });
    html += ctx.figure(chart, ctx.t('robust.tornadoCaption'));
    html += table({
      caption: ctx.t('robust.sensitivityTable'),
      head: [
        ctx.t('robust.weightColumn'),
        ctx.t('robust.shareToday'),
        ctx.t('robust.holdsBetween'),
        ctx.t('robust.pastEnd'),
      ],
      rows: top.map(({ row, entry }) => [
        row.label,
        weightShare(row.nominal, ctx),
        `${weightShare(row.lo, ctx)} – ${weightShare(row.hi, ctx)}`,
        pastEnd(entry, s, ctx),
      ]),
      numeric: [1, 2],
      cls: 'robust-sensitivity',
    });
  }
  if (exact.length) html += p(ctx.t('robust.holds', { holds, total: exact.length }));
  return html;
}

/** The ranges drawn, grouped by kind, range as written, who set it and its source. */
function rangesPart(
  r: RobustnessJson,
  s: Scenario,
  ctx: ReportContext,
  translated: ReadonlyMap<string, string> = new Map(),
): string {
  const u = r.uncertainty;
  // The study was computed on the English file: its rationales are the built-in defaults' (worded
  // per language in the model) or the scenario's own (translated by its file, when it is).
  const said = (x: string | undefined) =>
    x === undefined ? undefined : ctx.lang === 'en' ? x : (translated.get(x) ?? builtinRationaleIn(x, ctx.lang));
  const groups = new Map<string, { cells: Cell[]; count: number }>();
  const source = (src: string) =>
    src === ASSUMPTION ? { html: `<span class="assumption">${esc(ctx.t('assumption'))}</span>` } : `[${src}]`;
  const add = (kind: string, written: string, origin: string, src: string, rationale: string | undefined) => {
    const key = JSON.stringify([kind, written, origin, src, rationale ?? '']);
    const g = groups.get(key);
    if (g) g.count++;
    else
      groups.set(key, {
        count: 1,
        cells: [
          ctx.t(`robust.kind.${kind}` as 'robust.kind.weight'),
          written,
          ctx.t(`robust.origin.${origin}` as 'robust.origin.default'),
          source(src),
          said(rationale) ?? '',
        ],
      });
  };
  for (const x of u.parameters) add(x.kind, x.written, x.origin, x.source, x.rationale);
  for (const d of u.dirichlet) add('dirichlet', `dirichlet:${d.concentration}`, d.origin, d.source, d.rationale);
  const html = p(ctx.t('robust.rangesIntro'));
  if (!groups.size) return html + p(ctx.t('robust.noRanges'));
  return (
    html +
    table({
      caption: ctx.t('robust.ranges'),
      head: [
        ctx.t('robust.rangeWhat'),
        ctx.t('robust.range'),
        ctx.t('robust.count'),
        ctx.t('robust.origin'),
        ctx.t('robust.sourceColumn'),
        ctx.t('rationale'),
      ],
      rows: [...groups.values()].map((g) => [g.cells[0], g.cells[1], ctx.int(g.count), ...g.cells.slice(2)]),
      numeric: [2],
      cls: 'robust-ranges',
    })
  );
}

export const robustnessSection: SectionDef<ScenarioMemoInput> = {
  id: 'robustness',
  title: 'memo.robustness',
  render({ scenario: s, analysis, robustness: r, translated }, ctx) {
    // Like the joint analysis, the study combines every party's private preferences.
    if (!analysis || !r) return null;
    const noDeal = ctx.t(r.disagreementPoint === 'statusQuo' ? 'robust.noDealSq' : 'robust.noDealRes');
    return (
      p(ctx.t('robust.intro', { samples: ctx.int(r.samples), seed: r.seed, noDeal })) +
      linkageTable(r, s, ctx) +
      packages(r, s, ctx) +
      sensitivityPart(r, s, ctx) +
      rangesPart(r, s, ctx, translated) +
      `<p class="note">${esc(
        ctx.t('robust.method', {
          method: ctx.t(r.mostRobust.method === 'branch-and-bound' ? 'robust.method.bnb' : 'robust.method.candidates'),
        }),
      )}</p>`
    );
  },
};
