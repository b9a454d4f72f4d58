// A worker's candidacies (stage and offer) and hirings, in the worker file. A fixed-term hiring shows
// its end, and from that day a button brings the worker back into the programme.
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { canReturnToProgramme } from '../../shared/candidacy/placement';
import { formatItalianDate, todayIso } from '../../shared/time/dates';
import type { WorkerRecord } from '../db/rows';
import { fullName, refusalKey, useCandidacyRepositories, useRefresh } from './useCandidacies';
import { CandidacyDocumentsButton } from '../documents/CandidacyDocuments';

interface Props {
  worker: WorkerRecord;
  /** Called with the stored worker after a change of status made here, so the form shows it. */
  onWorkerChanged?: (worker: WorkerRecord) => void;
}

export function WorkerCandidacies({ worker, onWorkerChanged }: Props) {
  const { t } = useTranslation();
  const { candidacies, placements } = useCandidacyRepositories();
  const [version, refresh] = useRefresh();
  const [message, setMessage] = useState<{ kind: 'success' | 'error'; key: string } | null>(null);
  const views = useLiveQuery(() => candidacies.forWorker(worker.id), [candidacies, worker.id, version]);
  const hirings = useLiveQuery(() => placements.forWorker(worker.id), [placements, worker.id, version]);
  const catalogue = useLiveQuery(async () => {
    const [offers, employers] = await Promise.all([candidacies.offers(), candidacies.employers()]);
    return { offers: new Map(offers.map((o) => [o.id, o])), employers: new Map(employers.map((e) => [e.id, e])) };
  }, [candidacies, version]);
  const employerName = (id: string | undefined) => (id && catalogue?.employers.get(id)?.data.legalName) || '—';
  const latest = hirings?.at(-1);
  const returnable = worker.data.status === 'placed' && latest !== undefined && canReturnToProgramme(latest, todayIso());

  const bringBack = async () => {
    if (!window.confirm(t('candidacies.worker.returnConfirm', { name: fullName(worker) }))) return;
    try {
      const stored = await placements.returnToProgramme(worker.id);
      setMessage({ kind: 'success', key: 'candidacies.worker.returned' });
      refresh();
      onWorkerChanged?.(stored);
    } catch (error) {
      setMessage({ kind: 'error', key: refusalKey(error) });
    }
  };

  return (
    <section className="form-section worker-candidacies" aria-labelledby="worker-candidacies-title">
      <h2 id="worker-candidacies-title">{t('candidacies.worker.title')}</h2>
      {message && (
        <p role={message.kind === 'error' ? 'alert' : 'status'} className={message.kind === 'error' ? 'error-banner' : 'notice success'}>
          {t(message.key as 'candidacies.refusal.unknown')}
        </p>
      )}
      {views === undefined || catalogue === undefined ? (
        <p className="hint">{t('app.loading')}</p>
      ) : views.length > 0 ? (
        <table className="data-table" aria-label={t('candidacies.worker.table')}>
          <thead>
            <tr>
              <th scope="col">{t('candidacies.worker.offer')}</th>
              <th scope="col">{t('candidacies.worker.employer')}</th>
              <th scope="col">{t('candidacies.worker.stage')}</th>
              <th scope="col">{t('candidacies.worker.since')}</th>
              <th scope="col">{t('documents.candidacy.column')}</th>
            </tr>
          </thead>
          <tbody>
            {views.map((view) => {
              const offer = catalogue.offers.get(view.offerId);
              return (
                <tr key={view.id} data-testid="worker-candidacy">
                  <td>
                    <Link to={`/offers/${view.offerId}/board`}>{offer?.data.role ?? '—'}</Link>
                  </td>
                  <td>{offer ? <Link to={`/employers/${offer.data.employerId}`}>{employerName(offer.data.employerId)}</Link> : '—'}</td>
                  <td>
                    <span className={`badge stage-badge stage-${view.stage}`}>{t(`candidacies.stage.${view.stage}`)}</span>
                  </td>
                  <td>{formatItalianDate(view.stageSince)}</td>
                  <td>
                    <CandidacyDocumentsButton candidacyId={view.id} workerId={worker.id} role={offer?.data.role ?? '—'} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ) : (
        <p className="hint">{t('candidacies.worker.none')}</p>
      )}
      {hirings && hirings.length > 0 && (
        <>
          <h3>{t('candidacies.worker.placements')}</h3>
          <ul className="placements" data-testid="worker-placements">
            {hirings.map((placement) => (
              <li key={placement.eventId}>
                {t('candidacies.worker.placement', { employer: employerName(placement.employerId), contract: t(`vocab.contract.${placement.contractType}`), start: formatItalianDate(placement.startDate) })}
                <span className="hint"> · {t('candidacies.worker.details', { incentive: t(`candidacies.incentive.${placement.incentive}`) })}</span>
                {placement.endDate && <div>{t('candidacies.worker.endsOn', { date: formatItalianDate(placement.endDate) })}</div>}
                {placement === latest && worker.data.status === 'placed' && placement.endDate && !returnable && (
                  <div className="hint">{t('candidacies.worker.returnFrom', { date: formatItalianDate(placement.endDate) })}</div>
                )}
              </li>
            ))}
          </ul>
          {returnable && (
            <p className="notice">
              {t('candidacies.worker.returnDue')}{' '}
              <button type="button" onClick={() => void bringBack()}>
                {t('candidacies.worker.returnButton')}
              </button>
            </p>
          )}
        </>
      )}
    </section>
  );
}
