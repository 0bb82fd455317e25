/**
 * The scenario memo: the question, the parties and their priorities with provenance, the frontier
 * chart with the key points, the linkage table, the package in words per country, what is fragile,
 * the sources and an appendix with every number and its source. Sections are pluggable: further
 * analyses add theirs with `withSection`; the robustness study has its own (robustness-section.ts)
 * when one was computed.
 *
 * A memo for a delegation shows that party's own private numbers and nobody else's, and no joint
 * analysis (which is computed from every party's private preferences).
 */
import type { AnalysisJson, PointJson, RobustnessJson } from '../analysis/index.ts';
import { localizeScenario, type Scenario, type ScenarioParty } from '../model/index.ts';
import { explorerPlot, POINT_STYLE, type KeyPoint } from './charts/explorer-plot.ts';
import {
  renderReport,
  type ReportContext,
  type ReportDefinition,
  type ReportOptions,
  type SectionDef,
} from './engine.ts';
import { esc, p, table, ul, type Cell } from './html.ts';
import { provenance, sourceLabel } from './provenance.ts';
import { robustnessSection, sharePct } from './robustness-section.ts';

export interface ScenarioMemoInput {
  /** The scenario as the reader may see it. */
  scenario: Scenario;
  /** The joint analysis (`toJson` of `analyze`), or null when the reader may not see it. */
  analysis: AnalysisJson | null;
  /** The delegation the memo is for: its party alone keeps its private numbers. Absent: the full view. */
  audience?: { partyId: string } | null;
  /**
   * The scenario file's English texts with their translation in the memo's language (set by
   * `scenarioMemoHtml`): for texts that reach the memo in English from elsewhere, such as the
   * robustness study's rationales, computed from the English file.
   */
  translated?: ReadonlyMap<string, string>;
  /** Outcomes drawn behind the frontier (utilities in party order), e.g. a seeded sample. */
  cloud?: number[][];
  /** The robustness study of the same scenario version (`robustnessJson`), when one was computed. */
  robustness?: RobustnessJson | null;
}

type Section = SectionDef<ScenarioMemoInput>;

/** Party fields private to the party's own delegation. */
const PRIVATE_FIELDS = [
  'reservation',
  'reservationRationale',
  'weights',
  'values',
  'redLines',
  'interactions',
] as const;

/** The memo's view of its input: other parties' private fields and the joint analysis gone for a delegation. */
export function memoView(input: ScenarioMemoInput): ScenarioMemoInput {
  const who = input.audience?.partyId;
  if (!who) return input;
  const parties = input.scenario.parties.map((party) => {
    if (party.id === who) return party;
    const out: Record<string, unknown> = { ...party };
    for (const f of PRIVATE_FIELDS) delete out[f];
    return out as ScenarioParty;
  });
  // The joint analysis, its outcome cloud and the robustness study all combine every party's private preferences.
  return { scenario: { ...input.scenario, parties }, analysis: null, robustness: null, audience: input.audience };
}

const isPrivate = (input: ScenarioMemoInput, party: ScenarioParty) =>
  !!input.audience && input.audience.partyId !== party.id;

function optionLabel(s: Scenario, issueId: string, optionId: string | undefined): string {
  if (optionId === undefined) return '—';
  const issue = s.issues.find((i) => i.id === issueId);
  return issue?.options.find((o) => o.id === optionId)?.label ?? optionId;
}

const issueName = (s: Scenario, id: string) => s.issues.find((i) => i.id === id)?.name ?? id;
/** A party's name as the (localized) scenario gives it; the analysis JSON carries the file's English. */
const partyName = (s: Scenario, id: string, fallback: string) => s.parties.find((x) => x.id === id)?.name ?? fallback;

/** The package the memo puts in words: the linked package, else the Nash point. */
function thePackage(a: AnalysisJson): { point: PointJson; kind: 'linked' | 'nash' } | null {
  if (a.linkage?.linked) return { point: a.linkage.linked, kind: 'linked' };
  if (a.nash) return { point: a.nash, kind: 'nash' };
  return null;
}

