// Sync by bundle files: exchange (export, import, shared folder), laptops and enrolment,
// conflicts, caseloads and history.
import type { Feature } from '../app/feature';
import { ExchangeScreen } from './screens/ExchangeScreen';
import { DevicesScreen } from './screens/DevicesScreen';
import { ConflictsScreen } from './screens/ConflictsScreen';
import { CaseloadsScreen } from './screens/CaseloadsScreen';
import { HistoryScreen } from './screens/HistoryScreen';

export const syncFeature: Feature = {
  routes: [
    { path: '/sync', element: <ExchangeScreen /> },
    { path: '/sync/devices', element: <DevicesScreen /> },
    // The tabs a counselor does not see (SyncTabs): typed by hand, they show the page for the role.
    { path: '/sync/conflicts', element: <ConflictsScreen />, coordinatorOnly: true },
    { path: '/sync/caseloads', element: <CaseloadsScreen />, coordinatorOnly: true },
    { path: '/sync/history', element: <HistoryScreen /> },
  ],
  nav: [{ to: '/sync', labelKey: 'sync.nav.sync' }],
};
