// Every row of the file in a virtualised grid (30,000 rows keep a few dozen in the DOM): its number,
// its fate, its cells, editable in place (a change is read again when the cell is left), and its
// problems and changes in words. A cell with a problem is marked and says it on hover.
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { PreviewRow } from '../../shared/import/preview';
import { rowLines, type FieldLabel } from './rowText';
import { schemaMessageText } from '../ui/messages';

const ROW_HEIGHT = 52;
/** Columns wider than the others: what they hold is longer. */
const WIDTHS: Readonly<Record<string, string>> = { codiceFiscale: '13.5rem', email: '14rem', address: '13rem', residence: '13rem', birthplace: '11rem', legalName: '15rem', formerRole: '12rem', atecoDescription: '14rem' };

interface Props<F extends string> {
  readonly rows: readonly PreviewRow<F, unknown>[];
  readonly fields: readonly F[];
  readonly label: FieldLabel;
  onEdit(rowNumber: number, field: F, text: string): void;
  onExclude(rowNumber: number, excluded: boolean): void;
}

export function PreviewTable<F extends string>({ rows, fields, label, onEdit, onExclude }: Props<F>) {
  const { t, i18n } = useTranslation();
  const scroller = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer's functions are not memoisable
  const virtualizer = useVirtualizer({ count: rows.length, getScrollElement: () => scroller.current, estimateSize: () => ROW_HEIGHT, overscan: 8 });
  // Fixed widths, so that every row (each its own grid) lines up with the header; problems first,
  // where a laptop screen shows them without scrolling sideways.
  const template = `4.6rem 3.6rem 6.6rem 22rem ${fields.map((field) => WIDTHS[field] ?? '9.5rem').join(' ')}`;

  return (
    <div ref={scroller} className="import-table" role="table" aria-label={t('import.table')} aria-rowcount={rows.length + 1} tabIndex={0}>
      <div role="row" aria-rowindex={1} className="import-row import-head" style={{ gridTemplateColumns: template }}>
        <div role="columnheader">{t('import.exclude')}</div>
        <div role="columnheader">{t('import.row')}</div>
        <div role="columnheader">{t('import.fate')}</div>
        <div role="columnheader">{t('import.problems')}</div>
        {fields.map((field) => (
          <div role="columnheader" key={field}>
            {label(field)}
          </div>
        ))}
      </div>
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {virtualizer.getVirtualItems().map((item) => {
          const row = rows[item.index];
          if (!row) return null;
          const lines = rowLines(t, i18n.language, label, row);
          return (
            <div
              role="row"
              key={row.rowNumber}
              aria-rowindex={item.index + 2}
              className={`import-row fate-${row.fate}`}
              data-row={row.rowNumber}
              style={{ gridTemplateColumns: template, transform: `translateY(${item.start}px)`, height: ROW_HEIGHT }}
            >
              <div role="cell">
                <input type="checkbox" checked={row.excluded} aria-label={t('import.excludeRow', { row: row.rowNumber })} onChange={(event) => onExclude(row.rowNumber, event.target.checked)} />
              </div>
              <div role="cell" className="import-number">
                {row.rowNumber}
              </div>
              <div role="cell">
                <span className={`badge fate fate-${row.fate}`}>{t(`import.fates.${row.fate}`)}</span>
              </div>
              <div role="cell" className="import-lines" title={lines.join('\n')}>
                {lines.join(' · ')}
              </div>
              {fields.map((field) => {
                const problems = row.problems.filter((problem) => problem.field === field);
                const text = row.cells[field] ?? '';
                return (
                  <div role="cell" key={field}>
                    <input
                      key={text}
                      defaultValue={text}
                      aria-label={t('import.cellLabel', { row: row.rowNumber, column: label(field) })}
                      aria-invalid={problems.length > 0}
                      title={problems.map((problem) => schemaMessageText(t, i18n.language, problem.message)).join('\n') || text}
                      onBlur={(event) => onEdit(row.rowNumber, field, event.target.value)}
                      onKeyDown={(event) => {
                        if (event.key === 'Enter') event.currentTarget.blur();
                      }}
                    />
                  </div>
                );
              })}
            </div>
          );
        })}
      </div>
    </div>
  );
}
