/**
 * Framework dashboard: objectives tree by area, indicator charts (baseline, targets, actuals with
 * the source on hover and in the data table), the audit with its gaps, budgets committed versus
 * disbursed, the joint-action share over time; indicator values imported from a CSV, and the
 * framework exported as IATI XML.
 */
import { useEffect, useMemo, useState } from 'react';
import * as Plot from '@observablehq/plot';
import {
  gapReasonIn,
  gapText,
  localizeFramework,
  type AuditReport,
  type ProgressReport,
} from '../../../src/framework/index.ts';
import type { FrameworkList, Health, ImportSummary, StoredFramework } from '../../../src/server/index.ts';
import { api, download, upload } from '../api.ts';
import { inLang } from '../logic/translated.ts';
import { useI18n } from '../i18n/index.tsx';
import type { MessageKey } from '../i18n/en.ts';
import {
  DataTable,
  Figure,
  PageTitle,
  Problems,
  ReportButtons,
  Section,
  useLatestEffect,
} from '../components/common.tsx';
import { datedRows, indicatorRows, progressCells } from '../logic/framework-view.ts';
import { compactNumber, labelMargin, shortenAtWord, thinTicks } from '../../../src/report/index.ts';

export function FrameworksPage() {
  const { t, n, lang } = useI18n();
  const [list, setList] = useState<FrameworkList['frameworks']>([]);
  const [id, setId] = useState('');
  const [stored, setFw] = useState<StoredFramework | null>(null);
  // Shown in the reader's language (the framework's own translations); ids, figures and versions are as stored.
  const fw = useMemo(
    () => (stored ? { ...stored, framework: localizeFramework(stored.framework, lang) } : null),
    [stored, lang],
  );
  const [progress, setProgress] = useState<ProgressReport | null>(null);
  const [audit, setAudit] = useState<AuditReport | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [status, setStatus] = useState('');
  const [reload, setReload] = useState(0);

  // Importing indicator values changes the framework, which is the owner's: a delegation does not get the control.
  const [owner, setOwner] = useState(true);
  useEffect(() => {
    api<Health>('GET', '/api/health')
      .then((h) => setOwner(h.principal.kind === 'owner'))
      .catch(() => {});
  }, []);

  useEffect(() => {
    api<FrameworkList>('GET', '/api/frameworks')
      .then((r) => {
        setList(r.frameworks);
        if (r.frameworks[0]) setId((cur) => cur || r.frameworks[0].id);
      })
      .catch(setError);
  }, []);

  // Only the latest pick's answers count: an older framework arriving late would replace it.
  useLatestEffect(
    (isCurrent) => {
      if (!id) return;
      setAudit(null);
      Promise.all([
        api<StoredFramework>('GET', `/api/frameworks/${encodeURIComponent(id)}`),
        api<ProgressReport>('GET', `/api/frameworks/${encodeURIComponent(id)}/progress`),
      ])
        .then(([f, p]) => {
          if (!isCurrent()) return;
          setFw(f);
          setProgress(p);
        })
        .catch((e: unknown) => isCurrent() && setError(e));
    },
    [id, reload],
  );

  const runAudit = () => {
    setError(null);
    api<AuditReport>('GET', `/api/frameworks/${encodeURIComponent(id)}/audit`)
      .then(setAudit)
      .catch(setError);
  };

  const importCsv = async (input: HTMLInputElement) => {
    const files = input.files ? [...input.files] : [];
    // Cleared at once, so the corrected file can be chosen again.
    input.value = '';
    if (files.length === 0 || !fw) return;
    setError(null);
    setStatus('');
    try {
      const r = await upload<ImportSummary>(
        `/api/frameworks/${encodeURIComponent(fw.id)}/indicators?version=${fw.version}`,
        files,
      );
      const mine = r.frameworks.find((f) => f.id === fw.id);
      setStatus(t('frameworks.imported', { attached: r.attached, rows: r.rows, version: mine?.version ?? fw.version }));
      setReload((x) => x + 1);
    } catch (e) {
      setError(e);
    }
  };

  const indicators = fw
    ? fw.framework.areas.flatMap((a) => a.objectives.flatMap((o) => o.results.flatMap((r) => r.indicators)))
    : [];
  const pct = (x: number | null) => (x === null ? '—' : `${n(x * 100, 0)}%`);
  const partyName = (id: string) => fw?.framework.parties.find((p) => p.id === id)?.name ?? id;
  /** A criterion in the user's language ("Clear objectives: every area has ..."). */
  const criterion = (name: string) => t(`criterion.${name}` as MessageKey);
  const kinds = { baseline: t('frameworks.baseline'), target: t('frameworks.target'), actual: t('frameworks.actual') };
  return (
    <>
      <PageTitle>{t('frameworks.title')}</PageTitle>
      <Problems error={error} />
      <div className="toolbar">
        <label>
          {t('frameworks.pick')}{' '}
          <select value={id} onChange={(e) => setId(e.target.value)} data-testid="framework-select">
            {list.map((f) => (
              <option key={f.id} value={f.id}>
                {inLang(f, lang).name}
              </option>
            ))}
          </select>
        </label>
        {fw && <span className="hint-dark">{t('frameworks.version', { version: fw.version })}</span>}
        <button type="button" onClick={runAudit} disabled={!id} data-testid="run-audit">
          {t('frameworks.audit')}
        </button>
        {owner && (
          <label className="file">
            {t('frameworks.importIndicators')}{' '}
            <input
              type="file"
              accept=".csv,text/csv"
              onChange={(e) => importCsv(e.target)}
              disabled={!fw}
              data-testid="import-csv"
            />
          </label>
        )}
        {fw && (
          <button
            type="button"
            className="secondary"
            data-testid="export-iati"
            onClick={() =>
              download(`/api/frameworks/${encodeURIComponent(fw.id)}/iati?validate=true`, `${fw.id}.iati.xml`).catch(
                setError,
              )
            }
          >
            {t('frameworks.exportIati')}
          </button>
        )}
        {fw && (
          <ReportButtons
            path={`/api/frameworks/${encodeURIComponent(fw.id)}/report`}
            name={`${fw.id}-report`}
            onError={setError}
          />
        )}
      </div>
      <p role="status" aria-live="polite" className="status" data-testid="fw-status">
        {status}
      </p>
      {audit && (
        <Section title={t('frameworks.auditTitle')} id="audit">
          <p role="status" aria-live="polite" data-testid="audit-summary">
            {audit.passed ? t('frameworks.auditPasses') : t('frameworks.auditFails')}{' '}
            {audit.gaps.length ? t('frameworks.gaps', { count: audit.gaps.length }) : t('frameworks.noGaps')}
          </p>
          <DataTable
            caption={t('frameworks.auditTitle')}
            columns={[t('frameworks.criterion'), t('frameworks.score'), t('frameworks.items'), t('frameworks.result')]}
            rows={audit.criteria.map((c) => [
              criterion(c.name),
              pct(c.score),
              `${c.passing}/${c.items}`,
              c.passed ? `✓ ${t('frameworks.pass')}` : `✗ ${t('frameworks.fail')}`,
            ])}
          />
          <h3>{t('frameworks.gapsTitle')}</h3>
          <ul data-testid="gaps">
            {audit.gaps.map((g, i) => (
              <li key={i} className="gap">
                <strong>{criterion(g.criterion).split(':')[0]}</strong> —{' '}
                {gapText(fw ? gapReasonIn(g.reason, g.item, fw.framework) : g.reason, lang)}
              </li>
            ))}
          </ul>
        </Section>
      )}
      {fw && (
        <div className="grid2">
          <Section title={t('frameworks.objectives')} id="objectives">
            <div className="tree">
              <ul>
                {fw.framework.areas.map((a) => (
                  <li key={a.id}>
                    <strong>{a.name}</strong>
                    <ul>
                      {a.objectives.length === 0 && <li className="gap">{t('frameworks.noObjectives')}</li>}
                      {a.objectives.map((o) => (
                        <li key={o.id}>
                          {o.title}{' '}
                          <span className="hint-dark">
                            ({o.ownerParties.map(partyName).join(', ') || t('frameworks.noOwner')})
                          </span>
                          {o.results.length > 0 && (
                            <ul>
                              {o.results
                                .flatMap((r) => r.indicators)
                                .map((i) => (
                                  <li key={i.id} className="indicator">
                                    {i.name}
                                  </li>
                                ))}
                            </ul>
                          )}
                        </li>
                      ))}
                    </ul>
                  </li>
                ))}
              </ul>
            </div>
          </Section>
          {progress && (
            <Section title={t('frameworks.budgets')} id="budgets">
              {progress.budget.byCurrency.length === 0 ? (
                <p>{t('frameworks.noBudgets')}</p>
              ) : (
                <Figure
                  testId="budget-chart"
                  deps={[progress, t]}
                  alt={t('frameworks.budgetAlt', {
                    list: progress.budget.byCurrency
                      .map(
                        (b) =>
                          `${b.currency}: ${n(b.committed, 0)} / ${b.disbursed === null ? t('frameworks.noData') : n(b.disbursed, 0)}`,
                      )
                      .join('; '),
                  })}
                  table={{
                    columns: [
                      t('frameworks.currency'),
                      t('frameworks.committed'),
                      t('frameworks.ofWhichProposed'),
                      t('frameworks.disbursed'),
                      t('frameworks.execution'),
                    ],
                    rows: progress.budget.byCurrency.map((b) => [
                      b.currency,
                      n(b.committed, 0),
                      n(b.committedProposed, 0),
                      b.disbursed === null ? t('frameworks.noData') : n(b.disbursed, 0),
                      pct(b.execution),
                    ]),
                  }}
                  render={(width) => {
                    const committed = t('frameworks.committed');
                    const disbursed = t('frameworks.disbursed');
                    // No disbursement recorded is "no data", written next to the axis, not a bar of 0.
                    const bars = progress.budget.byCurrency.flatMap((b) => [
                      { currency: b.currency, what: committed, v: b.committed },
                      ...(b.disbursed === null ? [] : [{ currency: b.currency, what: disbursed, v: b.disbursed }]),
                    ]);
                    const missing = progress.budget.byCurrency
                      .filter((b) => b.disbursed === null)
                      .map((b) => ({ currency: b.currency, what: disbursed, v: 0 }));
                    return Plot.plot({
                      width,
                      height: 90 + 50 * progress.budget.byCurrency.length,
                      marginLeft: labelMargin([committed, disbursed]),
                      marginRight: 50,
                      x: {
                        label: t('frameworks.amount'),
                        grid: true,
                        ticks: Math.max(2, Math.floor(width / 90)),
                        tickFormat: compactNumber(lang),
                      },
                      y: { label: null, domain: [committed, disbursed] },
                      fy: { label: null },
                      color: { legend: true, domain: [committed, disbursed] },
                      marks: [
                        Plot.barX(bars, {
                          fy: 'currency',
                          y: 'what',
                          x: 'v',
                          fill: 'what',
                          title: (d: { what: string; v: number; currency: string }) =>
                            `${d.what}: ${n(d.v, 0)} ${d.currency}`,
                        }),
                        Plot.text(missing, {
                          fy: 'currency',
                          y: 'what',
                          x: 'v',
                          text: () => t('frameworks.noData'),
                          textAnchor: 'start',
                          dx: 6,
                          fill: '#4b5563',
                        }),
                        Plot.ruleX([0]),
                      ],
                    });
                  }}
                />
              )}
              <h3>{t('frameworks.jointTitle')}</h3>
              <p data-testid="joint-share">
                {t('frameworks.jointShare', {
                  share: pct(progress.jointShare.share),
                  joint: progress.jointShare.joint,
                  total: progress.jointShare.joint + progress.jointShare.unilateral,
                })}
              </p>
              {progress.jointShare.byYear.length > 0 && (
                <Figure
                  deps={[progress, t]}
                  alt={t('frameworks.jointAlt', {
                    list: progress.jointShare.byYear.map((y) => `${y.year}: ${pct(y.cumulativeShare)}`).join('; '),
                  })}
                  table={{
                    columns: [
                      t('frameworks.year'),
                      t('frameworks.joint'),
                      t('frameworks.unilateral'),
                      t('frameworks.cumulative'),
                    ],
                    rows: progress.jointShare.byYear.map((y) => [
                      y.year,
                      y.joint,
                      y.unilateral,
                      pct(y.cumulativeShare),
                    ]),
                  }}
                  render={(width) =>
                    Plot.plot({
                      width,
                      height: 180,
                      // One tick per year that has actions (a continuous scale repeated "2026" three times).
                      x: {
                        label: t('frameworks.year'),
                        ticks: thinTicks(
                          progress.jointShare.byYear.map((y) => y.year),
                          width - 60,
                        ),
                        tickFormat: 'd',
                      },
                      y: { label: t('frameworks.cumulative'), domain: [0, 1], grid: true, tickFormat: '%' },
                      marks: [
                        Plot.ruleY([0.5], { stroke: '#9ca3af', strokeDasharray: '4 3' }),
                        Plot.line(progress.jointShare.byYear, {
                          x: 'year',
                          y: 'cumulativeShare',
                          stroke: '#047857',
                          marker: 'circle',
                        }),
                      ],
                    })
                  }
                />
              )}
            </Section>
          )}
        </div>
      )}
      {indicators.length > 0 && (
        <Section title={t('frameworks.indicators')} id="indicators">
          {progress && (
            <DataTable
              caption={t('frameworks.progressTable')}
              columns={[
                t('frameworks.indicator'),
                t('frameworks.baseline'),
                t('frameworks.target'),
                t('frameworks.latest'),
                t('frameworks.statusCol'),
              ]}
              rows={progress.indicators.map((i) => {
                const cells = progressCells(
                  i,
                  indicators.find((x) => x.id === i.id),
                );
                return [
                  // named as in the localized framework (the report is computed on the stored one)
                  indicators.find((x) => x.id === i.id)?.name ?? i.name,
                  i.baseline ? `${n(i.baseline.value)} (${i.baseline.period})` : '—',
                  i.target ? `${n(i.target.value)} (${i.target.period})` : '—',
                  cells.latest ? `${n(cells.latest.value)} (${cells.latest.period})` : '—',
                  t(`progress.${cells.status}` as never),
                ];
              })}
            />
          )}
          {indicators.map((ind) => {
            const rows = indicatorRows(ind, kinds);
            return (
              <div key={ind.id}>
                <h3>
                  {ind.name} ({ind.unit})
                </h3>
                <Figure
                  deps={[ind, t]}
                  alt={`${ind.name}: ${rows.map((r) => `${r.kind} ${r.period} ${n(r.value)}`).join('; ')}`}
                  table={{
                    columns: ['', t('frameworks.period'), t('frameworks.value'), t('frameworks.source')],
                    rows: rows.map((r) => [r.kind, r.period, n(r.value), r.source]),
                  }}
                  render={(width) => {
                    // A true time axis: each period at the middle of its dates (undated periods stay in the table only).
                    const dated = datedRows(rows);
                    const title = (d: { kind: string; value: number; source: string; period: string }) =>
                      `${d.kind} ${d.period}: ${n(d.value)} — ${d.source}`;
                    return Plot.plot({
                      width,
                      height: 190,
                      marginLeft: 70,
                      x: { label: null, type: 'utc', ticks: Math.max(2, Math.floor((width - 90) / 70)) },
                      // the unit in full is in the heading above; the axis gets what fits (about 6.5 px a character)
                      y: { grid: true, label: shortenAtWord(ind.unit, Math.max(12, Math.floor((width - 16) / 6.5))) },
                      color: {
                        legend: true,
                        domain: [kinds.baseline, kinds.target, kinds.actual],
                        range: ['#6b7280', '#b91c1c', '#1d4ed8'],
                      },
                      marks: [
                        Plot.line(
                          dated.filter((r) => r.kind === kinds.actual),
                          { x: 'date', y: 'value', stroke: '#1d4ed8', strokeOpacity: 0.5 },
                        ),
                        // The baseline is a ring around its point, so an actual of the same period stays visible.
                        Plot.dot(
                          dated.filter((r) => r.kind === kinds.baseline),
                          { x: 'date', y: 'value', stroke: 'kind', strokeWidth: 2.5, r: 8, title },
                        ),
                        Plot.dot(
                          dated.filter((r) => r.kind !== kinds.baseline),
                          { x: 'date', y: 'value', fill: 'kind', r: 5, title },
                        ),
                      ],
                    });
                  }}
                />
              </div>
            );
          })}
        </Section>
      )}
    </>
  );
}
