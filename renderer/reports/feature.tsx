// The monitoring feature: the dashboard, the report for a period and its print-ready page.
import type { Feature } from '../app/feature';
import { DashboardScreen } from './DashboardScreen';
import { PrintReport } from './PrintReport';
import { ReportScreen } from './ReportScreen';

export const reportsFeature: Feature = {
  routes: [
    { path: '/dashboard', element: <DashboardScreen /> },
    { path: '/reports', element: <ReportScreen /> },
    { path: '/reports/print', element: <PrintReport /> },
  ],
  // One menu entry (the menu is full): the dashboard opens the report and the report links back.
  nav: [{ to: '/dashboard', labelKey: 'reports.nav.report' }],
};
