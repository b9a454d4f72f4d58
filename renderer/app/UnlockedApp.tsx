// Everything behind the lock: the router, the screens and the idle timer.
import { useLiveQuery } from 'dexie-react-hooks';
import { HashRouter, Navigate, Route, Routes } from 'react-router-dom';
import { ServicesContext, type Services } from './services';
import { AppShell } from '../shell/AppShell';
import { WorkerListScreen } from '../workers/WorkerListScreen';
import { WorkerFileScreen } from '../workers/WorkerFileScreen';
import { MergedFileRedirect } from '../workers/duplicates/MergedFileRedirect';
import { SettingsScreen } from '../settings/SettingsScreen';
import { AuditScreen } from '../audit/AuditScreen';
import { useIdleLock } from '../security/useIdleLock';
import { DEFAULT_SETTINGS } from '../db/repositories/settingsRepository';
import { FEATURES } from './features';
import { useOpenedBundle } from '../sync/useOpenedBundle';
import { CoordinatorOnly } from '../ui/ErrorPage';

export function UnlockedApp({ services }: { services: Services }) {
  const settings = useLiveQuery(() => services.settings.get(), [services]);
  useIdleLock(settings?.lockAfterMinutes ?? DEFAULT_SETTINGS.lockAfterMinutes, services.lock);
  useOpenedBundle(services.bridge);
  return (
    <ServicesContext.Provider value={services}>
      <HashRouter>
        <Routes>
          <Route element={<AppShell />}>
            {/* The app opens (and a fresh start unlocks) to Oggi, the day at a glance. */}
            <Route path="/" element={<Navigate to="/today" replace />} />
            <Route path="/workers" element={<WorkerListScreen />} />
            <Route path="/workers/new" element={<WorkerFileScreen />} />
            <Route
              path="/workers/:id"
              element={
                <MergedFileRedirect>
                  <WorkerFileScreen />
                </MergedFileRedirect>
              }
            />
            <Route path="/audit" element={<AuditScreen />} />
            <Route path="/settings" element={<SettingsScreen />} />
            {FEATURES.flatMap((feature) => feature.routes).map((route) => (
              <Route key={route.path} path={route.path} element={route.coordinatorOnly ? <CoordinatorOnly screen={route.path}>{route.element}</CoordinatorOnly> : route.element} />
            ))}
            <Route path="*" element={<Navigate to="/workers" replace />} />
          </Route>
        </Routes>
      </HashRouter>
    </ServicesContext.Provider>
  );
}
