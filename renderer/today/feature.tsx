// Oggi: the screen the app opens to, and the first entry of the menu.
import type { Feature } from '../app/feature';
import { TodayScreen } from './TodayScreen';

export const todayFeature: Feature = {
  routes: [{ path: '/today', element: <TodayScreen /> }],
  nav: [{ to: '/today', labelKey: 'today.nav' }],
};
