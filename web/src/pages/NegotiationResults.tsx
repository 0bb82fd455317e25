/** The negotiation lab's results: the outcome of the shown run, and every finished run side by side. */
import type { Scenario } from '../../../src/model/index.ts';
import { useI18n } from '../i18n/index.tsx';
import { DataTable, Section } from '../components/common.tsx';
import type { SessionResult } from '../../../src/server/index.ts';
import { packageLines, runRow } from '../logic/negotiation.ts';
import { againstNash, againstNashSentences } from '../logic/negotiation-explain.ts';

export function RunOutcome({
  res,
  doc,
  summary,
}: {
  res: SessionResult;
  doc: Pick<Scenario, 'issues'> & Partial<Pick<Scenario, 'parties'>>;
  summary: string;
}) {
  const { t, n } = useI18n();
  const lines = packageLines(res, doc);
  const issueOf = (id: string) => doc.issues.find((x) => x.id === id);
  const optionLabel = (issue: string, option: string) =>
    issueOf(issue)?.options.find((o) => o.id === option)?.label ?? option;
  return (
    <Section title={t('negotiation.outcome')} id="neg-outcome">
      <p data-testid="neg-outcome">
        <strong>{summary}</strong>{' '}
        {res.distances &&
          t('negotiation.distances', {
            pareto: res.distances.pareto === null ? '—' : n(res.distances.pareto),
            nash: res.distances.nash === null ? '—' : n(res.distances.nash),
          })}
      </p>
      {/* The result against the analysis: each party beside its Nash utility, and what the frontier distance means. */}
      {againstNashSentences(
        againstNash(res.utilities, res.nash, doc.parties ?? []),
        res.distances?.pareto ?? null,
        t,
        n,
      ).map((s, i) => (
        <p key={i} className={i === 0 ? undefined : 'hint-dark'} data-testid={i === 0 ? 'neg-vs-nash' : undefined}>
          {s}
        </p>
      ))}
      {lines.length > 0 && (
        <DataTable
          caption={t('negotiation.package')}
          columns={[t('negotiation.issue'), t('negotiation.agreed'), t('explorer.pointStatusQuo')]}
          rows={lines.map((l) => [l.issue, `${l.option}${l.changed ? ' ✱' : ''}`, l.statusQuo ?? '—'])}
        />
      )}
      {lines.some((l) => l.changed) && <p className="hint-dark">{t('negotiation.changedMark')}</p>}
      {res.issues && (
        <DataTable
          caption={t('negotiation.byIssue')}
          columns={[
            t('negotiation.issue'),
            t('negotiation.agreed'),
            t('explorer.pointStatusQuo'),
            t('negotiation.end'),
            t('negotiation.rounds'),
          ]}
          rows={res.issues.map((i) => [
            issueOf(i.issue)?.name ?? i.issue,
            i.agreed === null ? '—' : optionLabel(i.issue, i.agreed),
            optionLabel(i.issue, i.statusQuo),
            t(`end.${i.end}` as never),
            i.rounds,
          ])}
        />
      )}
    </Section>
  );
}

export interface FinishedRun {
  n: number;
  mode: 'linked' | 'delinked';
  agents: string[];
  result: SessionResult;
}

export function RunsCompared({
  runs,
  parties,
  shown,
  onShow,
}: {
  runs: FinishedRun[];
  parties: { id: string; name: string }[];
  shown: number | undefined;
  onShow: (n: number) => void;
}) {
  const { t, n } = useI18n();
  return (
    <Section title={t('negotiation.compare')} id="neg-compare">
      <DataTable
        caption={t('negotiation.compareCaption')}
        columns={[
          t('negotiation.run'),
          t('negotiation.mode'),
          t('negotiation.agents'),
          t('negotiation.end'),
          ...parties.map((p) => p.name),
          t('negotiation.joint'),
          t('negotiation.toFrontier'),
          t('negotiation.toNash'),
        ]}
        rows={runs.map((r) => {
          const row = runRow(r.result);
          return [
            t('negotiation.runLabel', { n: r.n }),
            t(r.mode === 'linked' ? 'negotiation.linkedShort' : 'negotiation.delinkedShort'),
            r.agents.join(' / '),
            r.mode === 'linked' ? t(`end.${row.end}` as never) : t('negotiation.issuesMoved', { moved: row.end }),
            ...row.utilities.map((u) => n(u)),
            n(row.joint),
            row.pareto === null ? '—' : n(row.pareto),
            row.nash === null ? '—' : n(row.nash),
          ];
        })}
      />
      <div className="actions">
        {runs.map((r) => (
          <button
            key={r.n}
            type="button"
            className="secondary"
            aria-pressed={r.n === shown}
            onClick={() => onShow(r.n)}
          >
            {t('negotiation.showRun', { n: r.n })}
          </button>
        ))}
      </div>
    </Section>
  );
}