function keyPoints(a: AnalysisJson, ctx: ReportContext): { key: string; label: string; point: PointJson | null }[] {
  const l = a.linkage;
  return [
    { key: 'statusQuo', label: ctx.t('point.statusQuo'), point: l?.statusQuo ?? null },
    { key: 'delinked', label: ctx.t('point.delinked'), point: l?.delinked ?? null },
    { key: 'linked', label: ctx.t('point.linked'), point: l?.linked ?? null },
    { key: 'nash', label: ctx.t('point.nash'), point: a.nash },
    { key: 'ks', label: ctx.t('point.ks'), point: a.kalaiSmorodinsky },
  ];
}

const question: Section = {
  id: 'question',
  title: 'memo.question',
  render({ scenario: s, analysis: a }, ctx) {
    const areas = new Set(s.issues.map((i) => i.area ?? ''));
    const counts = ctx.t('memo.counts', {
      parties: s.parties.length,
      names: ctx.list(s.parties.map((x) => x.name)),
      issues: s.issues.length,
      areas: areas.size,
    });
    const size = a ? ' ' + ctx.t('memo.size', { outcomes: ctx.int(a.outcomeCount), pareto: a.paretoSize }) : '';
    return (s.description ? p(s.description) : '') + p(counts + size);
  },
};

const parties: Section = {
  id: 'parties',
  title: 'memo.parties',
  render(input, ctx) {
    const s = input.scenario;
    return s.parties
      .map((party) => {
        const head = `<h3>${esc(party.name)}</h3>${party.description ? p(party.description) : ''}`;
        if (isPrivate(input, party)) return head + `<p class="private">${esc(ctx.t('memo.privateParty'))}</p>`;
        const total = Object.values(party.weights).reduce((x, w) => x + w.weight, 0) || 1;
        const rows = Object.entries(party.weights)
          .filter(([, w]) => w.weight > 0)
          .sort((x, y) => y[1].weight - x[1].weight || x[0].localeCompare(y[0]))
          .map(([issue, w]): Cell[] => [
            issueName(s, issue),
            ctx.pct(w.weight / total, 1),
            { html: provenance(s, w, ctx) },
          ]);
        return (
          head +
          table({
            caption: ctx.t('memo.priorities', { party: party.name }),
            head: [ctx.t('issue'), ctx.t('weight'), ctx.t('provenance')],
            rows,
            numeric: [1],
          })
        );
      })
      .join('');
  },
};

const frontier: Section = {
  id: 'frontier',
  title: 'memo.frontier',
  render({ scenario: s, analysis: a, cloud }, ctx) {
    if (!a) return null;
    const points: KeyPoint[] = keyPoints(a, ctx)
      .filter((k) => k.point)
      .map((k) => ({ key: k.key, label: k.label, utilities: k.point!.utilities }));
    const names = a.parties.map((x) => partyName(s, x.id, x.name));
    let html = p(ctx.t('memo.frontierText', { pareto: a.paretoSize }));
    for (let x = 0; x < names.length; x++)
      for (let y = x + 1; y < names.length; y++) {
        const chart = explorerPlot({
          cloud: cloud ?? [],
          pareto: a.pareto.map((q) => q.utilities),
          points,
          x,
          y,
          xLabel: names[x],
          yLabel: names[y],
          frontierLabel: ctx.t('memo.frontierLine'),
          width: ctx.width,
          document: ctx.document,
        });
        const legend = points.map((k) => `${POINT_STYLE[k.key]?.glyph ?? '●'} ${k.label}`).join(' · ');
        html += ctx.figure(chart, ctx.t('memo.frontierCaption', { x: names[x], y: names[y], legend }));
      }
    const rows = keyPoints(a, ctx).map((k): Cell[] => [
      k.label,
      ...(k.point ? k.point.utilities.map((u) => ctx.n(u)) : names.map(() => '—')),
    ]);
    rows.push([
      a.disagreementSource === 'statusQuo' ? ctx.t('point.disagreementSq') : ctx.t('point.disagreementRes'),
      ...a.disagreement.map((u) => ctx.n(u)),
    ]);
    html += table({
      caption: ctx.t('memo.keyPoints'),
      head: [ctx.t('point'), ...names],
      rows,
      numeric: names.map((_, i) => i + 1),
      cls: 'key-points',
    });
    return html + `<p class="note">${esc(ctx.t('memo.computed'))}</p>`;
  },
};

