/**
 * Save as, history and compare in the explorer (owner): save the edited document under a new id
 * (a built-in scenario is never overwritten by a plain Save), list and restore earlier versions,
 * and put two scenarios or versions side by side (GET /api/compare).
 */
import { useState } from 'react';
import { localizeScenario, type Scenario } from '../../../src/model/index.ts';
import type { ScenarioComparison, ScenarioSummary, VersionList } from '../../../src/server/index.ts';
import { api, type ScenarioView } from '../api.ts';
import { useI18n } from '../i18n/index.tsx';
import { DataTable, Problems, Section, useLatestEffect } from '../components/common.tsx';
import { PACKAGE_LABEL } from './Delegations.tsx';
import { inLang } from '../logic/translated.ts';

const slug = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);

export function SaveAsForm({
  doc,
  builtin,
  onSaved,
  onCancel,
}: {
  doc: Scenario;
  builtin: boolean;
  onSaved: (s: ScenarioView) => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const [name, setName] = useState(t('saveAs.copyOf', { name: doc.name }));
  const [error, setError] = useState<unknown>(null);
  const submit = async () => {
    try {
      // The server gives the next free id when this one is taken: nothing is overwritten.
      const id = slug(name) || `${doc.id}-copy`;
      onSaved(await api<ScenarioView>('POST', '/api/scenarios', { ...doc, id, name: name.trim() }));
    } catch (e) {
      setError(e);
    }
  };
  return (
    <form
      className="save-as"
      data-testid="save-as-form"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      {builtin && <p data-testid="builtin-note">{t('saveAs.builtin')}</p>}
      <label>
        {t('saveAs.name')}{' '}
        <input
          value={name}
          maxLength={200}
          required
          onChange={(e) => setName(e.target.value)}
          data-testid="save-as-name"
        />
      </label>{' '}
      <button type="submit" data-testid="save-as-submit">
        {t('saveAs.submit')}
      </button>{' '}
      <button type="button" className="secondary" onClick={onCancel}>
        {t('common.cancel')}
      </button>
      <Problems error={error} />
    </form>
  );
}

export function HistoryPanel({ stored, onRestored }: { stored: ScenarioView; onRestored: (s: ScenarioView) => void }) {
  const { t, lang } = useI18n();
  const [list, setList] = useState<VersionList | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [status, setStatus] = useState('');
  const base = `/api/scenarios/${encodeURIComponent(stored.id)}`;
  useLatestEffect(
    (isCurrent) => {
      api<VersionList>('GET', `${base}/versions`)
        .then((l) => isCurrent() && setList(l))
        .catch((e: unknown) => isCurrent() && setError(e));
    },
    [base, stored.version],
  );
  const restore = async (version: number) => {
    try {
      const s = await api<ScenarioView>('POST', `${base}/versions/${version}/restore`, { version: stored.version });
      setStatus(t('history.restored', { version, now: s.version }));
      setError(null);
      onRestored(s);
    } catch (e) {
      setError(e);
    }
  };
  const when = (iso: string) =>
    new Intl.DateTimeFormat(lang === 'es' ? 'es-MX' : 'en-US', { dateStyle: 'medium', timeStyle: 'short' }).format(
      new Date(iso),
    );
  return (
    <Section title={t('history.title')} id="history">
      <p role="status" aria-live="polite" data-testid="history-status">
        {status}
      </p>
      <Problems error={error} />
      {list && (
        <ol className="versions" data-testid="versions" reversed>
          {list.versions.map((v) => (
            <li key={v.version}>
              <span>
                {t('history.version', { version: v.version })} — {inLang(v, lang).name}{' '}
                <span className="hint-dark">({when(v.savedAt)})</span>
              </span>{' '}
              {v.version === list.current ? (
                <strong>{t('history.current')}</strong>
              ) : (
                <button
                  type="button"
                  className="secondary"
                  onClick={() => void restore(v.version)}
                  aria-label={t('history.restoreOne', { version: v.version })}
                  data-testid={`restore-${v.version}`}
                >
                  {t('history.restore')}
                </button>
              )}
            </li>
          ))}
        </ol>
      )}
    </Section>
  );
}

/** Every choice for a side: each scenario (current) and each kept version of the one open. */
function refs(
  list: ScenarioSummary[],
  open: string,
  versions: VersionList | null,
  { t, lang }: Pick<ReturnType<typeof useI18n>, 't' | 'lang'>,
) {
  return [
    ...list.map((s) => ({ ref: s.id, label: t('sideBySide.current', { name: inLang(s, lang).name }) })),
    ...(versions?.versions ?? [])
      .filter((v) => v.version !== versions?.current)
      .map((v) => ({
        ref: `${open}@${v.version}`,
        label: t('sideBySide.version', { name: inLang(v, lang).name, version: v.version }),
      })),
  ];
}

export function ComparePanel({ stored }: { stored: ScenarioView }) {
  const { t, n, lang } = useI18n();
  const [list, setList] = useState<ScenarioSummary[]>([]);
  const [versions, setVersions] = useState<VersionList | null>(null);
  const [a, setA] = useState(stored.id);
  const [b, setB] = useState('');
  const [result, setResult] = useState<ScenarioComparison | null>(null);
  const [error, setError] = useState<unknown>(null);
  useLatestEffect(
    (isCurrent) => {
      Promise.all([
        api<{ scenarios: ScenarioSummary[] }>('GET', '/api/scenarios'),
        api<VersionList>('GET', `/api/scenarios/${encodeURIComponent(stored.id)}/versions`),
      ])
        .then(([l, v]) => {
          if (!isCurrent()) return;
          setList(l.scenarios);
          setVersions(v);
        })
        .catch((e: unknown) => isCurrent() && setError(e));
    },
    [stored.id, stored.version],
  );
  const choices = refs(list, stored.id, versions, { t, lang });
  const run = async () => {
    try {
      const other = b || choices.find((c) => c.ref !== a)?.ref || a;
      setResult(
        await api<ScenarioComparison>('GET', `/api/compare?a=${encodeURIComponent(a)}&b=${encodeURIComponent(other)}`),
      );
      setError(null);
    } catch (e) {
      setError(e);
    }
  };
  const pick = (value: string, set: (v: string) => void, label: string, testId: string) => (
    <label>
      {label}{' '}
      <select value={value} onChange={(e) => set(e.target.value)} data-testid={testId}>
        {!value && <option value="">—</option>}
        {choices.map((c) => (
          <option key={c.ref} value={c.ref}>
            {c.label}
          </option>
        ))}
      </select>
    </label>
  );
  // Parties, issues and options named as in the open scenario, in the reader's language (the API sends ids).
  const shown = localizeScenario(stored.document, lang);
  const partyName = (id: string) => shown.parties.find((p) => p.id === id)?.name ?? id;
  const issueOf = (id: string) => shown.issues.find((i) => i.id === id);
  const issueName = (id: string) => issueOf(id)?.name ?? id;
  const optionLabel = (issue: string, option: string | null) =>
    option === null ? null : (issueOf(issue)?.options.find((o) => o.id === option)?.label ?? option);
  const changeText = (raw: ScenarioComparison['changes'][number]): string => {
    const c = {
      ...raw,
      ...('party' in raw ? { party: partyName(raw.party) } : {}),
      ...('option' in raw ? { option: optionLabel(raw.issue, raw.option) } : {}),
      ...('issue' in raw ? { issue: issueName(raw.issue) } : {}),
    } as typeof raw;
    const num = (x: number | string | null) => (x === null ? t('sideBySide.absent') : typeof x === 'number' ? n(x) : x);
    switch (c.kind) {
      case 'weight':
        return t('sideBySide.weight', { party: c.party, issue: c.issue, before: num(c.before), after: num(c.after) });
      case 'value':
        return t('sideBySide.value', {
          party: c.party,
          issue: c.issue,
          option: c.option,
          before: num(c.before),
          after: num(c.after),
        });
      case 'reservation':
        return t('sideBySide.reservation', { party: c.party, before: num(c.before), after: num(c.after) });
      case 'redLines':
      case 'interactions':
        return t(c.kind === 'redLines' ? 'sideBySide.redLines' : 'sideBySide.interactions', {
          party: c.party,
          before: c.before,
          after: c.after,
        });
      case 'party':
        return t(c.change === 'added' ? 'sideBySide.partyAdded' : 'sideBySide.partyRemoved', { party: c.party });
      case 'issue':
        return t(c.change === 'added' ? 'sideBySide.issueAdded' : 'sideBySide.issueRemoved', { issue: c.issue });
      case 'statusQuo':
        if (raw.kind !== 'statusQuo') return '';
        return t('sideBySide.statusQuo', {
          issue: c.issue,
          before: num(optionLabel(raw.issue, raw.before)),
          after: num(optionLabel(raw.issue, raw.after)),
        });
    }
  };
  const side = (s: ScenarioComparison['a'], which: string) => (
    <DataTable
      caption={t('sideBySide.side', {
        which,
        name: s.scenarioId === stored.id && s.version === stored.version ? shown.name : s.name,
        version: s.version,
      })}
      columns={[t('explorer.point'), ...s.parties.map((p) => (s.scenarioId === stored.id ? partyName(p.id) : p.name))]}
      rows={s.packages.map((p) => [t(PACKAGE_LABEL[p.key]), ...p.utilities.map((u) => n(u))])}
    />
  );
  return (
    <Section title={t('sideBySide.title')} id="compare">
      <form
        className="compare-form"
        onSubmit={(e) => {
          e.preventDefault();
          void run();
        }}
      >
        {pick(a, setA, t('sideBySide.a'), 'compare-a')} {pick(b, setB, t('sideBySide.b'), 'compare-b')}{' '}
        <button type="submit" data-testid="compare-run">
          {t('sideBySide.run')}
        </button>
      </form>
      <Problems error={error} />
      {result && (
        <div className="compare" data-testid="comparison">
          <div className="compare-sides">
            {side(result.a, 'A')}
            {side(result.b, 'B')}
          </div>
          <h3>{t('sideBySide.changes')}</h3>
          {result.changes.length === 0 ? (
            <p data-testid="no-changes">{t('sideBySide.noChanges')}</p>
          ) : (
            <ul data-testid="changes">
              {result.changes.map((c, i) => (
                <li key={i}>{changeText(c)}</li>
              ))}
            </ul>
          )}
        </div>
      )}
    </Section>
  );
}
