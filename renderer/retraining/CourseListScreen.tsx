// The course catalogue: every course, newest first, searchable, with how many are enrolled.
import { useDeferredValue, useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { coursePhase } from '../../shared/retraining/course';
import { formatItalianDate, todayIso } from '../../shared/time/dates';
import type { CourseRecord } from '../db/repositories/courseRepository';
import { Field } from '../ui/Field';
import { useCourses } from './useRetrainingRepositories';

function matches(course: CourseRecord, words: readonly string[]): boolean {
  const { title, provider, qualification, teachesSkills } = course.data;
  const text = [title, provider, qualification, ...teachesSkills].join(' ').toLowerCase();
  return words.every((word) => text.includes(word));
}

export function CourseListScreen() {
  const { t } = useTranslation();
  const courses = useCourses();
  const rows = useLiveQuery(() => courses.list(), [courses]);
  const counts = useLiveQuery(() => courses.enrolmentCounts(), [courses]);
  const [search, setSearch] = useState('');
  const query = useDeferredValue(search);
  const shown = useMemo(() => {
    const words = query.toLowerCase().split(/\s+/).filter(Boolean);
    return (rows ?? []).filter((course) => matches(course, words));
  }, [rows, query]);
  const today = todayIso();
  const total = rows?.length ?? 0;

  return (
    <section className="screen" aria-labelledby="courses-title">
      <div className="screen-header">
        <h1 id="courses-title">{t('retraining.courses.title')}</h1>
        <p className="count" aria-live="polite" data-testid="course-count">
          {shown.length === total ? t('retraining.courses.count', { count: total }) : t('retraining.courses.countOf', { shown: shown.length, total })}
        </p>
        <Link className="button" to="/courses/session">
          {t('retraining.session.open')}
        </Link>
        <Link className="button primary" to="/courses/new">
          {t('retraining.courses.new')}
        </Link>
      </div>
      <form className="filters" role="search" onSubmit={(event) => event.preventDefault()}>
        <Field label={t('retraining.courses.search')} className="grow">
          {(control) => <input {...control} type="search" value={search} placeholder={t('retraining.courses.searchPlaceholder')} onChange={(event) => setSearch(event.target.value)} />}
        </Field>
      </form>
      {rows === undefined ? (
        <p>{t('app.loading')}</p>
      ) : total === 0 ? (
        <p className="empty">{t('retraining.courses.noneYet')}</p>
      ) : shown.length === 0 ? (
        <p className="empty">{t('retraining.courses.empty')}</p>
      ) : (
        <table className="data-table course-table">
          <caption className="visually-hidden">{t('retraining.courses.table')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('retraining.course.fields.title')}</th>
              <th scope="col">{t('retraining.course.fields.provider')}</th>
              <th scope="col">{t('retraining.courses.period')}</th>
              <th scope="col" className="numeric">{t('retraining.course.fields.hours')}</th>
              <th scope="col">{t('retraining.course.fields.funding')}</th>
              <th scope="col" className="numeric">{t('retraining.courses.enrolled')}</th>
              <th scope="col">{t('retraining.courses.phaseLabel')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((course) => {
              const phase = coursePhase(course.data, today);
              return (
                <tr key={course.id}>
                  <td>
                    <Link to={`/courses/${course.id}`}>{course.data.title}</Link>
                    {course.data.qualification && <div className="hint">{course.data.qualification}</div>}
                  </td>
                  <td>{course.data.provider}</td>
                  <td className="nowrap">
                    {formatItalianDate(course.data.startDate)} – {formatItalianDate(course.data.endDate)}
                  </td>
                  <td className="numeric">{course.data.hours}</td>
                  <td>{t(`retraining.course.funding.${course.data.funding}`)}</td>
                  <td className="numeric">{counts?.get(course.id) ?? 0}</td>
                  <td>
                    <span className={`badge phase-${phase}`}>{t(`retraining.courses.phase.${phase}`)}</span>
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
