/**
 * Confidential mediation: pick or open a mediation; the mediator's view (participants,
 * readiness, rounds, results, audit log) or a delegation's view (own preferences, proposals in
 * words with its own utility, blind answers, the agreed package), updated live from the server's
 * event stream. What a view shows is what the API sends that caller: a delegation's page never
 * holds another party's numbers.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { localizeScenario, type Scenario } from '../../../src/model/index.ts';
import type {
  Mediation,
  MediationAudit,
  MediationEvent,
  MediationList,
  ScenarioList,
} from '../../../src/server/index.ts';
import { api, followEvents, type ScenarioView } from '../api.ts';
import { useI18n } from '../i18n/index.tsx';
import type { MessageKey } from '../i18n/en.ts';
import { DataTable, PageTitle, Problems, Section } from '../components/common.tsx';
import { inLang } from '../logic/translated.ts';
import { DelegationView } from './MediationDelegation.tsx';
import { MediatorView, OpenMediation } from './MediationMediator.tsx';

export type Round = Mediation['rounds'][number];

export function conceptLabel(t: (k: MessageKey) => string, c: string): string {
  const key = `med.concept.${c}` as MessageKey;
  return t(key) === key ? c : t(key);
}

type Robustness = NonNullable<Round['proposals'][number]['robustness']>;

const pct = (x: number, n: (x: number, digits?: number) => string) => `${n(100 * x, 0)}%`;

/**
 * How robust a proposal is, in words: one joint share over every party (the API sends nothing
 * per party), its interval, sample count and seed, and the modelling assumption behind it.
 */
export function RobustShare({ r }: { r: Robustness }) {
  const { t, n } = useI18n();
  const from =
    r.uncertainty.length === 2
      ? t('med.robust.fromBoth')
      : r.uncertainty[0] === 'scenario'
        ? t('med.robust.fromScenario')
        : t('med.robust.fromDefault');
  return (
    <p className="note robust-share" data-testid="robust-share">
      {t(r.baseline === 'issueByIssue' ? 'med.robust.share' : 'med.robust.shareNoDeal', {
        share: pct(r.share, n),
        samples: n(r.samples, 0),
      })}{' '}
      {t('med.robust.detail', { lo: pct(r.ci[0], n), hi: pct(r.ci[1], n), seed: r.seed })}{' '}
      {t('med.robust.assumption', { from })}
      {r.exact ? '' : ` ${t('med.robust.notExact')}`}
    </p>
  );
}

/** The solution concepts a mediator can propose from, each explained in a sentence. */
export function ConceptHelp({ concept }: { concept: string }) {
  const { t } = useI18n();
  const key = `med.conceptHelp.${concept}` as MessageKey;
  return t(key) === key ? null : <span className="concept-help"> — {t(key)}</span>;
}

/**
 * A package in words: each issue's option, marked when it moves from today's state. Names come
 * from `doc` (the scenario in the reader's language) when given, else as the server wrote them.
 */
export function PackageWords({ items, doc }: { items: Round['proposals'][number]['package']; doc?: Scenario }) {
  const { t } = useI18n();
  const issue = (id: string) => doc?.issues.find((i) => i.id === id);
  return (
    <ul className="package">
      {items.map((x) => (
        <li key={x.issue}>
          <strong>{issue(x.issue)?.name ?? x.issueName}:</strong>{' '}
          {issue(x.issue)?.options.find((o) => o.id === x.option)?.label ?? x.optionLabel}
          {x.changed ? <em> ({t('med.changed')})</em> : null}
        </li>
      ))}
    </ul>
  );
}

/** What a closed round decided, in the words every party may read. */
export function RoundOutcome({ round, roundsLeft }: { round: Round; roundsLeft: number }) {
  const { t } = useI18n();
  if (round.status === 'open') return null;
  const text =
    round.agreedProposal !== null
      ? t('med.agreedIn', { p: round.agreedProposal + 1 })
      : round.kind === 'improvement'
        ? round.proposals.length === 0
          ? t('med.noImprovement')
          : t('med.improvementRejected')
        : `${t('med.noAgreement')} ${t('med.roundsLeft', { n: roundsLeft })}`;
  return (
    <p className="status" data-testid={`round-${round.number}-outcome`}>
      {text}
    </p>
  );
}

export function Timeline({ events, names }: { events: MediationEvent[]; names: Record<string, string> }) {
  const { t } = useI18n();
  return (
    <ol className="timeline" data-testid="timeline">
      {events.map((e) => {
        const d = e.data as Record<string, string | number>;
        const key = `med.event.${e.kind}` as MessageKey;
        const text = t(key, {
          party: e.partyId ? (names[e.partyId] ?? e.partyId) : '',
          round: d.round ?? '',
          count: d.proposals ?? '',
          left: d.roundsLeft ?? '',
        });
        return (
          <li key={e.seq}>
            <time dateTime={e.at}>{new Date(e.at).toLocaleTimeString()}</time> {text === key ? e.kind : text}
          </li>
        );
      })}
    </ol>
  );
}

export function AuditTable({ audit, own }: { audit: MediationAudit['entries']; own: boolean }) {
  const { t } = useI18n();
  return (
    <DataTable
      caption={t(own ? 'med.auditOwn' : 'med.audit')}
      columns={[t('med.col.when'), t('med.col.who'), t('med.col.whose'), t('med.col.what')]}
      rows={audit.map((a) => [new Date(a.at).toLocaleString(), a.actor, a.subjectParty, a.what])}
    />
  );
}

