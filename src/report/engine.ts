/**
 * The report engine: a report is a title block and a list of pluggable sections, each of which
 * renders its part of one input (or declines, returning null, when it has nothing to say). The
 * engine numbers the sections that rendered, builds the table of contents and the document shell.
 * Everything that varies (language, date, paper) comes from the options: the same input and
 * options give byte-identical HTML.
 */
import { fail } from '../core/index.ts';
import { figure, shell, type Paper, type ShellSection } from './html.ts';
import { translator, type Lang, type ReportKey, type Translate } from './i18n.ts';

export type { Lang, Paper };

export interface ReportOptions {
  lang: Lang;
  /** The date printed on the report, YYYY-MM-DD (never read from the clock). */
  date: string;
  /** Printed page size (default A4). */
  paper?: Paper;
  /** The document charts are drawn in: the page's own in a browser, `serverDocument()` in Node. */
  document: Document;
  /** Width of the charts in CSS pixels (default 640). */
  chartWidth?: number;
}

/** What a section renders with: translations, number and date formats, and the chart helper. */
export interface ReportContext {
  lang: Lang;
  t: Translate;
  /** A number with exactly `digits` decimals (3 by default), in the report's language. */
  n(x: number, digits?: number): string;
  /** A whole number with thousands separators. */
  int(x: number | bigint | string): string;
  /** A percentage of a share in [0, 1]. */
  pct(x: number, digits?: number): string;
  /** "a, b and c" / "a, b y c". */
  list(items: readonly string[]): string;
  date: string;
  document: Document;
  width: number;
  /** Inline one chart as SVG with its caption. */
  figure(chart: Element, caption: string): string;
}

export interface SectionDef<I> {
  id: string;
  title: ReportKey | ((input: I, ctx: ReportContext) => string);
  /** The section's HTML, or null when it has nothing to show for this input (it is then left out). */
  render(input: I, ctx: ReportContext): string | null;
}

export interface ReportHead {
  title: string;
  meta: string[];
  footer: string;
}

export interface ReportDefinition<I> {
  head(input: I, ctx: ReportContext): ReportHead;
  sections: readonly SectionDef<I>[];
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function checkDate(date: string): Date {
  const m = DATE.exec(date);
  const d = m ? new Date(Date.UTC(+m[1], +m[2] - 1, +m[3])) : null;
  if (!m || !d || d.getUTCMonth() !== +m[2] - 1 || d.getUTCDate() !== +m[3])
    fail('invalid_report_date', { date }, { path: ['date'] });
  return d;
}

export function reportContext(opts: ReportOptions): ReportContext {
  const locale = opts.lang === 'es' ? 'es-MX' : 'en-US';
  const day = checkDate(opts.date);
  const fixed = new Map<number, Intl.NumberFormat>();
  const nf = (d: number) => {
    let f = fixed.get(d);
    if (!f) fixed.set(d, (f = new Intl.NumberFormat(locale, { minimumFractionDigits: d, maximumFractionDigits: d })));
    return f;
  };
  const intf = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  let charts = 0;
  const t = translator(opts.lang);
  return {
    lang: opts.lang,
    t,
    n: (x, d = 3) => (Number.isFinite(x) ? nf(d).format(x) : String(x)),
    int: (x) => (typeof x === 'string' ? intf.format(BigInt(x)) : intf.format(x)),
    pct: (x, d = 0) => `${nf(d).format(x * 100)} %`,
    list: (items) =>
      items.length <= 1
        ? (items[0] ?? '')
        : `${items.slice(0, -1).join(', ')}${opts.lang === 'es' ? ' y ' : ' and '}${items[items.length - 1]}`,
    date: new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(day),
    document: opts.document,
    width: opts.chartWidth ?? 640,
    figure: (chart, caption) => figure(chart, caption, `chart${++charts}`),
  };
}

/** Render a report: the title block, the sections that have something to show, numbered, with contents. */
export function renderReport<I>(def: ReportDefinition<I>, input: I, opts: ReportOptions): string {
  const ctx = reportContext(opts);
  const head = def.head(input, ctx);
  const sections: ShellSection[] = [];
  for (const s of def.sections) {
    const html = s.render(input, ctx);
    if (html === null) continue;
    sections.push({ id: s.id, title: typeof s.title === 'function' ? s.title(input, ctx) : ctx.t(s.title), html });
  }
  return shell({
    lang: opts.lang,
    title: head.title,
    meta: head.meta,
    paper: opts.paper ?? 'A4',
    contents: ctx.t('contents'),
    page: { page: ctx.t('page'), of: ctx.t('of') },
    sections,
    footer: head.footer,
  });
}
