// The reports' texts live in shared/i18n (the headless `pco report` writes the same labelled sheets).
export { reportsEn, reportsIt } from '../../../shared/i18n/reports';
