import type { Feature } from '../app/feature';

export const employersFeature: Feature = { routes: [], nav: [] };
