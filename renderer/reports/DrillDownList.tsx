// The list behind a figure (internal view): who, when, with which employer, and what. Workers
// link to their files; an erased worker or an anonymous statistical row says what it is.
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { DrillItem } from '../../shared/reports/types';
import { formatItalianDate } from '../../shared/time/dates';
import { Modal } from '../candidacies/Modal';
import type { ReportData } from '../../shared/reports/types';
import { columnLabel, rowLabel, tableTitle } from '../../shared/reports/labels';
import type { DrillTarget } from './ReportTableView';
import { asTranslate } from './translate';
import { intlLocale } from '../../shared/i18n/locale';

function WorkerCell({ item, data }: { item: DrillItem; data: ReportData }) {
  const { t } = useTranslation();
  if (item.code === 'statistical') return <>{t('reports.drill.anonymous')}</>;
  if (!item.workerId) return <>—</>;
  const name = data.workerNames.get(item.workerId);
  return name ? <Link to={`/workers/${item.workerId}`}>{name}</Link> : <>{t('reports.drill.erased')}</>;
}

export function DrillDownList({ target, data, onClose }: { target: DrillTarget; data: ReportData; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const tr = asTranslate(t);
  const items = target.row.cells[target.column]?.items ?? [];
  const counselorOf = (workerId: string | undefined) => data.counselorNames.get((workerId && data.counselorOf.get(workerId)) || '') ?? '';
  const title = t('reports.drill.title', { table: tableTitle(tr, target.table.id), row: `${rowLabel(tr, target.table, target.row.key)} · ${columnLabel(tr, target.table.columns[target.column]?.id ?? '')}` });
  const number = new Intl.NumberFormat(intlLocale(i18n.language), { maximumFractionDigits: 1 });
  return (
    <Modal title={title} onClose={onClose} wide>
      <p className="count">{t('reports.drill.count', { count: items.length })}</p>
      {items.length === 0 ? (
        <p>{t('reports.drill.empty')}</p>
      ) : (
        <div className="drill-scroll">
          <table className="data-table" data-testid="drill-list">
            <thead>
              <tr>
                <th scope="col">{t('reports.drill.date')}</th>
                <th scope="col">{t('reports.drill.worker')}</th>
                <th scope="col">{t('reports.drill.counselor')}</th>
                <th scope="col">{t('reports.drill.employer')}</th>
                <th scope="col" className="num">
                  {t('reports.drill.amount')}
                </th>
              </tr>
            </thead>
            <tbody>
              {items.map((item, index) => (
                <tr key={`${item.refId ?? item.workerId ?? item.employerId}-${index}`}>
                  <td>{formatItalianDate(item.date)}</td>
                  <td>
                    <WorkerCell item={item} data={data} />
                  </td>
                  <td>{counselorOf(item.workerId)}</td>
                  <td>{item.employerId ? (data.employerNames.get(item.employerId) ?? '') : ''}</td>
                  <td className="num">{item.amount === undefined ? '' : number.format(item.amount)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <div className="actions">
        <button type="button" onClick={onClose}>
          {t('reports.drill.close')}
        </button>
      </div>
    </Modal>
  );
}
