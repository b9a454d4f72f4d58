// One interview in the worker's list: what it was, its outcomes and next steps, the notes on
// request, and for a skills assessment the skills found with one click to add them to the profile.
import { useTranslation } from 'react-i18next';
import { formatItalianDate } from '../../shared/time/dates';
import type { InterviewRecord } from '../db/repositories/interviewRepository';

interface Props {
  interview: InterviewRecord;
  /** Skills of the profile, lower-cased: those found already in it are marked. */
  profileSkills: ReadonlySet<string>;
  onAddSkills: (skills: readonly string[]) => void;
  busy: boolean;
}

export function InterviewItem({ interview, profileSkills, onAddSkills, busy }: Props) {
  const { t } = useTranslation();
  const { payload } = interview;
  const date = formatItalianDate(interview.occurredOn);
  const missing = payload.skillsFound.filter((skill) => !profileSkills.has(skill.toLocaleLowerCase('it')));
  return (
    <li className="interview" data-testid="interview">
      <p className="interview-head">
        <time dateTime={interview.occurredOn}>{date}</time> <strong>{t(`casework.interviewType.${payload.interviewType}`)}</strong>
        <span className="hint">
          {' '}
          · {t('casework.interviews.minutes', { count: payload.durationMinutes })}
          {payload.place && ` · ${payload.place}`}
          {payload.participants && ` · ${payload.participants}`}
        </span>
      </p>
      {payload.outcomes && (
        <p>
          <span className="label">{t('casework.interviews.outcomes')}:</span> {payload.outcomes}
        </p>
      )}
      {payload.nextSteps && (
        <p>
          <span className="label">{t('casework.interviews.nextSteps')}:</span> {payload.nextSteps}
        </p>
      )}
      {payload.followUpOn && (
        <p>
          <span className="label">{t('agenda.followUpField')}:</span> {formatItalianDate(payload.followUpOn)}
        </p>
      )}
      {payload.notes && (
        <details>
          <summary>{t('casework.interviews.showNotes')}</summary>
          <p className="interview-notes">{payload.notes}</p>
        </details>
      )}
      {payload.skillsFound.length > 0 && (
        <div className="skills-found">
          <span className="label">{t('casework.interviews.skillsFound')}:</span>
          <ul className="tags">
            {payload.skillsFound.map((skill) => (
              <li key={skill}>{skill}</li>
            ))}
          </ul>
          {missing.length > 0 ? (
            <button type="button" disabled={busy} aria-label={t('casework.interviews.addToProfileLabel', { date })} onClick={() => onAddSkills(missing)}>
              {t('casework.interviews.addToProfile')}
            </button>
          ) : (
            <span className="hint">{t('casework.interviews.allInProfile')}</span>
          )}
        </div>
      )}
    </li>
  );
}
