// The agenda screen and its menu entry; and the redirect that reopens a worker file after the
// casework section changed it (see renderer/casework/reopen.tsx).
import type { Feature } from '../app/feature';
import { AgendaScreen } from './AgendaScreen';
import { ReopenWorkerFile, REOPEN_ROUTE } from '../casework/reopen';

export const agendaFeature: Feature = {
  routes: [
    { path: '/agenda', element: <AgendaScreen /> },
    { path: REOPEN_ROUTE, element: <ReopenWorkerFile /> },
  ],
  nav: [{ to: '/agenda', labelKey: 'casework.agenda.nav' }],
};
