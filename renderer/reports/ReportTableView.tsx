// One table of the report. In the internal view every non-zero figure is a button that opens the
// list behind it; in the external view a suppressed cell says so in words, not only by its look.
// A cell that does not apply reads n.d. and says why; the placement rate says how it is counted.
import { useTranslation } from 'react-i18next';
import type { ReportRow, ReportTable } from '../../shared/reports/types';
import { columnLabel, formatFigure, rowLabel, tableTitle, unitOf } from '../../shared/reports/labels';
import { asTranslate } from './translate';
import './reports.css';

export interface DrillTarget {
  table: ReportTable;
  row: ReportRow;
  column: number;
}

interface Props {
  table: ReportTable;
  threshold: number;
  onDrill?: (target: DrillTarget) => void;
}

export function ReportTableView({ table, threshold, onDrill }: Props) {
  const { t, i18n } = useTranslation();
  const tr = asTranslate(t);
  const id = `report-table-${table.id}`;
  const rows = table.total ? [...table.rows, table.total] : table.rows;
  return (
    <section className={`report-table card${table.columns.length > 2 ? ' wide' : ''}`} aria-labelledby={id} data-testid={id}>
      <h2 id={id}>{tableTitle(tr, table.id)}</h2>
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">{columnLabel(tr, 'key')}</th>
            {table.columns.map((column) => (
              <th key={column.id} scope="col" className="num">
                {columnLabel(tr, column.id)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, r) => {
            const label = rowLabel(tr, table, row.key, threshold);
            return (
              <tr key={row.key} className={row === table.total ? 'total' : undefined}>
                <th scope="row">{label}</th>
                {row.cells.map((cell, c) => {
                  const text = formatFigure(cell, unitOf(table, r < table.rows.length ? r : -1, c), i18n.language, tr);
                  const count = cell.items?.length ?? 0;
                  const column = table.columns[c];
                  return (
                    <td key={column?.id ?? c} className={`num${cell.suppressed ? ' suppressed' : ''}`} data-row={row.key} data-column={column?.id} title={cell.suppressed ? t('reports.suppressedLong', { threshold }) : cell.value === null ? t('reports.file.notAvailableNote') : undefined}>
                      {onDrill && count > 0 ? (
                        <button type="button" className="link figure" onClick={() => onDrill({ table, row, column: c })} aria-label={t('reports.report.openList', { figure: text, row: label, column: columnLabel(tr, column?.id ?? ''), count })}>
                          {text}
                        </button>
                      ) : (
                        text
                      )}
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
      {table.id === 'enrolledByTrack' && (
        <p className="hint" data-testid="enrolled-definition">
          {t('reports.report.enrolledDefinition')}
        </p>
      )}
      {table.id === 'placementOutcome' && (
        <p className="hint" data-testid="rate-definition">
          {t('reports.report.rateDefinition')}
        </p>
      )}
    </section>
  );
}
