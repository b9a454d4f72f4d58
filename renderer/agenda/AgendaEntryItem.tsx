// One line of the agenda: time, kind, the workers concerned (links to their files) and what it is
// about. An overdue reminder, a cancelled or overlapping appointment says so in words, not only
// in colour.
import { Fragment } from 'react';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { AgendaEntry } from '../../shared/agenda/types';
import { formatItalianDate } from '../../shared/time/dates';

function Detail({ entry }: { entry: AgendaEntry }) {
  const { t } = useTranslation();
  switch (entry.kind) {
    case 'appointment':
      return (
        <>
          <Link to={`/agenda/appointments/${entry.appointmentId}`}>{t(`agenda.types.${entry.type}`)}</Link>
          {[entry.employerName && ` · ${t('agenda.at', { employer: entry.employerName })}`, entry.place && ` · ${entry.place}`].filter(Boolean).join('')}
        </>
      );
    case 'meeting':
      return <>{[t('agenda.at', { employer: entry.employerName }), entry.place].filter(Boolean).join(' · ')}</>;
    case 'interview':
      return <>{t(`casework.interviewType.${entry.interviewType}`)}</>;
    case 'followUp':
      return <>{t('agenda.followUpOf', { date: formatItalianDate(entry.interviewOn) })}</>;
    case 'callBack':
      return <>{t('agenda.callBackOf', { date: formatItalianDate(entry.contactOn) })}</>;
    case 'activityDue':
      return (
        <>
          {entry.title} · {t(`casework.activityState.${entry.state}`)} · {t('agenda.owner', { owner: entry.owner })}
        </>
      );
    case 'trialEnd':
      return <>{[entry.employerName && t('agenda.at', { employer: entry.employerName }), t('agenda.trialSince', { date: formatItalianDate(entry.trialFrom) })].filter(Boolean).join(' · ')}</>;
    case 'contractEnd':
      return <>{[t(`vocab.contract.${entry.contractType}`), entry.employerName && t('agenda.at', { employer: entry.employerName })].filter(Boolean).join(' · ')}</>;
    case 'cigsEnd':
      return null;
  }
}

/** Who the entry is about: the workers (links), an employer to call back, or who is not named. */
export function EntryWho({ entry }: { entry: AgendaEntry }) {
  const { t } = useTranslation();
  if (entry.kind === 'callBack') return <Link to={`/employers/${entry.employerId}`}>{entry.employerName}</Link>;
  const hidden = entry.kind === 'appointment' && entry.hiddenWorkers > 0 ? t('agenda.hiddenWorkers', { count: entry.hiddenWorkers }) : '';
  if (entry.workers.length === 0) return <>{hidden || (entry.kind === 'meeting' ? t('agenda.noWorkers') : '')}</>;
  return (
    <>
      {entry.workers.map((worker, index) => (
        <Fragment key={worker.id}>
          {index > 0 && ', '}
          <Link to={`/workers/${worker.id}`}>{worker.name}</Link>
        </Fragment>
      ))}
      {hidden && `, ${hidden}`}
    </>
  );
}

/** Words for the state of an entry that colour alone must not carry. */
export function EntryMarks({ entry }: { entry: AgendaEntry }) {
  const { t } = useTranslation();
  const marks: string[] = [];
  if ((entry.kind === 'activityDue' || entry.kind === 'followUp' || entry.kind === 'callBack') && entry.overdue) marks.push(t('agenda.overdue'));
  if ((entry.kind === 'followUp' || entry.kind === 'callBack') && entry.done) marks.push(t('agenda.done'));
  if (entry.kind === 'appointment' && entry.cancelled) marks.push(t('agenda.cancelled'));
  if (entry.kind === 'appointment' && !entry.cancelled && entry.conflicts.length > 0) marks.push(t('agenda.conflictMark'));
  if (entry.kind === 'appointment' && entry.interviewId) marks.push(t('agenda.recorded'));
  return (
    <>
      {marks.map((mark) => (
        <span key={mark} className={mark === t('agenda.overdue') ? 'overdue-badge' : 'agenda-badge'}>
          {mark}
        </span>
      ))}
    </>
  );
}

export const isOverdueEntry = (entry: AgendaEntry) => (entry.kind === 'activityDue' || entry.kind === 'followUp' || entry.kind === 'callBack') && entry.overdue;

export function entryTime(entry: AgendaEntry): string {
  if (entry.kind === 'appointment') return `${entry.start}–${entry.end}`;
  return entry.kind === 'meeting' ? entry.time : '';
}

export function AgendaEntryItem({ entry, showDate = false }: { entry: AgendaEntry; showDate?: boolean }) {
  const { t } = useTranslation();
  const overdue = isOverdueEntry(entry);
  const cancelled = entry.kind === 'appointment' && entry.cancelled;
  return (
    <li className={`agenda-entry agenda-${entry.kind}${overdue ? ' overdue' : ''}${cancelled ? ' cancelled' : ''}`} data-testid="agenda-entry">
      <span className="agenda-time">{showDate ? formatItalianDate(entry.date) : entryTime(entry)}</span>
      <span className="agenda-kind">{t(`agenda.kinds.${entry.kind}`)}</span>
      <span className="agenda-workers">
        <EntryWho entry={entry} />
      </span>
      <span className="agenda-detail">
        <Detail entry={entry} />
        <EntryMarks entry={entry} />
      </span>
    </li>
  );
}
