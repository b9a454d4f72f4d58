// The offers of one employer, on its page.
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { formatItalianDate } from '../../shared/time/dates';
import { displayedOfferState } from '../db/repositories/offerRepository';
import { useOfferRepository } from './catalogue';

export function EmployerOffers({ employerId }: { employerId: string }) {
  const { t } = useTranslation();
  const offers = useOfferRepository();
  const rows = useLiveQuery(() => offers.listForEmployer(employerId), [offers, employerId]);
  const filled = useLiveQuery(() => offers.filledCounts(), [offers]);
  return (
    <section className="form-section employer-offers" aria-labelledby="employer-offers-title">
      <div className="section-header">
        <h2 id="employer-offers-title">{t('employers.employerOffers.title')}</h2>
        <Link className="button" to={`/offers/new?employer=${employerId}`}>
          {t('employers.employerOffers.new')}
        </Link>
      </div>
      {rows && rows.length > 0 ? (
        <table className="data-table" data-testid="employer-offers">
          <caption className="visually-hidden">{t('employers.employerOffers.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('employers.offers.columns.role')}</th>
              <th scope="col">{t('employers.offers.columns.contract')}</th>
              <th scope="col">{t('employers.offers.columns.filled')}</th>
              <th scope="col">{t('employers.offers.columns.receivedOn')}</th>
              <th scope="col">{t('employers.offers.columns.state')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((offer) => {
              const count = filled?.get(offer.id) ?? 0;
              const state = displayedOfferState(offer.data, count);
              return (
                <tr key={offer.id}>
                  <td>
                    <Link to={`/offers/${offer.id}`}>{offer.data.role}</Link>
                  </td>
                  <td>{t(`vocab.contract.${offer.data.contractType}`)}</td>
                  <td>{t('employers.offers.filledOf', { filled: count, positions: offer.data.positions })}</td>
                  <td>{formatItalianDate(offer.data.receivedOn)}</td>
                  <td>
                    <span className={`badge offer-${state}`}>{t(`employers.offer.state.${state}`)}</span>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ) : (
        rows && <p className="hint">{t('employers.employerOffers.none')}</p>
      )}
    </section>
  );
}
