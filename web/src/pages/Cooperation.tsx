/**
 * Cooperation lab: build a tournament (strategies, the stage game: standard payoffs or one issue of
 * a stored game such as the built-in joint-versus-unilateral game, noise, misreads, length), run
 * it as a job with a progress bar, and see the ranking, the cooperation rates and the
 * joint-versus-unilateral payoff over time.
 */
import { useEffect, useState } from 'react';
import type {
  CooperationGameList,
  CooperationGameSummary,
  CooperationStrategyList,
  JobOf,
  TournamentRequest,
} from '../../../src/server/index.ts';
import {
  cooperationRatePlot,
  jointVsUnilateralPlot,
  jointVsUnilateralSeries,
  rankingPlot,
} from '../../../src/report/index.ts';
import { strategyDescription } from '../../../src/cooperation/index.ts';
import { api, watchJob } from '../api.ts';
import { useI18n } from '../i18n/index.tsx';
import { inLang } from '../logic/translated.ts';
import {
  CancelJob,
  DataTable,
  Figure,
  JobStatus,
  PageTitle,
  Problems,
  ReportButtons,
  Section,
} from '../components/common.tsx';
import { CooperationLinkage } from './CooperationLinkage.tsx';

type Job = JobOf<'cooperation'>;

// Names as the engine lists them (the random player carries its parameter).
const DEFAULT = ['Tit For Tat', 'Defector', 'Cooperator', 'Grudger', 'Tit For 2 Tats', 'Random: 0.5'];