const linkage: Section = {
  id: 'linkage',
  title: 'memo.linkage',
  render({ scenario: s, analysis: a }, ctx) {
    const l = a?.linkage;
    if (!a || !l) return null;
    const names = a.parties.map((x) => partyName(s, x.id, x.name));
    const rows = l.perIssue.map((x): Cell[] => [
      issueName(s, x.issueId),
      optionLabel(s, x.issueId, a.issues.find((i) => i.id === x.issueId)?.statusQuo),
      optionLabel(s, x.issueId, x.chosen),
      ...x.gains.map((g) => ctx.n(g)),
    ]);
    const sum: Cell[] = [ctx.t('memo.linkedGain'), '', '', ...l.gain.map((g) => ctx.n(g))];
    let html = p(
      l.noDealAlone.length
        ? ctx.t('memo.noDealAlone', { issues: ctx.list(l.noDealAlone.map((i) => issueName(s, i))) })
        : ctx.t('memo.allDealAlone'),
    );
    html += table({
      caption: ctx.t('memo.linkageTable'),
      head: [ctx.t('issue'), ctx.t('point.statusQuo'), ctx.t('memo.aloneChoice'), ...names],
      rows: [...rows, sum],
      numeric: names.map((_, i) => i + 3),
      cls: 'linkage',
    });
    html += p(ctx.t('memo.totalGain', { gain: ctx.n(l.totalGain) }));
    return html;
  },
};

const inWords: Section = {
  id: 'package',
  title: 'memo.package',
  render({ scenario: s, analysis: a }, ctx) {
    if (!a) return null;
    const pkg = thePackage(a);
    if (!pkg) return p(ctx.t('memo.noPackage'));
    const l = a.linkage;
    const sq = l?.statusQuo.outcome ?? {};
    const changed = a.issues.filter((i) => pkg.point.outcome[i.id] !== sq[i.id]);
    let html = p(ctx.t(pkg.kind === 'linked' ? 'memo.packageLinked' : 'memo.packageNash'));
    html += table({
      caption: ctx.t('memo.packageTable'),
      head: [ctx.t('issue'), ctx.t('point.statusQuo'), ctx.t('memo.packageOption')],
      rows: a.issues.map((i) => [
        issueName(s, i.id),
        optionLabel(s, i.id, sq[i.id]),
        pkg.point.outcome[i.id] === sq[i.id] ? ctx.t('memo.unchanged') : optionLabel(s, i.id, pkg.point.outcome[i.id]),
      ]),
    });
    const names = (ids: string[]) => ctx.list(ids.map((i) => issueName(s, i)));
    html += a.parties
      .map((party, k) => {
        const name = partyName(s, party.id, party.name);
        const words = [
          ctx.t('memo.partyUtility', {
            party: name,
            u: ctx.n(pkg.point.utilities[k]),
            d: ctx.n(a.disagreement[k]),
          }),
        ];
        if (l) {
          const gains = l.gains[party.id] ?? [];
          const concessions = l.concessions[party.id] ?? [];
          words.push(
            ctx.t('memo.gainsConcedes', {
              gains: gains.length ? names(gains) : ctx.t('none'),
              concedes: concessions.length ? names(concessions) : ctx.t('none'),
            }),
          );
        }
        return `<h3>${esc(name)}</h3>${p(words.join(' '))}`;
      })
      .join('');
    if (!changed.length) html += p(ctx.t('memo.noChange'));
    return html;
  },
};

