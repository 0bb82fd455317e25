/** A technical term with its plain explanation on hover and keyboard focus (the glossary's words). */
import { useId, type ReactNode } from 'react';
import { useI18n } from '../i18n/index.tsx';
import { GLOSSARY, type TermId } from '../i18n/glossary.ts';

export function Term({ id, children }: { id: TermId; children?: ReactNode }) {
  const { lang } = useI18n();
  const tip = useId();
  const e = GLOSSARY[id][lang];
  return (
    <span className="term" tabIndex={0} aria-describedby={tip} data-testid={`term-${id}`}>
      {children ?? e.term}
      <span role="tooltip" id={tip} className="tip">
        {e.text}
      </span>
    </span>
  );
}
