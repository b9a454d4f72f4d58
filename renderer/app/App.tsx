import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { HashRouter, Navigate, Route, Routes } from 'react-router-dom';
import type { DesktopBridge } from '../../shared/platform/desktopBridge';
import type { PcoDatabase } from '../db/database';
import { openSession, readLocalUser, type Session } from '../db/session';
import { createServices, ServicesContext, type Services } from './services';
import { WelcomeScreen } from '../welcome/WelcomeScreen';
import { AppShell } from '../shell/AppShell';
import { WorkerListScreen } from '../workers/WorkerListScreen';
import { WorkerFileScreen } from '../workers/WorkerFileScreen';
import { SettingsScreen } from '../settings/SettingsScreen';

type Boot = { state: 'loading' } | { state: 'welcome' } | { state: 'ready'; services: Services } | { state: 'failed'; reason: string };

export function App({ db, bridge }: { db: PcoDatabase; bridge: DesktopBridge }) {
  const { t } = useTranslation();
  const [boot, setBoot] = useState<Boot>({ state: 'loading' });

  useEffect(() => {
    let cancelled = false;
    readLocalUser(db)
      .then(async (user) => {
        if (cancelled) return;
        if (!user) return setBoot({ state: 'welcome' });
        const session = await openSession(db, user);
        if (!cancelled) setBoot({ state: 'ready', services: createServices(db, bridge, session) });
      })
      .catch((error: unknown) => setBoot({ state: 'failed', reason: String(error) }));
    return () => {
      cancelled = true;
    };
  }, [db, bridge]);

  const ready = (session: Session) => setBoot({ state: 'ready', services: createServices(db, bridge, session) });

  switch (boot.state) {
    case 'loading':
      return <p className="boot">{t('app.loading')}</p>;
    case 'failed':
      return <p role="alert" className="boot">{t('welcome.failed', { reason: boot.reason })}</p>;
    case 'welcome':
      return <WelcomeScreen db={db} onReady={ready} />;
    case 'ready':
      return (
        <ServicesContext.Provider value={boot.services}>
          <HashRouter>
            <Routes>
              <Route element={<AppShell />}>
                <Route path="/" element={<Navigate to="/workers" replace />} />
                <Route path="/workers" element={<WorkerListScreen />} />
                <Route path="/workers/new" element={<WorkerFileScreen />} />
                <Route path="/workers/:id" element={<WorkerFileScreen />} />
                <Route path="/settings" element={<SettingsScreen />} />
                <Route path="*" element={<Navigate to="/workers" replace />} />
              </Route>
            </Routes>
          </HashRouter>
        </ServicesContext.Provider>
      );
  }
}
