// Words for the codes the reports are made of: table titles, column names, row labels by the
// table's dimension (vocabulary labels reused from the app catalogue), and figures formatted the
// Italian way. One place, so the screen, the print page and the exports say the same thing.
import type { CandidacyStage } from '../domain/casework';
import type { ContractType, EducationLevel, Sex, Track, WorkerStatus } from '../domain/vocabulary';
import type { InterviewType } from '../agenda/types';
import type { ColumnUnit, ReportCell, ReportTable, TableId, Translate } from './types';
import type { CigsBand } from './cigs';
import type { reportsIt } from '../i18n/reports';
import { intlLocale } from '../i18n/locale';

type Measure = keyof typeof reportsIt.measures;
type Column = keyof typeof reportsIt.columns;
type Band = keyof typeof reportsIt.distanceBand;

export const tableTitle = (t: Translate, id: TableId): string => t(`reports.tables.${id}`);
export const columnLabel = (t: Translate, id: string): string => t(`reports.columns.${id as Column}`);

function sectionLabel(t: Translate, key: string): string {
  const [version, section] = key.split(':');
  if (!section) return t('reports.unknown');
  const name = version === '2025' ? t(`employers.ateco.sections2025.${section as 'A'}`) : t(`employers.ateco.sections2007.${section as 'A'}`);
  return `${section} — ${name} (ATECO ${version})`;
}

export function rowLabel(t: Translate, table: Pick<ReportTable, 'dimension'>, key: string, threshold = 3): string {
  if (key === 'total') return t('reports.report.total');
  if (key === 'unknown') return t('reports.unknown');
  switch (table.dimension) {
    case 'track':
      return t(`vocab.track.${key as Track}`);
    case 'status':
      return t(`vocab.status.${key as WorkerStatus}`);
    case 'sex':
      return t(`vocab.sex.${key as Sex}`);
    case 'education':
      return t(`vocab.education.${key as EducationLevel}`);
    case 'contract':
      return t(`vocab.contract.${key as ContractType}`);
    case 'interviewType':
      return t(`casework.interviewType.${key as InterviewType}`);
    case 'stage':
      return t(`candidacies.stage.${key as CandidacyStage}`);
    case 'distanceBand':
      return t(`reports.distanceBand.${key as Band}`);
    case 'cigsBand':
      return t(`reports.cigsBand.${key as CigsBand}`);
    case 'measure':
      return t(`reports.measures.${key as Measure}`);
    case 'atecoSection':
      return sectionLabel(t, key);
    case 'role':
      return key === 'other' ? t('reports.other', { threshold }) : key;
    case 'ageBand':
      return key;
  }
}

export function unitOf(table: ReportTable, rowIndex: number, column: number): ColumnUnit {
  return table.rows[rowIndex]?.unit ?? table.columns[column]?.unit ?? 'count';
}

/** A figure as shown on screen: Italian number format, one decimal for percentages and fractional days. */
export function formatFigure(cell: ReportCell | undefined, unit: ColumnUnit, language: string, t: Translate): string {
  if (!cell || cell.suppressed) return t('reports.suppressed');
  if (cell.value === null) return t('reports.notAvailable');
  const locale = intlLocale(language);
  const digits = unit === 'percent' || !Number.isInteger(cell.value) ? 1 : 0;
  const text = new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(cell.value);
  return unit === 'percent' ? `${text}%` : text;
}
