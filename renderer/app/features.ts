// Every feature's routes and menu entries, in menu order.
import type { Feature } from './feature';
import { employersFeature } from '../employers/feature';
import { retrainingFeature } from '../retraining/feature';
import { candidaciesFeature } from '../candidacies/feature';
import { agendaFeature } from '../agenda/feature';
import { todayFeature } from '../today/feature';
import { cvFeature } from '../cv/feature';
import { matchingFeature } from '../matching/feature';
import { reportsFeature } from '../reports/feature';
import { syncFeature } from '../sync/feature';
import { duplicatesFeature } from '../workers/duplicates/feature';
import { importFeature } from '../import/feature';
import { dossierFeature } from '../dossier/feature';

export const FEATURES: readonly Feature[] = [
  todayFeature,
  employersFeature,
  candidaciesFeature,
  retrainingFeature,
  agendaFeature,
  cvFeature,
  matchingFeature,
  reportsFeature,
  syncFeature,
  duplicatesFeature,
  importFeature,
  dossierFeature,
];
