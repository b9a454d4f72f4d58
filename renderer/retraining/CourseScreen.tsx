// A course of the catalogue: its form (new or edit) and, once saved, who is enrolled.
import { useEffect, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { Course } from '../../shared/domain/casework';
import { useServices } from '../app/services';
import type { CourseInput, CourseRecord } from '../db/repositories/courseRepository';
import { RecordNotFoundError } from '../db/repositories/errors';
import { CourseForm, emptyCourse } from './CourseForm';
import { CourseEnrolments } from './CourseEnrolments';
import { RefusalBanner, refusalText } from './refusals';
import { useCourses } from './useRetrainingRepositories';
import { DraftRestoredNotice } from '../ui/DraftRestoredNotice';

type Loaded = { state: 'loading' } | { state: 'missing'; key: string } | { state: 'ready'; key: string; row: CourseRecord | null; initial: CourseInput; draftRestored: boolean };

export function CourseScreen() {
  const { id } = useParams();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { drafts } = useServices();
  const courses = useCourses();
  const draftKey = `course:${id ?? 'new'}`;
  const [result, setLoaded] = useState<Loaded>({ state: 'loading' });
  const loaded: Loaded = result.state !== 'loading' && result.key === draftKey ? result : { state: 'loading' };
  const [saved, setSaved] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);

  useEffect(() => {
    let cancelled = false;
    (async () => {
      const draft = (await drafts.load(draftKey)) as CourseInput | undefined;
      const row = id ? await courses.get(id) : null;
      if (!cancelled) setLoaded({ state: 'ready', key: draftKey, row, initial: draft ?? row?.data ?? emptyCourse(), draftRestored: draft !== undefined });
    })().catch((error: unknown) => {
      if (!(error instanceof RecordNotFoundError)) console.error(error);
      if (!cancelled) setLoaded({ state: 'missing', key: draftKey });
    });
    return () => {
      cancelled = true;
    };
  }, [id, draftKey, courses, drafts]);

  if (loaded.state === 'loading') return <p>{t('app.loading')}</p>;
  if (loaded.state === 'missing') {
    return (
      <section className="screen">
        <p role="alert" className="error-banner">{t('retraining.course.notFound')}</p>
        <Link to="/courses">{t('retraining.course.backToList')}</Link>
      </section>
    );
  }

  const { row } = loaded;
  const save = async (course: Course): Promise<boolean> => {
    setSaved(false);
    setRefusal(null);
    try {
      const stored = row ? await courses.update(row.id, course) : await courses.create(course);
      await drafts.discard(draftKey);
      setSaved(true);
      if (row) setLoaded({ ...loaded, row: stored, initial: stored.data, draftRestored: false });
      else navigate(`/courses/${stored.id}`, { replace: true });
      return true;
    } catch (error) {
      const message = refusalText(t, error);
      if (!message) throw error;
      setRefusal(message);
      return false;
    }
  };
  const discardDraft = async () => {
    await drafts.discard(draftKey);
    setLoaded({ ...loaded, initial: row?.data ?? emptyCourse(), draftRestored: false });
  };

  const status = (
    <>
      {loaded.draftRestored && <DraftRestoredNotice onDiscard={() => void discardDraft()} />}
      <RefusalBanner message={refusal} />
      {saved && (
        <p role="status" className="notice success">
          {t('retraining.course.saved')}
        </p>
      )}
    </>
  );

  return (
    <section className="screen course-screen" aria-labelledby="course-title">
      <div className="screen-header">
        <h1 id="course-title">{row ? t('retraining.course.editTitle', { title: row.data.title }) : t('retraining.course.newTitle')}</h1>
        <Link to="/courses">{t('retraining.course.backToList')}</Link>
      </div>
      <div className="course-layout">
        <CourseForm key={`${row?.id ?? 'new'}:${row?.updatedAt ?? ''}:${loaded.draftRestored}`} initial={loaded.initial} draftKey={draftKey} onSave={save} status={status} />
        {row && <CourseEnrolments course={row} />}
      </div>
    </section>
  );
}