export function CooperationPage() {
  const { t, n, lang } = useI18n();
  const [all, setAll] = useState<CooperationStrategyList['strategies']>([]);
  const [chosen, setChosen] = useState<string[]>([]);
  const [games, setGames] = useState<CooperationGameSummary[]>([]);
  const [stage, setStage] = useState('');
  const [rowPick, setRow] = useState('');
  const [colPick, setCol] = useState('');
  const [turns, setTurns] = useState(200);
  const [reps, setReps] = useState(5);
  const [noise, setNoise] = useState(0);
  const [misread, setMisread] = useState(0);
  const [seed, setSeed] = useState(1);
  const [job, setJob] = useState<Job | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    Promise.all([
      api<CooperationStrategyList>('GET', '/api/cooperation/strategies'),
      api<CooperationGameList>('GET', '/api/cooperation/games'),
    ])
      .then(([s, g]) => {
        setAll(s.strategies);
        setChosen(DEFAULT.filter((d) => s.strategies.some((x) => x.name === d)));
        setGames(g.games);
      })
      .catch(setError);
  }, []);

  const [gameId, issueId] = stage ? stage.split('|') : ['', ''];
  // Names in the reader's language (the game's own translations); ids as stored.
  const found = games.find((g) => g.id === gameId);
  const game = found && inLang(found, lang);
  // A pick that is not a party of the chosen game falls back to its first (row) or second (column) party.
  const partyOr = (pick: string, fallback: number) =>
    game && !game.parties.some((p) => p.id === pick) ? game.parties[fallback].id : pick;
  const row = partyOr(rowPick, 0);
  const col = partyOr(colPick, 1);
  // The linkage analysis needs a stored game: the one chosen, else the first (the brief's own game).
  const linkGame = game ?? (games[0] && inLang(games[0], lang));
  const linkRow = game ? row : linkGame?.parties[0]?.id;
  const linkCol = game ? col : linkGame?.parties[1]?.id;

  const run = async () => {
    setError(null);
    try {
      const body: TournamentRequest = {
        strategies: chosen,
        turns,
        repetitions: reps,
        noise,
        misread,
        seed,
        ...(game ? { game: { id: game.id, issue: issueId, parties: [row, col] } } : {}),
      };
      const started = await api<Job>('POST', '/api/cooperation/tournaments', body);
      setJob(started);
      setJob(await watchJob<Job>(started.id, (j) => setJob(j)));
    } catch (e) {
      setError(e);
    }
  };

  /** The stored game a tournament played, named in the reader's language (the server's label is as written). */
  const playedLabel = (choice: unknown, asSent: string) => {
    const c = choice as { id?: string; issue?: string; parties?: string[] };
    const found = games.find((g) => g.id === c.id);
    if (!found || !c.parties) return asSent;
    const g = inLang(found, lang);
    const name = (id: string | undefined) => g.parties.find((p) => p.id === id)?.name ?? id ?? '';
    return t('cooperation.gameLabel', {
      title: g.title,
      issue: g.issues.find((i) => i.id === c.issue)?.name ?? c.issue ?? '',
      row: name(c.parties[0]),
      col: name(c.parties[1]),
    });
  };
  const running = job?.status === 'running' || job?.status === 'queued';
  const r = job?.status === 'succeeded' ? job.result : null;
  const series = r
    ? jointVsUnilateralSeries(r.jointVsUnilateral, {
        joint: t('cooperation.jointSeries'),
        unilateral: t('cooperation.unilateralSeries'),
      })
    : [];
  const mean = (key: 'joint' | 'unilateral') => {
    const xs = (r?.jointVsUnilateral ?? []).map((d) => d[key]).filter((x): x is number => x !== null);
    return xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null;
  };
  return (
    <>
      <PageTitle>{t('cooperation.title')}</PageTitle>
      <p className="lede">{t('cooperation.intro')}</p>
      <Problems error={error} />
      <div className="grid2">
        <Section title={t('cooperation.setup')} id="players">
          <fieldset>
            <legend>{t('cooperation.players')}</legend>
            <div className="checks">
              {all.map((s) => (
                <label key={s.name} title={strategyDescription(s, lang)}>
                  <input
                    type="checkbox"
                    checked={chosen.includes(s.name)}
                    onChange={(e) => {
                      const on = e.target.checked;
                      setChosen((cs) =>
                        on ? [...cs.filter((c) => c !== s.name), s.name] : cs.filter((c) => c !== s.name),
                      );
                    }}
                  />{' '}
                  {s.name}
                </label>
              ))}
            </div>
          </fieldset>
          <fieldset>
            <legend>{t('cooperation.game')}</legend>
            <div className="field">
              <label htmlFor="coop-game">{t('cooperation.stageGame')}</label>
              <select id="coop-game" value={stage} onChange={(e) => setStage(e.target.value)} data-testid="coop-game">
                <option value="">{t('cooperation.standardGame')}</option>
                {games.flatMap((game) => {
                  const g = inLang(game, lang);
                  return g.issues.map((i) => (
                    <option key={`${g.id}|${i.id}`} value={`${g.id}|${i.id}`}>
                      {g.title}: {i.name}
                    </option>
                  ));
                })}
              </select>
            </div>
            {game && (
              <div className="inline">
                {(
                  [
                    ['cooperation.rowParty', row, setRow],
                    ['cooperation.colParty', col, setCol],
                  ] as const
                ).map(([label, value, set]) => (
                  <label key={label}>
                    {t(label)}{' '}
                    <select value={value} onChange={(e) => set(e.target.value)}>
                      {game.parties.map((p) => (
                        <option key={p.id} value={p.id}>
                          {p.name}
                        </option>
                      ))}
                    </select>
                  </label>
                ))}
              </div>
            )}
          </fieldset>
          <div className="inline">
            <label>
              {t('cooperation.turns')}{' '}
              <input
                type="number"
                min={1}
                max={2000}
                value={turns}
                onChange={(e) => setTurns(Number(e.target.value))}
              />
            </label>
            <label>
              {t('cooperation.repetitions')}{' '}
              <input type="number" min={1} max={50} value={reps} onChange={(e) => setReps(Number(e.target.value))} />
            </label>
            <label>
              {t('cooperation.noise')}{' '}
              <input
                type="number"
                min={0}
                max={0.5}
                step={0.01}
                value={noise}
                onChange={(e) => setNoise(Number(e.target.value))}
              />
            </label>
            <label>
              {t('cooperation.misread')}{' '}
              <input
                type="number"
                min={0}
                max={0.5}
                step={0.01}
                value={misread}
                onChange={(e) => setMisread(Number(e.target.value))}
              />
            </label>
            <label>
              {t('cooperation.seed')}{' '}
              <input type="number" min={0} value={seed} onChange={(e) => setSeed(Number(e.target.value))} />
            </label>
          </div>
          <div className="actions">
            <button type="button" onClick={run} disabled={running || chosen.length < 2} data-testid="run-tournament">
              {t('common.run')}
            </button>
            {running && job && <CancelJob id={job.id} onError={setError} />}
          </div>
          {job && (
            <JobStatus job={job} label={t('common.progress')} testId="job-status">
              {r && r.ranking[0] ? ` ${t('cooperation.done', { winner: r.ranking[0].name })}` : ''}
            </JobStatus>
          )}
          {job && r && (
            <ReportButtons
              path={`/api/jobs/${encodeURIComponent(job.id)}/report`}
              name={`cooperation-${job.id}`}
              onError={setError}
            />
          )}
        </Section>
        {!r && (
          <Section title={t('cooperation.ranking')} id="ranking">
            <p className="hint-dark" data-testid="coop-empty">
              {t(running ? 'cooperation.waiting' : 'cooperation.empty')}
            </p>
          </Section>
        )}
        {r && (
          <Section title={t('cooperation.ranking')} id="ranking">
            <p>
              {t('cooperation.gamePlayed', {
                label: r.params?.game ? playedLabel(r.params.game, r.game.label) : t('cooperation.standardGame'),
                row: `R=${r.game.row.R}, S=${r.game.row.S}, T=${r.game.row.T}, P=${r.game.row.P}`,
                col: `R=${r.game.col.R}, S=${r.game.col.S}, T=${r.game.col.T}, P=${r.game.col.P}`,
              })}
            </p>
            <Figure
              testId="ranking-chart"
              deps={[r, t]}
              alt={t('cooperation.chartAlt', {
                what: t('cooperation.score'),
                list: r.ranking.map((x) => `${x.name} ${n(x.medianScore)}`).join(', '),
              })}
              render={(width) =>
                rankingPlot({ width, ranking: r.ranking, label: t('cooperation.score'), format: (x) => n(x) })
              }
            />
            <Figure
              testId="coop-rate-chart"
              deps={[r, t]}
              alt={t('cooperation.chartAlt', {
                what: t('cooperation.coopRate'),
                list: r.ranking.map((x) => `${x.name} ${n(x.cooperationRate * 100, 0)}%`).join(', '),
              })}
              render={(width) => cooperationRatePlot({ width, ranking: r.ranking, label: t('cooperation.coopRate') })}
            />
            <DataTable
              caption={t('cooperation.ranking')}
              columns={[
                t('cooperation.rank'),
                t('cooperation.strategy'),
                t('cooperation.score'),
                t('cooperation.coopRate'),
              ]}
              rows={r.ranking.map((x) => [x.rank + 1, x.name, n(x.medianScore), `${n(x.cooperationRate * 100, 0)}%`])}
            />
          </Section>
        )}
      </div>
      {r && (
        <Section title={t('cooperation.jointVsUnilateral')} id="jvu">
          <Figure
            testId="jvu-chart"
            deps={[r, t]}
            alt={t('cooperation.jvuAlt', {
              joint: mean('joint') === null ? '—' : n(mean('joint')!),
              unilateral: mean('unilateral') === null ? '—' : n(mean('unilateral')!),
            })}
            table={{
              columns: [t('cooperation.turn'), t('cooperation.jointSeries'), t('cooperation.unilateralSeries')],
              rows: r.jointVsUnilateral
                .filter((d, i) => i < 10 || d.turn % 10 === 0)
                .map((d) => [
                  d.turn,
                  d.joint === null ? '—' : n(d.joint),
                  d.unilateral === null ? '—' : n(d.unilateral),
                ]),
            }}
            render={(width) =>
              jointVsUnilateralPlot({
                width,
                series,
                labels: { turn: t('cooperation.turn'), payoff: t('cooperation.payoff') },
              })
            }
          />
          <p className="hint-dark">{t('cooperation.jvuNote')}</p>
        </Section>
      )}
      {linkGame && linkRow && linkCol && linkGame.parties.length >= 2 && (
        <CooperationLinkage
          game={linkGame}
          row={linkRow}
          col={linkCol}
          tournament={
            r
              ? {
                  unilateral: mean('unilateral'),
                  joint: mean('joint'),
                  winner: r.ranking[0]?.name ?? '—',
                  turns: r.jointVsUnilateral.length,
                }
              : null
          }
        />
      )}
    </>
  );
}
