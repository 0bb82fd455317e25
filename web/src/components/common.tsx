/** Small accessible building blocks shared by the pages. */
import { useEffect, useLayoutEffect, useRef, useState, type DependencyList, type ReactNode } from 'react';
import { problem } from '../../../src/core/index.ts';
import { api, ApiError, download, forForm, showProblem, type ApiProblem } from '../api.ts';
import { useI18n } from '../i18n/index.tsx';

/**
 * useEffect for loading what the user picked: `isCurrent()` turns false once the dependencies
 * change, so answers for an earlier pick that arrive late are dropped instead of replacing the
 * latest pick's.
 */
export function useLatestEffect(effect: (isCurrent: () => boolean) => void, deps: DependencyList): void {
  useEffect(() => {
    let current = true;
    effect(() => current);
    return () => {
      current = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
}

/** Problems (from the API or the in-browser checks), announced to screen readers. */
export function Problems({ error, problems }: { error?: unknown; problems?: ApiProblem[] }) {
  const { t, lang } = useI18n();
  const list: ApiProblem[] =
    problems ??
    (error instanceof ApiError
      ? error.problems.map(forForm)
      : error
        ? [problem('unexpected_error', { detail: String((error as Error).message ?? error) })]
        : []);
  if (list.length === 0) return null;
  return (
    <div role="alert" className="problems">
      <strong>{t('common.error')}</strong>
      {error instanceof ApiError && error.status === 401 && <p>{t('settings.needToken')}</p>}
      <ul>
        {list.slice(0, 20).map((p, i) => (
          <li key={i}>
            <code>{p.code}</code> {showProblem(p, lang)}
          </li>
        ))}
      </ul>
    </div>
  );
}

export function ProgressBar({ value, label }: { value: number; label: string }) {
  const pct = Math.round(value * 100);
  return (
    <div className="progress">
      <div
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={pct}
        data-testid="progress"
      >
        <div className="bar" style={{ width: `${pct}%` }} />
      </div>
      <span aria-hidden="true">{pct}%</span>
    </div>
  );
}

/** Widest a chart is drawn (Observable Plot's default width). */
export const MAX_CHART_WIDTH = 640;

/** Renders an Observable Plot (or any DOM node) built by `render`, with a text alternative and a data table. */
export function Figure({
  render,
  deps,
  alt,
  table,
  testId,
  onDrawn,
}: {
  /** Draws the chart `width` pixels wide (the space the page gives it, at most MAX_CHART_WIDTH). */
  render: (width: number) => Element | null;
  deps: unknown[];
  alt: string;
  table?: { columns: string[]; rows: (string | number)[][] };
  testId?: string;
  onDrawn?: () => void;
}) {
  const { t } = useI18n();
  const ref = useRef<HTMLDivElement>(null);
  // Charts are drawn at the width they get (a phone gets a narrower chart with readable text, not a
  // shrunken picture of a wide one), and redrawn when that width changes.
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    const host = ref.current;
    if (!host) return;
    const measure = () => setWidth(Math.min(MAX_CHART_WIDTH, Math.floor(host.clientWidth)) || MAX_CHART_WIDTH);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(host);
    return () => observer.disconnect();
  }, []);
  useEffect(() => {
    const host = ref.current;
    if (!host || !width) return;
    const node = render(width);
    host.replaceChildren(...(node ? [node] : []));
    onDrawn?.();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [...deps, width]);
  return (
    <figure className="figure">
      <div ref={ref} role="img" aria-label={alt} data-testid={testId} />
      <figcaption className="sr-only">{alt}</figcaption>
      {table && (
        <details>
          <summary>{t('common.showTable')}</summary>
          <DataTable caption={t('common.dataTable')} {...table} />
        </details>
      )}
    </figure>
  );
}

export function DataTable({
  caption,
  columns,
  rows,
}: {
  caption: string;
  columns: string[];
  rows: (string | number)[][];
}) {
  // Wide tables scroll inside their own region (reachable by keyboard) rather than the whole page.
  return (
    <div className="table-scroll" role="region" aria-label={caption} tabIndex={0}>
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c} scope="col">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            <tr key={i}>
              {r.map((c, j) =>
                j === 0 ? (
                  <th key={j} scope="row">
                    {c}
                  </th>
                ) : (
                  <td key={j}>{c}</td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function Section({ title, children, id }: { title: string; children: ReactNode; id?: string }) {
  const hid = `${id ?? title.replace(/\W+/g, '-').toLowerCase()}-h`;
  return (
    <section aria-labelledby={hid} className="card" id={id}>
      <h2 id={hid}>{title}</h2>
      {children}
    </section>
  );
}

export function PageTitle({ children }: { children: ReactNode }) {
  return (
    <h1 tabIndex={-1} className="page-title">
      {children}
    </h1>
  );
}

/** A run's progress bar, its status announced to screen readers, and its problems if it failed. */
export function JobStatus({
  job,
  label,
  testId,
  children,
}: {
  job: { status: string; progress: number; error: ApiProblem[] | null };
  label: string;
  testId: string;
  children?: ReactNode;
}) {
  const { t } = useI18n();
  return (
    <>
      <ProgressBar value={job.progress} label={label} />
      <p role="status" aria-live="polite" data-testid={testId}>
        {t('common.status', { status: t(`status.${job.status}` as never) })}
        {children}
      </p>
      {/* A run the user cancelled is not an error: the status line says so. */}
      {job.error && job.status !== 'cancelled' && <Problems problems={job.error} />}
    </>
  );
}

/** Cancel a queued or running job. */
export function CancelJob({ id, onError }: { id: string; onError: (e: unknown) => void }) {
  const { t } = useI18n();
  return (
    <button
      type="button"
      className="secondary"
      onClick={() => api('DELETE', `/api/jobs/${encodeURIComponent(id)}`).catch(onError)}
    >
      {t('common.cancel')}
    </button>
  );
}

/** Which two parties a chart shows (only when there are more than two). */
export function PairSelect({
  parties,
  pairs,
  value,
  onChange,
  testId,
}: {
  parties: { name: string }[];
  pairs: [number, number][];
  value: number;
  onChange: (k: number) => void;
  testId: string;
}) {
  const { t } = useI18n();
  if (pairs.length < 2) return null;
  return (
    <label>
      {t('explorer.projection')}{' '}
      <select value={value} onChange={(e) => onChange(Number(e.target.value))} data-testid={testId}>
        {pairs.map(([i, j], k) => (
          <option key={k} value={k}>
            {parties[i].name} × {parties[j].name}
          </option>
        ))}
      </select>
    </label>
  );
}

export interface LegendItem {
  /** A text glyph drawn in `color` (hidden from screen readers), then the label. */
  glyph: string;
  color: string;
  label: string;
  testId?: string;
}

/** A chart's legend in the page: what each kind of mark is. */
export function Legend({ items, testId }: { items: LegendItem[]; testId?: string }) {
  const { t } = useI18n();
  return (
    <ul className="legend" aria-label={t('explorer.legend')} data-testid={testId}>
      {items.map((m) => (
        <li key={m.label} data-testid={m.testId}>
          <span aria-hidden="true" style={{ color: m.color }}>
            {m.glyph}
          </span>{' '}
          {m.label}
        </li>
      ))}
    </ul>
  );
}

/**
 * Download report: the page's report (HTML or PDF) from `GET <path>?format=&lang=&date=`, in the
 * page's language, dated today.
 */
export function ReportButtons({ path, name, onError }: { path: string; name: string; onError: (e: unknown) => void }) {
  const { t, lang } = useI18n();
  const get = (format: 'html' | 'pdf') => {
    const d = new Date();
    const date = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    download(`${path}?format=${format}&lang=${lang}&date=${date}`, `${name}.${lang}.${format}`).catch(onError);
  };
  return (
    <span className="report-buttons">
      <button type="button" className="secondary" data-testid="report-html" onClick={() => get('html')}>
        {t('common.reportHtml')}
      </button>
      <button type="button" className="secondary" data-testid="report-pdf" onClick={() => get('pdf')}>
        {t('common.reportPdf')}
      </button>
    </span>
  );
}
