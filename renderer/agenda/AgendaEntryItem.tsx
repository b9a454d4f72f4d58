// One line of the agenda: time (meetings), kind, the workers concerned (links to their files)
// and what it is about. An overdue activity says so in words, not only in colour.
import { Fragment } from 'react';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { AgendaEntry } from '../../shared/agenda/types';
import { formatItalianDate } from '../../shared/time/dates';

function Detail({ entry }: { entry: AgendaEntry }) {
  const { t } = useTranslation();
  switch (entry.kind) {
    case 'meeting':
      return <>{[t('casework.agenda.at', { employer: entry.employerName }), entry.place].filter(Boolean).join(' · ')}</>;
    case 'interview':
      return <>{t(`casework.interviewType.${entry.interviewType}`)}</>;
    case 'followUp':
      return <>{t('casework.agenda.followUpOf', { date: formatItalianDate(entry.interviewOn) })}</>;
    case 'activityDue':
      return (
        <>
          {entry.title} · {t(`casework.activityState.${entry.state}`)} · {t('casework.agenda.owner', { owner: entry.owner })}
        </>
      );
    case 'trialEnd':
      return <>{[entry.employerName && t('casework.agenda.at', { employer: entry.employerName }), t('casework.agenda.trialSince', { date: formatItalianDate(entry.trialFrom) })].filter(Boolean).join(' · ')}</>;
    case 'contractEnd':
      return <>{[t(`vocab.contract.${entry.contractType}`), entry.employerName && t('casework.agenda.at', { employer: entry.employerName })].filter(Boolean).join(' · ')}</>;
    case 'cigsEnd':
      return null;
  }
}

export function AgendaEntryItem({ entry }: { entry: AgendaEntry }) {
  const { t } = useTranslation();
  const overdue = entry.kind === 'activityDue' && entry.overdue;
  return (
    <li className={`agenda-entry agenda-${entry.kind}${overdue ? ' overdue' : ''}`} data-testid="agenda-entry">
      <span className="agenda-time">{entry.kind === 'meeting' ? entry.time : ''}</span>
      <span className="agenda-kind">{t(`casework.agenda.kinds.${entry.kind}`)}</span>
      <span className="agenda-workers">
        {entry.workers.length === 0
          ? t('casework.agenda.noWorkers')
          : entry.workers.map((worker, index) => (
              <Fragment key={worker.id}>
                {index > 0 && ', '}
                <Link to={`/workers/${worker.id}`}>{worker.name}</Link>
              </Fragment>
            ))}
      </span>
      <span className="agenda-detail">
        <Detail entry={entry} />
        {overdue && <span className="overdue-badge">{t('casework.agenda.overdue')}</span>}
      </span>
    </li>
  );
}
