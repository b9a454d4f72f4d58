import { NavLink, Outlet, useLocation } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { useServices } from '../app/services';
import { LanguageSwitch } from './LanguageSwitch';
import { FEATURES } from '../app/features';
import { ScreenErrorBoundary } from '../ui/ErrorPage';

export function AppShell() {
  const { t } = useTranslation();
  const { session, programme, lock } = useServices();
  const me = useLiveQuery(async () => (await programme.counselors()).find((c) => c.id === session.counselorId), [session.counselorId]);
  const current = useLiveQuery(() => programme.get(), []);
  const location = useLocation();
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="topbar">
        <div className="brand">
          <strong>{t('app.name')}</strong>
          <span>{current?.data.name ?? t('app.tagline')}</span>
        </div>
        <nav aria-label={t('nav.main')}>
          <NavLink to="/workers">{t('nav.workers')}</NavLink>
          {FEATURES.flatMap((feature) => feature.nav).map((entry) => (
            <NavLink key={entry.to} to={entry.to}>
              {t(entry.labelKey as 'nav.workers')}
            </NavLink>
          ))}
          <NavLink to="/audit">{t('nav.audit')}</NavLink>
          <NavLink to="/settings">{t('nav.settings')}</NavLink>
        </nav>
        <div className="topbar-end">
          {me && (
            <span className="user">
              {t('app.user', { name: me.data.displayName })} · {t(`roles.${me.data.role}`)}
            </span>
          )}
          <LanguageSwitch />
          <button type="button" className="lock-button" onClick={lock}>
            {t('security.lockNow')}
          </button>
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        <ScreenErrorBoundary location={location.pathname}>
          <Outlet />
        </ScreenErrorBoundary>
      </main>
    </div>
  );
}
