// The spreadsheet imports: routes for the coordinator (Lavoratori → Importa, Aziende → Importa).
import type { Feature } from '../app/feature';
import { ImportScreen } from './ImportScreen';
import { EMPLOYER_IMPORT, WORKER_IMPORT } from './pageEntities';

export const importFeature: Feature = {
  routes: [
    { path: '/workers/import', element: <ImportScreen entity={WORKER_IMPORT} />, coordinatorOnly: true },
    { path: '/employers/import', element: <ImportScreen entity={EMPLOYER_IMPORT} />, coordinatorOnly: true },
  ],
  nav: [],
};
