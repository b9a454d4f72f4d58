// The frame of every screen behind the lock: the header (menu, who is signed in, language, help,
// Blocca) and the screen itself. The frame, not each screen, names the window after the screen's
// heading, takes the focus there when a screen opens, and handles the app's keys (renderer/shell/keyboard).
import { useEffect, useRef } from 'react';
import { Outlet, useLocation } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { useServices } from '../app/services';
import { LanguageSwitch } from './LanguageSwitch';
import { MainMenu } from './MainMenu';
import { handleAppKey } from './keyboard';
import { FEATURES } from '../app/features';
import { ScreenErrorBoundary } from '../ui/ErrorPage';
import { useFocusHeadingOnOpen } from '../ui/screenHeading';
import { HelpButton } from '../help/HelpButton';
import { FirstSteps } from '../help/FirstSteps';

/** The screens an empty programme's first steps show on: the one the app opens to. */
const HOME_PATHS = ['/', '/workers', '/today'];

export function AppShell() {
  const { t } = useTranslation();
  const { session, programme, lock } = useServices();
  const me = useLiveQuery(async () => (await programme.counselors()).find((c) => c.id === session.counselorId), [session.counselorId]);
  const current = useLiveQuery(() => programme.get(), []);
  const location = useLocation();
  const main = useRef<HTMLElement>(null);
  useFocusHeadingOnOpen(main, location.pathname);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (main.current && handleAppKey(event, main.current)) event.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  const entries = [
    { to: '/workers', label: t('nav.workers') },
    ...FEATURES.flatMap((feature) => feature.nav).map((entry) => ({ to: entry.to, label: t(entry.labelKey as 'nav.workers'), badge: entry.badge })),
    { to: '/audit', label: t('nav.audit') },
    { to: '/settings', label: t('nav.settings') },
  ];

  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="topbar">
        <div className="brand">
          <strong>{t('app.name')}</strong>
          <span className="brand-programme">{current?.data.name ?? t('app.tagline')}</span>
        </div>
        <MainMenu entries={entries} />
        <div className="topbar-end">
          {me && (
            <span className="user" title={t('app.user', { name: me.data.displayName })}>
              <span className="user-name">{me.data.displayName}</span>
              <span className="user-role">{t(`roles.${me.data.role}`)}</span>
            </span>
          )}
          <LanguageSwitch />
          <HelpButton />
          <button type="button" className="lock-button" onClick={lock}>
            {t('security.lockNow')}
          </button>
        </div>
      </header>
      <main id="main" tabIndex={-1} ref={main}>
        {HOME_PATHS.includes(location.pathname) && <FirstSteps />}
        <ScreenErrorBoundary location={location.pathname}>
          <Outlet />
        </ScreenErrorBoundary>
      </main>
    </div>
  );
}
