// The CV feature: its screen under the worker file. The worker file shows `WorkerCvPanel`;
// candidacies pick the version sent with `CvVersionSelect`.
import type { Feature } from '../app/feature';
import { CvScreen } from './CvScreen';

export const cvFeature: Feature = {
  routes: [{ path: '/workers/:id/cv', element: <CvScreen /> }],
  nav: [],
};

export { WorkerCvPanel } from './WorkerCvPanel';
export { CvVersionSelect, type CvVersionSelectProps } from './CvVersionSelect';
