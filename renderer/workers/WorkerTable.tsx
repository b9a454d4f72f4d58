// The worker list as an accessible table whose rows are virtualised: only the visible ones are in the DOM.
import { useRef } from 'react';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useVirtualizer } from '@tanstack/react-virtual';
import { formatItalianDate } from '../../shared/time/dates';
import { useUiStore, type WorkerSortColumn } from '../state/uiStore';
import type { WorkerListItem } from './workerQuery';

const COLUMNS: WorkerSortColumn[] = ['surname', 'name', 'codiceFiscale', 'residence', 'primaryTrack', 'status', 'counselor', 'cigsEnd'];
const ROW_HEIGHT = 40;

export function WorkerTable({ items }: { items: readonly WorkerListItem[] }) {
  const { t } = useTranslation();
  const sort = useUiStore((s) => s.workerSort);
  const sortBy = useUiStore((s) => s.sortWorkersBy);
  const scroller = useRef<HTMLDivElement>(null);
  // The virtualizer's functions are not memoisable; this component opts out of the React Compiler for it.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });

  return (
    <div role="table" aria-label={t('workers.table')} aria-rowcount={items.length + 1} className="vtable">
      <div role="rowgroup" className="vtable-head">
        <div role="row" aria-rowindex={1} className="vtable-row">
          {COLUMNS.map((column) => {
            const active = sort.column === column;
            return (
              <div
                role="columnheader"
                key={column}
                className={`vtable-cell col-${column}`}
                aria-sort={active ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none'}
              >
                <button type="button" onClick={() => sortBy(column)} title={t('workers.sortBy', { column: t(`workers.columns.${column}`) })}>
                  {t(`workers.columns.${column}`)}
                  <span aria-hidden="true">{active ? (sort.direction === 'asc' ? ' ▲' : ' ▼') : ''}</span>
                </button>
              </div>
            );
          })}
        </div>
      </div>
      <div ref={scroller} className="vtable-body" role="rowgroup" tabIndex={0} aria-label={t('workers.table')}>
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((virtualRow) => {
            const item = items[virtualRow.index];
            if (!item) return null;
            return (
              <div
                role="row"
                key={item.id}
                aria-rowindex={virtualRow.index + 2}
                className="vtable-row"
                style={{ position: 'absolute', top: 0, left: 0, right: 0, height: ROW_HEIGHT, transform: `translateY(${virtualRow.start}px)` }}
              >
                <div role="cell" className="vtable-cell col-surname">
                  <Link to={`/workers/${item.id}`} aria-label={`${item.surname} ${item.name}`}>
                    {item.surname}
                  </Link>
                </div>
                <div role="cell" className="vtable-cell col-name">{item.name}</div>
                <div role="cell" className="vtable-cell col-codiceFiscale mono">{item.codiceFiscale}</div>
                <div role="cell" className="vtable-cell col-residence">{item.residence}</div>
                <div role="cell" className="vtable-cell col-primaryTrack">{item.primaryTrack}</div>
                <div role="cell" className="vtable-cell col-status">
                  <span className={item.summary.participation === 'participant' ? `badge status-${item.summary.status}` : `badge participation-${item.summary.participation}`}>{item.status}</span>
                </div>
                <div role="cell" className="vtable-cell col-counselor">{item.counselor}</div>
                <div role="cell" className="vtable-cell col-cigsEnd">{formatItalianDate(item.cigsEnd)}</div>
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
