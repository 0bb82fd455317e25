/**
 * Negotiation lab: pick a scenario, one agent per party and the mode (one linked package, or
 * issue by issue), run, and watch the offers plotted as they stream in; then the agreement (or
 * no deal) with its distances to the Pareto frontier and the Nash point, and every run so far side
 * by side. A linked-versus-delinked comparison over every pairing of an agent pool runs as a job
 * with a progress bar (NegotiationCompare.tsx).
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { AnalysisJson } from '../../../src/analysis/index.ts';
import { localizeScenario } from '../../../src/model/index.ts';
import type {
  JobOf,
  NegotiationStrategy,
  NegotiationStrategyList,
  ScenarioList,
  Offer,
  ScenarioSummary,
  SessionRequest,
  SessionResult,
} from '../../../src/server/index.ts';
import { api, watchJob, type ScenarioView } from '../api.ts';
import { useI18n } from '../i18n/index.tsx';
import {
  CancelJob,
  DataTable,
  Figure,
  JobStatus,
  Legend,
  PageTitle,
  PairSelect,
  Problems,
  ReportButtons,
  Section,
  useLatestEffect,
} from '../components/common.tsx';
import { negotiationPlot } from '../../../src/report/index.ts';
import { concessions, offerPoints } from '../logic/negotiation.ts';
import { RunOutcome, RunsCompared } from './NegotiationResults.tsx';
import { partyPairs } from '../logic/outcome-cloud.ts';
import { NegotiationCompare } from './NegotiationCompare.tsx';
import { AgentPicker } from './NegotiationAgents.tsx';
import { listName } from '../logic/scenario-edit.ts';
import { inLang } from '../logic/translated.ts';

type Job = JobOf<'negotiation'>;
type Protocol = NonNullable<SessionRequest['protocol']>;
interface Run {
  n: number;
  /** Runs belong to the scenario they ran on: only that scenario's runs are shown and compared. */
  scenarioId: string;
  jobId: string;
  mode: 'linked' | 'delinked';
  agents: string[];
  protocol: Protocol | 'default';
  rounds: number;
  seed: number;
  status: string;
  progress: number;
  offers: Offer[];
  result: SessionResult | null;
  error: Job['error'];
}

const DEFAULT_AGENTS = ['boulware', 'conceder', 'linear', 'hardheaded', 'nice-tft'];

