/**
 * The cooperation lab's answer to the brief: for a stored game, the critical continuation
 * probability of each issue alone and of all issues linked (grim trigger), a chart of the margin of
 * joint action against the shadow of the future, and R/S/T/P in words.
 */
import { useMemo, useState } from 'react';
import * as Plot from '@observablehq/plot';
import {
  analyseLinkage,
  localizeGame,
  scenarioIssues,
  type CooperationScenario,
} from '../../../src/cooperation/index.ts';
import type { CooperationGameSummary, StoredCooperationGame } from '../../../src/server/index.ts';
import { api } from '../api.ts';
import { useI18n } from '../i18n/index.tsx';
import { DataTable, Figure, Problems, Section, useLatestEffect } from '../components/common.tsx';
import { Term } from '../components/Term.tsx';
import { marginCurves } from '../logic/cooperation-linkage.ts';

export interface TournamentSummary {
  unilateral: number | null;
  joint: number | null;
  winner: string;
  turns: number;
}

export function CooperationLinkage({
  game,
  row,
  col,
  tournament,
}: {
  game: CooperationGameSummary;
  row: string;
  col: string;
  /** The last tournament's result, related to the brief's claim when there is one. */
  tournament: TournamentSummary | null;
}) {
  const { t, n, lang } = useI18n();
  const [stored, setDoc] = useState<CooperationScenario | null>(null);
  // Issue and party names in the reader's language (the game's own translations); payoffs as stored.
  const doc = useMemo(() => (stored ? localizeGame(stored, lang) : null), [stored, lang]);
  const [error, setError] = useState<unknown>(null);
  useLatestEffect(
    (isCurrent) => {
      api<StoredCooperationGame>('GET', `/api/cooperation/games/${encodeURIComponent(game.id)}`)
        .then((g) => isCurrent() && setDoc(g.document))
        .catch((e: unknown) => isCurrent() && setError(e));
    },
    [game.id],
  );
  if (error) return <Problems error={error} />;
  if (!doc || !doc.issues.length) return null;
  const pair: [string, string] = [row, col];
  const issues = scenarioIssues(doc, pair);
  const an = analyseLinkage(issues);
  const name = (id: string) => doc.parties.find((p) => p.id === id)?.name ?? id;
  const th = (x: number) => (Number.isFinite(x) ? n(x) : '∞');
  const linkedName = t('cooperation.linkedAll');
  const curves = marginCurves(issues, linkedName);
  const alone = an.issues.map((i) => i.pair);
  const helped = an.helped.map((id) => an.issues.find((i) => i.id === id)!.name);
  return (
    <Section title={t('cooperation.linkageTitle')} id="linkage">
      {tournament && (
        <p data-testid="brief-claim">
          {t('cooperation.briefClaim', {
            unilateral: tournament.unilateral === null ? '—' : n(tournament.unilateral),
            joint: tournament.joint === null ? '—' : n(tournament.joint),
            winner: tournament.winner,
            turns: tournament.turns,
            linked: th(an.linked.pair),
          })}
        </p>
      )}
      <p>
        {t('cooperation.linkageIntro')} (<Term id="continuation" />, <Term id="grimTrigger" />)
      </p>
      <p className="hint-dark" data-testid="rstp-words">
        <Term id="rstp" />: {t('cooperation.rstpWords')}
      </p>
      <p>{t('cooperation.linkageParties', { game: doc.title, row: name(row), col: name(col) })}</p>
      <p data-testid="linkage-result">
        {t('cooperation.linkedResult', {
          linked: th(an.linked.pair),
          min: th(Math.min(...alone)),
          max: th(Math.max(...alone)),
        })}{' '}
        {helped.length ? t('cooperation.helped', { issues: helped.join(', ') }) : t('cooperation.notHelped')}
      </p>
      <DataTable
        caption={t('cooperation.linkageTitle')}
        columns={[
          t('cooperation.issue'),
          t('cooperation.thresholdOf', { party: name(row) }),
          t('cooperation.thresholdOf', { party: name(col) }),
          t('cooperation.thresholdPair'),
        ]}
        rows={[
          ...an.issues.map((i) => [i.name, th(i.parties[0]), th(i.parties[1]), th(i.pair)]),
          [linkedName, th(an.linked.parties[0]), th(an.linked.parties[1]), th(an.linked.pair)],
        ]}
      />
      <Figure
        testId="linkage-chart"
        deps={[curves, lang]}
        alt={t('cooperation.curveAlt', {
          list: [...an.issues.map((i) => `${i.name} ${th(i.pair)}`), `${linkedName} ${th(an.linked.pair)}`].join(', '),
        })}
        render={(width) =>
          Plot.plot({
            width,
            height: 320,
            x: { label: t('cooperation.delta'), domain: [0, 1] },
            y: { label: t('cooperation.margin'), grid: true },
            color: { legend: true },
            marks: [
              Plot.ruleY([0]),
              Plot.lineY(curves, {
                x: 'delta',
                y: 'margin',
                stroke: 'series',
                strokeWidth: (d: { series: string }) => (d.series === linkedName ? 3 : 1.5),
              }),
            ],
          })
        }
      />
    </Section>
  );
}
