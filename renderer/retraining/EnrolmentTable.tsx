// Enrolments as a table: on a course page one row per worker, in a worker file one row per course.
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { formatShare } from '../../shared/retraining/attendance';
import { formatItalianDate } from '../../shared/time/dates';
import type { EnrolmentView } from '../db/repositories/courseRepository';

interface EnrolmentTableProps {
  views: readonly EnrolmentView[];
  caption: string;
  /** What the first column names: the worker (course page) or the course (worker file). */
  subject: { kind: 'worker'; name: (workerId: string) => string } | { kind: 'course' };
}

export function useOutcomeText(): (view: EnrolmentView) => string {
  const { t } = useTranslation();
  return ({ progress }) => {
    const state = t(`retraining.enrolments.state.${progress.state}`);
    if (!progress.ending) return state;
    const certificate = progress.ending.outcome === 'completed' ? ` ${t(progress.ending.certificate ? 'retraining.enrolments.withCertificate' : 'retraining.enrolments.withoutCertificate')}` : '';
    return `${state}${certificate} (${formatItalianDate(progress.ending.date)})`;
  };
}

export function EnrolmentTable({ views, caption, subject }: EnrolmentTableProps) {
  const { t, i18n } = useTranslation();
  const outcome = useOutcomeText();
  const hours = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 });
  return (
    <table className="data-table enrolment-table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{subject.kind === 'worker' ? t('retraining.enrolments.worker') : t('retraining.enrolments.course')}</th>
          <th scope="col">{t('retraining.enrolments.enrolledOn')}</th>
          <th scope="col" className="numeric">{t('retraining.enrolments.hours')}</th>
          <th scope="col" className="numeric">{t('retraining.enrolments.share')}</th>
          <th scope="col">{t('retraining.enrolments.outcome')}</th>
          <th scope="col">
            <span className="visually-hidden">{t('retraining.enrolments.details')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {views.map((view) => {
          const { enrolment, course, progress } = view;
          return (
            <tr key={enrolment.id} data-testid="enrolment-row">
              <td>{subject.kind === 'worker' ? <Link to={`/workers/${enrolment.data.workerId}`}>{subject.name(enrolment.data.workerId)}</Link> : <Link to={`/courses/${course.id}`}>{course.data.title}</Link>}</td>
              <td>{formatItalianDate(enrolment.data.enrolledOn)}</td>
              <td className="numeric nowrap">{t('retraining.enrolments.hoursOf', { attended: hours.format(progress.attendedHours), total: course.data.hours })}</td>
              <td className={`numeric ${progress.meetsMinimum ? '' : 'below-minimum'}`}>{formatShare(progress.share)}</td>
              <td>{outcome(view)}</td>
              <td>
                <Link to={`/enrolments/${enrolment.id}`}>{t('retraining.enrolments.details')}</Link>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
