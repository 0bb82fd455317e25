/**
 * A delegation's side of a mediation: its own private preferences (weights, option values,
 * reservation; red lines and interactions are kept as stored), readiness, every proposal in words
 * with its own utility, blind answers, and the agreed package.
 */
import { useEffect, useState } from 'react';
import type { Mediation, OwnPreferences } from '../../../src/server/index.ts';
import type { Scenario } from '../../../src/model/index.ts';
import { api, type ScenarioView } from '../api.ts';
import { useI18n } from '../i18n/index.tsx';
import { Section } from '../components/common.tsx';
import { PackageWords, RobustShare, RoundOutcome, conceptLabel, type Round } from './Mediation.tsx';

type Prefs = {
  weights?: Record<string, { weight: number }>;
  values?: Record<string, { options: Record<string, number> }>;
  reservation?: number | 'status_quo';
} & Record<string, unknown>;

export function DelegationView({
  view,
  scenario,
  onChange,
  onError,
}: {
  view: Mediation;
  scenario: ScenarioView | null;
  onChange: () => Promise<void>;
  onError: (e: unknown) => void;
}) {
  const { t, n } = useI18n();
  const base = `/api/mediations/${encodeURIComponent(view.id)}`;
  const me = view.participants.find((p) => p.partyId === view.you.partyId);
  const act = async (method: string, path: string, body?: unknown) => {
    try {
      await api(method, `${base}${path}`, body);
      await onChange();
      return true;
    } catch (e) {
      onError(e);
      return false;
    }
  };
  return (
    <>
      <PreferencesForm base={base} scenario={scenario} onSaved={onChange} onError={onError} />
      <Section title={t('med.participants')} id="med-ready">
        <p className="status" data-testid="ready-status">
          {me?.ready ? t('med.youAreReady') : t('med.notYet')}
        </p>
        <div className="actions">
          <button type="button" onClick={() => act('PUT', '/ready', { ready: !me?.ready })} data-testid="ready">
            {me?.ready ? t('med.markNotReady') : t('med.markReady')}
          </button>
        </div>
      </Section>
      <Section title={t('med.rounds')} id="med-rounds">
        {view.agreed && (
          <div className="card" data-testid="agreed">
            <h3>{t('med.agreed', { n: view.agreed.round })}</h3>
            <PackageWords items={view.agreed.package} doc={scenario?.document} />
            {view.agreed.ownUtility !== null && (
              <p data-testid="agreed-utility">{t('med.ownUtility', { u: n(view.agreed.ownUtility, 3) })}</p>
            )}
          </div>
        )}
        {[...view.rounds].reverse().map((r) => (
          <RoundCard key={r.number} round={r} roundsLeft={view.roundsLeft} act={act} doc={scenario?.document} />
        ))}
      </Section>
    </>
  );
}

function RoundCard({
  round,
  roundsLeft,
  act,
  doc,
}: {
  round: Round;
  roundsLeft: number;
  act: (method: string, path: string, body?: unknown) => Promise<boolean>;
  /** The scenario in the reader's language, naming the packages' issues and options. */
  doc?: Scenario;
}) {
  const { t, n } = useI18n();
  const [marks, setMarks] = useState<Record<string, boolean>>(round.myAnswer?.accept ?? {});
  const [threshold, setThreshold] = useState<string>(
    round.myAnswer?.threshold !== undefined ? String(round.myAnswer.threshold) : '',
  );
  const [sent, setSent] = useState(false);
  const open = round.status === 'open';
  return (
    <article data-testid={`round-${round.number}`}>
      <h3>{t(round.kind === 'improvement' ? 'med.improvementRound' : 'med.round', { n: round.number })}</h3>
      <RoundOutcome round={round} roundsLeft={roundsLeft} />
      <form
        onSubmit={async (e) => {
          e.preventDefault();
          const body: { accept?: Record<string, boolean>; threshold?: number } = {};
          if (Object.keys(marks).length) body.accept = marks;
          if (threshold.trim() !== '') body.threshold = Number(threshold);
          if (await act('PUT', `/rounds/${round.number}/answer`, body)) setSent(true);
        }}
      >
        {round.proposals.map((p) => (
          <fieldset key={p.index} data-testid={`proposal-${round.number}-${p.index}`}>
            <legend>{t('med.proposal', { p: p.index + 1, concept: conceptLabel(t, p.concept) })}</legend>
            <PackageWords items={p.package} doc={doc} />
            {p.robustness && <RobustShare r={p.robustness} />}
            {p.ownUtility !== null && (
              <p className="own-utility" data-testid="own-utility">
                {t('med.ownUtility', { u: n(p.ownUtility, 3) })}
              </p>
            )}
            {open && (
              <div className="radio">
                <label>
                  <input
                    type="radio"
                    name={`r${round.number}-p${p.index}`}
                    checked={marks[String(p.index)] === true}
                    onChange={() => setMarks((m) => ({ ...m, [String(p.index)]: true }))}
                    data-testid={`accept-${round.number}-${p.index}`}
                  />{' '}
                  {t('med.accept')}
                </label>
                <label>
                  <input
                    type="radio"
                    name={`r${round.number}-p${p.index}`}
                    checked={marks[String(p.index)] === false}
                    onChange={() => setMarks((m) => ({ ...m, [String(p.index)]: false }))}
                    data-testid={`reject-${round.number}-${p.index}`}
                  />{' '}
                  {t('med.reject')}
                </label>
              </div>
            )}
          </fieldset>
        ))}
        {open && round.proposals.length > 0 && (
          <>
            <label className="field">
              {t('med.threshold')}
              <input
                type="number"
                step="any"
                value={threshold}
                onChange={(e) => setThreshold(e.target.value)}
                data-testid={`threshold-${round.number}`}
              />
            </label>
            <div className="actions">
              <button type="submit" data-testid={`answer-${round.number}`}>
                {t('med.sendAnswer')}
              </button>
            </div>
          </>
        )}
        {(sent || (open && round.myAnswer)) && (
          <p role="status" className="status" data-testid={`answer-sent-${round.number}`}>
            {t('med.answerSent')}
          </p>
        )}
      </form>
    </article>
  );
}

