// Every feature's routes and menu entries, in menu order.
import type { Feature } from './feature';
import { employersFeature } from '../employers/feature';
import { retrainingFeature } from '../retraining/feature';

export const FEATURES: readonly Feature[] = [employersFeature, retrainingFeature];
