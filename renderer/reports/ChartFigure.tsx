// A chart with its accessible text alternative: the chart itself is hidden from assistive
// technology and a table with the same figures follows it (open by default in print).
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { intlLocale } from '../../shared/i18n/locale';

export interface ChartTable {
  columns: string[];
  rows: (string | number)[][];
}

export function ChartFigure({ title, table, children, testId }: { title: string; table: ChartTable; children: ReactNode; testId?: string }) {
  const { t, i18n } = useTranslation();
  const number = new Intl.NumberFormat(intlLocale(i18n.language));
  return (
    <figure className="chart card" data-testid={testId}>
      <figcaption>
        <h2>{title}</h2>
      </figcaption>
      {/* The table below is the accessible version; the drawing is skipped by screen readers and the keyboard. */}
      <div className="chart-canvas" aria-hidden="true" inert>
        {children}
      </div>
      <details className="chart-data">
        <summary>{t('reports.dashboard.textAlternative')}</summary>
        <table className="data-table">
          <caption className="visually-hidden">{title}</caption>
          <thead>
            <tr>
              {table.columns.map((column, index) => (
                <th key={column} scope="col" className={index > 0 ? 'num' : undefined}>
                  {column}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row) => (
              <tr key={String(row[0])}>
                {row.map((value, index) =>
                  index === 0 ? (
                    <th key={index} scope="row">
                      {value}
                    </th>
                  ) : (
                    <td key={index} className="num">
                      {typeof value === 'number' ? number.format(value) : value}
                    </td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
