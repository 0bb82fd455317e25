/** The app shell: skip link, header with navigation and language switcher, one page per route. */
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { I18nProvider, LANGS, useI18n, type Lang } from './i18n/index.tsx';
import type { MessageKey } from './i18n/en.ts';
import { ExplorerPage } from './pages/Explorer.tsx';
import { NegotiationPage } from './pages/Negotiation.tsx';
import { CooperationPage } from './pages/Cooperation.tsx';
import { FrameworksPage } from './pages/Frameworks.tsx';
import { MediationPage } from './pages/Mediation.tsx';
import { HomePage } from './pages/Home.tsx';
import { GlossaryPage } from './pages/Glossary.tsx';
import { BriefPage } from './pages/Brief.tsx';
import { getToken, setToken } from './api.ts';

// The home page is `/` (hash ''); every other page has its own route.
const ROUTES: { id: string; label: MessageKey; page: () => ReactNode }[] = [
  { id: '', label: 'nav.home', page: () => <HomePage /> },
  { id: 'explorer', label: 'nav.explorer', page: () => <ExplorerPage /> },
  { id: 'negotiation', label: 'nav.negotiation', page: () => <NegotiationPage /> },
  { id: 'cooperation', label: 'nav.cooperation', page: () => <CooperationPage /> },
  { id: 'frameworks', label: 'nav.frameworks', page: () => <FrameworksPage /> },
  { id: 'mediation', label: 'nav.mediation', page: () => <MediationPage /> },
  { id: 'glossary', label: 'nav.glossary', page: () => <GlossaryPage /> },
  { id: 'brief', label: 'nav.brief', page: () => <BriefPage /> },
];

function currentRoute(): string {
  const id = location.hash.replace(/^#\/?/, '').split('?')[0];
  return ROUTES.some((r) => r.id === id) ? id : '';
}

function Shell() {
  const { t, lang, setLang } = useI18n();
  const [route, setRoute] = useState(currentRoute);
  const [token, setTokenState] = useState(getToken);
  const [epoch, setEpoch] = useState(0);
  const tokenBox = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    const on = () => {
      setRoute(currentRoute());
      // Move focus to the new page's heading so screen readers announce it.
      requestAnimationFrame(() => document.getElementById('main')?.querySelector('h1')?.focus());
    };
    window.addEventListener('hashchange', on);
    return () => window.removeEventListener('hashchange', on);
  }, []);
  const active = ROUTES.find((r) => r.id === route)!;
  // Each page has its own title (browser tabs, history, and what a screen reader announces first).
  useEffect(() => {
    document.title = `${t(active.label)} — ${t('app.title')}`;
  }, [active, t]);
  return (
    <>
      <a
        className="skip"
        href="#main"
        onClick={(e) => {
          e.preventDefault();
          document.getElementById('main')?.querySelector('h1')?.focus();
        }}
      >
        {t('app.skip')}
      </a>
      <header className="top">
        <div className="brand">
          <span className="logo" aria-hidden="true">
            ◎
          </span>
          <div>
            <div className="name">{t('app.title')}</div>
            <div className="tagline">{t('app.tagline')}</div>
          </div>
        </div>
        <nav aria-label={t('app.nav')}>
          <ul>
            {ROUTES.filter((r) => r.id !== 'brief').map((r) => (
              <li key={r.id}>
                <a href={`#/${r.id}`} aria-current={r.id === route ? 'page' : undefined}>
                  {t(r.label)}
                </a>
              </li>
            ))}
            <li>
              <a href="/docs">{t('nav.api')}</a>
            </li>
          </ul>
        </nav>
        <div className="settings">
          <label>
            {t('app.language')}{' '}
            <select value={lang} onChange={(e) => setLang(e.target.value as Lang)} data-testid="lang">
              {LANGS.map((l) => (
                <option key={l.id} value={l.id} lang={l.id}>
                  {l.name}
                </option>
              ))}
            </select>
          </label>
          <details ref={tokenBox}>
            <summary>{t('settings.token')}</summary>
            {/* Applying a token reloads the page's data as the new caller (pages fetch on mount). */}
            <form
              onSubmit={(e) => {
                e.preventDefault();
                setToken(token.trim());
                setEpoch((x) => x + 1);
                if (tokenBox.current) tokenBox.current.open = false;
              }}
            >
              <label htmlFor="token">{t('settings.token')}</label>
              <input
                id="token"
                type="password"
                autoComplete="off"
                value={token}
                aria-describedby="token-help"
                onChange={(e) => setTokenState(e.target.value)}
                data-testid="token"
              />
              <button type="submit" data-testid="apply-token">
                {t('settings.apply')}
              </button>
              <p id="token-help" className="hint">
                {t('settings.tokenHelp')}
              </p>
            </form>
          </details>
        </div>
      </header>
      <main id="main" key={`${route}-${epoch}`}>
        {active.page()}
      </main>
    </>
  );
}

export function App() {
  return (
    <I18nProvider>
      <Shell />
    </I18nProvider>
  );
}
