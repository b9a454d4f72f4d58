// Search (role) and filters (state, employer, comune) of the offer list; choices live in the UI store.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { OFFER_STATES, type OfferState } from '../../../shared/domain/offer';
import type { EmployerRecord } from '../../db/rows';
import type { OfferRecord } from '../../db/repositories/offerRepository';
import { comuneOptions } from '../catalogue';
import { useCatalogueFilters } from '../filtersStore';

export function OfferFilterBar({ offers, employers }: { offers: readonly OfferRecord[]; employers: readonly EmployerRecord[] }) {
  const { t } = useTranslation();
  const filters = useCatalogueFilters((s) => s.offerFilters);
  const setFilters = useCatalogueFilters((s) => s.setOfferFilters);
  const clear = useCatalogueFilters((s) => s.clearOfferFilters);
  const comuni = useMemo(() => comuneOptions(offers.map((o) => o.data.comuneCode)), [offers]);
  // Only employers with offers are worth filtering by.
  const withOffers = useMemo(() => {
    const ids = new Set(offers.map((o) => o.data.employerId));
    return employers.filter((e) => ids.has(e.id));
  }, [offers, employers]);

  return (
    <form className="filters" role="search" aria-label={t('employers.offers.filters')} onSubmit={(event) => event.preventDefault()}>
      <label className="field grow">
        <span>{t('employers.list.search')}</span>
        <input type="search" value={filters.search} placeholder={t('employers.offers.searchPlaceholder')} onChange={(event) => setFilters({ search: event.target.value })} data-testid="offer-search" />
      </label>
      <label className="field">
        <span>{t('employers.offer.fields.state')}</span>
        <select value={filters.state} onChange={(event) => setFilters({ state: event.target.value as OfferState | '' })}>
          <option value="">{t('employers.offers.anyState')}</option>
          {OFFER_STATES.map((state) => (
            <option key={state} value={state}>
              {t(`employers.offer.state.${state}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>{t('employers.offer.fields.employer')}</span>
        <select value={filters.employerId} onChange={(event) => setFilters({ employerId: event.target.value })}>
          <option value="">{t('employers.offers.anyEmployer')}</option>
          {withOffers.map((employer) => (
            <option key={employer.id} value={employer.id}>
              {employer.data.legalName}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>{t('employers.fields.comune')}</span>
        <select value={filters.comuneCode} onChange={(event) => setFilters({ comuneCode: event.target.value })}>
          <option value="">{t('employers.list.anyComune')}</option>
          {comuni.map((comune) => (
            <option key={comune.code} value={comune.code}>
              {comune.label}
            </option>
          ))}
        </select>
      </label>
      <button type="button" className="link" onClick={clear}>
        {t('employers.list.clearFilters')}
      </button>
    </form>
  );
}
