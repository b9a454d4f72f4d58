// Every feature's routes and menu entries, in menu order.
import type { Feature } from './feature';
import { employersFeature } from '../employers/feature';
import { retrainingFeature } from '../retraining/feature';
import { candidaciesFeature } from '../candidacies/feature';
import { agendaFeature } from '../agenda/feature';
import { cvFeature } from '../cv/feature';

export const FEATURES: readonly Feature[] = [employersFeature, candidaciesFeature, retrainingFeature, agendaFeature, cvFeature];
