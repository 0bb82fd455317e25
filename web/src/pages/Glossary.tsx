/** Every technical term the app uses, with its plain explanation, in the page's language. */
import { useI18n } from '../i18n/index.tsx';
import { GLOSSARY, TERM_IDS } from '../i18n/glossary.ts';
import { PageTitle } from '../components/common.tsx';

export function GlossaryPage() {
  const { t, lang } = useI18n();
  const entries = TERM_IDS.map((id) => ({ id, ...GLOSSARY[id][lang] })).sort((a, b) =>
    a.term.localeCompare(b.term, lang),
  );
  return (
    <>
      <PageTitle>{t('glossary.title')}</PageTitle>
      <p className="lede">{t('glossary.intro')}</p>
      <dl className="glossary" data-testid="glossary">
        {entries.map((e) => (
          <div key={e.id} id={`term-${e.id}`}>
            <dt>{e.term}</dt>
            <dd>{e.text}</dd>
          </div>
        ))}
      </dl>
    </>
  );
}