export function NegotiationPage() {
  const { t, n, lang } = useI18n();
  const [list, setList] = useState<ScenarioSummary[]>([]);
  const [selected, setSelected] = useState('');
  const [stored, setStored] = useState<ScenarioView | null>(null);
  const [analysis, setAnalysis] = useState<AnalysisJson | null>(null);
  const [strategies, setStrategies] = useState<NegotiationStrategy[]>([]);
  const [agents, setAgents] = useState<string[]>([]);
  const [modePick, setMode] = useState<'linked' | 'delinked'>('linked');
  const [protocol, setProtocol] = useState<Protocol | ''>('');
  const [rounds, setRounds] = useState(100);
  const [seed, setSeed] = useState(1);
  const [runs, setRuns] = useState<Run[]>([]);
  const [shown, setShown] = useState(0);
  const [replay, setReplay] = useState<number | null>(null);
  const [pair, setPair] = useState(0);
  const [error, setError] = useState<unknown>(null);
  const counter = useRef(0);

  useEffect(() => {
    Promise.all([
      api<ScenarioList>('GET', '/api/scenarios'),
      api<NegotiationStrategyList>('GET', '/api/negotiation/strategies'),
    ])
      .then(([s, st]) => {
        setList(s.scenarios);
        setStrategies(st.strategies);
        setSelected((s.scenarios.find((x) => x.id === 'north-america') ?? s.scenarios[0])?.id ?? '');
      })
      .catch(setError);
  }, []);

  // A scenario picked while the previous one still loads: the older answers arrive late and must
  // not replace the newer scenario (the page showed the default scenario under the user's pick).
  useLatestEffect(
    (isCurrent) => {
      if (!selected) return;
      setError(null);
      setAnalysis(null);
      api<ScenarioView>('GET', `/api/scenarios/${encodeURIComponent(selected)}`)
        .then((s) => {
          if (!isCurrent()) return;
          setStored(s);
          setAgents(s.document.parties.map((_, i) => DEFAULT_AGENTS[i % DEFAULT_AGENTS.length]));
          setPair(0);
          setProtocol('');
          if (!s.redacted)
            return api<AnalysisJson>('GET', `/api/scenarios/${encodeURIComponent(selected)}/analysis`).then(
              (a) => isCurrent() && setAnalysis(a),
            );
        })
        .catch((e: unknown) => isCurrent() && setError(e));
    },
    [selected],
  );

  // Names in the reader's language (the scenario's own translations); ids and numbers as stored.
  const shownDoc = useMemo(() => (stored ? localizeScenario(stored.document, lang) : null), [stored, lang]);
  const parties = shownDoc?.parties.map((p) => ({ id: p.id, name: p.name })) ?? [];
  // Delinked talks (and the comparison, which runs both modes) need a status quo on every issue.
  const missingStatusQuo = stored ? stored.document.issues.filter((i) => i.statusQuo === undefined).length : 0;
  const needsStatusQuo = missingStatusQuo > 0 && !stored?.redacted;
  const mode = missingStatusQuo > 0 ? 'linked' : modePick;
  const partyIds = useMemo(() => stored?.document.parties.map((p) => p.id) ?? [], [stored]);
  const pairs = partyPairs(parties.length);
  const [px, py] = pairs[Math.min(pair, pairs.length - 1)] ?? [0, 1];
  const scenarioRuns = runs.filter((r) => r.scenarioId === stored?.id);
  const current = scenarioRuns.find((r) => r.n === shown) ?? scenarioRuns[scenarioRuns.length - 1];
  const visible = useMemo(
    () => (current ? (replay === null ? current.offers : current.offers.slice(0, replay)) : []),
    [current, replay],
  );
  const points = useMemo(() => offerPoints(visible, partyIds), [visible, partyIds]);
  const running = runs.some((r) => r.status === 'queued' || r.status === 'running');

  const update = (n: number, f: (r: Run) => Run) => setRuns((rs) => rs.map((r) => (r.n === n ? f(r) : r)));

  const start = async (m: 'linked' | 'delinked') => {
    if (!stored) return;
    const body: SessionRequest = {
      scenarioId: stored.id,
      agents,
      mode: m,
      rounds,
      seed,
      ...(protocol ? { protocol } : {}),
    };
    const job = await api<Job>('POST', '/api/negotiation/sessions', body);
    const runNo = ++counter.current;
    const run: Run = {
      n: runNo,
      scenarioId: stored.id,
      jobId: job.id,
      mode: m,
      agents: [...agents],
      protocol: protocol || 'default',
      rounds,
      seed,
      status: job.status,
      progress: 0,
      offers: [],
      result: null,
      error: null,
    };
    setRuns((rs) => [...rs, run]);
    setShown(runNo);
    setReplay(null);
    const done = await watchJob<Job>(
      job.id,
      (j, fresh) =>
        update(runNo, (r) => ({
          ...r,
          status: j.status,
          progress: j.progress,
          offers: fresh.length ? [...r.offers, ...fresh] : r.offers,
        })),
      { intervalMs: 120 },
    );
    update(runNo, (r) => ({
      ...r,
      status: done.status,
      progress: done.progress,
      result: done.result,
      error: done.error,
    }));
  };

  const run = async (both: boolean) => {
    setError(null);
    try {
      if (both) {
        await start('linked');
        await start('delinked');
      } else await start(mode);
    } catch (e) {
      setError(e);
    }
  };

  const nameOf = (id: string) => parties.find((p) => p.id === id)?.name ?? id;
  const strategyName = (id: string) => strategies.find((s) => s.id === id)?.name ?? id;
  const vec = (r: Record<string, number> | null | undefined) => (r ? partyIds.map((p) => r[p]) : null);
  const finished = scenarioRuns.filter((r) => r.result);
  const res = current?.result ?? null;
  const agreementU = res?.agreement ? vec(res.agreement.utilities) : null;
  const nash = vec(res?.nash ?? null) ?? analysis?.nash?.utilities ?? null;
  const noDeal = vec(res?.noDeal ?? null) ?? analysis?.disagreement ?? parties.map(() => 0);
  const agreementText = (r: SessionResult) =>
    r.agreement
      ? r.mode === 'linked'
        ? t('negotiation.agreement', {
            round: r.rounds,
            utilities: partyIds.map((p) => `${nameOf(p)} ${n(r.agreement!.utilities[p])}`).join(', '),
          })
        : t('negotiation.delinkedResult', { moved: r.agreement.issuesChanged ?? 0, issues: r.issues?.length ?? 0 })
      : r.end === 'walkaway'
        ? t('negotiation.walkaway', { party: nameOf(r.walkedAway ?? '') })
        : t('negotiation.noAgreement');

  return (
    <>
      <PageTitle>{t('negotiation.title')}</PageTitle>
      <p className="lede">{t('negotiation.intro')}</p>
      <Problems error={error} />
      <div className="grid2">
        <Section title={t('negotiation.setup')} id="setup">
          <div className="field">
            <label htmlFor="neg-scenario">{t('explorer.pick')}</label>
            <select
              id="neg-scenario"
              value={selected}
              onChange={(e) => setSelected(e.target.value)}
              data-testid="neg-scenario"
            >
              {list.map((s) => (
                <option key={s.id} value={s.id}>
                  {listName(
                    inLang(s, lang),
                    list.map((x) => inLang(x, lang)),
                  )}
                </option>
              ))}
            </select>
          </div>
          {stored?.redacted && <p className="note">{t('negotiation.private')}</p>}
          {stored && <AgentPicker parties={parties} strategies={strategies} agents={agents} onChange={setAgents} />}
          <fieldset>
            <legend>{t('negotiation.mode')}</legend>
            {(['linked', 'delinked'] as const).map((m) => (
              <label key={m} className="radio">
                <input
                  type="radio"
                  name="neg-mode"
                  value={m}
                  checked={mode === m}
                  onChange={() => setMode(m)}
                  disabled={m === 'delinked' && missingStatusQuo > 0}
                  aria-describedby={m === 'delinked' && needsStatusQuo ? 'needs-status-quo' : undefined}
                  data-testid={`mode-${m}`}
                />{' '}
                {t(m === 'linked' ? 'negotiation.linked' : 'negotiation.delinked')}
              </label>
            ))}
            {needsStatusQuo && (
              <p className="note" id="needs-status-quo" data-testid="needs-status-quo">
                {t('negotiation.needsStatusQuo', {
                  missing: n(missingStatusQuo, 0),
                  total: n(stored!.document.issues.length, 0),
                })}
              </p>
            )}
          </fieldset>
          <div className="inline">
            <label>
              {t('negotiation.protocol')}{' '}
              <select
                value={protocol}
                onChange={(e) => setProtocol(e.target.value as Protocol | '')}
                data-testid="protocol"
              >
                <option value="">{t('negotiation.protocolDefault')}</option>
                {parties.length === 2 && <option value="alternating">{t('negotiation.protocolAlternating')}</option>}
                <option value="stacked">{t('negotiation.protocolStacked')}</option>
                <option value="mediated">{t('negotiation.protocolMediated')}</option>
              </select>
            </label>
            <label>
              {t('negotiation.deadline')}{' '}
              <input
                type="number"
                min={1}
                max={2000}
                value={rounds}
                onChange={(e) => setRounds(Number(e.target.value))}
                data-testid="rounds"
              />
            </label>
            <label>
              {t('negotiation.seed')}{' '}
              <input type="number" min={0} value={seed} onChange={(e) => setSeed(Number(e.target.value))} />
            </label>
          </div>
          <div className="actions">
            <button
              type="button"
              onClick={() => run(false)}
              disabled={!stored || stored.redacted || running}
              data-testid="run-negotiation"
            >
              {t('common.run')}
            </button>
            <button
              type="button"
              className="secondary"
              onClick={() => run(true)}
              disabled={!stored || stored.redacted || running || missingStatusQuo > 0}
              aria-describedby={needsStatusQuo ? 'needs-status-quo' : undefined}
              data-testid="run-both"
            >
              {t('negotiation.runBoth')}
            </button>
            {running && current && <CancelJob id={current.jobId} onError={setError} />}
          </div>
          {current && (
            <JobStatus job={current} label={t('common.progress')} testId="neg-status">
              {' '}
              {t('negotiation.runLabel', { n: current.n })}. {t('negotiation.offers', { count: current.offers.length })}
              {current.result ? ` ${agreementText(current.result)}` : ''}
            </JobStatus>
          )}
          {current?.result && (
            <ReportButtons
              path={`/api/jobs/${encodeURIComponent(current.jobId)}/report`}
              name={`negotiation-${current.jobId}`}
              onError={setError}
            />
          )}
        </Section>
        <Section title={t('negotiation.chart')} id="neg-chart">
          <PairSelect parties={parties} pairs={pairs} value={pair} onChange={setPair} testId="neg-pair" />
          {analysis && parties.length > 1 && (
            <Figure
              testId="negotiation-chart"
              deps={[points, analysis, agreementU, px, py, finished.length, t]}
              alt={t('negotiation.chartAlt', { x: parties[px].name, y: parties[py].name, count: points.length })}
              render={(width) =>
                negotiationPlot({
                  width,
                  pareto: analysis.pareto.map((p) => p.utilities),
                  nash,
                  noDeal,
                  offers: points,
                  parties,
                  agreement: replay === null || replay >= (current?.offers.length ?? 0) ? agreementU : null,
                  finals: finished
                    .filter((r) => r.n !== current?.n)
                    .map((r) => ({ label: t('negotiation.runLabel', { n: r.n }), u: vec(r.result!.utilities)! })),
                  x: px,
                  y: py,
                  labels: {
                    nash: t('explorer.pointNash'),
                    noDeal: t('negotiation.noDeal'),
                    agreement: t('negotiation.agreementPoint'),
                    mediator: t('negotiation.mediator'),
                  },
                })
              }
            />
          )}
          {analysis && parties.length > 1 && (
            // What the marks are (the parties' colours are in the chart's own legend).
            <Legend
              testId="neg-legend"
              items={[
                { glyph: '●', color: '#93c5fd', label: t('explorer.frontier'), shown: true },
                { glyph: '■', color: '#6b7280', label: t('negotiation.noDeal'), shown: true },
                { glyph: '☆', color: '#b91c1c', label: t('explorer.pointNash'), shown: nash !== null },
                { glyph: '★', color: '#f59e0b', label: t('negotiation.agreementPoint'), shown: agreementU !== null },
                {
                  glyph: '○',
                  color: '#4b5563',
                  label: t('negotiation.mediator'),
                  shown: points.some((p) => p.kind === 'proposal'),
                },
                {
                  glyph: '○',
                  color: '#111827',
                  label: t('negotiation.earlierRuns'),
                  shown: finished.some((r) => r.n !== current?.n),
                },
              ].filter((m) => m.shown)}
            />
          )}
          {current && current.offers.length > 0 && !running && (
            <div className="slider wide">
              <label htmlFor="replay">{t('negotiation.replay')}</label>
              <input
                id="replay"
                type="range"
                min={0}
                max={current.offers.length}
                value={replay ?? current.offers.length}
                aria-valuetext={t('negotiation.replayValue', {
                  shown: replay ?? current.offers.length,
                  total: current.offers.length,
                })}
                onChange={(e) =>
                  setReplay(Number(e.target.value) >= current.offers.length ? null : Number(e.target.value))
                }
                data-testid="replay"
              />
              <output htmlFor="replay">{replay ?? current.offers.length}</output>
            </div>
          )}
          {current && (
            <DataTable
              caption={t('negotiation.concessions')}
              columns={[
                t('negotiation.party'),
                t('negotiation.offersMade'),
                t('negotiation.firstOffer'),
                t('negotiation.lastOffer'),
                t('negotiation.conceded'),
              ]}
              rows={concessions(visible, partyIds).map((c) => [
                nameOf(c.party),
                c.offers,
                c.first === null ? '—' : n(c.first),
                c.last === null ? '—' : n(c.last),
                c.conceded === null ? '—' : n(c.conceded),
              ])}
            />
          )}
        </Section>
      </div>
      {res && shownDoc && <RunOutcome res={res} doc={shownDoc} summary={agreementText(res)} />}
      {finished.length > 0 && (
        <RunsCompared
          runs={finished.map((r) => ({ n: r.n, mode: r.mode, agents: r.agents.map(strategyName), result: r.result! }))}
          parties={parties}
          shown={current?.n}
          onShow={(k) => {
            setShown(k);
            setReplay(null);
          }}
        />
      )}
      {stored && !stored.redacted && (
        <NegotiationCompare
          scenarioId={stored.id}
          strategies={strategies}
          rounds={rounds}
          seed={seed}
          protocol={protocol}
          parties={parties.length}
          needsStatusQuo={missingStatusQuo > 0}
        />
      )}
    </>
  );
}
