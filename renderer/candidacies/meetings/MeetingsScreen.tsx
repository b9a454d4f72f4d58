// Introductory meetings (/meetings): the list, newest first, the form for a new one, and "held".
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { formatItalianDate, todayIso } from '../../../shared/time/dates';
import { fullName, refusalKey, useCandidacyRepositories, useRefresh, useVisibleWorkers } from '../useCandidacies';
import { MeetingForm } from './MeetingForm';

export function MeetingsScreen() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const preselected = params.get('employer') ?? '';
  // Opened from an offer's board: the way back stays in sight, before and after the meeting is set.
  const fromOffer = params.get('offer');
  const { candidacies, meetings } = useCandidacyRepositories();
  const workers = useVisibleWorkers();
  const [version, refresh] = useRefresh();
  const [creating, setCreating] = useState(preselected !== '');
  const [message, setMessage] = useState<{ kind: 'success' | 'error'; key: string } | null>(null);
  const rows = useLiveQuery(async () => {
    return meetings.listWithCandidacies();
  }, [meetings, version]);
  const employers = useLiveQuery(async () => new Map((await candidacies.employers()).map((e) => [e.id, e.data.legalName])), [candidacies]);
  const today = todayIso();

  const markHeld = async (id: string) => {
    setMessage(null);
    try {
      await meetings.markHeld(id);
      setMessage({ kind: 'success', key: 'candidacies.meetings.markedHeld' });
      refresh();
    } catch (error) {
      setMessage({ kind: 'error', key: refusalKey(error) });
    }
  };

  return (
    <section className="screen meetings" aria-labelledby="meetings-title">
      <div className="screen-header">
        <h1 id="meetings-title">{t('candidacies.meetings.title')}</h1>
        {rows && <p className="count">{t('candidacies.meetings.count', { count: rows.length })}</p>}
        {fromOffer && !message && <Link to={`/offers/${fromOffer}/board`}>{t('candidacies.meetings.backToBoard')}</Link>}
        {!creating && (
          <button type="button" className="button primary" onClick={() => setCreating(true)}>
            {t('candidacies.meetings.new')}
          </button>
        )}
      </div>
      <div role="status" aria-live="polite">
        {message?.kind === 'success' && (
          <p className="notice success">
            {t(message.key as 'candidacies.meetings.created')}
            {fromOffer && (
              <>
                {' '}
                <Link to={`/offers/${fromOffer}/board`}>{t('candidacies.meetings.backToBoard')}</Link>
              </>
            )}
          </p>
        )}
      </div>
      {message?.kind === 'error' && (
        <p role="alert" className="error-banner">
          {t(message.key as 'candidacies.refusal.unknown')}
        </p>
      )}
      {creating && (
        <MeetingForm
          initialEmployerId={preselected}
          onCancel={() => setCreating(false)}
          onCreated={() => {
            setCreating(false);
            setMessage({ kind: 'success', key: 'candidacies.meetings.created' });
            refresh();
          }}
        />
      )}
      {/* The names (workers, employers) are read with the rows: no "—" in place of a name still loading. */}
      {(!rows || !employers || !workers) && <p>{t('app.loading')}</p>}
      {rows && employers && workers && rows.length === 0 && <p className="empty">{t('candidacies.meetings.empty')}</p>}
      {rows && employers && workers && rows.length > 0 && (
        <table className="data-table" aria-label={t('candidacies.meetings.table')}>
          <thead>
            <tr>
              <th scope="col">{t('candidacies.meetings.date')}</th>
              <th scope="col">{t('candidacies.meetings.employer')}</th>
              <th scope="col">{t('candidacies.meetings.place')}</th>
              <th scope="col">{t('candidacies.meetings.candidates')}</th>
              <th scope="col">{t('candidacies.meetings.state')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ meeting, views }) => {
              const hidden = meeting.data.candidacyIds.length - views.length;
              return (
                <tr key={meeting.id} data-testid="meeting-row">
                  <td>
                    {formatItalianDate(meeting.data.date)} {meeting.data.time}
                  </td>
                  <td>
                    <Link to={`/employers/${meeting.data.employerId}`}>{employers.get(meeting.data.employerId) ?? '—'}</Link>
                  </td>
                  <td>
                    {meeting.data.place}
                    {meeting.data.notes && <div className="hint">{meeting.data.notes}</div>}
                  </td>
                  <td>
                    <ul className="plain-list">
                      {views.map((view) => {
                        const worker = workers.get(view.workerId);
                        return (
                          <li key={view.id}>
                            <Link to={`/offers/${view.offerId}/board`}>{worker ? fullName(worker) : '—'}</Link> <span className="hint">({t(`candidacies.stage.${view.stage}`)})</span>
                          </li>
                        );
                      })}
                      {hidden > 0 && <li className="hint">{t('candidacies.meetings.otherCaseloads', { count: hidden })}</li>}
                    </ul>
                  </td>
                  <td>
                    {meeting.data.heldOn ? (
                      <span className="badge status-placed">{t('candidacies.meetings.held')}</span>
                    ) : (
                      <>
                        <span className="badge">{t('candidacies.meetings.toCome')}</span>{' '}
                        {meeting.data.date <= today && (
                          <button type="button" onClick={() => void markHeld(meeting.id)}>
                            {t('candidacies.meetings.markHeld')}
                          </button>
                        )}
                      </>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
