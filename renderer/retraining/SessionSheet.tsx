// The rows of one lesson: every worker enrolled that day, present (with hours) or absent, saved
// together. A row refused by the rules says why next to it and keeps what was typed; nothing is
// written until every row is accepted. Rows whose hours were not touched follow the lesson's hours.
import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import { useFieldArray, useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { formatHours } from '../../shared/documents/templates/facts';
import { recordedHours } from '../../shared/retraining/session';
import { formatItalianDate } from '../../shared/time/dates';
import type { CourseRecord } from '../db/repositories/courseRepository';
import { RowsRefusedError, type BulkResult } from '../db/repositories/courseRepositoryBulk';
import { schemaMessageText } from '../ui/messages';
import { RefusalBanner, refusalText } from './refusals';
import { sessionDefaults, sessionFormSchema, type SessionFormInput, type SessionFormOutput, type SessionPerson } from './sessionForm';
import { useCourses } from './useRetrainingRepositories';

interface Props {
  readonly course: CourseRecord;
  readonly date: string;
  /** The lesson's hours, or null while the field holds something that is not valid hours. */
  readonly lessonHours: number | null;
  readonly people: readonly SessionPerson[];
}

export function SessionSheet({ course, date, lessonHours, people }: Props) {
  const { t, i18n } = useTranslation();
  const courses = useCourses();
  const shownDate = formatItalianDate(date);
  const [defaults] = useState(() => sessionDefaults(people, date, lessonHours ?? 4));
  const form = useForm<SessionFormInput, unknown, SessionFormOutput>({ resolver: zodResolver(sessionFormSchema), defaultValues: { rows: defaults } });
  const { fields } = useFieldArray({ control: form.control, name: 'rows' });
  const rows = useWatch({ control: form.control, name: 'rows' });
  const [refusals, setRefusals] = useState<ReadonlyMap<string, string>>(new Map());
  const [failure, setFailure] = useState<string | null>(null);
  const [saved, setSaved] = useState<BulkResult | null>(null);
  const byEnrolment = new Map(people.map((person) => [person.view.enrolment.id, person]));

  // A change of the lesson's hours follows into every row whose hours nobody typed (the sheet
  // opens with what is recorded, so the hours it opened with change nothing).
  const appliedHours = useRef(lessonHours);
  useEffect(() => {
    if (lessonHours === null || lessonHours === appliedHours.current) return;
    appliedHours.current = lessonHours;
    fields.forEach((_, index) => {
      if (!form.getFieldState(`rows.${index}.hours`).isDirty) form.setValue(`rows.${index}.hours`, formatHours(lessonHours));
    });
  }, [lessonHours, fields, form]);

  const submit = form.handleSubmit(async ({ rows: entries }) => {
    setFailure(null);
    setSaved(null);
    setRefusals(new Map());
    try {
      setSaved(await courses.recordSession(course.id, date, entries));
    } catch (error) {
      if (error instanceof RowsRefusedError) {
        const texts = new Map<string, string>();
        for (const [enrolmentId, reason] of error.refusals) {
          const enrolment = byEnrolment.get(enrolmentId)?.view;
          texts.set(enrolmentId, t(`retraining.refusal.${reason}`, { start: formatItalianDate(course.data.startDate), end: formatItalianDate(course.data.endDate), enrolledOn: formatItalianDate(enrolment?.enrolment.data.enrolledOn), endedOn: formatItalianDate(enrolment?.progress.ending?.date), hours: course.data.hours }));
        }
        setRefusals(texts);
        setFailure(t('retraining.session.refused'));
      } else {
        setFailure(refusalText(t, error, { start: course.data.startDate, end: course.data.endDate, hours: course.data.hours }));
      }
    }
  });

  const present = rows.filter((row) => row.present).length;
  const hidden = people.length - fields.length;
  const errors = form.formState.errors.rows;
  return (
    <form className="session-sheet" noValidate aria-label={t('retraining.session.table', { date: shownDate })} onSubmit={(event) => void submit(event)}>
      {hidden > 0 && <p className="hint">{t('retraining.session.notOnDay', { count: hidden })}</p>}
      <table className="data-table">
        <caption className="visually-hidden">{t('retraining.session.table', { date: shownDate })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('retraining.session.worker')}</th>
            <th scope="col">{t('retraining.session.codiceFiscale')}</th>
            <th scope="col">{t('retraining.session.present')}</th>
            <th scope="col" className="number">
              {t('retraining.session.hours')}
            </th>
            <th scope="col" className="number">
              {t('retraining.session.recorded')}
            </th>
          </tr>
        </thead>
        <tbody>
          {fields.map((field, index) => {
            const person = byEnrolment.get(field.enrolmentId);
            const name = person?.fullName ?? '';
            const before = person ? recordedHours(person.view.progress, date) : undefined;
            const error = errors?.[index]?.hours;
            const refusal = refusals.get(field.enrolmentId);
            const isPresent = rows[index]?.present ?? false;
            return (
              <tr key={field.id} data-testid="session-row">
                <th scope="row">
                  <Link to={`/enrolments/${field.enrolmentId}`} aria-label={t('retraining.session.openEnrolment', { name })}>
                    {name}
                  </Link>
                </th>
                <td className="mono">{person?.codiceFiscale}</td>
                <td>
                  <input type="checkbox" aria-label={t('retraining.session.presentOf', { name })} {...form.register(`rows.${index}.present`)} />
                </td>
                <td className="number">
                  <input
                    type="text"
                    inputMode="decimal"
                    className="short"
                    disabled={!isPresent}
                    aria-label={t('retraining.session.hoursOf', { name })}
                    aria-invalid={error || refusal ? true : undefined}
                    {...form.register(`rows.${index}.hours`)}
                  />
                  {error && <span className="field-error">{schemaMessageText(t, i18n.language, error.message)}</span>}
                  {refusal && <span className="field-error">{refusal}</span>}
                </td>
                <td className="number">{before === undefined ? t('retraining.session.notRecorded') : t('retraining.session.recordedHours', { hours: formatHours(before) })}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <div className="inline-form-row session-actions">
        <button type="submit" className="primary" disabled={form.formState.isSubmitting || fields.length === 0}>
          {t('retraining.session.save')}
        </button>
        <span className="hint" data-testid="session-counts">
          {t('retraining.session.counts', { present, absent: rows.length - present })}
        </span>
      </div>
      <RefusalBanner message={failure} />
      {saved && (
        <p role="status" className="notice success" data-testid="session-saved">
          {saved.written === 0 ? t('retraining.session.unchanged', { date: shownDate }) : t('retraining.session.saved', { count: saved.written, date: shownDate })}
          {saved.statusChanges.length > 0 && ` ${t('retraining.session.statusChanged', { count: saved.statusChanges.length })}`}
        </p>
      )}
    </form>
  );
}
