/** The home page: the brief's argument in a few lines, and what each part of the tool answers. */
import { useI18n } from '../i18n/index.tsx';
import type { MessageKey } from '../i18n/en.ts';
import { PageTitle } from '../components/common.tsx';
import { Term } from '../components/Term.tsx';

const PARTS: { href: string; title: MessageKey; question: MessageKey }[] = [
  { href: '#/explorer', title: 'nav.explorer', question: 'home.explorer' },
  { href: '#/negotiation', title: 'nav.negotiation', question: 'home.negotiation' },
  { href: '#/cooperation', title: 'nav.cooperation', question: 'home.cooperation' },
  { href: '#/frameworks', title: 'nav.frameworks', question: 'home.frameworks' },
  { href: '#/glossary', title: 'nav.glossary', question: 'home.glossary' },
  { href: '#/brief', title: 'nav.brief', question: 'home.brief' },
];

export function HomePage() {
  const { t } = useI18n();
  return (
    <>
      <PageTitle>{t('home.title')}</PageTitle>
      <section className="argument" data-testid="argument" aria-label={t('home.argumentLabel')}>
        <p>{t('home.problem')}</p>
        <p>
          {t('home.remedy')} (<Term id="linkage" />, <Term id="zeroSum" />)
        </p>
        <p>{t('home.model')}</p>
      </section>
      <h2>{t('home.parts')}</h2>
      <ul className="parts" data-testid="parts">
        {PARTS.map((p) => (
          <li key={p.href}>
            <a href={p.href}>{t(p.title)}</a>
            <span>{t(p.question)}</span>
          </li>
        ))}
      </ul>
    </>
  );
}
