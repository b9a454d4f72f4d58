// The sheet and its columns: each column's header, a few of its values, and where it goes (a field,
// the notes, nowhere), found from its header or remembered from the last import.
import { useTranslation } from 'react-i18next';
import { cellText, dateCellText } from '../../shared/import/cells';
import { formatNumber } from '../../shared/i18n/locale';
import type { ColumnTarget } from '../../shared/import/headers';
import type { ColumnsState } from './useImportSession';
import type { FieldLabel } from './rowText';

const SAMPLES = 3;

interface Props<F extends string> {
  readonly columns: ColumnsState<F>;
  readonly fields: readonly F[];
  /** Fields whose samples read as dates (a serial number shown as the day it is). */
  readonly dateFields: ReadonlySet<string>;
  readonly label: FieldLabel;
  readonly missing: readonly F[];
  /** The entity keeps the columns sent to the notes (worker files do, employers do not). */
  readonly notesKept: boolean;
  readonly busy: boolean;
  onSheet(sheet: number): void;
  onMap(position: number, target: ColumnTarget<F>): void;
  onBack(): void;
  onPreview(): void;
}

export function ColumnsStep<F extends string>({ columns, fields, dateFields, label, missing, notesKept, busy, onSheet, onMap, onBack, onPreview }: Props<F>) {
  const { t, i18n } = useTranslation();
  const { workbook, layout, mapping } = columns;
  const sheet = workbook.sheets[columns.sheet];
  const data = (sheet?.head ?? []).slice(layout.headerRow + 1).filter((row) => row.some((cell) => cellText(cell) !== ''));
  return (
    <div className="import-step card">
      <div className="import-columns-bar">
        <p className="import-file">
          <strong>{columns.fileName}</strong> · {t(`import.fileInfo.${workbook.format}`, { encoding: workbook.encoding?.toUpperCase() ?? '' })}
        </p>
        {workbook.sheets.length > 1 && (
          <label className="import-sheet">
            {t('import.sheet')}{' '}
            <select value={columns.sheet} onChange={(event) => onSheet(Number(event.target.value))}>
              {workbook.sheets.map((candidate, index) => (
                <option key={candidate.name} value={index}>
                  {t('import.sheetOption', { name: candidate.name, count: candidate.rowCount, rows: formatNumber(candidate.rowCount, i18n.language) })}
                </option>
              ))}
            </select>
          </label>
        )}
        <span className="import-toolbar-end">
          <button type="button" onClick={onBack}>
            {t('import.back')}
          </button>
          <button type="button" className="primary" disabled={missing.length > 0 || busy} onClick={onPreview}>
            {t('import.toPreview')}
          </button>
        </span>
      </div>
      {missing.length > 0 && (
        <p className="warning" role="status">
          {t('import.missing', { fields: missing.map(label).join(', ') })}
        </p>
      )}
      {!notesKept && mapping.includes('notes') && <p className="count">{t('import.notesUnsupported')}</p>}
      <h2>{t('import.columnsTitle')}</h2>
      <p>
        {t('import.columnsIntro')} {layout.headerRow >= 0 ? t('import.headerRow', { row: layout.headerRow + 1 }) : t('import.noHeader')}
      </p>
      <div className="import-columns">
        <table>
          <thead>
            <tr>
              <th scope="col">{t('import.column')}</th>
              <th scope="col">{t('import.header')}</th>
              <th scope="col">{t('import.samples')}</th>
              <th scope="col">{t('import.target')}</th>
            </tr>
          </thead>
          <tbody>
            {layout.columns.map((column, position) => (
              <tr key={column.index}>
                <td className="mono">{columnLetter(column.index)}</td>
                <td>{column.label}</td>
                <td className="import-samples">
                  {data
                    .slice(0, SAMPLES)
                    .map((row) => (dateFields.has(mapping[position] ?? '') ? dateCellText(row[column.index]) : cellText(row[column.index])))
                    .filter(Boolean)
                    .join(' · ')}
                </td>
                <td>
                  <select aria-label={t('import.targetFor', { column: column.label || columnLetter(column.index) })} value={mapping[position] ?? 'ignore'} onChange={(event) => onMap(position, event.target.value as ColumnTarget<F>)}>
                    <option value="ignore">{t('import.ignore')}</option>
                    <option value="notes">{t('import.toNotes')}</option>
                    {fields.map((field) => (
                      <option key={field} value={field}>
                        {label(field)}
                      </option>
                    ))}
                  </select>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

/** A, B, … Z, AA: the column as the spreadsheet names it. */
function columnLetter(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}
