/**
 * The negotiation report: the settings and agents, the offers chart against the Pareto frontier and
 * the Nash point, the outcome against both, and, when a linked and a delinked run of the same
 * setting are given, the two side by side. Input is the runs' JSON (what `negotiate --json` prints
 * and the API's negotiation jobs return).
 */
import { negotiationPlot, type OfferPoint } from './charts/negotiation-plot.ts';
import { renderReport, type ReportContext, type ReportOptions, type SectionDef } from './engine.ts';
import { esc, p, table, type Cell } from './html.ts';
import { STRINGS, type ReportKey } from './i18n.ts';

type ByParty = Record<string, number>;

/** The fields of a session's JSON the report reads. */
export interface NegotiationRunJson {
  domain: string;
  mode: 'linked' | 'delinked';
  protocol?: string | null;
  order?: string;
  parties: string[];
  agents: string[];
  seed?: number;
  end?: string;
  walkedAway?: string | null;
  agreement: { outcome: Record<string, string>; utilities: ByParty } | null;
  outcome?: Record<string, string>;
  utilities: ByParty;
  noDeal: ByParty;
  rounds: number;
  distances: { pareto: number; nash: number } | null;
  nash: ByParty | null;
  offers: unknown;
}

export interface NegotiationReportInput {
  /** Display name of what was negotiated. */
  title: string;
  parties: { id: string; name: string }[];
  /** Issue and option display names (ids are shown where absent). */
  issues?: { id: string; name: string; options?: { id: string; label: string }[]; statusQuo?: string }[];
  /** Utilities of the Pareto frontier (party order), for the chart; null when unknown. */
  pareto: number[][] | null;
  /** One run, or a linked and a delinked run of the same setting. */
  runs: NegotiationRunJson[];
}

type Section = SectionDef<NegotiationReportInput>;

const partyName = (i: NegotiationReportInput, id: string) => i.parties.find((x) => x.id === id)?.name ?? id;
const modeName = (ctx: ReportContext, r: NegotiationRunJson) => ctx.t(`neg.mode.${r.mode}` as ReportKey);

function offerPoints(run: NegotiationRunJson): OfferPoint[] {
  if (!Array.isArray(run.offers)) return [];
  const out: OfferPoint[] = [];
  (run.offers as { party: string; kind: OfferPoint['kind']; utilities?: ByParty }[]).forEach((o, index) => {
    if (o.utilities) out.push({ index, party: o.party, kind: o.kind, u: run.parties.map((p) => o.utilities![p]) });
  });
  return out;
}

/** A recorded name (protocol, issue order) in the report's language; one without words as recorded. */
const named = (ctx: ReportContext, group: string, name: string) =>
  `${group}.${name}` in STRINGS ? ctx.t(`${group}.${name}` as ReportKey) : name;

const vec = (run: NegotiationRunJson, b: ByParty | null | undefined) => (b ? run.parties.map((p) => b[p]) : null);

const settings: Section = {
  id: 'settings',
  title: 'neg.settings',
  render(input, ctx) {
    const head = [ctx.t('neg.setting'), ...input.runs.map((r) => modeName(ctx, r))];
    const row = (label: string, f: (r: NegotiationRunJson) => string): Cell[] => [label, ...input.runs.map(f)];
    let html = p(ctx.t('neg.intro', { title: input.title, parties: ctx.list(input.parties.map((x) => x.name)) }));
    html += table({
      head,
      rows: [
        row(ctx.t('neg.protocol'), (r) => (r.protocol ? named(ctx, 'neg.protocol', r.protocol) : '—')),
        row(ctx.t('neg.order'), (r) => (r.mode === 'delinked' && r.order ? named(ctx, 'neg.order', r.order) : '—')),
        row(ctx.t('neg.deadline'), (r) => String(r.rounds)),
        row(ctx.t('neg.seed'), (r) => (r.seed === undefined ? '—' : String(r.seed))),
      ],
      cls: 'settings',
    });
    html += table({
      caption: ctx.t('neg.agents'),
      head: [ctx.t('party'), ...input.runs.map((r) => modeName(ctx, r))],
      rows: input.parties.map((party) => [
        party.name,
        ...input.runs.map((r) => r.agents[r.parties.indexOf(party.id)] ?? '—'),
      ]),
    });
    return html;
  },
};

const offers: Section = {
  id: 'offers',
  title: 'neg.offers',
  render(input, ctx) {
    const k = input.parties.length;
    const pairs: [number, number][] = [];
    for (let a = 0; a < k; a++) for (let b = a + 1; b < k; b++) pairs.push([a, b]);
    let html = p(ctx.t('neg.offersIntro'));
    for (const run of input.runs) {
      const points = offerPoints(run);
      if (!points.length && !run.agreement) continue;
      for (const [x, y] of pairs.slice(0, 3)) {
        const chart = negotiationPlot({
          pareto: input.pareto ?? [],
          nash: vec(run, run.nash),
          noDeal: vec(run, run.noDeal)!,
          offers: points,
          parties: run.parties.map((id) => ({ id, name: partyName(input, id) })),
          agreement: vec(run, run.agreement?.utilities),
          finals: [],
          x,
          y,
          labels: {
            nash: ctx.t('point.nash'),
            noDeal: ctx.t('neg.noDeal'),
            agreement: ctx.t('neg.agreement'),
            mediator: ctx.t('neg.mediator'),
          },
          width: ctx.width,
          document: ctx.document,
        });
        html += ctx.figure(
          chart,
          ctx.t('neg.offersCaption', {
            mode: modeName(ctx, run),
            x: partyName(input, run.parties[x]),
            y: partyName(input, run.parties[y]),
            offers: points.length,
          }),
        );
      }
    }
    return html;
  },
};

