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
    { path: '/sync/conflicts', element: <ConflictsScreen /> },
    { path: '/sync/caseloads', element: <CaseloadsScreen /> },
    { path: '/sync/history', element: <HistoryScreen /> },
  ],
  nav: [{ to: '/sync', labelKey: 'sync.nav.sync' }],
};
