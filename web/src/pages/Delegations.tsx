/**
 * Delegations in the explorer: the owner creates, lists and revokes per-party tokens (a new token
 * is shown once, with a copy button); a delegation sees its own position on the key packages
 * (GET /api/scenarios/{id}/position: its numbers only).
 */
import { useState } from 'react';
import type { Scenario } from '../../../src/model/index.ts';
import type { CreatedDelegation, Delegation, DelegationList, PositionReply } from '../../../src/server/index.ts';
import { api } from '../api.ts';
import { useI18n } from '../i18n/index.tsx';
import type { MessageKey } from '../i18n/en.ts';
import { DataTable, Problems, Section, useLatestEffect } from '../components/common.tsx';

export const PACKAGE_LABEL: Record<PositionReply['packages'][number]['key'], MessageKey> = {
  nash: 'explorer.pointNash',
  kalaiSmorodinsky: 'explorer.pointKs',
  egalitarian: 'position.egalitarian',
  utilitarian: 'position.utilitarian',
  statusQuo: 'explorer.pointStatusQuo',
};

/** A package in words: "Issue: option label; …" with the scenario's own names. */
export function packageInWords(doc: Scenario, outcome: Record<string, string>): string {
  return doc.issues
    .filter((i) => outcome[i.id] !== undefined)
    .map((i) => `${i.name}: ${i.options.find((o) => o.id === outcome[i.id])?.label ?? outcome[i.id]}`)
    .join('; ');
}

export function PositionPanel({ id, version, doc }: { id: string; version: number; doc: Scenario }) {
  const { t, n } = useI18n();
  const [pos, setPos] = useState<PositionReply | null>(null);
  const [error, setError] = useState<unknown>(null);
  useLatestEffect(
    (isCurrent) => {
      api<PositionReply>('GET', `/api/scenarios/${encodeURIComponent(id)}/position`)
        .then((p) => isCurrent() && (setPos(p), setError(null)))
        .catch((e: unknown) => isCurrent() && setError(e));
    },
    [id, version],
  );
  // The party named as in `doc` (the reader's language); the server sends the name as written.
  const partyName = pos ? (doc.parties.find((p) => p.id === pos.party.id)?.name ?? pos.party.name) : '';
  return (
    <Section title={t('position.title')} id="position">
      <Problems error={error} />
      {pos && (
        <div data-testid="position">
          <p>{t('position.intro', { party: partyName })}</p>
          <p data-testid="fallback">{t('position.fallback', { value: n(pos.fallback) })}</p>
          <DataTable
            caption={t('position.table', { party: partyName })}
            columns={[
              t('explorer.point'),
              t('position.utility'),
              t('position.rank'),
              t('position.vsFallback'),
              t('position.package'),
            ]}
            rows={[...pos.packages]
              .sort((a, b) => a.rank - b.rank)
              .map((p) => [
                t(PACKAGE_LABEL[p.key]),
                n(p.utility),
                n(p.rank, 0),
                p.beatsFallback ? t('position.above') : t('position.below'),
                packageInWords(doc, p.outcome),
              ])}
          />
        </div>
      )}
    </Section>
  );
}

export function DelegationsPanel({ id, doc }: { id: string; doc: Scenario }) {
  const { t } = useI18n();
  const [list, setList] = useState<Delegation[]>([]);
  const [party, setParty] = useState(doc.parties[0]?.id ?? '');
  const [label, setLabel] = useState('');
  const [created, setCreated] = useState<CreatedDelegation | null>(null);
  const [status, setStatus] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [epoch, setEpoch] = useState(0);
  const path = `/api/scenarios/${encodeURIComponent(id)}/delegations`;
  useLatestEffect(
    (isCurrent) => {
      api<DelegationList>('GET', path)
        .then((r) => isCurrent() && setList(r.delegations))
        .catch((e: unknown) => isCurrent() && setError(e));
    },
    [path, epoch],
  );
  const partyName = (pid: string) => doc.parties.find((p) => p.id === pid)?.name ?? pid;

  const create = async () => {
    try {
      // No label given: the default in the reader's language (the server names it by Accept-Language, which the app does not send).
      const named = label.trim() ? label : t('delegations.defaultLabel', { party: partyName(party) });
      const d = await api<CreatedDelegation>('POST', path, { partyId: party, label: named });
      setCreated(d);
      setLabel('');
      setStatus(t('delegations.created', { label: d.label }));
      setError(null);
      setEpoch((x) => x + 1);
    } catch (e) {
      setError(e);
    }
  };
  const revoke = async (d: Delegation) => {
    try {
      await api('DELETE', `${path}/${encodeURIComponent(d.id)}`);
      if (created?.id === d.id) setCreated(null);
      setStatus(t('delegations.revoked', { label: d.label }));
      setError(null);
      setEpoch((x) => x + 1);
    } catch (e) {
      setError(e);
    }
  };
  const copy = async () => {
    if (!created) return;
    try {
      await navigator.clipboard.writeText(created.token);
      setStatus(t('delegations.copied'));
    } catch {
      // No clipboard permission: select the token so the user can copy it by hand.
      (document.getElementById('new-token') as HTMLInputElement | null)?.select();
      setStatus(t('delegations.copyByHand'));
    }
  };

  return (
    <Section title={t('delegations.title')} id="delegations">
      <p className="hint-dark">{t('delegations.intro')}</p>
      <form
        className="delegation-form"
        onSubmit={(e) => {
          e.preventDefault();
          void create();
        }}
      >
        <label>
          {t('delegations.party')}{' '}
          <select value={party} onChange={(e) => setParty(e.target.value)} data-testid="delegation-party">
            {doc.parties.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </label>{' '}
        <label>
          {t('delegations.label')}{' '}
          <input
            value={label}
            maxLength={200}
            onChange={(e) => setLabel(e.target.value)}
            data-testid="delegation-label"
          />
        </label>{' '}
        <button type="submit" data-testid="create-delegation">
          {t('delegations.create')}
        </button>
      </form>
      {created && (
        <div className="new-token" data-testid="new-token-box">
          <label htmlFor="new-token">{t('delegations.tokenOnce', { label: created.label })}</label>
          <div className="token-row">
            <input
              id="new-token"
              readOnly
              value={created.token}
              data-testid="new-token"
              onFocus={(e) => e.target.select()}
            />
            <button type="button" onClick={copy} data-testid="copy-token">
              {t('delegations.copy')}
            </button>
            <button type="button" className="secondary" onClick={() => setCreated(null)}>
              {t('delegations.hide')}
            </button>
          </div>
        </div>
      )}
      <p role="status" aria-live="polite" data-testid="delegation-status">
        {status}
      </p>
      <Problems error={error} />
      {list.length === 0 ? (
        <p data-testid="no-delegations">{t('delegations.none')}</p>
      ) : (
        <ul className="delegation-list" data-testid="delegations">
          {list.map((d) => (
            <li key={d.id}>
              <span>
                {d.label} — {partyName(d.partyId)} <span className="hint-dark">({d.createdAt.slice(0, 10)})</span>
              </span>{' '}
              <button
                type="button"
                className="secondary"
                onClick={() => void revoke(d)}
                aria-label={t('delegations.revokeOne', { label: d.label })}
                data-testid="revoke"
              >
                {t('delegations.revoke')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
