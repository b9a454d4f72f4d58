// A job offer's page: create or edit it, see how many positions the recorded hirings fill, delete it.
import { useState } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Offer, OfferInput } from '../../../shared/domain/offer';
import { todayIso } from '../../../shared/time/dates';
import { useServices } from '../../app/services';
import type { EmployerRecord } from '../../db/rows';
import { displayedOfferState } from '../../db/repositories/offerRepository';
import { useEmployerRepository, useOfferRepository } from '../catalogue';
import { offerHistory } from '../history';
import { OfferForm } from './OfferForm';
import { DraftRestoredNotice } from '../../ui/DraftRestoredNotice';
import { RecordNotFound } from '../../ui/RecordNotFound';
import { useRecordWithDraft } from '../../ui/useRecordWithDraft';

export function emptyOffer(employer: EmployerRecord | undefined): OfferInput {
  return {
    employerId: employer?.id ?? '', role: '', description: '', positions: 1, comuneCode: employer?.data.comuneCode ?? '',
    contractType: '' as OfferInput['contractType'], shifts: [], hard: { licences: [], requiredSkills: [] }, soft: { preferredSkills: [] },
    deadline: '', startDate: '', source: 'employer_contact', receivedOn: todayIso(), state: 'open',
  };
}

export function OfferScreen() {
  const { id } = useParams();
  const [search] = useSearchParams();
  const forEmployer = search.get('employer') ?? '';
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { drafts } = useServices();
  const offers = useOfferRepository();
  const employerRepository = useEmployerRepository();
  const draftKey = `offer:${id ?? 'new'}`;
  const loaded = useRecordWithDraft({
    draftKey,
    // The employers are loaded before the form renders, so its select shows the stored choice.
    load: async () => ({ row: id ? await offers.get(id) : null, extra: { employers: await employerRepository.list() } as { employers: EmployerRecord[] } }),
    formValues: (row, { employers }) => row?.data ?? emptyOffer(employers.find((e) => e.id === forEmployer)),
    deps: [id, forEmployer, offers, employerRepository],
  });
  const [saved, setSaved] = useState(false);
  const filledCounts = useLiveQuery(() => offers.filledCounts(), [offers]);

  if (loaded.state === 'loading') return <p>{t('app.loading')}</p>;
  if (loaded.state !== 'ready') return <RecordNotFound message={t('employers.offer.notFound')} backTo="/offers" backLabel={t('employers.offer.backToList')} />;

  const { row } = loaded;
  const { employers } = loaded.extra;
  const employer = employers.find((e) => e.id === row?.data.employerId);
  const filled = row ? (filledCounts?.get(row.id) ?? 0) : 0;
  const store = async (offer: Offer) => {
    const stored = row ? await offers.update(row.id, offer) : await offers.create(offer);
    await drafts.discard(draftKey);
    setSaved(true);
    if (row) loaded.saved(stored);
    else navigate(`/offers/${stored.id}`, { replace: true });
    return true;
  };
  const save = async (offer: Offer): Promise<boolean> => {
    setSaved(false);
    return store(offer);
  };
  const remove = async () => {
    if (!row) return;
    const history = offerHistory(t, await offers.usage(row.id));
    const question = history ? t('employers.offer.deleteConfirmHistory', { role: row.data.role, history }) : t('employers.offer.deleteConfirm', { role: row.data.role });
    if (!window.confirm(question)) return;
    await offers.remove(row.id);
    await drafts.discard(draftKey);
    navigate('/offers', { replace: true });
  };
  const fullButOpen = row !== null && row.data.state === 'open' && displayedOfferState(row.data, filled) === 'filled';

  const status = (
    <>
      {loaded.draftRestored && <DraftRestoredNotice onDiscard={() => void loaded.discardDraft()} />}
      {fullButOpen && row && (
        <p className="notice" role="status">
          {t('employers.offer.filledNotice', { filled, positions: row.data.positions })}{' '}
          <button type="button" className="link" onClick={() => void store({ ...row.data, state: 'filled' })}>
            {t('employers.offer.markFilled')}
          </button>
        </p>
      )}
      {saved && (
        <p role="status" className="notice success">
          {t('employers.offer.saved')}
        </p>
      )}
    </>
  );

  return (
    <section className="screen offer-file" aria-labelledby="offer-title">
      <div className="screen-header">
        <h1 id="offer-title">{row ? t('employers.offer.editTitle', { role: row.data.role, employer: employer?.data.legalName ?? '' }) : t('employers.offer.newTitle')}</h1>
        <Link to="/offers">{t('employers.offer.backToList')}</Link>
      </div>
      {row && (
        <p className="offer-summary">
          <span className={`badge offer-${displayedOfferState(row.data, filled)}`}>{t(`employers.offer.state.${displayedOfferState(row.data, filled)}`)}</span>{' '}
          <span data-testid="offer-filled">{t('employers.offer.filledCount', { filled, positions: row.data.positions })}</span>
          {' · '}<Link to={`/offers/${row.id}/board`}>{t('matching.offer.board')}</Link>
          {' · '}<Link to={`/offers/${row.id}/matching`}>{t('matching.link.offer')}</Link>
          {employer && (
            <>
              {' · '}
              <Link to={`/employers/${employer.id}`}>{t('employers.offer.openEmployer')}</Link>
            </>
          )}
        </p>
      )}
      {employers.length === 0 && !row ? (
        <p className="empty">
          {t('employers.offers.needEmployer')} <Link to="/employers/new">{t('employers.list.new')}</Link>
        </p>
      ) : (
        <OfferForm
          key={loaded.formKey}
          initial={loaded.initial}
          employers={employers}
          draftKey={draftKey}
          onSave={save}
          status={status}
          actions={
            row && (
              <button type="button" className="danger push-end" onClick={() => void remove()}>
                {t('employers.offer.delete')}
              </button>
            )
          }
        />
      )}
    </section>
  );
}
