/**
 * Scenario explorer: pick or upload a scenario, edit it in forms and sliders, and see the analysis
 * rerun in the browser and redraw at once (the analysis core is browser-safe).
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Scenario } from '../../../src/model/index.ts';
import { compileScenario, localizeScenario, validateScenario } from '../../../src/model/index.ts';
import {
  analyze,
  explain,
  toJson,
  type AnalysisJson,
  type AnalysisResult,
  type Explanation,
} from '../../../src/analysis/index.ts';
import type { Domain } from '../../../src/model/index.ts';
import { isCgError, problem, type Problem } from '../../../src/core/index.ts';
import type { ScenarioList, ScenarioSummary } from '../../../src/server/index.ts';
import { api, ApiError, download, inFile, sendText, upload, type ScenarioView } from '../api.ts';
import { useI18n } from '../i18n/index.tsx';
import type { MessageKey } from '../i18n/en.ts';
import {
  DataTable,
  Figure,
  Legend,
  PageTitle,
  PairSelect,
  Problems,
  ReportButtons,
  Section,
  useLatestEffect,
} from '../components/common.tsx';
import { explorerPlot, POINT_STYLE, type KeyPoint } from '../../../src/report/index.ts';
import { outcomeCloud, partyPairs } from '../logic/outcome-cloud.ts';
import { linkageSentences } from '../logic/linkage-text.ts';
import { ScenarioForms } from './ExplorerForms.tsx';
import { RobustnessPanel } from './ExplorerRobustness.tsx';
import { listName } from '../logic/scenario-edit.ts';
import { inLang } from '../logic/translated.ts';
import { DelegationsPanel, PositionPanel } from './Delegations.tsx';
import { ComparePanel, HistoryPanel, SaveAsForm } from './History.tsx';
import { DealPanel, FindingsPanel, ProvenancePanel } from './ExplorerExplain.tsx';
import { BRIEF_TEXT } from './Brief.tsx';

type Computed =
  | { json: AnalysisJson; cloud: number[][]; domain: Domain; result: AnalysisResult; problems?: undefined }
  | { problems: Problem[]; json?: undefined; cloud?: undefined; domain?: undefined; result?: undefined };

/** Validate the document as written; analyse its localized view (same numbers, names in the reader's language). */
function compute(doc: Scenario, view: Scenario): Computed {
  try {
    validateScenario(doc);
    const domain = compileScenario(view);
    const result = analyze(domain);
    return { json: toJson(domain, result), cloud: outcomeCloud(domain).points, domain, result };
  } catch (e) {
    if (isCgError(e)) return { problems: e.problems };
    return { problems: [problem('unexpected_error', { detail: String((e as Error).message ?? e) })] };
  }
}

const POINTS: { key: string; label: MessageKey; pick: (a: AnalysisJson) => number[] | null | undefined }[] = [
  {
    key: 'statusQuo',
    label: 'explorer.pointStatusQuo',
    pick: (a) => a.linkage?.statusQuo.utilities ?? (a.disagreementSource === 'statusQuo' ? a.disagreement : null),
  },
  { key: 'nash', label: 'explorer.pointNash', pick: (a) => a.nash?.utilities },
  { key: 'ks', label: 'explorer.pointKs', pick: (a) => a.kalaiSmorodinsky?.utilities },
  { key: 'delinked', label: 'explorer.pointDelinked', pick: (a) => a.linkage?.delinked.utilities },
  { key: 'linked', label: 'explorer.pointLinked', pick: (a) => a.linkage?.linked?.utilities },
];

