// A chart with its accessible text alternative: the chart itself is hidden from assistive
// technology and a table with the same figures follows it (open by default in print).
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDecimal } from '../../shared/text/numbers';
import './reports.css';

export interface ChartTable {
  columns: string[];
  rows: (string | number)[][];
}

export function ChartFigure({ title, table, children, testId }: { title: string; table: ChartTable; children: ReactNode; testId?: string }) {
  const { t, i18n } = useTranslation();
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
        {/* Wider than the card at small sizes: it scrolls inside the card, reachable by keyboard. */}
        <div className="chart-data-scroll" tabIndex={0} role="region" aria-label={title}>
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
                        {typeof value === 'number' ? formatDecimal(value, i18n.language) : value}
                      </td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
