// The sync screens' header and tabs; coordinator-only tabs are hidden from counselors.
import type { ReactNode } from 'react';
import { NavLink } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useServices } from '../../app/services';

const TABS = [
  { to: '/sync', key: 'exchange', coordinatorOnly: false },
  { to: '/sync/devices', key: 'devices', coordinatorOnly: false },
  { to: '/sync/conflicts', key: 'conflicts', coordinatorOnly: true },
  { to: '/sync/caseloads', key: 'caseloads', coordinatorOnly: true },
  { to: '/sync/history', key: 'history', coordinatorOnly: false },
] as const;

export function SyncLayout({ titleKey, children }: { titleKey: (typeof TABS)[number]['key']; children: ReactNode }) {
  const { t } = useTranslation();
  const { session } = useServices();
  return (
    <section className="screen sync" aria-labelledby="sync-title">
      <div className="screen-header">
        <h1 id="sync-title">
          {t('sync.title')} — {t(`sync.tabs.${titleKey}`)}
        </h1>
      </div>
      <nav className="sync-tabs" aria-label={t('sync.tabs.label')}>
        {TABS.filter((tab) => !tab.coordinatorOnly || session.role === 'coordinator').map((tab) => (
          <NavLink key={tab.to} to={tab.to} end>
            {t(`sync.tabs.${tab.key}`)}
          </NavLink>
        ))}
      </nav>
      {children}
    </section>
  );
}