/** Where the result is thin: small margins over no deal, linkage that adds little, assumptions under the moves. */
export function fragilities(input: ScenarioMemoInput, ctx: ReportContext): string[] {
  const { scenario: s, analysis: a } = input;
  if (!a) return [];
  const pkg = thePackage(a);
  if (!pkg) return [];
  const out: string[] = [];
  const THIN = 0.05;
  a.parties.forEach((party, k) => {
    const margin = pkg.point.utilities[k] - a.disagreement[k];
    if (margin < THIN)
      out.push(
        ctx.t('fragile.margin', {
          party: partyName(s, party.id, party.name),
          margin: ctx.n(margin),
          thin: ctx.n(THIN, 2),
        }),
      );
  });
  const l = a.linkage;
  if (l?.linked) {
    a.parties.forEach((party, k) => {
      if (l.gain[k] < 0.01)
        out.push(ctx.t('fragile.linkGain', { party: partyName(s, party.id, party.name), gain: ctx.n(l.gain[k]) }));
    });
    const onlyLinked = l.noDealAlone.filter((i) => l.linked!.outcome[i] !== l.statusQuo.outcome[i]);
    if (onlyLinked.length)
      out.push(ctx.t('fragile.onlyLinked', { issues: ctx.list(onlyLinked.map((i) => issueName(s, i))) }));
  }
  const sq = l?.statusQuo.outcome ?? {};
  const moved = a.issues.filter((i) => pkg.point.outcome[i.id] !== sq[i.id]).map((i) => i.id);
  let total = 0;
  let assumed = 0;
  for (const party of s.parties)
    for (const id of moved) {
      for (const entry of [party.weights?.[id], party.values?.[id]]) {
        if (!entry) continue;
        total++;
        if (entry.source === 'assumption') assumed++;
      }
    }
  if (assumed) out.push(ctx.t('fragile.assumptions', { assumed, total }));
  const r = input.robustness;
  if (r?.nominalPackageShare && r.nominalPackageShare.probability < 0.5)
    out.push(
      ctx.t('fragile.robustPackage', {
        share: sharePct(r.nominalPackageShare.probability, ctx),
        samples: ctx.int(r.samples),
      }),
    );
  for (const [party, e] of Object.entries(r?.linkageBeatsDelinked?.byParty ?? {}))
    if (e.probability < 0.9)
      out.push(
        ctx.t('fragile.robustLinkage', {
          party: s.parties.find((x) => x.id === party)?.name ?? party,
          share: sharePct(e.probability, ctx),
        }),
      );
  return out;
}

const fragile: Section = {
  id: 'fragile',
  title: 'memo.fragile',
  render(input, ctx) {
    if (!input.analysis) return null;
    const items = fragilities(input, ctx);
    return p(ctx.t('memo.fragileIntro')) + (items.length ? ul(items) : p(ctx.t('memo.nothingFragile')));
  },
};

const sources: Section = {
  id: 'sources',
  title: 'memo.sources',
  render({ scenario: s }, ctx) {
    if (!s.sources?.length) return null;
    return table({
      head: [ctx.t('id'), ctx.t('memo.sourceTitle'), ctx.t('memo.sourceBy'), ctx.t('memo.sourceWhere')],
      rows: s.sources.map((x) => [
        `[${x.id}]`,
        x.title,
        [x.author, x.year, x.publisher].filter((v) => v !== undefined && v !== '').join(', '),
        // Printed as text, never linked: the report makes no request.
        [x.doi ? `doi:${x.doi}` : '', x.url ?? '', x.file ?? ''].filter(Boolean).join(' · '),
      ]),
    });
  },
};

