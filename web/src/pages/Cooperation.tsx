/** Cooperation lab: build a tournament, run it as a job with a progress bar, see rankings and payoffs over time. */
import { useEffect, useState } from 'react';
import * as Plot from '@observablehq/plot';
import { api, watchJob } from '../api.ts';
import { useI18n } from '../i18n/index.tsx';
import { DataTable, Figure, PageTitle, Problems, ProgressBar, Section } from '../components/common.tsx';

interface Job {
  id: string;
  status: string;
  progress: number;
  message: string | null;
  items: unknown[];
  itemCount: number;
  result: Result | null;
  error: { code: string; path: (string | number)[]; message: string }[] | null;
}
interface Result {
  ranking: { rank: number; name: string; medianScore: number; cooperationRate: number }[];
  jointVsUnilateral: { turn: number; joint: number | null; unilateral: number | null }[];
}

const DEFAULT = ['Tit For Tat', 'Defector', 'Cooperator', 'Grudger', 'Tit For 2 Tats', 'Random'];

export function CooperationPage() {
  const { t, n } = useI18n();
  const [all, setAll] = useState<string[]>([]);
  const [chosen, setChosen] = useState<string[]>([]);
  const [turns, setTurns] = useState(200);
  const [reps, setReps] = useState(5);
  const [noise, setNoise] = useState(0);
  const [seed, setSeed] = useState(1);
  const [job, setJob] = useState<Job | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    api<{ strategies: { name: string }[] }>('GET', '/api/cooperation/strategies')
      .then((r) => {
        const names = r.strategies.map((s) => s.name);
        setAll(names);
        setChosen(DEFAULT.filter((d) => names.includes(d)));
      })
      .catch(setError);
  }, []);

  const run = async () => {
    setError(null);
    try {
      const started = await api<Job>('POST', '/api/cooperation/tournaments', { strategies: chosen, turns, repetitions: reps, noise, seed });
      setJob(started);
      const done = await watchJob<Job>(started.id, (j) => setJob(j));
      setJob(done);
    } catch (e) {
      setError(e);
    }
  };

  const running = job?.status === 'running' || job?.status === 'queued';
  const r = job?.status === 'succeeded' ? job.result : null;
  return (
    <>
      <PageTitle>{t('cooperation.title')}</PageTitle>
      <Problems error={error} />
      <div className="grid2">
        <Section title={t('cooperation.players')} id="players">
          <fieldset>
            <legend>{t('cooperation.players')}</legend>
            <div style={{ columns: 2, maxHeight: '18rem', overflow: 'auto' }}>
              {all.map((name) => (
                <label key={name} style={{ display: 'block' }}>
                  <input type="checkbox" checked={chosen.includes(name)} onChange={(e) => setChosen(e.target.checked ? [...chosen, name] : chosen.filter((c) => c !== name))} /> {name}
                </label>
              ))}
            </div>
          </fieldset>
          <div className="inline">
            <label>
              {t('cooperation.turns')} <input type="number" min={1} max={2000} value={turns} onChange={(e) => setTurns(Number(e.target.value))} />
            </label>
            <label>
              {t('cooperation.repetitions')} <input type="number" min={1} max={50} value={reps} onChange={(e) => setReps(Number(e.target.value))} />
            </label>
            <label>
              {t('cooperation.noise')} <input type="number" min={0} max={0.5} step={0.01} value={noise} onChange={(e) => setNoise(Number(e.target.value))} />
            </label>
            <label>
              {t('cooperation.seed')} <input type="number" min={0} value={seed} onChange={(e) => setSeed(Number(e.target.value))} />
            </label>
            <button type="button" onClick={run} disabled={running || chosen.length < 2} data-testid="run-tournament">
              {t('common.run')}
            </button>
            {running && job && (
              <button type="button" className="secondary" onClick={() => api('DELETE', `/api/jobs/${job.id}`).catch(setError)}>
                {t('common.cancel')}
              </button>
            )}
          </div>
          {job && (
            <>
              <ProgressBar value={job.progress} label={t('common.progress')} />
              <p role="status" aria-live="polite" data-testid="job-status">
                {t('common.status', { status: job.status })}
                {r && r.ranking[0] ? ` ${t('cooperation.done', { winner: r.ranking[0].name })}` : ''}
              </p>
              {job.error && <Problems problems={job.error} />}
            </>
          )}
        </Section>
        {r && (
          <Section title={t('cooperation.ranking')} id="ranking">
            <Figure
              testId="ranking-chart"
              deps={[r]}
              alt={t('cooperation.chartAlt', { what: t('cooperation.score') })}
              render={() =>
                Plot.plot({
                  marginLeft: 140,
                  height: 28 * r.ranking.length + 40,
                  x: { label: t('cooperation.score'), grid: true },
                  y: { label: null, domain: r.ranking.map((x) => x.name) },
                  marks: [Plot.barX(r.ranking, { y: 'name', x: 'medianScore', fill: '#1d4ed8' }), Plot.ruleX([0])],
                })
              }
            />
            <Figure
              deps={[r]}
              alt={t('cooperation.chartAlt', { what: t('cooperation.coopRate') })}
              render={() =>
                Plot.plot({
                  marginLeft: 140,
                  height: 28 * r.ranking.length + 40,
                  x: { label: t('cooperation.coopRate'), domain: [0, 1], grid: true },
                  y: { label: null, domain: r.ranking.map((x) => x.name) },
                  marks: [Plot.barX(r.ranking, { y: 'name', x: 'cooperationRate', fill: '#047857' }), Plot.ruleX([0])],
                })
              }
            />
            <DataTable
              caption={t('cooperation.ranking')}
              columns={[t('cooperation.rank'), t('cooperation.strategy'), t('cooperation.score'), t('cooperation.coopRate')]}
              rows={r.ranking.map((x) => [x.rank, x.name, n(x.medianScore), n(x.cooperationRate)])}
            />
          </Section>
        )}
      </div>
      {r && (
        <Section title={t('cooperation.jointVsUnilateral')} id="jvu">
          <Figure
            deps={[r]}
            alt={t('cooperation.jointVsUnilateral')}
            render={() =>
              Plot.plot({
                height: 300,
                x: { label: 'turn' },
                y: { label: 'payoff', grid: true },
                color: { legend: true },
                marks: [
                  Plot.lineY(
                    r.jointVsUnilateral.flatMap((d) => [
                      ...(d.joint === null ? [] : [{ turn: d.turn, payoff: d.joint, series: 'joint (C)' }]),
                      ...(d.unilateral === null ? [] : [{ turn: d.turn, payoff: d.unilateral, series: 'unilateral (D)' }]),
                    ]),
                    { x: 'turn', y: 'payoff', stroke: 'series' },
                  ),
                ],
              })
            }
          />
        </Section>
      )}
    </>
  );
}
