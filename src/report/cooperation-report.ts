/**
 * The cooperation report: the game in words (what joint and unilateral action pay each side), the
 * tournament ranking and cooperation rates, the joint-versus-unilateral payoff over time, and the
 * linkage analysis: the critical shadow of the future (continuation probability) each issue needs
 * alone and all issues need linked.
 */
import type { LinkageAnalysis } from '../cooperation/index.ts';
import {
  cooperationRatePlot,
  jointVsUnilateralPlot,
  jointVsUnilateralSeries,
  rankingPlot,
  type JointVsUnilateralPoint,
  type RankingRow,
} from './charts/cooperation-plots.ts';
import { renderReport, type ReportContext, type ReportOptions, type SectionDef } from './engine.ts';
import { esc, p, table } from './html.ts';
import { STRINGS, type ReportKey } from './i18n.ts';

interface Payoffs {
  R: number;
  S: number;
  T: number;
  P: number;
}

export interface CooperationReportInput {
  title: string;
  /** The two parties (row, column) by display name. */
  parties: [string, string];
  /** The stage game played in the tournament. */
  game: { label: string; row: Payoffs; col: Payoffs };
  /** What the game stands for, in words (the scenario's description). */
  description?: string;
  tournament: {
    ranking: (RankingRow & { rank: number })[];
    jointVsUnilateral: JointVsUnilateralPoint[];
    params: Record<string, unknown>;
  };
  /** Linkage of the game's issues (absent for a single stage game). */
  linkage?: LinkageAnalysis | null;
}

type Section = SectionDef<CooperationReportInput>;

/** A tournament setting's name in the report's language (an unknown one as given). */
const paramName = (k: string, ctx: ReportContext) =>
  `coop.param.${k}` in STRINGS ? ctx.t(`coop.param.${k}` as ReportKey) : k;

const game: Section = {
  id: 'game',
  title: 'coop.game',
  render(input, ctx) {
    const { row, col } = input.game;
    const [a, b] = input.parties;
    let html = input.description ? p(input.description) : '';
    html += p(
      ctx.t('coop.gameWords', {
        a,
        b,
        R: ctx.n(row.R, 2),
        T: ctx.n(row.T, 2),
        S: ctx.n(row.S, 2),
        P: ctx.n(row.P, 2),
      }),
    );
    html += table({
      caption: ctx.t('coop.payoffs', { label: input.game.label }),
      head: [
        '',
        ctx.t('coop.bothJoint'),
        ctx.t('coop.aloneVsJoint'),
        ctx.t('coop.jointVsAlone'),
        ctx.t('coop.bothAlone'),
      ],
      rows: [
        [a, ctx.n(row.R, 2), ctx.n(row.T, 2), ctx.n(row.S, 2), ctx.n(row.P, 2)],
        [b, ctx.n(col.R, 2), ctx.n(col.T, 2), ctx.n(col.S, 2), ctx.n(col.P, 2)],
      ],
      numeric: [1, 2, 3, 4],
      cls: 'payoffs',
    });
    const params = Object.entries(input.tournament.params)
      .filter(([, v]) => v !== undefined && v !== null && typeof v !== 'object')
      .map(([k, v]) => `${paramName(k, ctx)} = ${String(v)}`);
    if (params.length) html += `<p class="note">${esc(ctx.t('coop.params', { params: params.join(', ') }))}</p>`;
    return html;
  },
};

const ranking: Section = {
  id: 'ranking',
  title: 'coop.ranking',
  render({ tournament: t }, ctx) {
    const rows = t.ranking;
    return (
      table({
        head: [ctx.t('coop.rank'), ctx.t('coop.strategy'), ctx.t('coop.score'), ctx.t('coop.rate')],
        rows: rows.map((x) => [x.rank + 1, x.name, ctx.n(x.medianScore), ctx.pct(x.cooperationRate)]),
        numeric: [0, 2, 3],
        cls: 'ranking',
      }) +
      ctx.figure(
        rankingPlot({
          ranking: rows,
          label: ctx.t('coop.score'),
          format: (x) => ctx.n(x),
          width: ctx.width,
          document: ctx.document,
        }),
        ctx.t('coop.rankingCaption'),
      ) +
      ctx.figure(
        cooperationRatePlot({ ranking: rows, label: ctx.t('coop.rate'), width: ctx.width, document: ctx.document }),
        ctx.t('coop.rateCaption'),
      )
    );
  },
};

const jvu: Section = {
  id: 'joint-vs-unilateral',
  title: 'coop.jvu',
  render({ tournament: t }, ctx) {
    if (!t.jointVsUnilateral.length) return null;
    const mean = (k: 'joint' | 'unilateral') => {
      const xs = t.jointVsUnilateral.map((d) => d[k]).filter((x): x is number => x !== null);
      return xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null;
    };
    const j = mean('joint');
    const u = mean('unilateral');
    const series = jointVsUnilateralSeries(t.jointVsUnilateral, {
      joint: ctx.t('coop.jointSeries'),
      unilateral: ctx.t('coop.unilateralSeries'),
    });
    return (
      p(ctx.t('coop.jvuText', { joint: j === null ? '—' : ctx.n(j), unilateral: u === null ? '—' : ctx.n(u) })) +
      ctx.figure(
        jointVsUnilateralPlot({
          series,
          labels: { turn: ctx.t('coop.turn'), payoff: ctx.t('coop.payoff') },
          width: ctx.width,
          document: ctx.document,
        }),
        ctx.t('coop.jvuCaption'),
      )
    );
  },
};

const linkage: Section = {
  id: 'linkage',
  title: 'coop.linkage',
  render(input, ctx) {
    const l = input.linkage;
    if (!l) return null;
    const [a, b] = input.parties;
    const f = (x: number) => (Number.isFinite(x) ? ctx.n(x) : ctx.t('coop.never'));
    let html = p(ctx.t('coop.linkageIntro'));
    html += table({
      head: [ctx.t('issue'), a, b, ctx.t('coop.pair')],
      rows: [
        ...l.issues.map((i) => [i.name, f(i.parties[0]), f(i.parties[1]), f(i.pair)]),
        [ctx.t('coop.allLinked'), f(l.linked.parties[0]), f(l.linked.parties[1]), f(l.linked.pair)],
      ],
      numeric: [1, 2, 3],
      cls: 'thresholds',
    });
    const names = l.issues.filter((i) => l.helped.includes(i.id)).map((i) => i.name);
    html += p(
      names.length
        ? ctx.t('coop.helped', { issues: ctx.list(names), linked: f(l.linked.pair) })
        : ctx.t('coop.notHelped'),
    );
    return html;
  },
};

export const COOPERATION_REPORT_SECTIONS: readonly Section[] = [game, ranking, jvu, linkage];

export function cooperationReportHtml(
  input: CooperationReportInput,
  opts: ReportOptions,
  sections: readonly Section[] = COOPERATION_REPORT_SECTIONS,
): string {
  return renderReport(
    {
      head: (i, ctx) => ({
        title: ctx.t('coop.title', { name: i.title }),
        meta: [ctx.t('dated', { date: ctx.date })],
        footer: `${i.title} · ${ctx.date}`,
      }),
      sections,
    },
    input,
    opts,
  );
}