const appendix: Section = {
  id: 'appendix',
  title: 'memo.appendix',
  render(input, ctx) {
    const s = input.scenario;
    const rows: Cell[][] = [];
    for (const issue of s.issues)
      if (issue.statusQuo)
        rows.push([
          '—',
          ctx.t('point.statusQuo'),
          issue.name,
          optionLabel(s, issue.id, issue.statusQuo),
          sourceLabel(
            s,
            { rationale: issue.statusQuoRationale, source: issue.statusQuoSource, quote: issue.statusQuoQuote },
            ctx,
          ),
          issue.statusQuoRationale ?? '',
        ]);
    for (const party of s.parties) {
      if (isPrivate(input, party)) continue;
      if (party.reservation !== undefined)
        rows.push([
          party.name,
          ctx.t('reservation'),
          '',
          typeof party.reservation === 'number' ? ctx.n(party.reservation) : ctx.t('point.statusQuo'),
          ctx.t('assumption'),
          party.reservationRationale ?? '',
        ]);
      for (const [id, w] of Object.entries(party.weights))
        rows.push([
          party.name,
          ctx.t('weight'),
          issueName(s, id),
          ctx.n(w.weight, 2),
          sourceLabel(s, w, ctx),
          w.rationale,
        ]);
      for (const [id, v] of Object.entries(party.values))
        for (const [opt, x] of Object.entries(v.options))
          rows.push([
            party.name,
            ctx.t('value'),
            `${issueName(s, id)}: ${optionLabel(s, id, opt)}`,
            ctx.n(x, 2),
            sourceLabel(s, v, ctx),
            v.rationale,
          ]);
      for (const x of party.interactions ?? [])
        rows.push([
          party.name,
          ctx.t('interaction'),
          Object.entries(x.when)
            .map(([i, o]) => `${issueName(s, i)}: ${optionLabel(s, i, o)}`)
            .join(' + '),
          ctx.n(x.value, 2),
          sourceLabel(s, x, ctx),
          x.rationale,
        ]);
      for (const x of party.redLines ?? [])
        rows.push([
          party.name,
          ctx.t('redLine'),
          Object.entries(x.options)
            .map(([i, o]) => `${issueName(s, i)}: ${optionLabel(s, i, o)}`)
            .join(' + '),
          '—',
          sourceLabel(s, x, ctx),
          x.rationale,
        ]);
    }
    const note = input.audience ? `<p class="private">${esc(ctx.t('memo.appendixPrivate'))}</p>` : '';
    return (
      p(ctx.t('memo.appendixIntro')) +
      note +
      table({
        head: [ctx.t('party'), ctx.t('what'), ctx.t('issue'), ctx.t('number'), ctx.t('source'), ctx.t('rationale')],
        rows,
        numeric: [3],
        cls: 'appendix',
      })
    );
  },
};

/** The memo's sections, in order. */
export const SCENARIO_MEMO_SECTIONS: readonly Section[] = [
  question,
  parties,
  frontier,
  linkage,
  inWords,
  robustnessSection,
  fragile,
  sources,
  appendix,
];

/** A section list with one more section after the one with id `after` (at the end when there is none). */
export function withSection<I>(list: readonly SectionDef<I>[], after: string, section: SectionDef<I>): SectionDef<I>[] {
  const i = list.findIndex((x) => x.id === after);
  return i < 0 ? [...list, section] : [...list.slice(0, i + 1), section, ...list.slice(i + 1)];
}

export function scenarioMemoDefinition(
  sections: readonly Section[] = SCENARIO_MEMO_SECTIONS,
): ReportDefinition<ScenarioMemoInput> {
  return {
    head(input, ctx) {
      const s = input.scenario;
      const audience = input.audience
        ? ctx.t('memo.forDelegation', {
            party: s.parties.find((x) => x.id === input.audience!.partyId)?.name ?? input.audience.partyId,
          })
        : ctx.t('memo.forAll');
      const srcs = (s.sources ?? []).map((x) => x.title);
      return {
        title: ctx.t('memo.title', { name: s.name }),
        meta: [
          ctx.t('dated', { date: ctx.date }),
          audience,
          ...(srcs.length ? [ctx.t('memo.basedOn', { sources: srcs.join('; ') })] : []),
        ],
        footer: `${s.name} · ${ctx.date}`,
      };
    },
    sections,
  };
}

/** Each English string of `en` whose counterpart at the same place in `localized` differs. */
export function translatedTexts(en: unknown, localized: unknown, out = new Map<string, string>()): Map<string, string> {
  if (typeof en === 'string') {
    if (typeof localized === 'string' && localized !== en && !out.has(en)) out.set(en, localized);
  } else if (Array.isArray(en)) {
    if (Array.isArray(localized)) en.forEach((x, i) => translatedTexts(x, localized[i], out));
  } else if (en && typeof en === 'object' && localized && typeof localized === 'object') {
    for (const [k, v] of Object.entries(en)) translatedTexts(v, (localized as Record<string, unknown>)[k], out);
  }
  return out;
}

/** The scenario memo as one self-contained HTML document. */
export function scenarioMemoHtml(
  input: ScenarioMemoInput,
  opts: ReportOptions,
  sections: readonly Section[] = SCENARIO_MEMO_SECTIONS,
): string {
  // The memo speaks the report's language: the scenario's own translations (names, labels, rationales).
  const scenario = localizeScenario(input.scenario, opts.lang);
  const localized = { ...input, scenario, translated: translatedTexts(input.scenario, scenario) };
  return renderReport(scenarioMemoDefinition(sections), memoView(localized), opts);
}
