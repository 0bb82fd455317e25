/**
 * A provenance entry's value in the reader's words: option labels instead of option ids, issue
 * names instead of issue ids, and the connecting words in the reader's language ("cuando", "con",
 * "y"). The entry's own `value` (ids, English connectors) stays what the CLI and the JSON show.
 */
import type { ProvenanceEntry, Scenario } from '../../../src/model/index.ts';
import type { T } from '../i18n/index.tsx';

export function provenanceValue(
  e: Pick<ProvenanceEntry, 'kind' | 'party' | 'issue' | 'path' | 'value'>,
  doc: Scenario,
  t: T,
  n: (x: number) => string,
): string {
  const issue = (id: string) => doc.issues.find((i) => i.id === id);
  const label = (issueId: string, optionId: string) =>
    issue(issueId)?.options.find((o) => o.id === optionId)?.label ?? optionId;
  const pairs = (choice: Record<string, string>, joiner: string) =>
    Object.entries(choice)
      .map(([i, o]) => `${issue(i)?.name ?? i} = ${label(i, o)}`)
      .join(joiner);
  const party = doc.parties.find((p) => p.id === e.party);
  const index = Number(/\[(\d+)\]$/.exec(e.path)?.[1] ?? -1);
  switch (e.kind) {
    case 'values': {
      const v = party && e.issue ? party.values[e.issue] : undefined;
      const i = e.issue ? issue(e.issue) : undefined;
      if (!v || !i) return e.value;
      return i.options.map((o) => `${o.label} ${n(v.options[o.id] ?? 0)}`).join(', ');
    }
    case 'redLine': {
      const r = party?.redLines?.[index];
      return r ? pairs(r.options, t('explorer.pv.and')) : e.value;
    }
    case 'interaction': {
      const x = party?.interactions?.[index];
      return x
        ? t('explorer.pv.interaction', { value: n(x.value), when: pairs(x.when, t('explorer.pv.with')) })
        : e.value;
    }
    default: {
      const x = Number(e.value);
      return e.value !== '' && Number.isFinite(x) ? n(x) : e.value;
    }
  }
}
