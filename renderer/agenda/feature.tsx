// The agenda screen, an appointment's screen and the menu entry; and the redirect that reopens a
// worker file after the casework section changed it (see renderer/casework/reopen.tsx).
import type { Feature } from '../app/feature';
import { AgendaScreen } from './AgendaScreen';
import { AppointmentScreen } from './AppointmentScreen';
import { ReopenWorkerFile, REOPEN_ROUTE } from '../casework/reopen';

export const agendaFeature: Feature = {
  routes: [
    { path: '/agenda', element: <AgendaScreen /> },
    // 'new' books one; an id opens it (the same screen stays mounted when a new one is saved).
    { path: '/agenda/appointments/:id', element: <AppointmentScreen /> },
    { path: REOPEN_ROUTE, element: <ReopenWorkerFile /> },
  ],
  nav: [{ to: '/agenda', labelKey: 'agenda.nav' }],
};
