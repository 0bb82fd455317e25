/** The mediator's side of a mediation: open one, watch participants, run rounds, draft a package, improvements. */
import { useEffect, useState } from 'react';
import type { DelegationList, Mediation, ScenarioList } from '../../../src/server/index.ts';
import type { Scenario } from '../../../src/model/index.ts';
import { api, type ScenarioView } from '../api.ts';
import { useI18n } from '../i18n/index.tsx';
import { DataTable, Section } from '../components/common.tsx';
import { inLang } from '../logic/translated.ts';
import { ConceptHelp, PackageWords, RobustShare, RoundOutcome, conceptLabel } from './Mediation.tsx';

const CONCEPTS = ['nash', 'kalaiSmorodinsky', 'egalitarian', 'utilitarian', 'mostRobust'] as const;

export function OpenMediation({
  onOpened,
  onError,
}: {
  onOpened: (m: Mediation) => void | Promise<void>;
  onError: (e: unknown) => void;
}) {
  const { t, lang } = useI18n();
  const [scenarios, setScenarios] = useState<ScenarioList['scenarios']>([]);
  const [scenarioId, setScenarioId] = useState('');
  const [delegations, setDelegations] = useState<DelegationList['delegations']>([]);
  const [concepts, setConcepts] = useState<string[]>(['nash', 'kalaiSmorodinsky', 'egalitarian']);
  const [perRound, setPerRound] = useState(3);
  const [maxRounds, setMaxRounds] = useState(5);
  const [minutes, setMinutes] = useState(60);
  // Monte Carlo of the most robust package: the server's defaults (2,000 samples, seed 1).
  const [samples, setSamples] = useState(2000);
  const [seed, setSeed] = useState(1);
  useEffect(() => {
    api<ScenarioList>('GET', '/api/scenarios')
      .then((l) => {
        setScenarios(l.scenarios);
        setScenarioId((cur) => cur || (l.scenarios.find((s) => s.id === 'north-america') ?? l.scenarios[0])?.id || '');
      })
      .catch(() => undefined);
  }, []);
  useEffect(() => {
    if (!scenarioId) return;
    api<DelegationList>('GET', `/api/scenarios/${encodeURIComponent(scenarioId)}/delegations`)
      .then((l) => setDelegations(l.delegations))
      .catch(() => setDelegations([]));
  }, [scenarioId]);
  // The newest token of each party.
  const newest = new Map<string, string>();
  for (const d of delegations) newest.set(d.partyId, d.id);
  return (
    <Section title={t('med.openTitle')} id="med-open">
      <form
        onSubmit={async (e) => {
          e.preventDefault();
          try {
            const m = await api<Mediation>('POST', '/api/mediations', {
              scenarioId,
              delegations: [...newest.values()],
              rules: {
                concepts,
                proposalsPerRound: perRound,
                maxRounds,
                roundMinutes: minutes,
                ...(concepts.includes('mostRobust') ? { robustness: { samples, seed } } : {}),
              },
            });
            await onOpened(m);
          } catch (err) {
            onError(err);
          }
        }}
      >
        <label className="field">
          {t('med.scenario')}
          <select value={scenarioId} onChange={(e) => setScenarioId(e.target.value)} data-testid="med-scenario">
            {scenarios.map((s) => (
              <option key={s.id} value={s.id}>
                {inLang(s, lang).name}
              </option>
            ))}
          </select>
        </label>
        <p className="hint">{t('med.invites', { count: newest.size })}</p>
        <fieldset className="checks">
          <legend>{t('med.concepts')}</legend>
          {CONCEPTS.map((c) => (
            <label key={c}>
              <input
                type="checkbox"
                checked={concepts.includes(c)}
                onChange={(e) => setConcepts((cs) => (e.target.checked ? [...cs, c] : cs.filter((x) => x !== c)))}
                data-testid={`concept-${c}`}
              />{' '}
              {conceptLabel(t, c)}
              <ConceptHelp concept={c} />
            </label>
          ))}
        </fieldset>
        {concepts.includes('mostRobust') && (
          <div className="inline">
            <label className="field">
              {t('robustness.samples')}
              <input
                type="number"
                min={1}
                max={20000}
                value={samples}
                onChange={(e) => setSamples(Number(e.target.value))}
                data-testid="med-samples"
              />
            </label>
            <label className="field">
              {t('robustness.seed')}
              <input type="number" min={0} value={seed} onChange={(e) => setSeed(Number(e.target.value))} />
            </label>
          </div>
        )}
        <div className="inline">
          <label className="field">
            {t('med.perRound')}
            <input
              type="number"
              min={1}
              max={10}
              value={perRound}
              onChange={(e) => setPerRound(Number(e.target.value))}
              data-testid="med-per-round"
            />
          </label>
          <label className="field">
            {t('med.maxRounds')}
            <input
              type="number"
              min={1}
              max={20}
              value={maxRounds}
              onChange={(e) => setMaxRounds(Number(e.target.value))}
            />
          </label>
          <label className="field">
            {t('med.roundMinutes')}
            <input type="number" min={1} value={minutes} onChange={(e) => setMinutes(Number(e.target.value))} />
          </label>
        </div>
        <div className="actions">
          <button type="submit" disabled={!scenarioId || concepts.length === 0} data-testid="med-open">
            {t('med.openButton')}
          </button>
        </div>
      </form>
    </Section>
  );
}

