/**
 * The explorer's Robustness panel: runs a robustness job on the saved scenario (POST
 * /api/scenarios/{id}/robustness), shows the partial estimate while it runs, then the headline
 * findings (each saying how sure it is), the most robust package in words next to the Nash
 * package, probability bars per issue option, the gain distributions and the tornado chart.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { localizeScenario } from '../../../src/model/index.ts';
import type { JobOf, RobustnessRequest } from '../../../src/server/index.ts';
import { api, watchJob, type ScenarioView } from '../api.ts';
import { useI18n } from '../i18n/index.tsx';
import { Figure, Problems, Section } from '../components/common.tsx';
import { gainPlot, optionBarsPlot, tornadoPlot } from '../charts/robustness-plot.ts';
import {
  gainRows,
  interval,
  optionBars,
  packageWords,
  partialSentence,
  percent,
  robustnessSentences,
  sameOutcome,
  tornadoRows,
  type Names,
  type Partial,
} from '../logic/robustness-view.ts';

type Job = JobOf<'robustness'>;

export function RobustnessPanel({ scenario }: { scenario: ScenarioView }) {
  const { t, n, lang } = useI18n();
  const [samples, setSamples] = useState(2000);
  const [seed, setSeed] = useState(1);
  const [uncertainty, setUncertainty] = useState('');
  const [job, setJob] = useState<Job | null>(null);
  const [partial, setPartial] = useState<Partial | null>(null);
  const [error, setError] = useState<unknown>(null);
  const watching = useRef<AbortController | null>(null);

  // The explorer keys this panel by scenario and version: another one starts afresh, and stops watching the old run.
  useEffect(() => () => watching.current?.abort(), []);

  const run = async () => {
    setError(null);
    setPartial(null);
    watching.current?.abort();
    const stop = (watching.current = new AbortController());
    try {
      const body: RobustnessRequest = {
        samples,
        seed,
        ...(uncertainty.trim() ? { uncertainty: uncertainty.trim() } : {}),
      };
      const started = await api<Job>('POST', `/api/scenarios/${encodeURIComponent(scenario.id)}/robustness`, body);
      setJob(started);
      const done = await watchJob<Job>(
        started.id,
        (j, items) => {
          if (stop.signal.aborted) return;
          setJob(j);
          if (items.length) setPartial(items[items.length - 1] as Partial);
        },
        { signal: stop.signal },
      );
      if (!stop.signal.aborted) setJob(done);
    } catch (e) {
      if (!stop.signal.aborted) setError(e);
    }
  };
  const cancel = async () => {
    if (job) await api('DELETE', `/api/jobs/${encodeURIComponent(job.id)}`).catch(setError);
  };

  // Party, issue and option names in the reader's language (the scenario's own translations).
  const shown = useMemo(() => localizeScenario(scenario.document, lang), [scenario.document, lang]);
  const names: Names = { parties: shown.parties, issues: shown.issues };
  const running = job?.status === 'running' || job?.status === 'queued';
  const r = job?.status === 'succeeded' ? job.result : null;
  const bars = r ? optionBars(r, names) : [];
  const gains = r ? gainRows(r, names) : [];
  const tornado = r ? tornadoRows(r, names) : [];

  return (
    <Section title={t('robustness.title')} id="robustness">
      <p className="note">{t('robustness.intro')}</p>
      <div className="toolbar">
        <label>
          {t('robustness.samples')}{' '}
          <input
            type="number"
            min={1}
            max={100000}
            value={samples}
            onChange={(e) => setSamples(Number(e.target.value))}
            data-testid="robustness-samples"
          />
        </label>
        <label>
          {t('robustness.seed')}{' '}
          <input type="number" min={0} value={seed} onChange={(e) => setSeed(Number(e.target.value))} />
        </label>
        <label>
          {t('robustness.uncertainty')}{' '}
          <input
            type="text"
            value={uncertainty}
            placeholder="weights=±30%,values=±0.1"
            onChange={(e) => setUncertainty(e.target.value)}
            data-testid="robustness-uncertainty"
          />
        </label>
        <button type="button" onClick={run} disabled={running} data-testid="robustness-run">
          {t('robustness.run')}
        </button>
        {running && (
          <button type="button" className="secondary" onClick={cancel}>
            {t('robustness.cancel')}
          </button>
        )}
      </div>
      <p className="hint-dark">{t('robustness.savedOnly', { version: scenario.version })}</p>
      <Problems error={error} />
      {job?.status === 'failed' && job.error && <Problems problems={job.error} />}
      <div aria-live="polite" data-testid="robustness-progress">
        {running && (
          <>
            <progress max={1} value={job?.progress ?? 0} />{' '}
            {t('robustness.running', { percent: n(Math.round((job?.progress ?? 0) * 100), 0) })}
            {partial && <p>{partialSentence(partial, t, n)}</p>}
          </>
        )}
      </div>
      {r && (
        <>
          <h3>{t('robustness.findings')}</h3>
          <ul data-testid="robustness-findings">
            {robustnessSentences(r, names, t, n, lang).map((s, i) => (
              <li key={i}>{s}</li>
            ))}
          </ul>
          <h3>{t('robustness.packages')}</h3>
          <dl className="packages" data-testid="robustness-packages">
            <dt>{t('robustness.nashPackage')}</dt>
            <dd>{packageWords(r.nominal.nash?.outcome, names) ?? t('robustness.noPackage')}</dd>
            <dt>{t('robustness.mostRobust')}</dt>
            <dd data-testid="most-robust">
              {sameOutcome(r.mostRobust.outcome, r.nominal.nash?.outcome)
                ? t('robustness.sameAsNash')
                : (packageWords(r.mostRobust.outcome, names) ?? t('robustness.noPackage'))}
              {r.mostRobust.outcome &&
                ` — ${t('robustness.mostRobustShare', { share: percent(r.mostRobust.share, t, n), ci: interval(r.mostRobust.ci, t, n) })}`}
            </dd>
          </dl>
          <h3>{t('robustness.options')}</h3>
          <Figure
            testId="robustness-options"
            deps={[r, lang]}
            alt={t('robustness.optionsAlt')}
            table={{
              columns: [t('robustness.option'), t('robustness.share'), '95%'],
              rows: bars.map((b) => [
                `${b.issueName} · ${b.optionName}`,
                percent(b.share, t, n),
                `${n(b.lo * 100, 0)}–${n(b.hi * 100, 0)}%`,
              ]),
            }}
            render={(width) => optionBarsPlot({ bars, width, xLabel: t('robustness.share') })}
          />
          {gains.length > 0 && (
            <>
              <h3>{t('robustness.gains')}</h3>
              <Figure
                testId="robustness-gains"
                deps={[r, lang]}
                alt={t('robustness.gainsAlt')}
                table={{
                  columns: [t('robustness.party'), '5%', '25%', '50%', '75%', '95%'],
                  rows: gains.map((g) => [g.name, n(g.q05), n(g.q25), n(g.q50), n(g.q75), n(g.q95)]),
                }}
                render={(width) => gainPlot({ rows: gains, width, xLabel: t('robustness.gain') })}
              />
            </>
          )}
          {tornado.length > 0 && (
            <>
              <h3>{t('robustness.tornado')}</h3>
              <Figure
                testId="robustness-tornado"
                deps={[r, lang]}
                alt={t('robustness.tornadoAlt')}
                table={{
                  columns: [
                    t('robustness.weight'),
                    t('robustness.holdsFrom'),
                    t('robustness.holdsTo'),
                    t('robustness.today'),
                  ],
                  rows: tornado.map((x) => [
                    x.label,
                    percent(x.lo, t, n),
                    percent(x.hi, t, n),
                    percent(x.nominal, t, n),
                  ]),
                }}
                render={(width) => tornadoPlot({ rows: tornado, width, xLabel: t('robustness.weightShare') })}
              />
            </>
          )}
          <details>
            <summary>{t('robustness.assumptions')}</summary>
            <ul>
              {(lang === 'es' ? r.uncertainty.assumptionsEs : r.uncertainty.assumptions).map((s, i) => (
                <li key={i}>{s}</li>
              ))}
            </ul>
          </details>
        </>
      )}
    </Section>
  );
}