const outcome: Section = {
  id: 'outcome',
  title: 'neg.outcome',
  render(input, ctx) {
    return input.runs
      .map((run) => {
        const rows: Cell[][] = [
          [ctx.t('neg.final'), ...run.parties.map((id) => ctx.n(run.utilities[id]))],
          [ctx.t('point.nash'), ...run.parties.map((id) => (run.nash ? ctx.n(run.nash[id]) : '—'))],
          [ctx.t('neg.noDeal'), ...run.parties.map((id) => ctx.n(run.noDeal[id]))],
        ];
        const end = ctx.t(`neg.end.${run.end ?? 'deadline'}` as ReportKey, {
          rounds: run.rounds,
          party: run.walkedAway ? partyName(input, run.walkedAway) : '',
        });
        const dist = run.distances
          ? ctx.t('neg.distances', { pareto: ctx.n(run.distances.pareto), nash: ctx.n(run.distances.nash) })
          : '';
        return (
          `<h3>${esc(modeName(ctx, run))}</h3>` +
          p(`${end} ${dist}`.trim()) +
          table({
            head: ['', ...run.parties.map((id) => partyName(input, id))],
            rows,
            numeric: run.parties.map((_, i) => i + 1),
            cls: `outcome-${run.mode}`,
          })
        );
      })
      .join('');
  },
};

const sideBySide: Section = {
  id: 'linked-vs-delinked',
  title: 'neg.sideBySide',
  render(input, ctx) {
    const linked = input.runs.find((r) => r.mode === 'linked');
    const delinked = input.runs.find((r) => r.mode === 'delinked');
    if (!linked || !delinked) return null;
    const sum = (r: NegotiationRunJson) => r.parties.reduce((s, id) => s + r.utilities[id], 0);
    const moved = (r: NegotiationRunJson) => {
      const out = r.agreement?.outcome ?? r.outcome;
      if (!out || !input.issues) return '—';
      return String(input.issues.filter((i) => i.statusQuo !== undefined && out[i.id] !== i.statusQuo).length);
    };
    const rows: Cell[][] = [
      [
        ctx.t('neg.endCol'),
        ctx.t(`neg.endShort.${linked.end ?? 'deadline'}` as ReportKey),
        ctx.t(`neg.endShort.${delinked.end ?? 'deadline'}` as ReportKey),
      ],
      ...input.parties.map((party): Cell[] => [
        party.name,
        ctx.n(linked.utilities[party.id]),
        ctx.n(delinked.utilities[party.id]),
      ]),
      [ctx.t('neg.joint'), ctx.n(sum(linked)), ctx.n(sum(delinked))],
      [
        ctx.t('neg.toPareto'),
        linked.distances ? ctx.n(linked.distances.pareto) : '—',
        delinked.distances ? ctx.n(delinked.distances.pareto) : '—',
      ],
      [
        ctx.t('neg.toNash'),
        linked.distances ? ctx.n(linked.distances.nash) : '—',
        delinked.distances ? ctx.n(delinked.distances.nash) : '—',
      ],
      [ctx.t('neg.moved'), moved(linked), moved(delinked)],
    ];
    let html = table({
      head: ['', modeName(ctx, linked), modeName(ctx, delinked)],
      rows,
      numeric: [1, 2],
      cls: 'side-by-side',
    });
    const diff = sum(linked) - sum(delinked);
    html += p(
      ctx.t(diff > 1e-9 ? 'neg.linkedBetter' : diff < -1e-9 ? 'neg.delinkedBetter' : 'neg.same', {
        diff: ctx.n(Math.abs(diff)),
      }),
    );
    if (input.issues) {
      const lo = linked.agreement?.outcome ?? linked.outcome;
      const dout = delinked.agreement?.outcome ?? delinked.outcome;
      const label = (i: NonNullable<NegotiationReportInput['issues']>[number], o: string | undefined) =>
        o === undefined ? '—' : (i.options?.find((x) => x.id === o)?.label ?? o);
      html += table({
        caption: ctx.t('neg.packages'),
        head: [ctx.t('issue'), ctx.t('point.statusQuo'), modeName(ctx, linked), modeName(ctx, delinked)],
        rows: input.issues.map((i) => [i.name, label(i, i.statusQuo), label(i, lo?.[i.id]), label(i, dout?.[i.id])]),
      });
    }
    return html;
  },
};

export const NEGOTIATION_REPORT_SECTIONS: readonly Section[] = [settings, offers, outcome, sideBySide];

export function negotiationReportHtml(
  input: NegotiationReportInput,
  opts: ReportOptions,
  sections: readonly Section[] = NEGOTIATION_REPORT_SECTIONS,
): string {
  return renderReport(
    {
      head: (i, ctx) => ({
        title: ctx.t('neg.title', { name: i.title }),
        meta: [ctx.t('dated', { date: ctx.date })],
        footer: `${i.title} · ${ctx.date}`,
      }),
      sections,
    },
    input,
    opts,
  );
}
