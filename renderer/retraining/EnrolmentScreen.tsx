// One worker's enrolment in one course: hours attended against the 70% rule, daily attendance,
// and the end of the course. The worker's status follows (in training, then active again).
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { formatShare, hoursToMinimum } from '../../shared/retraining/attendance';
import type { StatusChange } from '../../shared/retraining/status';
import { formatItalianDate, todayIso } from '../../shared/time/dates';
import { useServices } from '../app/services';
import type { EnrolmentView } from '../db/repositories/courseRepository';
import type { WorkerRecord } from '../db/rows';
import { ProgressBar } from '../ui/ProgressBar';
import { AttendanceForm } from './AttendanceForm';
import { EndCourseForm } from './EndCourseForm';
import { useOutcomeText } from './EnrolmentTable';
import { RefusalBanner, refusalText, StatusChangeNotice, type RefusalContext } from './refusals';
import { useCourses } from './useRetrainingRepositories';
import { DocumentsSection } from '../documents/DocumentsSection';
import type { AttendanceForm as AttendanceValues, EndForm } from './formSchemas';

type Loaded = { ok: true; view: EnrolmentView; worker: WorkerRecord } | { ok: false };

export function EnrolmentScreen() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const { workers } = useServices();
  const courses = useCourses();
  const outcome = useOutcomeText();
  const loaded = useLiveQuery(async (): Promise<Loaded> => {
    try {
      const view = await courses.enrolment(id);
      return { ok: true, view, worker: await workers.get(view.enrolment.data.workerId) };
    } catch {
      return { ok: false };
    }
  }, [courses, workers, id]);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [notice, setNotice] = useState<{ text: string; change?: StatusChange } | null>(null);

  if (loaded === undefined) return <p>{t('app.loading')}</p>;
  if (!loaded.ok) {
    return (
      <section className="screen">
        <p role="alert" className="error-banner">{t('retraining.enrolment.notFound')}</p>
        <Link to="/courses">{t('retraining.course.backToList')}</Link>
      </section>
    );
  }

  const { view, worker } = loaded;
  const { enrolment, course, progress } = view;
  const today = todayIso();
  const number = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 });
  const context: RefusalContext = { start: course.data.startDate, end: course.data.endDate, enrolledOn: enrolment.data.enrolledOn, endedOn: progress.ending?.date, lastDay: progress.days.at(-1)?.date, hours: course.data.hours };
  const name = `${worker.data.surname} ${worker.data.name}`;

  const act = async (action: () => Promise<{ text: string; change?: StatusChange }>): Promise<boolean> => {
    setRefusal(null);
    setNotice(null);
    try {
      setNotice(await action());
      return true;
    } catch (error) {
      const message = refusalText(t, error, context);
      setRefusal(message);
      return false;
    }
  };
  const record = ({ date, hours }: AttendanceValues) =>
    act(async () => ({ text: t('retraining.enrolment.recorded', { hours: number.format(hours), date: formatItalianDate(date) }), change: await courses.recordAttendance(enrolment.id, date, hours) }));
  const end = async ({ date, outcome: choice, note }: EndForm) => {
    const certificate = choice === 'completed_certificate';
    if (certificate && !progress.meetsMinimum) {
      const question = t('retraining.enrolment.confirmLowAttendance', { share: formatShare(progress.share), attended: number.format(progress.attendedHours), total: course.data.hours });
      if (!window.confirm(question)) return false;
    }
    return act(async () => {
      const change = await courses.end(enrolment.id, { date, outcome: choice === 'dropped' ? 'dropped' : 'completed', certificate, note });
      return { text: t('retraining.enrolment.ended', { date: formatItalianDate(date), outcome: t(`retraining.enrolment.outcomes.${choice}`) }), change };
    });
  };

  return (
    <section className="screen enrolment-screen" aria-labelledby="enrolment-title">
      <div className="screen-header">
        <h1 id="enrolment-title">{t('retraining.enrolment.title', { name })}</h1>
        <Link to={`/workers/${worker.id}`}>{t('retraining.enrolment.openWorker')}</Link>
        <Link to={`/courses/${course.id}`}>{t('retraining.enrolment.backToCourse')}</Link>
      </div>
      <div className="card enrolment-summary">
        <p>
          <Link to={`/courses/${course.id}`}>{course.data.title}</Link> — {course.data.provider}, {formatItalianDate(course.data.startDate)} – {formatItalianDate(course.data.endDate)}, {course.data.hours} h
        </p>
        <p>
          {t('retraining.enrolment.enrolledOn', { date: formatItalianDate(enrolment.data.enrolledOn) })}{' '}
          <span className={`badge enrolment-${progress.state}`} data-testid="enrolment-outcome">
            {outcome(view)}
          </span>{' '}
          <span className={`badge status-${worker.data.status}`} data-testid="worker-status">
            {t('retraining.status.current', { status: t(`vocab.status.${worker.data.status}`) })}
          </span>
        </p>
        <ProgressBar
          label={t('retraining.enrolment.progress', { attended: number.format(progress.attendedHours), total: course.data.hours, share: formatShare(progress.share) })}
          value={Math.min(progress.attendedHours, course.data.hours)}
          max={course.data.hours}
        />
        <p data-testid="attendance-minimum">
          <span className="hint">{t('retraining.enrolment.minimum')}</span>{' '}
          {progress.meetsMinimum ? (
            <strong className="minimum-reached">{t('retraining.enrolment.reached')}</strong>
          ) : (
            <strong className="below-minimum">{t('retraining.enrolment.missing', { hours: number.format(hoursToMinimum(progress.attendedHours, course.data.hours)) })}</strong>
          )}
        </p>
      </div>
      <RefusalBanner message={refusal} />
      {notice && (
        <p role="status" className="notice success">
          {notice.text}
        </p>
      )}
      <StatusChangeNotice change={notice?.change} />
      <div className="enrolment-layout">
        <section className="form-section" aria-labelledby="attendance-title">
          <h2 id="attendance-title">{t('retraining.enrolment.attendanceTitle')}</h2>
          {!progress.ending && <AttendanceForm defaultDate={today < course.data.endDate ? today : course.data.endDate} onRecord={record} />}
          {progress.days.length === 0 ? (
            <p className="hint">{t('retraining.enrolment.noAttendance')}</p>
          ) : (
            <table className="data-table attendance-table">
              <caption className="visually-hidden">{t('retraining.enrolment.attendanceTable')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('retraining.enrolment.date')}</th>
                  <th scope="col" className="numeric">{t('retraining.enrolment.hours')}</th>
                </tr>
              </thead>
              <tbody>
                {[...progress.days].reverse().map((day) => (
                  <tr key={day.date}>
                    <td>{formatItalianDate(day.date)}</td>
                    <td className="numeric">{number.format(day.hours)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
        <section className="form-section" aria-labelledby="end-title">
          <h2 id="end-title">{t('retraining.enrolment.endTitle')}</h2>
          {progress.ending ? (
            <p>
              {outcome(view)}
              {progress.ending.note && <span className="hint"> — {progress.ending.note}</span>}
            </p>
          ) : (
            <EndCourseForm defaultDate={today < course.data.endDate ? today : course.data.endDate} onEnd={end} />
          )}
        </section>
      </div>
      <DocumentsSection owner={{ kind: 'enrolment', id: enrolment.id }} workerId={worker.id} />
    </section>
  );
}
