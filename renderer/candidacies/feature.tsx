// Candidacies through to hiring: the board of each offer, introductory meetings, and (in the
// worker file) each worker's candidacies and placements.
import type { Feature } from '../app/feature';
import { OfferBoardScreen } from './board/OfferBoardScreen';
import { MeetingsScreen } from './meetings/MeetingsScreen';

export const candidaciesFeature: Feature = {
  routes: [
    { path: '/offers/:id/board', element: <OfferBoardScreen /> },
    { path: '/meetings', element: <MeetingsScreen /> },
  ],
  nav: [{ to: '/meetings', labelKey: 'candidacies.nav.meetings' }],
};