function PreferencesForm({
  base,
  scenario,
  onSaved,
  onError,
}: {
  base: string;
  scenario: ScenarioView | null;
  onSaved: () => Promise<void>;
  onError: (e: unknown) => void;
}) {
  const { t } = useI18n();
  const [own, setOwn] = useState<OwnPreferences | null>(null);
  const [prefs, setPrefs] = useState<Prefs | null>(null);
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    api<OwnPreferences>('GET', `${base}/preferences`)
      .then((p) => {
        setOwn(p);
        setPrefs(structuredClone(p.preferences) as Prefs);
      })
      .catch(onError);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [base]);
  if (!prefs || !scenario) return null;
  const setWeight = (issue: string, w: number) =>
    setPrefs((p) => ({ ...p!, weights: { ...p!.weights, [issue]: { ...p!.weights![issue], weight: w } } }));
  const setValue = (issue: string, option: string, v: number) =>
    setPrefs((p) => ({
      ...p!,
      values: {
        ...p!.values,
        [issue]: { ...p!.values![issue], options: { ...p!.values![issue].options, [option]: v } },
      },
    }));
  return (
    <Section title={t('med.prefs')} id="med-prefs">
      <p className="hint">{t('med.prefsHint')}</p>
      {own && !own.stored && <p className="note">{t('med.prefsDefault')}</p>}
      <form
        onSubmit={async (e) => {
          e.preventDefault();
          try {
            const p = await api<OwnPreferences>('PUT', `${base}/preferences`, prefs);
            setOwn(p);
            setSaved(true);
            await onSaved();
          } catch (err) {
            onError(err);
          }
        }}
      >
        {scenario.document.issues.map((issue) => (
          <fieldset key={issue.id} data-testid={`pref-${issue.id}`}>
            <legend>{issue.name}</legend>
            <label className="field">
              {t('med.weight')}
              <input
                type="number"
                min={0}
                step="any"
                value={prefs.weights?.[issue.id]?.weight ?? 0}
                onChange={(e) => setWeight(issue.id, Number(e.target.value))}
                data-testid={`weight-${issue.id}`}
              />
            </label>
            {prefs.values?.[issue.id] &&
              issue.options.map((o) => (
                <label key={o.id} className="field">
                  {t('med.value', { option: o.label })}
                  <input
                    type="number"
                    min={0}
                    max={1}
                    step="any"
                    value={prefs.values![issue.id].options[o.id] ?? 0}
                    onChange={(e) => setValue(issue.id, o.id, Number(e.target.value))}
                    data-testid={`value-${issue.id}-${o.id}`}
                  />
                </label>
              ))}
          </fieldset>
        ))}
        {typeof prefs.reservation !== 'string' && (
          <label className="field">
            {t('med.reservation')}
            <input
              type="number"
              step="any"
              value={prefs.reservation ?? 0}
              onChange={(e) => setPrefs((p) => ({ ...p!, reservation: Number(e.target.value) }))}
              data-testid="reservation"
            />
          </label>
        )}
        <div className="actions">
          <button type="submit" data-testid="save-prefs">
            {t('med.savePrefs')}
          </button>
        </div>
        {saved && (
          <p role="status" className="status" data-testid="prefs-saved">
            {t('med.prefsSaved')}
          </p>
        )}
      </form>
    </Section>
  );
}
