// The employer catalogue: search by company name or partita IVA, filter by comune and ATECO section.
import { useDeferredValue, useMemo } from 'react';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { formatItalianDate } from '../../shared/time/dates';
import { displayedOfferState } from '../db/repositories/offerRepository';
import { comuneLabel, useEmployerRepository, useOfferRepository } from './catalogue';
import { filterEmployers, toEmployerItem } from './employerQuery';
import { useCatalogueFilters } from './filtersStore';
import { EmployerFilterBar } from './EmployerFilterBar';
import { ListHeaderActions } from '../import/ListHeaderActions';

export function EmployerListScreen() {
  const { t } = useTranslation();
  const employers = useEmployerRepository();
  const offers = useOfferRepository();
  const rows = useLiveQuery(() => employers.list(), [employers]);
  const offerRows = useLiveQuery(() => offers.list(), [offers]);
  const filled = useLiveQuery(() => offers.filledCounts(), [offers]);
  const lastContacts = useLiveQuery(() => employers.lastContacts(), [employers]);
  const filters = useDeferredValue(useCatalogueFilters((s) => s.employerFilters));

  const items = useMemo(() => {
    const open = new Map<string, number>();
    for (const offer of offerRows ?? []) {
      if (displayedOfferState(offer.data, filled?.get(offer.id) ?? 0) === 'open') open.set(offer.data.employerId, (open.get(offer.data.employerId) ?? 0) + 1);
    }
    return (rows ?? []).map((row) => toEmployerItem(row, { comune: comuneLabel, openOffers: open.get(row.id) ?? 0, lastContact: lastContacts?.get(row.id) ?? '' }));
  }, [rows, offerRows, filled, lastContacts]);
  const shown = useMemo(() => filterEmployers(items, filters), [items, filters]);

  return (
    <section className="screen employers-screen" aria-labelledby="employers-title">
      <div className="screen-header">
        <h1 id="employers-title">{t('employers.list.title')}</h1>
        <p className="count" aria-live="polite" data-testid="employer-count">
          {shown.length === items.length ? t('employers.list.count', { count: items.length }) : t('employers.list.countOf', { shown: shown.length, total: items.length })}
        </p>
        <ListHeaderActions importTo="/employers/import" newTo="/employers/new" newLabel={t('employers.list.new')} />
      </div>
      <EmployerFilterBar records={rows ?? []} />
      {rows === undefined ? (
        <p>{t('app.loading')}</p>
      ) : items.length === 0 ? (
        <p className="empty">{t('employers.list.noneYet')}</p>
      ) : shown.length === 0 ? (
        <p className="empty">{t('employers.list.empty')}</p>
      ) : (
        <table className="data-table catalogue-table">
          <caption className="visually-hidden">{t('employers.list.table')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('employers.list.columns.legalName')}</th>
              <th scope="col">{t('employers.list.columns.partitaIva')}</th>
              <th scope="col">{t('employers.list.columns.comune')}</th>
              <th scope="col">{t('employers.list.columns.ateco')}</th>
              <th scope="col" className="number">{t('employers.list.columns.openOffers')}</th>
              <th scope="col">{t('employers.list.columns.lastContact')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((item) => (
              <tr key={item.id}>
                <td>
                  <Link to={`/employers/${item.id}`}>{item.legalName}</Link>
                </td>
                <td className="mono">{item.partitaIva}</td>
                <td>{item.comune}</td>
                <td className="mono">{item.ateco}</td>
                <td className="number">{item.openOffers}</td>
                <td>{formatItalianDate(item.lastContact)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
