/**
 * The explorer's explanation panels: the deal in words per country (any bargaining package), the
 * findings block (brief / model / what follows) and where every number comes from, with links to
 * the quoted paragraph of the brief. The words come from the shared generators in src/analysis.
 */
import { useState } from 'react';
import type { Explanation, LocatedEntry, PackageKey } from '../../../src/analysis/index.ts';
import type { Scenario } from '../../../src/model/index.ts';
import { useI18n } from '../i18n/index.tsx';
import type { MessageKey } from '../i18n/en.ts';
import { Section } from '../components/common.tsx';
import { Term } from '../components/Term.tsx';
import { provenanceValue } from '../logic/provenance-value.ts';

const PACKAGE_LABEL: Record<PackageKey, MessageKey> = {
  nash: 'explorer.pointNash',
  kalaiSmorodinsky: 'explorer.pointKs',
  egalitarian: 'explorer.pointEgalitarian',
  utilitarian: 'explorer.pointUtilitarian',
};

export function DealPanel({ x }: { x: Explanation }) {
  const { t } = useI18n();
  const [key, setKey] = useState<PackageKey>('nash');
  const keys = (Object.keys(PACKAGE_LABEL) as PackageKey[]).filter((k) => x.deals[k]);
  const p = x.deals[key] ?? x.deals[keys[0]];
  if (!p) return null;
  return (
    <Section title={t('explorer.deal')} id="deal">
      <p className="hint-dark">
        {t('explorer.dealIntro')} (<Term id="statusQuo" />, <Term id="utility" />)
      </p>
      <label>
        {t('explorer.package')}{' '}
        <select value={key} onChange={(e) => setKey(e.target.value as PackageKey)} data-testid="deal-package">
          {keys.map((k) => (
            <option key={k} value={k}>
              {t(PACKAGE_LABEL[k])}
            </option>
          ))}
        </select>
      </label>
      <div className="deal" data-testid="deal" aria-live="polite">
        {p.sentences.map((s) => (
          <article key={s.partyId} data-testid={`deal-${s.partyId}`}>
            <h3>{s.party}</h3>
            {s.why.map((w, i) => (
              <p key={i}>{w}</p>
            ))}
            <h4>{t('explorer.gets')}</h4>
            <ul>
              {s.gets.map((g, i) => (
                <li key={i}>{g}</li>
              ))}
            </ul>
            <h4>{t('explorer.gives')}</h4>
            {s.gives.length ? (
              <ul>
                {s.gives.map((g, i) => (
                  <li key={i}>{g}</li>
                ))}
              </ul>
            ) : (
              <p>{t('explorer.givesNothing')}</p>
            )}
            {s.notes.map((n, i) => (
              <p key={i} className="note" data-testid="deal-note">
                {n}
              </p>
            ))}
          </article>
        ))}
      </div>
    </Section>
  );
}

function QuoteLink({ e }: { e: LocatedEntry }) {
  const { t } = useI18n();
  if (e.basis === 'assumption') return <span className="badge assumption">{t('explorer.assumptionMark')}</span>;
  return (
    <>
      {e.paragraph !== undefined ? (
        <a href={`#/brief?p=${e.paragraph}`}>{t('explorer.quoteLink', { source: e.source, n: e.paragraph + 1 })}</a>
      ) : (
        <span>{e.sourceTitle ?? e.source}</span>
      )}
      {e.partlyAssumed && <span className="badge assumption">{t('explorer.numberAssumed')}</span>}
      {e.quote && <q lang="en">{e.quote}</q>}
    </>
  );
}

export function FindingsPanel({ x }: { x: Explanation }) {
  const { t } = useI18n();
  const f = x.findings;
  if (!f) return null;
  return (
    <Section title={t('explorer.findings')} id="findings">
      <div data-testid="findings">
        <h3>{t('explorer.claims')}</h3>
        <ul>
          {f.claims.slice(0, 5).map((c) => {
            const e = x.provenance?.find((p) => p.quote === c.quote);
            return (
              <li key={c.quote}>
                <q lang="en">{c.quote}</q> — {t('explorer.supports', { count: c.supports.length })}
                {e?.paragraph !== undefined && (
                  <>
                    {' '}
                    (
                    <a href={`#/brief?p=${e.paragraph}`}>
                      {t('explorer.quoteLink', { source: e.source, n: e.paragraph + 1 })}
                    </a>
                    )
                  </>
                )}
              </li>
            );
          })}
        </ul>
        {f.claims.length > 5 && <p className="hint-dark">{t('explorer.moreClaims', { count: f.claims.length })}</p>}
        <h3>
          {t('explorer.assumes')} (<Term id="assumption" />)
        </h3>
        <ul>
          {f.assumptions.map((s, i) => (
            <li key={i}>{s}</li>
          ))}
        </ul>
        <h3>{t('explorer.follows')}</h3>
        <ul data-testid="follows">
          {f.follows.map((s, i) => (
            <li key={i}>{s}</li>
          ))}
        </ul>
      </div>
    </Section>
  );
}

export function ProvenancePanel({ x, doc }: { x: Explanation; doc: Scenario }) {
  const { t, n } = useI18n();
  if (!x.provenance || !x.counts) return null;
  const c = x.counts;
  const issue = new Map(doc.issues.map((i) => [i.id, i.name]));
  const groups: { id: string; name: string; entries: LocatedEntry[] }[] = [
    { id: 'statusQuo', name: t('explorer.statusQuoGroup'), entries: x.provenance.filter((e) => !e.party) },
    ...doc.parties.map((p) => ({ id: p.id, name: p.name, entries: x.provenance!.filter((e) => e.party === p.id) })),
  ];
  return (
    <Section title={t('explorer.provenance')} id="provenance">
      <p data-testid="provenance-summary">
        {t('explorer.provenanceSummary', {
          total: c.total,
          quote: c.quote,
          source: c.source,
          assumption: c.assumption,
          partly: c.partlyAssumed,
        })}
      </p>
      {groups.map((g) => (
        <details key={g.id} data-testid={`provenance-${g.id}`}>
          <summary>
            {g.name} ({g.entries.length})
          </summary>
          <div className="table-scroll">
            <table className="provenance">
              <thead>
                <tr>
                  <th scope="col">{t('explorer.colWhat')}</th>
                  <th scope="col">{t('explorer.colValue')}</th>
                  <th scope="col">{t('explorer.colBasis')}</th>
                </tr>
              </thead>
              <tbody>
                {g.entries.map((e) => (
                  <tr key={e.path}>
                    <th scope="row">
                      {t(`explorer.kind.${e.kind}` as MessageKey)}
                      {e.issue ? `: ${issue.get(e.issue) ?? e.issue}` : ''}
                    </th>
                    <td>{provenanceValue(e, doc, t, n)}</td>
                    <td>
                      <QuoteLink e={e} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </details>
      ))}
    </Section>
  );
}