export function MediationPage() {
  const { t, lang } = useI18n();
  const [list, setList] = useState<MediationList['mediations'] | null>(null);
  const [scenarios, setScenarios] = useState<ScenarioList['scenarios']>([]);
  const [id, setId] = useState('');
  const [view, setView] = useState<Mediation | null>(null);
  const [events, setEvents] = useState<MediationEvent[]>([]);
  const [audit, setAudit] = useState<MediationAudit['entries']>([]);
  const [scenario, setScenario] = useState<ScenarioView | null>(null);
  const [error, setError] = useState<unknown>(null);

  const loadList = useCallback(async () => {
    try {
      const l = (await api<MediationList>('GET', '/api/mediations')).mediations;
      const s = await api<ScenarioList>('GET', '/api/scenarios');
      setScenarios(s.scenarios);
      setList(l);
      setId((cur) => cur || (l.length ? l[l.length - 1].id : ''));
    } catch (e) {
      setError(e);
    }
  }, []);
  useEffect(() => {
    // Load once on mount (the answer arrives asynchronously).
    const timer = setTimeout(() => void loadList(), 0);
    return () => clearTimeout(timer);
  }, [loadList]);

  const reload = useCallback(async () => {
    if (!id) return;
    try {
      const v = await api<Mediation>('GET', `/api/mediations/${encodeURIComponent(id)}`);
      setView(v);
      setAudit((await api<MediationAudit>('GET', `/api/mediations/${encodeURIComponent(id)}/audit`)).entries);
      setError(null);
    } catch (e) {
      setError(e);
    }
  }, [id]);

  useEffect(() => {
    if (!id) return;
    const first = setTimeout(() => void reload(), 0);
    void api<ScenarioView>(
      'GET',
      `/api/scenarios/${encodeURIComponent(list?.find((m) => m.id === id)?.scenarioId ?? '')}`,
    )
      .then(setScenario)
      .catch(setError);
    // Live: the timeline streams in; every event reloads this caller's view.
    const ctrl = new AbortController();
    let pending: ReturnType<typeof setTimeout> | null = null;
    followEvents(
      `/api/mediations/${encodeURIComponent(id)}/events`,
      (name, data) => {
        if (name !== 'timeline') return;
        setEvents((es) =>
          es.some((e) => e.seq === (data as MediationEvent).seq) ? es : [...es, data as MediationEvent],
        );
        if (pending) clearTimeout(pending);
        pending = setTimeout(() => void reload(), 100);
      },
      ctrl.signal,
    ).catch((e) => {
      if ((e as Error).name !== 'AbortError') setError(e);
    });
    return () => {
      ctrl.abort();
      clearTimeout(first);
      if (pending) clearTimeout(pending);
    };
  }, [id, list, reload]);

  // The scenario in the reader's language (its own translations): names only, ids and numbers as stored.
  const shown = useMemo(
    () => (scenario ? { ...scenario, document: localizeScenario(scenario.document, lang) } : null),
    [scenario, lang],
  );
  const names = Object.fromEntries(scenarios.map((x) => [x.id, inLang(x, lang).name]));
  const partyNames = Object.fromEntries(
    (view?.participants ?? []).map((p) => [
      p.partyId,
      shown?.document.parties.find((x) => x.id === p.partyId)?.name ?? p.partyName,
    ]),
  );
  const isMediator = view?.you.role === 'mediator';
  return (
    <>
      <PageTitle>{t('med.title')}</PageTitle>
      <p className="lede">{t('med.lede')}</p>
      <Problems error={error} />
      <div className="toolbar">
        <label>
          {t('med.pick')}{' '}
          <select
            value={id}
            onChange={(e) => {
              setView(null);
              setEvents([]);
              setId(e.target.value);
            }}
            data-testid="mediation-pick"
          >
            {(list ?? []).length === 0 && <option value="">{t('med.none')}</option>}
            {(list ?? []).map((m) => (
              <option key={m.id} value={m.id}>
                {t('med.item', {
                  scenario: names[m.scenarioId] ?? m.scenarioId,
                  status: t(`med.status.${m.status}` as MessageKey),
                  date: new Date(m.createdAt).toLocaleString(),
                })}
              </option>
            ))}
          </select>
        </label>
      </div>
      {(list === null || isMediator || list.length === 0) && (
        <OpenMediation
          onOpened={async (m) => {
            await loadList();
            setId(m.id);
          }}
          onError={setError}
        />
      )}
      {view && (
        <>
          <p className="note" data-testid="role">
            {isMediator
              ? t('med.roleMediator')
              : t('med.roleDelegation', { party: partyNames[view.you.partyId ?? ''] ?? '' })}{' '}
            {t('med.live')}
          </p>
          {isMediator ? (
            <MediatorView view={view} scenario={shown} onChange={reload} onError={setError} />
          ) : (
            <DelegationView view={view} scenario={shown} onChange={reload} onError={setError} />
          )}
          <Section title={t('med.timeline')} id="med-timeline">
            <Timeline events={events} names={partyNames} />
          </Section>
          <Section title={t(isMediator ? 'med.audit' : 'med.auditOwn')} id="med-audit">
            <AuditTable audit={audit} own={!isMediator} />
          </Section>
        </>
      )}
    </>
  );
}
