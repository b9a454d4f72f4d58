// Who is enrolled in a course (among the workers this user can see), enrolling one more or several
// at once (EnrolManyPanel), and the way to a lesson's attendance for all of them (SessionScreen).
import { useEffect, useMemo, useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { LEAVING_STATUSES } from '../../shared/domain/vocabulary';
import type { StatusChange } from '../../shared/retraining/status';
import { useServices } from '../app/services';
import type { CourseRecord } from '../db/repositories/courseRepository';
import { EnrolmentTable } from './EnrolmentTable';
import { EnrolForm } from './EnrolForm';
import { RefusalBanner, refusalText, StatusChangeNotice } from './refusals';
import { useCourses } from './useRetrainingRepositories';
import type { EnrolForm as EnrolValues } from './formSchemas';
import { EnrolManyPanel, type PickableWorker } from './EnrolManyPanel';

export function CourseEnrolments({ course }: { course: CourseRecord }) {
  const { t } = useTranslation();
  const { workers } = useServices();
  const courses = useCourses();
  const views = useLiveQuery(() => courses.enrolmentsOfCourse(course.id), [courses, course.id]);
  const visibleWorkers = useLiveQuery(() => workers.list(), [workers]);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [enrolled, setEnrolled] = useState<{ change?: StatusChange } | null>(null);
  const [picking, setPicking] = useState(false);
  // Closing the picker returns focus to the button that opened it.
  const openPicker = useRef<HTMLButtonElement>(null);
  const returning = useRef(false);
  const closePicker = () => {
    returning.current = true;
    setPicking(false);
  };
  useEffect(() => {
    if (picking || !returning.current) return;
    returning.current = false;
    openPicker.current?.focus();
  }, [picking]);

  const names = useMemo(() => new Map((visibleWorkers ?? []).map((w) => [w.id, `${w.data.surname} ${w.data.name}`])), [visibleWorkers]);
  const enrollable = useMemo((): PickableWorker[] => {
    const taken = new Set((views ?? []).map((view) => view.enrolment.data.workerId));
    return (visibleWorkers ?? [])
      .filter((worker) => !taken.has(worker.id) && !LEAVING_STATUSES.includes(worker.status))
      .sort((a, b) => a.data.surname.localeCompare(b.data.surname, 'it') || a.data.name.localeCompare(b.data.name, 'it'))
      .map((worker) => ({ id: worker.id, surname: worker.data.surname, name: worker.data.name, codiceFiscale: worker.data.codiceFiscale }));
  }, [views, visibleWorkers]);
  const options = useMemo(() => enrollable.map((worker) => ({ value: worker.id, label: `${worker.surname} ${worker.name} · ${worker.codiceFiscale}` })), [enrollable]);

  const enrol = async ({ otherId, enrolledOn }: EnrolValues): Promise<boolean> => {
    setRefusal(null);
    setEnrolled(null);
    try {
      const { statusChange } = await courses.enrol(course.id, otherId, enrolledOn);
      setEnrolled({ change: statusChange });
      return true;
    } catch (error) {
      const message = refusalText(t, error, { end: course.data.endDate });
      setRefusal(message);
      return false;
    }
  };

  return (
    <section className="form-section course-enrolments" aria-labelledby="enrolments-title">
      <h2 id="enrolments-title">
        {t('retraining.enrolments.title')} {views && <span className="count">({views.length})</span>}
      </h2>
      {views === undefined ? (
        <p>{t('app.loading')}</p>
      ) : views.length === 0 ? (
        <p className="hint">{t('retraining.enrolments.none')}</p>
      ) : (
        <>
          <EnrolmentTable views={views} caption={t('retraining.enrolments.table')} subject={{ kind: 'worker', name: (id) => names.get(id) ?? '—' }} />
          <p>
            <Link to={`/courses/session?course=${course.id}`}>{t('retraining.session.open')}</Link>
          </p>
        </>
      )}
      <RefusalBanner message={refusal} />
      {enrolled && (
        <p role="status" className="notice success">
          {t('retraining.enrolments.enrolledNow')}
        </p>
      )}
      <StatusChangeNotice change={enrolled?.change} />
      {picking ? (
        <EnrolManyPanel course={course} workers={enrollable} onClose={closePicker} />
      ) : visibleWorkers && options.length === 0 ? (
        <p className="hint">{t('retraining.enrolments.noWorkers')}</p>
      ) : (
        <>
          <button type="button" ref={openPicker} className="enrol-many-open" onClick={() => setPicking(true)}>
            {t('retraining.picker.open')}
          </button>
          <EnrolForm
            legend={t('retraining.enrolments.enrolTitle')}
            choiceLabel={t('retraining.enrolments.worker')}
            placeholder={t('retraining.enrolments.chooseWorker')}
            options={options}
            onEnrol={enrol}
          />
        </>
      )}
    </section>
  );
}
