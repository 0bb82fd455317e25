/** The explorer's forms: per-party weights, option values, reservation and red lines; issues' options and status quo. */
import { useState } from 'react';
import { localizeScenario, type Scenario } from '../../../src/model/index.ts';
import { useI18n } from '../i18n/index.tsx';
import * as edit from '../logic/scenario-edit.ts';

export function ScenarioForms({
  doc,
  visibleParty,
  onChange,
}: {
  doc: Scenario;
  visibleParty: string | null;
  onChange: (d: Scenario) => void;
}) {
  const { t, n, lang } = useI18n();
  const editable = visibleParty ? doc.parties.filter((p) => p.id === visibleParty) : doc.parties;
  const [partyId, setPartyId] = useState(editable[0]?.id ?? '');
  const party = editable.find((p) => p.id === partyId) ?? editable[0];
  const [rlIssue, setRlIssue] = useState(doc.issues[0]?.id ?? '');
  const rlOptions = doc.issues.find((i) => i.id === rlIssue)?.options ?? [];
  const [rlOption, setRlOption] = useState('');
  const maxWeight = Math.max(1, ...doc.parties.flatMap((p) => Object.values(p.weights ?? {}).map((w) => w.weight)));
  const hasStatusQuo = doc.issues.every((i) => i.statusQuo !== undefined);
  // What is shown comes from the document in the reader's language; what is edited is the document as written.
  const view = localizeScenario(doc, lang);
  const issueName = (id: string) => view.issues.find((i) => i.id === id)?.name ?? id;
  const partyName = (id: string) => view.parties.find((p) => p.id === id)?.name ?? id;
  const optionLabel = (issueId: string, optionId: string) =>
    view.issues.find((i) => i.id === issueId)?.options.find((o) => o.id === optionId)?.label ?? optionId;

  return (
    <>
      {party && party.weights && (
        <section aria-labelledby="prefs-h" className="card">
          <h2 id="prefs-h">{t('explorer.parties')}</h2>
          <label>
            {t('explorer.party')}{' '}
            <select value={party.id} onChange={(e) => setPartyId(e.target.value)} data-testid="party-select">
              {editable.map((p) => (
                <option key={p.id} value={p.id}>
                  {partyName(p.id)}
                </option>
              ))}
            </select>
          </label>
          <fieldset>
            <legend>{t('explorer.weights')}</legend>
            {doc.issues.map((issue) => {
              const w = party.weights[issue.id]?.weight ?? 0;
              const id = `w-${party.id}-${issue.id}`;
              return (
                <div className="slider" key={issue.id}>
                  <label htmlFor={id}>{issueName(issue.id)}</label>
                  <input
                    id={id}
                    type="range"
                    min={0}
                    max={maxWeight}
                    step={maxWeight / 100}
                    value={w}
                    aria-label={t('explorer.weightOf', { issue: issueName(issue.id), party: partyName(party.id) })}
                    aria-valuetext={`${n(w, 2)} (${n(edit.weightShare(doc, party.id, issue.id) * 100, 0)}%)`}
                    data-testid={`weight-${issue.id}`}
                    onChange={(e) => onChange(edit.setWeight(doc, party.id, issue.id, Number(e.target.value)))}
                  />
                  <output htmlFor={id}>{n(edit.weightShare(doc, party.id, issue.id) * 100, 0)}%</output>
                </div>
              );
            })}
          </fieldset>
          <details>
            <summary>{t('explorer.values')}</summary>
            {doc.issues.map((issue) => (
              <fieldset key={issue.id}>
                <legend>{issueName(issue.id)}</legend>
                {issue.options.map((o) => {
                  const v = party.values[issue.id]?.options[o.id] ?? 0;
                  const id = `v-${party.id}-${issue.id}-${o.id}`;
                  return (
                    <div className="slider" key={o.id}>
                      <label htmlFor={id}>{optionLabel(issue.id, o.id)}</label>
                      <input
                        id={id}
                        type="range"
                        min={0}
                        max={1}
                        step={0.01}
                        value={v}
                        aria-label={t('explorer.valueOf', {
                          option: optionLabel(issue.id, o.id),
                          issue: issueName(issue.id),
                          party: partyName(party.id),
                        })}
                        onChange={(e) => onChange(edit.setValue(doc, party.id, issue.id, o.id, Number(e.target.value)))}
                      />
                      <output htmlFor={id}>{n(v, 2)}</output>
                    </div>
                  );
                })}
              </fieldset>
            ))}
          </details>
          <div className="field">
            <label htmlFor={`res-${party.id}`}>{t('explorer.reservation')}</label>
            <input
              id={`res-${party.id}`}
              type="number"
              step={0.01}
              min={-1}
              max={2}
              value={typeof party.reservation === 'number' ? party.reservation : ''}
              placeholder={party.reservation === 'status_quo' ? t('explorer.pointStatusQuo') : '0'}
              onChange={(e) =>
                e.target.value !== '' && onChange(edit.setReservation(doc, party.id, Number(e.target.value)))
              }
              aria-describedby={hasStatusQuo ? `res-${party.id}-help` : undefined}
            />
            {hasStatusQuo && (
              <span id={`res-${party.id}-help`} className="hint-dark">
                {t('explorer.reservationIgnored')}
              </span>
            )}
          </div>
          <fieldset>
            <legend>{t('explorer.redLines')}</legend>
            <ul>
              {(party.redLines ?? []).map((line, i) => (
                <li key={i}>
                  {Object.entries(line.options)
                    .map(([iss, opt]) => `${issueName(iss)}: ${optionLabel(iss, opt)}`)
                    .join(' + ')}{' '}
                  <button type="button" onClick={() => onChange(edit.removeRedLine(doc, party.id, i))}>
                    {t('explorer.redLineRemove', { n: i + 1 })}
                  </button>
                </li>
              ))}
            </ul>
            <div className="inline">
              <label>
                {t('explorer.redLineIssue')}{' '}
                <select
                  value={rlIssue}
                  onChange={(e) => {
                    setRlIssue(e.target.value);
                    setRlOption('');
                  }}
                >
                  {doc.issues.map((i) => (
                    <option key={i.id} value={i.id}>
                      {issueName(i.id)}
                    </option>
                  ))}
                </select>
              </label>
              <label>
                {t('explorer.redLineOption')}{' '}
                <select value={rlOption || rlOptions[0]?.id} onChange={(e) => setRlOption(e.target.value)}>
                  {rlOptions.map((o) => (
                    <option key={o.id} value={o.id}>
                      {optionLabel(rlIssue, o.id)}
                    </option>
                  ))}
                </select>
              </label>
              <button
                type="button"
                onClick={() => onChange(edit.addRedLine(doc, party.id, { [rlIssue]: rlOption || rlOptions[0]?.id }))}
              >
                {t('explorer.redLineAdd')}
              </button>
            </div>
          </fieldset>
        </section>
      )}
      <section aria-labelledby="issues-h" className="card">
        <h2 id="issues-h">{t('explorer.issues')}</h2>
        {doc.issues.map((issue) => (
          <details key={issue.id}>
            <summary>{issueName(issue.id)}</summary>
            <div className="field">
              <label htmlFor={`sq-${issue.id}`}>{t('explorer.statusQuo', { issue: issueName(issue.id) })}</label>
              <select
                id={`sq-${issue.id}`}
                value={issue.statusQuo ?? ''}
                disabled={!!visibleParty}
                onChange={(e) => onChange(edit.setStatusQuo(doc, issue.id, e.target.value))}
              >
                {issue.statusQuo === undefined && <option value="">—</option>}
                {issue.options.map((o) => (
                  <option key={o.id} value={o.id}>
                    {optionLabel(issue.id, o.id)}
                  </option>
                ))}
              </select>
            </div>
            {issue.options.map((o, k) => (
              <div className="field" key={o.id}>
                <label htmlFor={`opt-${issue.id}-${o.id}`}>
                  {t('explorer.optionLabel', { n: k + 1, issue: issueName(issue.id) })}
                </label>
                <input
                  id={`opt-${issue.id}-${o.id}`}
                  value={o.label}
                  disabled={!!visibleParty}
                  onChange={(e) => onChange(edit.setOptionLabel(doc, issue.id, o.id, e.target.value))}
                />
              </div>
            ))}
            {!visibleParty && (
              <button
                type="button"
                onClick={() => onChange(edit.addOption(doc, issue.id, `${issue.name} ${issue.options.length + 1}`).doc)}
              >
                {t('explorer.addOption', { issue: issueName(issue.id) })}
              </button>
            )}
          </details>
        ))}
      </section>
    </>
  );
}
