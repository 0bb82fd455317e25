/**
 * Linked versus delinked over every pairing of an agent pool (POST /api/negotiation/comparisons):
 * agreement rates, how often the status quo moves, and joint utility, linked and issue by issue.
 */
import { useState } from 'react';
import * as Plot from '@observablehq/plot';
import type { ComparisonRequest, JobOf } from '../../../src/server/index.ts';
import { api, watchJob } from '../api.ts';
import { useI18n } from '../i18n/index.tsx';
import { CancelJob, DataTable, Figure, JobStatus, Problems, Section } from '../components/common.tsx';
import { COMPARISON_LIMITS, comparisonSessions } from '../logic/limits.ts';
import { POINT_STYLE } from '../../../src/report/index.ts';

type Job = JobOf<'negotiation-comparison'>;

export function NegotiationCompare(props: {
  scenarioId: string;
  strategies: { id: string; name: string }[];
  rounds: number;
  seed: number;
  protocol: NonNullable<ComparisonRequest['protocol']> | '';
  parties: number;
  needsStatusQuo: boolean;
}) {
  const { t, n } = useI18n();
  const [pool, setPool] = useState<string[]>(['boulware', 'conceder', 'linear']);
  const [reps, setReps] = useState(1);
  const [job, setJob] = useState<Job | null>(null);
  const [error, setError] = useState<unknown>(null);
  const sessions = comparisonSessions(pool.length, props.parties, reps);
  // Said before running, not as a 400 after it: the server's limits on a comparison.
  const tooBig = pool.length > COMPARISON_LIMITS.agents || sessions > COMPARISON_LIMITS.sessionsPerMode;
  const nameOf = (id: string) => props.strategies.find((s) => s.id === id)?.name ?? id;

  const run = async () => {
    setError(null);
    try {
      const body: ComparisonRequest = {
        scenarioId: props.scenarioId,
        agents: pool,
        repetitions: reps,
        rounds: props.rounds,
        seed: props.seed,
        ...(props.protocol ? { protocol: props.protocol } : {}),
      };
      const started = await api<Job>('POST', '/api/negotiation/comparisons', body);
      setJob(started);
      setJob(await watchJob<Job>(started.id, (j) => setJob(j), { intervalMs: 250 }));
    } catch (e) {
      setError(e);
    }
  };

  const running = job?.status === 'queued' || job?.status === 'running';
  const all = job?.result?.byDomain[0];
  const pct = (x: number | null) => (x === null ? '—' : `${n(x * 100, 0)}%`);
  const num = (x: number | null) => (x === null ? '—' : n(x));
  return (
    <Section title={t('compare.title')} id="linkage-compare">
      <p>{t('compare.intro')}</p>
      <Problems error={error} />
      <fieldset>
        <legend>{t('compare.pool')}</legend>
        <div className="checks">
          {props.strategies.map((s) => (
            <label key={s.id}>
              <input
                type="checkbox"
                checked={pool.includes(s.id)}
                onChange={(e) => {
                  const on = e.target.checked;
                  setPool((ps) => (on ? [...ps.filter((p) => p !== s.id), s.id] : ps.filter((p) => p !== s.id)));
                }}
              />{' '}
              {s.name}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="inline">
        <label>
          {t('cooperation.repetitions')}{' '}
          <input type="number" min={1} max={10} value={reps} onChange={(e) => setReps(Number(e.target.value))} />
        </label>
        <span className={tooBig ? 'gap' : 'hint-dark'} aria-live="polite" id="compare-size" data-testid="compare-size">
          {t('compare.sessions', { count: n(sessions, 0) })}{' '}
          {tooBig &&
            t('compare.tooBig', {
              agents: COMPARISON_LIMITS.agents,
              sessions: n(COMPARISON_LIMITS.sessionsPerMode, 0),
            })}
        </span>
        <button
          type="button"
          onClick={run}
          disabled={running || pool.length === 0 || tooBig || props.needsStatusQuo}
          aria-describedby={props.needsStatusQuo ? 'compare-size needs-status-quo' : 'compare-size'}
          data-testid="run-compare"
        >
          {t('compare.run')}
        </button>
        {running && job && <CancelJob id={job.id} onError={setError} />}
      </div>
      {job && <JobStatus job={job} label={t('compare.title')} testId="compare-status" />}
      {all && job?.result && (
        <>
          <Figure
            deps={[job.result, t]}
            alt={t('compare.chartAlt', {
              linked: pct(all.linkedAgreement),
              delinked: pct(all.delinkedAgreement),
              jl: num(all.linkedJoint),
              jd: num(all.delinkedJoint),
              sq: num(all.statusQuoJoint),
            })}
            render={(width) =>
              Plot.plot({
                width,
                height: 200,
                marginLeft: 150,
                x: { label: t('negotiation.joint'), grid: true },
                // Status quo, issue by issue, linked: top to bottom, in the explorer's colours.
                y: {
                  label: null,
                  domain: [t('explorer.pointStatusQuo'), t('negotiation.delinkedShort'), t('negotiation.linkedShort')],
                },
                marks: [
                  Plot.barX(
                    [
                      {
                        what: t('explorer.pointStatusQuo'),
                        v: all.statusQuoJoint ?? 0,
                        color: POINT_STYLE.statusQuo.color,
                      },
                      {
                        what: t('negotiation.delinkedShort'),
                        v: all.delinkedJoint ?? 0,
                        color: POINT_STYLE.delinked.color,
                      },
                      { what: t('negotiation.linkedShort'), v: all.linkedJoint ?? 0, color: POINT_STYLE.linked.color },
                    ],
                    { y: 'what', x: 'v', fill: (d: { color: string }) => d.color },
                  ),
                  Plot.ruleX([0]),
                ],
              })
            }
          />
          <DataTable
            caption={t('compare.table')}
            columns={[
              t('negotiation.agents'),
              t('compare.sessionsCol'),
              t('compare.agreeLinked'),
              t('compare.agreeDelinked'),
              t('compare.movedLinked'),
              t('compare.movedDelinked'),
              t('compare.jointLinked'),
              t('compare.jointDelinked'),
              t('compare.jointSq'),
            ]}
            rows={[all, ...job.result.rows].map((r) => [
              r === all ? t('compare.allTuples') : r.agents.split(' / ').map(nameOf).join(' / '),
              r.sessions,
              pct(r.linkedAgreement),
              pct(r.delinkedAgreement),
              pct(r.linkedMoved),
              pct(r.delinkedMoved),
              num(r.linkedJoint),
              num(r.delinkedJoint),
              num(r.statusQuoJoint),
            ])}
          />
        </>
      )}
    </Section>
  );
}
