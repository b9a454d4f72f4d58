// The preview: how many rows are new, updates, already held, with problems or excluded; whether
// files already held are updated; the rows themselves (filterable, editable); then Apply.
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { countFates, type PreviewRow, type RowFate } from '../../shared/import/preview';
import { formatNumber } from '../../shared/i18n/locale';
import { PreviewTable } from './PreviewTable';
import type { FieldLabel } from './rowText';

type Filter = 'all' | 'problems' | 'new' | 'update' | 'held';
const FILTERS: readonly Filter[] = ['all', 'problems', 'new', 'update', 'held'];
const SHOWN_BY: Record<Filter, (fate: RowFate) => boolean> = {
  all: () => true,
  problems: (fate) => fate === 'rejected' || fate === 'excluded',
  new: (fate) => fate === 'new',
  update: (fate) => fate === 'update',
  held: (fate) => fate === 'unchanged' || fate === 'skip' || fate === 'update',
};
const FATES: readonly RowFate[] = ['new', 'update', 'unchanged', 'skip', 'rejected', 'excluded'];

interface Props<F extends string> {
  readonly rows: readonly PreviewRow<F, unknown>[];
  readonly fields: readonly F[];
  readonly label: FieldLabel;
  readonly updateExisting: boolean;
  readonly busy: boolean;
  onUpdateExisting(update: boolean): void;
  onEdit(rowNumber: number, field: F, text: string): void;
  onExclude(rowNumber: number, excluded: boolean): void;
  onBack(): void;
  onApply(): void;
  onRejected(): void;
}

export function PreviewStep<F extends string>(props: Props<F>) {
  const { rows, fields, label, updateExisting, busy } = props;
  const { t, i18n } = useTranslation();
  const [filter, setFilter] = useState<Filter>('all');
  const counts = useMemo(() => countFates(rows), [rows]);
  const shown = useMemo(() => rows.filter((row) => SHOWN_BY[filter](row.fate)), [rows, filter]);
  const number = (value: number) => formatNumber(value, i18n.language);
  const heldCount = counts.update + counts.skip;
  return (
    <div className="import-step import-preview">
      <div className="card import-summary">
        <div className="import-summary-head">
          <h2>{t('import.previewTitle')}</h2>
          <ul className="import-counts" data-testid="import-counts">
            {FATES.filter((fate) => counts[fate] > 0).map((fate) => (
              <li key={fate} className={`fate-${fate}`}>
                {t(`import.summary.${fate}`, { count: number(counts[fate]) })}
              </li>
            ))}
          </ul>
        </div>
        {heldCount > 0 && (
          <label className="import-toggle">
            <input type="checkbox" checked={updateExisting} onChange={(event) => props.onUpdateExisting(event.target.checked)} /> {t('import.updateExisting')}
          </label>
        )}
        <div className="import-toolbar">
          <label>
            {t('import.filter')}{' '}
            <select value={filter} onChange={(event) => setFilter(event.target.value as Filter)}>
              {FILTERS.map((option) => (
                <option key={option} value={option}>
                  {t(`import.filters.${option}`)}
                </option>
              ))}
            </select>
          </label>
          <span className="count">{t('import.shown', { shown: number(shown.length), total: number(rows.length) })}</span>
          {counts.rejected + counts.excluded > 0 && (
            <button type="button" onClick={props.onRejected}>
              {t('import.rejectedFile')}
            </button>
          )}
          <span className="import-toolbar-end">
            <button type="button" onClick={props.onBack}>
              {t('import.back')}
            </button>
            {counts.new + counts.update > 0 ? (
              <button type="button" className="primary" disabled={busy} onClick={props.onApply}>
                {t('import.apply', { new: number(counts.new), update: number(counts.update) })}
              </button>
            ) : (
              <span className="count" role="status">
                {t('import.nothingToApply')}
              </span>
            )}
          </span>
        </div>
      </div>
      <PreviewTable rows={shown} fields={fields} label={label} onEdit={props.onEdit} onExclude={props.onExclude} />
    </div>
  );
}
