// The headless CLI labels its sheets with shared/i18n's lookup, the app with i18next over its full
// catalogue: for the same report both must write the same sheets, in Italian and in English, and
// no label may be a raw key (a key the shared texts or the app catalogue lack).
import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateDemoProgramme } from '../../shared/demo/generator';
import { reportTranslate, type ReportLanguage } from '../../shared/i18n/reportTexts';
import { reportInputFromDemo } from '../../shared/reports/fromDemo';
import { monthPeriod } from '../../shared/reports/period';
import { computeMonitoringReport } from '../../shared/reports/report';
import { reportSheets, type Sheet } from '../../shared/reports/reportSheets';
import { pseudonymise } from '../../shared/reports/suppression';
import type { ReportData, Translate } from '../../shared/reports/types';
import { en } from '../i18n/en';
import { it as italian } from '../i18n/it';
import { asTranslate } from './translate';
import { reportNames } from '../../shared/reports/names';

const apps: Partial<Record<ReportLanguage, Translate>> = {};
beforeAll(async () => {
  const instance = i18next.createInstance();
  await instance.init({ resources: { it: { translation: italian }, en: { translation: en } }, lng: 'it', interpolation: { escapeValue: false } });
  apps.it = asTranslate(instance.getFixedT('it'));
  apps.en = asTranslate(instance.getFixedT('en'));
});

const input = reportInputFromDemo(generateDemoProgramme({ workers: 120, seed: 5, variant: 'historical' }));
const data: ReportData = { ...reportNames(input, new Map()), employerNames: new Map(input.employers.map((e) => [e.id, e.id])) };
// A whole year: every dimension has rows (ATECO sections, roles, distance and CIGS bands…).
const year = computeMonitoringReport(input, { start: '2019-01-01', end: '2019-12-31' });
const reports = { internalYear: year, externalYear: pseudonymise(year, 3), externalJune: pseudonymise(computeMonitoringReport(input, monthPeriod('2019-06-01')), 3) };

const labels = (sheets: Sheet[]) => sheets.flatMap((sheet) => [sheet.name, sheet.title, ...sheet.header, ...sheet.rows.flatMap((row) => row.filter((v): v is string => typeof v === 'string'))]);
const RAW_KEY = /^(reports|vocab|casework|candidacies|employers)\./;

describe.each(['it', 'en'] as const)('report labels in %s', (language) => {
  it.each(Object.entries(reports))('%s: the shared lookup writes the same sheets as the app', (_name, report) => {
    const app = reportSheets(report, apps[language]!, data);
    const shared = reportSheets(report, reportTranslate(language), data);
    expect(shared).toEqual(app);
    expect(labels(shared).filter((label) => RAW_KEY.test(label))).toEqual([]);
  });
});

describe('the shared lookup', () => {
  it('fills placeholders and returns unknown keys as they are', () => {
    const t = reportTranslate('it');
    expect(t('reports.other', { threshold: 3 })).toBe('Altre mansioni (meno di 3 persone ciascuna)');
    expect(t('reports.nope')).toBe('reports.nope');
    expect(t('reports.tables')).toBe('reports.tables');
  });
});
