// Attendance of one lesson for every enrolled worker at once: choose the course and the day (the
// address keeps both, so the course page links here), the lesson's hours, then each worker's row.
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { isIsoDate, formatItalianDate, todayIso } from '../../shared/time/dates';
import { checkSessionDate, recordedHours } from '../../shared/retraining/session';
import { formatHours } from '../../shared/documents/templates/facts';
import { messageWithValues } from '../../shared/domain/messages';
import { useServices } from '../app/services';
import type { CourseRecord } from '../db/repositories/courseRepository';
import { DateInput } from '../ui/DateInput';
import { Field } from '../ui/Field';
import { lessonHoursSchema, type SessionPerson } from './sessionForm';
import { SessionSheet } from './SessionSheet';
import { useCourses } from './useRetrainingRepositories';
import './bulk.css';

/** The day a course's lesson is most likely entered for: today, or the course's last day once over. */
function defaultDay(course: CourseRecord | undefined, today: string): string {
  if (!course) return today;
  if (today > course.data.endDate) return course.data.endDate;
  return today < course.data.startDate ? course.data.startDate : today;
}

export function SessionScreen() {
  const { t } = useTranslation();
  const { workers } = useServices();
  const courses = useCourses();
  const [params, setParams] = useSearchParams();
  const list = useLiveQuery(() => courses.list(), [courses]);
  const courseId = params.get('course') ?? '';
  const course = list?.find((c) => c.id === courseId);
  const today = todayIso();
  const date = params.get('date') ?? defaultDay(course, today);
  const [hoursText, setHoursText] = useState<string | null>(null);

  const people = useLiveQuery(async (): Promise<SessionPerson[] | null> => {
    if (!courseId) return null;
    const views = await courses.enrolmentsOfCourse(courseId);
    const byId = new Map((await workers.list()).map((w) => [w.id, w.data]));
    return views
      .flatMap((view) => {
        const person = byId.get(view.enrolment.data.workerId);
        return person ? [{ view, fullName: `${person.surname} ${person.name}`, codiceFiscale: person.codiceFiscale }] : [];
      })
      .sort((a, b) => a.fullName.localeCompare(b.fullName, 'it'));
  }, [courses, workers, courseId]);

  // The lesson lasts what was already recorded that day, if anything; otherwise a morning's 4 hours.
  const recordedThatDay = Math.max(0, ...(people ?? []).map(({ view }) => recordedHours(view.progress, date) ?? 0));
  const shownHours = hoursText ?? formatHours(recordedThatDay || 4);
  const parsedHours = lessonHoursSchema.safeParse(shownHours);

  const choose = (next: { course?: string; date?: string }) => {
    const merged = new URLSearchParams(params);
    if (next.course !== undefined) {
      merged.set('course', next.course);
      merged.delete('date');
    }
    if (next.date !== undefined) merged.set('date', next.date);
    setParams(merged, { replace: true });
    setHoursText(null);
  };

  // Schema-style messages (a key with its values), as the field shows every other error.
  const dateCheck = course && isIsoDate(date) ? checkSessionDate(course.data, date, today) : { ok: true };
  const dateProblem = !isIsoDate(date)
    ? 'validation.date'
    : !dateCheck.ok
      ? date > today && date >= (course?.data.startDate ?? '') && date <= (course?.data.endDate ?? '')
        ? messageWithValues('retraining.session.dateFuture', { date: formatItalianDate(date) })
        : messageWithValues('retraining.session.dateOutside', { start: formatItalianDate(course?.data.startDate), end: formatItalianDate(course?.data.endDate) })
      : null;

  return (
    <section className="screen session-screen" aria-labelledby="session-title">
      <div className="screen-header">
        <h1 id="session-title">{t('retraining.session.title')}</h1>
        <Link to={course ? `/courses/${course.id}` : '/courses'}>{course ? t('retraining.course.editTitle', { title: course.data.title }) : t('retraining.course.backToList')}</Link>
      </div>
      <p className="hint">{t('retraining.session.intro')}</p>
      <div className="inline-form-row session-choice">
        <Field label={t('retraining.session.course')} className="grow">
          {(props) => (
            <select {...props} value={courseId} onChange={(event) => choose({ course: event.target.value })}>
              <option value="">{t('retraining.session.chooseCourse')}</option>
              {(list ?? []).map((c) => (
                <option key={c.id} value={c.id}>
                  {c.data.title} ({formatItalianDate(c.data.startDate)} – {formatItalianDate(c.data.endDate)})
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('retraining.session.date')} error={dateProblem ? { message: dateProblem } : undefined}>
          {(props) => <DateInput {...props} value={date} onChange={(value) => choose({ date: value })} />}
        </Field>
        <Field label={t('retraining.session.lessonHours')} className="compact" error={parsedHours.success ? undefined : { message: parsedHours.error.issues[0]?.message }}>
          {(props) => <input {...props} className="short" inputMode="decimal" value={shownHours} onChange={(event) => setHoursText(event.target.value)} />}
        </Field>
      </div>
      <p className="hint">{t('retraining.session.lessonHoursHint')}</p>
      {!courseId ? (
        <p className="empty">{t('retraining.session.chooseFirst')}</p>
      ) : people === undefined || list === undefined ? (
        <p>{t('app.loading')}</p>
      ) : !course || people === null || people.length === 0 ? (
        <p className="empty">{t('retraining.session.noneEnrolled')}</p>
      ) : (
        !dateProblem && <SessionSheet key={`${course.id}:${date}`} course={course} date={date} lessonHours={parsedHours.success ? parsedHours.data : null} people={people} />
      )}
    </section>
  );
}