export function ExplorerPage() {
  const { t, n, lang } = useI18n();
  const [list, setList] = useState<ScenarioSummary[]>([]);
  const [selected, setSelected] = useState('');
  const [stored, setStored] = useState<ScenarioView | null>(null);
  const [doc, setDoc] = useState<Scenario | null>(null);
  const [pair, setPair] = useState(0);
  const [error, setError] = useState<unknown>(null);
  const [status, setStatus] = useState('');
  const [saveAs, setSaveAs] = useState(false);
  const timing = useRef<HTMLSpanElement>(null);

  const showList = (r: ScenarioList, pick?: string) => {
    setList(r.scenarios);
    const want =
      pick ??
      (r.scenarios.some((s) => s.id === selected)
        ? selected
        : (r.scenarios.find((s) => s.id === 'north-america') ?? r.scenarios[0])?.id);
    if (want) setSelected(want);
  };
  const listScenarios = () => api<ScenarioList>('GET', '/api/scenarios');
  const refreshList = async (pick?: string) => showList(await listScenarios(), pick);

  useEffect(() => {
    listScenarios()
      .then((r) => showList(r))
      .catch(setError);
    // Once, on the first render: later refreshes come from saving or uploading.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // Only the latest pick's answer counts: an older one arriving late would show another scenario.
  useLatestEffect(
    (isCurrent) => {
      if (!selected) return;
      setError(null);
      api<ScenarioView>('GET', `/api/scenarios/${encodeURIComponent(selected)}`)
        .then((s) => {
          if (!isCurrent()) return;
          setStored(s);
          setDoc(s.document);
          setPair(0);
        })
        .catch((e: unknown) => isCurrent() && setError(e));
    },
    [selected],
  );

  // What is shown is the document in the reader's language (its own translations; names and texts
  // only, so the numbers are those of the document as written); edits and saves use `doc`.
  const view = useMemo(() => (doc ? localizeScenario(doc, lang) : null), [doc, lang]);
  // The stored document in the reader's language, for the panels that read the saved scenario.
  const storedView = useMemo(() => (stored ? localizeScenario(stored.document, lang) : null), [stored, lang]);
  const computed = useMemo(
    () => (doc && view && stored && !stored.redacted ? compute(doc, view) : null),
    [doc, view, stored],
  );
  // The words depend on the language; the analysis does not.
  const explained = useMemo<Explanation | null>(
    () =>
      computed?.domain && view
        ? explain(computed.domain, computed.result, { scenario: view, texts: { brief: BRIEF_TEXT }, lang })
        : null,
    [computed, view, lang],
  );

  /** Every edit goes through here: mark the time so the redraw can be measured. */
  const change = (next: Scenario) => {
    performance.mark('cg-edit');
    setDoc(next);
  };

  const onDrawn = () => {
    if (performance.getEntriesByName('cg-edit', 'mark').length === 0) return;
    // cg-redraw: the new chart is in the page; cg-paint: the frame showing it has been painted
    // (measured at the start of the frame after it, so layout and paint are included).
    const m = performance.measure('cg-redraw', 'cg-edit');
    performance.clearMarks('cg-edit');
    requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        const p = performance.measure('cg-paint', { start: m.startTime });
        if (timing.current) timing.current.textContent = t('explorer.analysisTime', { ms: p.duration.toFixed(1) });
      }),
    );
  };

  /** The owner saves the whole document; a delegation saves its own party's entry (all it may change). */
  const save = async () => {
    if (!stored || !doc) return;
    // A built-in scenario is never overwritten by a plain Save: the owner saves it under a new name.
    if (!stored.visibleParty && stored.origin === 'builtin') {
      setSaveAs(true);
      return;
    }
    try {
      const mine = stored.visibleParty ? doc.parties.find((p) => p.id === stored.visibleParty) : undefined;
      const s = mine
        ? await api<ScenarioView>(
            'PUT',
            `/api/scenarios/${encodeURIComponent(stored.id)}/parties/${encodeURIComponent(mine.id)}`,
            mine,
          )
        : // The document is saved as the scenario being edited (older copies were stored under another id).
          await api<ScenarioView>('PUT', `/api/scenarios/${encodeURIComponent(stored.id)}`, {
            document: { ...doc, id: stored.id },
            version: stored.version,
          });
      setStored(s);
      setDoc(s.document);
      setStatus(
        mine
          ? t('explorer.savedParty', { party: mine.name, version: s.version })
          : t('common.saved', { version: s.version }),
      );
      setError(null);
    } catch (e) {
      setError(e);
      setStatus('');
      // Someone saved meanwhile: take their version as the base (Reset now shows it) and say so;
      // the user's edits stay on screen and a second Save replaces it knowingly.
      if (e instanceof ApiError && e.status === 409) {
        const latest = await api<ScenarioView>('GET', `/api/scenarios/${encodeURIComponent(stored.id)}`).catch(
          () => null,
        );
        if (latest) {
          setStored(latest);
          setStatus(t('explorer.conflict', { version: latest.version }));
        }
      }
    }
  };

  const onUpload = async (input: HTMLInputElement, kind: 'scenario' | 'genius') => {
    const files = input.files ? [...input.files] : [];
    // Cleared at once, so choosing the same (corrected) file again is a new change.
    input.value = '';
    if (files.length === 0) return;
    try {
      const s =
        kind === 'genius'
          ? await upload<ScenarioView>('/api/scenarios/import/genius', files)
          : await sendText<ScenarioView>('/api/scenarios', await files[0].text(), 'application/yaml');
      await refreshList(s.id);
      setStatus(t('explorer.uploaded', { name: s.name }));
      setError(null);
    } catch (e) {
      setStatus('');
      setError(kind === 'scenario' ? inFile(e, files[0].name) : e);
    }
  };

  // Edits make new documents; Reset and Save bring back the stored one.
  const dirty = !!stored && !!doc && doc !== stored.document;
  const a = computed?.json;
  const parties = a?.parties ?? view?.parties.map((p) => ({ id: p.id, name: p.name, reservation: 0 })) ?? [];
  const pairs = partyPairs(parties.length);
  const [px, py] = pairs[Math.min(pair, pairs.length - 1)] ?? [0, 1];
  const keyPoints: KeyPoint[] = a
    ? POINTS.flatMap((p) => {
        const u = p.pick(a);
        return u ? [{ key: p.key, label: t(p.label), utilities: u }] : [];
      })
    : [];

  return (
    <>
      <PageTitle>{t('explorer.title')}</PageTitle>
      <div className="toolbar">
        <label>
          {t('explorer.pick')}{' '}
          <select value={selected} onChange={(e) => setSelected(e.target.value)} data-testid="scenario-select">
            {list.map((s) => (
              <option key={s.id} value={s.id}>
                {listName(
                  inLang(s, lang),
                  list.map((x) => inLang(x, lang)),
                )}
              </option>
            ))}
          </select>
        </label>
        {/* Uploading stores a new scenario, which is the owner's: a delegation does not get the controls. */}
        {!stored?.redacted && (
          <>
            <label className="file">
              {t('explorer.upload')}{' '}
              <input
                type="file"
                accept=".yaml,.yml,.json"
                onChange={(e) => onUpload(e.target, 'scenario')}
                data-testid="upload-scenario"
              />
            </label>
            <label className="file">
              {t('explorer.uploadGenius')}{' '}
              <input
                type="file"
                multiple
                accept=".xml,.json,.zip"
                onChange={(e) => onUpload(e.target, 'genius')}
                data-testid="upload-genius"
              />
            </label>
          </>
        )}
      </div>
      <p role="status" aria-live="polite" className="status" data-testid="status">
        {status}
      </p>
      <Problems error={error} />
      {stored?.redacted && <p className="note">{t('explorer.private')}</p>}
      {stored && doc && (
        <div className="explorer">
          <div className="forms">
            {/* Keyed by scenario: the forms' own state (party shown, the red line being built) starts afresh on another scenario. */}
            <ScenarioForms key={stored.id} doc={doc} visibleParty={stored.visibleParty} onChange={change} />
            <div className="actions">
              <button type="button" onClick={save} disabled={!dirty} data-testid="save">
                {stored.visibleParty
                  ? t('explorer.saveParty', {
                      party: storedView?.parties.find((p) => p.id === stored.visibleParty)?.name ?? stored.visibleParty,
                    })
                  : t('explorer.save')}
              </button>
              <button type="button" className="secondary" onClick={() => change(stored.document)} disabled={!dirty}>
                {t('common.reset')}
              </button>
              <button
                type="button"
                className="secondary"
                data-testid="export"
                onClick={() =>
                  download(`/api/scenarios/${encodeURIComponent(stored.id)}/export`, `${stored.id}.yaml`).catch(
                    setError,
                  )
                }
              >
                {t('explorer.exportSaved')}
              </button>
              {!stored.redacted && (
                <button type="button" className="secondary" onClick={() => setSaveAs(true)} data-testid="save-as">
                  {t('saveAs.open')}
                </button>
              )}
              <ReportButtons
                path={`/api/scenarios/${encodeURIComponent(stored.id)}/report`}
                name={`${stored.id}-memo`}
                onError={setError}
              />
              <span className="hint-dark" aria-live="polite" data-testid="dirty">
                {dirty ? t('explorer.unsaved') : ''}
              </span>
            </div>
            {saveAs && !stored.redacted && (
              <SaveAsForm
                doc={doc}
                builtin={stored.origin === 'builtin'}
                onCancel={() => setSaveAs(false)}
                onSaved={(s) => {
                  setSaveAs(false);
                  setStatus(t('saveAs.saved', { name: s.name, id: s.id }));
                  setError(null);
                  void refreshList(s.id);
                }}
              />
            )}
          </div>
          <div className="results">
            <Section title={t('explorer.chart')} id="chart">
              {stored.redacted && <p data-testid="joint-hidden">{t('explorer.jointHidden')}</p>}
              {computed?.problems && (
                <>
                  <p>{t('explorer.invalid')}</p>
                  <Problems problems={computed.problems} />
                </>
              )}
              {a && computed?.cloud && (
                <>
                  <PairSelect parties={parties} pairs={pairs} value={pair} onChange={setPair} testId="pair" />
                  <Figure
                    testId="explorer-chart"
                    deps={[a, computed.cloud, px, py, lang]}
                    alt={t('explorer.chartAlt', { x: parties[px].name, y: parties[py].name })}
                    render={(width) =>
                      explorerPlot({
                        width,
                        cloud: computed.cloud,
                        pareto: a.pareto.map((p) => p.utilities),
                        points: keyPoints,
                        x: px,
                        y: py,
                        xLabel: parties[px].name,
                        yLabel: parties[py].name,
                        frontierLabel: t('explorer.frontier'),
                      })
                    }
                    onDrawn={onDrawn}
                  />
                  <Legend
                    items={[
                      ...keyPoints.map((p) => ({
                        glyph: POINT_STYLE[p.key]?.glyph ?? '●',
                        color: POINT_STYLE[p.key]?.color ?? '#000',
                        label: p.label,
                      })),
                      // Two parties: the frontier is a line; more: its points seen from the pair, drawn as rings.
                      parties.length === 2
                        ? { glyph: '━', color: '#1d4ed8', label: t('explorer.frontier'), testId: 'frontier-legend' }
                        : {
                            glyph: '○',
                            color: '#1d4ed8',
                            label: t('explorer.frontierProjected'),
                            testId: 'frontier-legend',
                          },
                    ]}
                  />
                  <p aria-live="polite" data-testid="nash-summary">
                    {a.nash
                      ? t('explorer.nashAt', {
                          coords: parties.map((p, i) => `${p.name} ${n(a.nash!.utilities[i])}`).join(', '),
                        })
                      : t('explorer.noNash')}
                  </p>
                  <p aria-live="polite" data-testid="analysis-summary">
                    {t('explorer.outcomeCount', { count: n(Number(a.outcomeCount), 0), frontier: n(a.paretoSize, 0) })}{' '}
                    <span ref={timing} data-testid="timing" />
                  </p>
                  <DataTable
                    caption={t('explorer.points')}
                    columns={[t('explorer.point'), ...parties.map((p) => p.name)]}
                    rows={keyPoints.map((p) => [p.label, ...p.utilities.map((u) => n(u))])}
                  />
                </>
              )}
            </Section>
            {a && !a.linkage && doc && (
              <Section title={t('explorer.linkage')} id="linkage">
                <p data-testid="linkage-needs-status-quo">
                  {t('explorer.linkageNeedsStatusQuo', {
                    missing: n(doc.issues.filter((i) => i.statusQuo === undefined).length, 0),
                    total: n(doc.issues.length, 0),
                  })}
                </p>
              </Section>
            )}
            {a?.linkage && (
              <Section title={t('explorer.linkage')} id="linkage">
                <ul aria-live="polite" data-testid="linkage">
                  {linkageSentences(a, t, n, lang).map((s, i) => (
                    <li key={i}>{s}</li>
                  ))}
                </ul>
              </Section>
            )}
            {/* Combines every party's preferences, like the joint analysis: not for a delegation. */}
            {!stored.redacted && <RobustnessPanel key={`${stored.id}@${stored.version}`} scenario={stored} />}
            {explained && <DealPanel x={explained} />}
            {explained && <FindingsPanel x={explained} />}
            {explained && view && <ProvenancePanel x={explained} doc={view} />}
            {stored.redacted && (
              <PositionPanel id={stored.id} version={stored.version} doc={storedView ?? stored.document} />
            )}
            {!stored.redacted && (
              <DelegationsPanel key={stored.id} id={stored.id} doc={storedView ?? stored.document} />
            )}
            {!stored.redacted && (
              <HistoryPanel
                key={`h-${stored.id}`}
                stored={stored}
                onRestored={(s) => {
                  setStored(s);
                  setDoc(s.document);
                }}
              />
            )}
            {!stored.redacted && <ComparePanel key={`c-${stored.id}`} stored={stored} />}
          </div>
        </div>
      )}
    </>
  );
}
