/** The negotiation lab's agent per party, each described in the user's language. */
import { useI18n } from '../i18n/index.tsx';
import { en, type MessageKey } from '../i18n/en.ts';
import type { NegotiationStrategy } from '../../../src/server/index.ts';

export function AgentPicker({
  parties,
  strategies,
  agents,
  onChange,
}: {
  parties: { id: string; name: string }[];
  strategies: NegotiationStrategy[];
  agents: string[];
  onChange: (agents: string[]) => void;
}) {
  const { t } = useI18n();
  /** A strategy's description in the user's language (the server's English for one the dictionaries lack). */
  const describe = (id: string | undefined) => {
    const key = `strategy.${id}` as MessageKey;
    return key in en ? t(key) : strategies.find((s) => s.id === id)?.description;
  };
  return (
    <fieldset>
      <legend>{t('negotiation.agents')}</legend>
      {parties.map((p, i) => (
        <div className="field" key={p.id}>
          <label htmlFor={`agent-${p.id}`}>{t('negotiation.agentFor', { party: p.name })}</label>
          <select
            id={`agent-${p.id}`}
            value={agents[i] ?? ''}
            data-testid={`agent-${i}`}
            aria-describedby={`agent-${p.id}-help`}
            onChange={(e) => onChange(agents.map((a, k) => (k === i ? e.target.value : a)))}
          >
            {strategies.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
          <span id={`agent-${p.id}-help`} className="hint-dark">
            {describe(agents[i])}
          </span>
        </div>
      ))}
    </fieldset>
  );
}
