// Every job offer: filter by state (as shown: full open offers count as filled), employer and
// comune, search by role; positions filled come from the recorded hirings.
import { useDeferredValue, useMemo } from 'react';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { formatItalianDate } from '../../../shared/time/dates';
import { comuneLabel, useEmployerRepository, useOfferRepository } from '../catalogue';
import { useCatalogueFilters } from '../filtersStore';
import { filterOffers, toOfferItem } from './offerQuery';
import { OfferFilterBar } from './OfferFilterBar';

export function OfferListScreen() {
  const { t } = useTranslation();
  const offers = useOfferRepository();
  const employers = useEmployerRepository();
  const rows = useLiveQuery(() => offers.list(), [offers]);
  const employerRows = useLiveQuery(() => employers.list(), [employers]);
  const filled = useLiveQuery(() => offers.filledCounts(), [offers]);
  const filters = useDeferredValue(useCatalogueFilters((s) => s.offerFilters));

  const items = useMemo(() => {
    const names = new Map((employerRows ?? []).map((e) => [e.id, e.data.legalName]));
    return (rows ?? []).map((row) => toOfferItem(row, { employer: (id) => names.get(id) ?? '', comune: comuneLabel, filled: filled?.get(row.id) ?? 0 }));
  }, [rows, employerRows, filled]);
  const shown = useMemo(() => filterOffers(items, filters), [items, filters]);

  return (
    <section className="screen offers-screen" aria-labelledby="offers-title">
      <div className="screen-header">
        <h1 id="offers-title">{t('employers.offers.title')}</h1>
        <p className="count" aria-live="polite" data-testid="offer-count">
          {shown.length === items.length ? t('employers.offers.count', { count: items.length }) : t('employers.offers.countOf', { shown: shown.length, total: items.length })}
        </p>
        <Link className="button primary" to="/offers/new">
          {t('employers.offers.new')}
        </Link>
      </div>
      <OfferFilterBar offers={rows ?? []} employers={employerRows ?? []} />
      {rows === undefined ? (
        <p>{t('app.loading')}</p>
      ) : items.length === 0 ? (
        <p className="empty">{t('employers.offers.noneYet')}</p>
      ) : shown.length === 0 ? (
        <p className="empty">{t('employers.offers.empty')}</p>
      ) : (
        <table className="data-table catalogue-table">
          <caption className="visually-hidden">{t('employers.offers.table')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('employers.offers.columns.role')}</th>
              <th scope="col">{t('employers.offers.columns.employer')}</th>
              <th scope="col">{t('employers.offers.columns.comune')}</th>
              <th scope="col">{t('employers.offers.columns.contract')}</th>
              <th scope="col" className="number">{t('employers.offers.columns.filled')}</th>
              <th scope="col">{t('employers.offers.columns.receivedOn')}</th>
              <th scope="col">{t('employers.offers.columns.deadline')}</th>
              <th scope="col">{t('employers.offers.columns.state')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((item) => (
              <tr key={item.id}>
                <td>
                  <Link to={`/offers/${item.id}`}>{item.role}</Link>
                </td>
                <td>{item.employer}</td>
                <td>{item.comune}</td>
                <td>{t(`vocab.contract.${item.contractType}` as 'vocab.contract.permanent')}</td>
                <td className="number">{t('employers.offers.filledOf', { filled: item.filled, positions: item.positions })}</td>
                <td>{formatItalianDate(item.receivedOn)}</td>
                <td>{formatItalianDate(item.deadline)}</td>
                <td>
                  <span className={`badge offer-${item.state}`}>{t(`employers.offer.state.${item.state}`)}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
