import type { Feature } from '../app/feature';

export const retrainingFeature: Feature = { routes: [], nav: [] };
