// Oggi: the screen the app opens to, and its menu entry with the day's counter.
import type { Feature } from '../app/feature';
import { TodayScreen } from './TodayScreen';
import { TodayCount } from './TodayCount';

export const todayFeature: Feature = {
  routes: [{ path: '/today', element: <TodayScreen /> }],
  nav: [{ to: '/today', labelKey: 'today.nav', badge: TodayCount }],
};