export function MediatorView({
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
  const { t } = useI18n();
  const [picked, setDraft] = useState<Record<string, string>>({});
  const issues = scenario?.document.issues ?? [];
  // The draft starts from today's state on every issue; the mediator changes what it wants.
  const draft = Object.fromEntries(issues.map((i) => [i.id, picked[i.id] ?? i.statusQuo ?? i.options[0].id]));
  const open = view.rounds.find((r) => r.status === 'open');
  const act = async (method: string, path: string, body?: unknown) => {
    try {
      await api(method, `/api/mediations/${encodeURIComponent(view.id)}${path}`, body);
      await onChange();
    } catch (e) {
      onError(e);
    }
  };
  return (
    <>
      <Section title={t('med.participants')} id="med-participants">
        <DataTable
          caption={t('med.participants')}
          columns={[t('med.col.party'), t('med.col.invited'), t('med.col.entered'), t('med.col.ready')]}
          rows={view.participants.map((p) => [
            scenario?.document.parties.find((x) => x.id === p.partyId)?.name ?? p.partyName,
            t(p.invited ? 'common.yes' : 'common.no'),
            t(p.preferencesEntered ? 'common.yes' : 'common.no'),
            p.readyAt ? new Date(p.readyAt).toLocaleTimeString() : t('med.notYet'),
          ])}
        />
      </Section>
      <Section title={t('med.actions')} id="med-actions">
        <p className="status">{t('med.roundsLeft', { n: view.roundsLeft })}</p>
        <div className="actions">
          {view.status === 'open' && (
            <button type="button" disabled={!!open} onClick={() => act('POST', '/rounds')} data-testid="run-round">
              {t('med.runRound')}
            </button>
          )}
          {view.status === 'agreed' && (
            <button type="button" disabled={!!open} onClick={() => act('POST', '/improvements')} data-testid="improve">
              {t('med.improve')}
            </button>
          )}
          {open && (
            <button type="button" onClick={() => act('POST', `/rounds/${open.number}/close`)} data-testid="close-round">
              {t('med.close', { n: open.number })}
            </button>
          )}
        </div>
        {view.status === 'open' && issues.length > 0 && (
          <details>
            <summary>{t('med.draft')}</summary>
            <form
              onSubmit={(e) => {
                e.preventDefault();
                void act('POST', '/rounds', { packages: [draft] });
              }}
            >
              {issues.map((i) => (
                <label key={i.id} className="field">
                  {i.name}
                  <select
                    value={draft[i.id] ?? ''}
                    onChange={(e) => setDraft((d) => ({ ...d, [i.id]: e.target.value }))}
                    data-testid={`draft-${i.id}`}
                  >
                    {i.options.map((o) => (
                      <option key={o.id} value={o.id}>
                        {o.label}
                      </option>
                    ))}
                  </select>
                </label>
              ))}
              <div className="actions">
                <button type="submit" disabled={!!open} data-testid="propose-draft">
                  {t('med.proposeDraft')}
                </button>
              </div>
            </form>
          </details>
        )}
      </Section>
      <Rounds view={view} doc={scenario?.document} />
    </>
  );
}

/** The rounds; `doc` (the scenario in the reader's language) names the packages' issues and options. */
function Rounds({ view, doc }: { view: Mediation; doc?: Scenario }) {
  const { t } = useI18n();
  return (
    <Section title={t('med.rounds')} id="med-rounds">
      {view.agreed && (
        <div className="card" data-testid="agreed">
          <h3>{t('med.agreed', { n: view.agreed.round })}</h3>
          <PackageWords items={view.agreed.package} doc={doc} />
        </div>
      )}
      {[...view.rounds].reverse().map((r) => (
        <article key={r.number} data-testid={`round-${r.number}`}>
          <h3>{t(r.kind === 'improvement' ? 'med.improvementRound' : 'med.round', { n: r.number })}</h3>
          {r.status === 'open' && (
            <p className="status">
              {t('med.openUntil', {
                time: new Date(r.deadlineAt).toLocaleTimeString(),
                parties: r.answered.join(', ') || t('common.none'),
              })}
            </p>
          )}
          <RoundOutcome round={r} roundsLeft={view.roundsLeft} />
          {r.proposals.map((p) => (
            <div key={p.index}>
              <h4>{t('med.proposal', { p: p.index + 1, concept: conceptLabel(t, p.concept) })}</h4>
              <PackageWords items={p.package} doc={doc} />
              {p.robustness && <RobustShare r={p.robustness} />}
            </div>
          ))}
        </article>
      ))}
    </Section>
  );
}
