// Matching demand and supply: suitable workers for an offer, suitable offers for a worker, and
// the settings (weights, synonyms) behind the scores.
import type { Feature } from '../app/feature';
import { MatchingSettingsScreen } from './MatchingSettingsScreen';
import { OfferMatchingScreen } from './OfferMatchingScreen';
import { WorkerMatchingScreen } from './WorkerMatchingScreen';

export const matchingFeature: Feature = {
  routes: [
    { path: '/offers/:id/matching', element: <OfferMatchingScreen /> },
    { path: '/workers/:id/matching', element: <WorkerMatchingScreen /> },
    { path: '/matching/settings', element: <MatchingSettingsScreen /> },
  ],
  nav: [],
};
