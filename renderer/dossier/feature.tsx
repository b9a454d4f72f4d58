// The dossier feature: the coordinator's list of placements and their dossiers di rendicontazione.
import type { Feature } from '../app/feature';
import { DossierScreen } from './DossierScreen';

export const dossierFeature: Feature = {
  routes: [{ path: '/dossier', element: <DossierScreen />, coordinatorOnly: true }],
  // No menu entry (the menu is full): the coordinator opens it from Monitoraggio.
  nav: [],
};
