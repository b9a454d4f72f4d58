// Every feature's routes and menu entries, in menu order.
import type { Feature } from './feature';
import { employersFeature } from '../employers/feature';
import { retrainingFeature } from '../retraining/feature';
import { candidaciesFeature } from '../candidacies/feature';
import { agendaFeature } from '../agenda/feature';
import { cvFeature } from '../cv/feature';
import { matchingFeature } from '../matching/feature';
import { reportsFeature } from '../reports/feature';
import { syncFeature } from '../sync/feature';

/** Marks some of a feature's routes as the coordinator's. */
function withCoordinatorRoutes(feature: Feature, paths: readonly string[]): Feature {
  return { ...feature, routes: feature.routes.map((route) => (paths.includes(route.path) ? { ...route, coordinatorOnly: true } : route)) };
}

// The sync tabs a counselor does not see (SyncTabs): conflicts and caseload assignment (Assegnazioni).
const SYNC_COORDINATOR_PATHS = ['/sync/conflicts', '/sync/caseloads'];

export const FEATURES: readonly Feature[] = [
  employersFeature,
  candidaciesFeature,
  retrainingFeature,
  agendaFeature,
  cvFeature,
  matchingFeature,
  reportsFeature,
  withCoordinatorRoutes(syncFeature, SYNC_COORDINATOR_PATHS),
];
