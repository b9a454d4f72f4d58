// In the worker file: the worker's course enrolments (hours, share, outcome) with enrolment in a
// course, and the worker's business ventures. Attendance, course ends and ventures are recorded on
// their own screens, so this file's form never shows a status that changed under it.
import { useMemo, useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { LEAVING_STATUSES } from '../../shared/domain/vocabulary';
import { MILESTONES } from '../../shared/domain/casework';
import { coursePhase } from '../../shared/retraining/course';
import { fundingTotals, milestoneDoneOn, milestonesDone } from '../../shared/retraining/venture';
import { formatItalianDate, todayIso } from '../../shared/time/dates';
import type { WorkerRecord } from '../db/rows';
import { EnrolmentTable } from './EnrolmentTable';
import { EnrolForm } from './EnrolForm';
import { RefusalBanner, refusalText } from './refusals';
import { useCourses, useVentures } from './useRetrainingRepositories';
import type { EnrolForm as EnrolValues } from './formSchemas';

export function WorkerTrainingAndVentures({ worker }: { worker: WorkerRecord }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const courses = useCourses();
  const ventures = useVentures();
  const enrolments = useLiveQuery(() => courses.enrolmentsOfWorker(worker.id), [courses, worker.id]);
  const catalogue = useLiveQuery(() => courses.list(), [courses]);
  const projects = useLiveQuery(() => ventures.listOfWorker(worker.id), [ventures, worker.id]);
  const [refusal, setRefusal] = useState<string | null>(null);
  const today = todayIso();
  const euro = new Intl.NumberFormat(i18n.language, { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 });

  const options = useMemo(() => {
    const taken = new Set((enrolments ?? []).map((view) => view.course.id));
    return (catalogue ?? [])
      .filter((course) => !taken.has(course.id) && coursePhase(course.data, today) !== 'finished')
      .map((course) => ({ value: course.id, label: `${course.data.title} — ${course.data.provider} (${formatItalianDate(course.data.startDate)} – ${formatItalianDate(course.data.endDate)})` }));
  }, [catalogue, enrolments, today]);

  const enrol = async ({ otherId, enrolledOn }: EnrolValues): Promise<boolean> => {
    setRefusal(null);
    try {
      const { enrolment } = await courses.enrol(otherId, worker.id, enrolledOn);
      // Attendance is recorded there; leaving the file also reloads it with the status just changed.
      navigate(`/enrolments/${enrolment.id}`);
      return true;
    } catch (error) {
      const course = catalogue?.find((c) => c.id === otherId);
      const message = refusalText(t, error, { end: course?.data.endDate });
      setRefusal(message);
      return false;
    }
  };

  const canEnrol = !LEAVING_STATUSES.includes(worker.data.status);
  return (
    <section className="form-section retraining-panel" aria-labelledby="retraining-title">
      <h2 id="retraining-title">{t('retraining.worker.title')}</h2>
      <h3>{t('retraining.worker.training')}</h3>
      {enrolments === undefined ? (
        <p>{t('app.loading')}</p>
      ) : enrolments.length === 0 ? (
        <p className="hint">{t('retraining.worker.noEnrolments')}</p>
      ) : (
        <EnrolmentTable views={enrolments} caption={t('retraining.worker.training')} subject={{ kind: 'course' }} />
      )}
      <RefusalBanner message={refusal} />
      {canEnrol &&
        (catalogue && options.length === 0 ? (
          <p className="hint">{t('retraining.worker.noCourses')}</p>
        ) : (
          <EnrolForm legend={t('retraining.worker.enrolTitle')} choiceLabel={t('retraining.enrolments.course')} placeholder={t('retraining.enrolments.chooseCourse')} options={options} onEnrol={enrol} />
        ))}

      <h3>{t('retraining.worker.ventures')}</h3>
      {projects === undefined ? (
        <p>{t('app.loading')}</p>
      ) : projects.length === 0 ? (
        <p className="hint">{t('retraining.worker.noVentures')}</p>
      ) : (
        <table className="data-table venture-table">
          <caption className="visually-hidden">{t('retraining.worker.ventureTable')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('retraining.worker.idea')}</th>
              <th scope="col">{t('retraining.worker.ateco')}</th>
              <th scope="col">{t('retraining.worker.progress')}</th>
              <th scope="col">{t('retraining.worker.funding')}</th>
            </tr>
          </thead>
          <tbody>
            {projects.map((project) => {
              const launched = milestoneDoneOn(project.data, 'launch');
              const totals = fundingTotals(project.data);
              return (
                <tr key={project.id} data-testid="venture-row">
                  <td className="idea">
                    <Link to={`/ventures/${project.id}`}>{project.data.idea}</Link>
                  </td>
                  <td className="nowrap">{project.data.ateco ? `${project.data.ateco.section} ${project.data.ateco.code}` : '—'}</td>
                  <td>{launched ? t('retraining.worker.launched', { date: formatItalianDate(launched) }) : t('retraining.worker.milestonesDone', { done: milestonesDone(project.data), total: MILESTONES.length })}</td>
                  <td className="nowrap">{project.data.funding.length > 0 ? t('retraining.venture.totals', { requested: euro.format(totals.requested), granted: euro.format(totals.granted) }) : '—'}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <Link className="button" to={`/workers/${worker.id}/ventures/new`}>
        {t('retraining.worker.newVenture')}
      </Link>
    </section>
  );
}
