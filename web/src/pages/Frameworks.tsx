/** Framework dashboard: objectives by area, indicators (baseline, target, actuals with sources), audit gaps, budgets, joint-action share. */
import { useEffect, useState } from 'react';
import * as Plot from '@observablehq/plot';
import type { AuditReport, Framework, ProgressReport } from '../../../src/framework/index.ts';
import { api } from '../api.ts';
import { useI18n } from '../i18n/index.tsx';
import { DataTable, Figure, PageTitle, Problems, Section } from '../components/common.tsx';

interface Stored {
  id: string;
  name: string;
  version: number;
  framework: Framework;
}

export function FrameworksPage() {
  const { t, n } = useI18n();
  const [list, setList] = useState<{ id: string; name: string }[]>([]);
  const [id, setId] = useState('');
  const [fw, setFw] = useState<Stored | null>(null);
  const [progress, setProgress] = useState<ProgressReport | null>(null);
  const [audit, setAudit] = useState<AuditReport | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    api<{ frameworks: { id: string; name: string }[] }>('GET', '/api/frameworks')
      .then((r) => {
        setList(r.frameworks);
        if (r.frameworks[0]) setId(r.frameworks[0].id);
      })
      .catch(setError);
  }, []);

  useEffect(() => {
    if (!id) return;
    setAudit(null);
    Promise.all([api<Stored>('GET', `/api/frameworks/${encodeURIComponent(id)}`), api<ProgressReport>('GET', `/api/frameworks/${encodeURIComponent(id)}/progress`)])
      .then(([f, p]) => {
        setFw(f);
        setProgress(p);
      })
      .catch(setError);
  }, [id]);

  const runAudit = () => api<AuditReport>('GET', `/api/frameworks/${encodeURIComponent(id)}/audit`).then(setAudit).catch(setError);

  const indicators = fw ? fw.framework.areas.flatMap((a) => a.objectives.flatMap((o) => o.results.flatMap((r) => r.indicators))) : [];
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
                {f.name}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={runAudit} disabled={!id} data-testid="run-audit">
          {t('frameworks.audit')}
        </button>
      </div>
      {audit && (
        <Section title={t('frameworks.auditTitle')} id="audit">
          <DataTable caption={t('frameworks.auditTitle')} columns={['', 'score', '']} rows={audit.criteria.map((c) => [c.description, n(c.score, 2), c.passed ? '✓' : '✗'])} />
          <p role="status" aria-live="polite" data-testid="audit-summary">
            {audit.gaps.length ? t('frameworks.gaps', { count: audit.gaps.length }) : t('frameworks.noGaps')}
          </p>
          <ul data-testid="gaps">
            {audit.gaps.map((g, i) => (
              <li key={i} className="gap">
                <strong>{g.criterion}</strong> — {g.item}: {g.message}
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
                      {a.objectives.map((o) => (
                        <li key={o.id}>
                          {o.title}
                          {o.results.length > 0 && (
                            <ul>
                              {o.results.flatMap((r) => r.indicators).map((i) => (
                                <li key={i.id}>📏 {i.name}</li>
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
              <DataTable
                caption={t('frameworks.budgets')}
                columns={['currency', t('frameworks.committed'), t('frameworks.disbursed')]}
                rows={progress.budget.byCurrency.map((b) => [b.currency, n(b.committed, 0), b.disbursed === null ? '—' : n(b.disbursed, 0)])}
              />
              <p data-testid="joint-share">{t('frameworks.jointShare', { share: progress.jointShare.share === null ? '—' : `${n(progress.jointShare.share * 100, 0)}%` })}</p>
            </Section>
          )}
        </div>
      )}
      {indicators.length > 0 && (
        <Section title={t('frameworks.indicators')} id="indicators">
          {indicators.map((ind) => {
            const rows = [
              ...(ind.baseline ? [{ kind: t('frameworks.baseline'), period: ind.baseline.period, value: ind.baseline.value, source: ind.baseline.source.title }] : []),
              ...ind.targets.map((x) => ({ kind: t('frameworks.target'), period: x.period, value: x.value, source: x.source?.title ?? '' })),
              ...ind.actuals.map((x) => ({ kind: t('frameworks.actual'), period: x.period, value: x.value, source: x.source.title })),
            ];
            return (
              <div key={ind.id}>
                <h3>
                  {ind.name} ({ind.unit})
                </h3>
                <Figure
                  deps={[ind]}
                  alt={`${ind.name}: ${rows.map((r) => `${r.kind} ${r.period} ${r.value}`).join('; ')}`}
                  table={{ columns: ['', 'period', 'value', t('frameworks.source')], rows: rows.map((r) => [r.kind, r.period, r.value, r.source]) }}
                  render={() =>
                    Plot.plot({
                      height: 180,
                      marginLeft: 70,
                      x: { label: null, type: 'point' },
                      y: { grid: true, label: ind.unit },
                      color: { legend: true },
                      marks: [Plot.dot(rows, { x: 'period', y: 'value', fill: 'kind', r: 5, title: (d: { kind: string; value: number; source: string }) => `${d.kind}: ${d.value} — ${d.source}` })],
                    })
                  }
                />
              </div>
            );
          })}
        </Section>
      )}
    </>
  );
}
