// A course of the catalogue: its form (new or edit) and, once saved, who is enrolled. Deleting a
// course that has enrolments names them in the confirmation; it leaves tombstones.
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { Course } from '../../shared/domain/casework';
import { useServices } from '../app/services';
import type { CourseInput } from '../db/repositories/courseRepository';
import { CourseForm, emptyCourse } from './CourseForm';
import { CourseEnrolments } from './CourseEnrolments';
import { CourseRegisterPanel } from '../paperwork/CourseRegisterPanel';
import { RefusalBanner, refusalText } from './refusals';
import { courseHistoryText } from './deletion';
import { useCourses } from './useRetrainingRepositories';
import { DraftRestoredNotice } from '../ui/DraftRestoredNotice';
import { RecordNotFound } from '../ui/RecordNotFound';
import { useRecordWithDraft } from '../ui/useRecordWithDraft';

export function CourseScreen() {
  const { id } = useParams();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { drafts } = useServices();
  const courses = useCourses();
  const draftKey = `course:${id ?? 'new'}`;
  const loaded = useRecordWithDraft({
    draftKey,
    load: async () => ({ row: id ? await courses.get(id) : null, extra: null }),
    formValues: (row): CourseInput => row?.data ?? emptyCourse(),
    deps: [id, courses],
  });
  const [saved, setSaved] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);

  if (loaded.state === 'loading') return <p>{t('app.loading')}</p>;
  if (loaded.state !== 'ready') return <RecordNotFound message={t('retraining.course.notFound')} backTo="/courses" backLabel={t('retraining.course.backToList')} />;

  const { row } = loaded;
  const refuse = (error: unknown) => {
    const message = refusalText(t, error);
    setRefusal(message);
  };
  const save = async (course: Course): Promise<boolean> => {
    setSaved(false);
    setRefusal(null);
    try {
      const stored = row ? await courses.update(row.id, course) : await courses.create(course);
      await drafts.discard(draftKey);
      setSaved(true);
      if (row) loaded.saved(stored);
      else navigate(`/courses/${stored.id}`, { replace: true });
      return true;
    } catch (error) {
      refuse(error);
      return false;
    }
  };
  const remove = async () => {
    if (!row) return;
    setRefusal(null);
    const history = courseHistoryText(t, await courses.usage(row.id));
    const question = history ? t('retraining.course.deleteConfirmHistory', { title: row.data.title, history }) : t('retraining.course.deleteConfirm', { title: row.data.title });
    if (!window.confirm(question)) return;
    try {
      await courses.remove(row.id);
    } catch (error) {
      refuse(error);
      return;
    }
    await drafts.discard(draftKey);
    navigate('/courses', { replace: true });
  };

  const status = (
    <>
      {loaded.draftRestored && <DraftRestoredNotice onDiscard={() => void loaded.discardDraft()} />}
      <RefusalBanner message={refusal} />
      {saved && (
        <p role="status" className="notice success">
          {t('retraining.course.saved')}
        </p>
      )}
    </>
  );
  const deleteButton = row && (
    <button type="button" className="danger push-end" onClick={() => void remove()}>
      {t('retraining.course.delete')}
    </button>
  );

  return (
    <section className="screen course-screen" aria-labelledby="course-title">
      <div className="screen-header">
        <h1 id="course-title">{row ? t('retraining.course.editTitle', { title: row.data.title }) : t('retraining.course.newTitle')}</h1>
        <Link to="/courses">{t('retraining.course.backToList')}</Link>
      </div>
      <div className="course-layout">
        <CourseForm key={loaded.formKey} initial={loaded.initial} draftKey={draftKey} onSave={save} status={status} actions={deleteButton} />
        {row && <CourseEnrolments course={row} />}
      </div>
      {row && <CourseRegisterPanel course={row} />}
    </section>
  );
}
