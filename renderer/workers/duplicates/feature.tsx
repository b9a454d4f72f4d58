// The duplicates screen (Lavoratori › Doppioni): the coordinator's, reached from the worker list.
import type { Feature } from '../../app/feature';
import { DuplicatesScreen } from './DuplicatesScreen';

export const DUPLICATES_PATH = '/workers/duplicates';

export const duplicatesFeature: Feature = {
  routes: [{ path: DUPLICATES_PATH, element: <DuplicatesScreen />, coordinatorOnly: true }],
  nav: [],
};
