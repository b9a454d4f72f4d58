// Registro presenze on the course screen: the counselor picks a lesson (its day and hours) and
// prints the register of every enrolled worker they can see; a copy is stored on each enrolment,
// since each worker's file must prove their own hours. When the signed register comes back, its
// hours are entered on one screen for the whole session (SessionAttendance) and the scan goes
// beside each copy.
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { isoDateSchema } from '../../shared/domain/primitives';
import { formatHours } from '../../shared/documents/templates/facts';
import { formatItalianDate, todayIso } from '../../shared/time/dates';
import { useServices } from '../app/services';
import type { CourseRecord } from '../db/repositories/courseRepository';
import { useCourses } from '../retraining/useRetrainingRepositories';
import { DateInput } from '../ui/DateInput';
import { Field } from '../ui/Field';
import { SectionStatus } from './SectionStatus';
import { SessionAttendance } from './SessionAttendance';
import { registerSessions, sessionSourceId, unsignedCopies, type RegisterSession } from './sessions';
import { useSectionAction } from './useAction';
import { registerPdf } from './build';
import { hoursSchema } from './hours';
import { offerPdf, usePaperworkContext, usePaperworkDocuments, useProgrammeTexts } from './usePaperwork';
import { pdfFileName } from '../../shared/documents/fileNames';
import './paperwork.css';

export function CourseRegisterPanel({ course }: { course: CourseRecord }) {
  const { t } = useTranslation();
  const { bridge, workers } = useServices();
  const courses = useCourses();
  const documents = usePaperworkDocuments();
  const texts = useProgrammeTexts();
  const context = usePaperworkContext();
  const action = useSectionAction();
  const [recording, setRecording] = useState<string | null>(null);
  const { startDate, endDate } = course.data;

  const enrolled = useLiveQuery(async () => {
    const views = await courses.enrolmentsOfCourse(course.id);
    const people = new Map((await workers.list()).map((w) => [w.id, w.data]));
    return views.flatMap((view) => {
      const person = people.get(view.enrolment.data.workerId);
      return person ? [{ view, fullName: `${person.surname} ${person.name}`, codiceFiscale: person.codiceFiscale }] : [];
    });
  }, [courses, workers, course.id]);

  const sessions = useLiveQuery(async (): Promise<RegisterSession[]> => {
    const views = await courses.enrolmentsOfCourse(course.id);
    const lists = await Promise.all(views.map((view) => documents.listForOwner({ kind: 'enrolment', id: view.enrolment.id }).catch(() => [])));
    return registerSessions(lists);
  }, [courses, documents, course.id]);

  const today = todayIso();
  const formSchema = z.object({
    date: isoDateSchema.refine((date) => date >= startDate && date <= endDate, { error: 'paperwork.register.outsideCourse' }),
    hours: hoursSchema(0.5),
  });
  const form = useForm<z.input<typeof formSchema>, unknown, z.output<typeof formSchema>>({ resolver: zodResolver(formSchema), defaultValues: { date: today < startDate ? startDate : today > endDate ? endDate : today, hours: '4' } });
  const { control, register, formState } = form;

  const generate = form.handleSubmit((values) =>
    action.run(async () => {
      if (!context || texts === undefined || !enrolled || enrolled.length === 0) return null;
      const rows = enrolled.map(({ view, fullName, codiceFiscale }) => ({ fullName, codiceFiscale, hours: view.progress.days.find((day) => day.date === values.date)?.hours ?? null }));
      const bytes = await registerPdf({ programmeName: context.programmeName, texts, counselorName: '', date: values.date }, course.data, values.date, values.hours, rows);
      const fileName = pdfFileName('Registro presenze', course.data.title, formatItalianDate(values.date).replaceAll('/', '-'));
      const note = t('paperwork.register.note', { title: course.data.title, date: formatItalianDate(values.date), hours: formatHours(values.hours) });
      const sourceId = sessionSourceId(course.id, values.date, values.hours);
      for (const { view } of enrolled) {
        const owner = { kind: 'enrolment', id: view.enrolment.id } as const;
        await documents.add({ workerId: view.enrolment.data.workerId, owner, type: 'generated', fileName, date: values.date, note, generated: { template: 'attendanceRegister', sourceId } }, bytes);
      }
      const saved = await offerPdf(bridge, fileName, bytes);
      return saved.ok ? t('paperwork.generatedSaved', { location: saved.value.location }) : t('paperwork.generatedKept');
    }),
  );

  const download = (session: RegisterSession) =>
    action.run(async () => {
      const first = session.copies[0];
      if (!first) return null;
      const { bytes } = await documents.open(first.generated.id);
      const saved = await offerPdf(bridge, first.generated.fileName, bytes);
      return saved.ok ? t('paperwork.downloaded', { location: saved.value.location }) : null;
    });

  return (
    <section className="form-section paperwork" aria-labelledby="paperwork-register-title" data-testid="course-register">
      <h2 id="paperwork-register-title">{t('paperwork.register.title')}</h2>
      {enrolled && enrolled.length === 0 ? (
        <p className="hint">{t('paperwork.register.noneEnrolled')}</p>
      ) : (
        <form className="inline-form" noValidate aria-label={t('paperwork.register.formLabel')} onSubmit={(event) => void generate(event)}>
          <div className="inline-form-row">
            <Field label={t('paperwork.register.date')} error={formState.errors.date}>
              {(props) => <Controller control={control} name="date" render={({ field }) => <DateInput {...props} {...field} />} />}
            </Field>
            <Field label={t('paperwork.register.hours')} error={formState.errors.hours} className="compact">
              {(props) => <input {...props} {...register('hours')} inputMode="decimal" className="short" />}
            </Field>
            <button type="submit" disabled={action.busy || !enrolled}>
              {t('paperwork.register.generate')}
            </button>
          </div>
          <p className="hint">{t('paperwork.register.hint', { count: enrolled?.length ?? 0 })}</p>
        </form>
      )}
      <SectionStatus action={action} />
      {sessions && sessions.length > 0 && (
        <ul className="paperwork-list">
          {sessions.map((session) => {
            const signed = session.copies.length > 0 && unsignedCopies(session).length === 0;
            const label = t('paperwork.register.session', { date: formatItalianDate(session.date), hours: formatHours(session.hours) });
            return (
              <li key={session.sourceId} data-testid="register-session">
                <div className="paperwork-row">
                  <span className="paperwork-what">{label}</span>
                  <button type="button" className="link" aria-label={t('paperwork.downloadLabel', { document: label })} onClick={() => void download(session)}>
                    {t('paperwork.download')}
                  </button>
                  {signed ? (
                    <span className="badge status-placed">{t('paperwork.register.recorded')}</span>
                  ) : (
                    recording !== session.sourceId && (
                      <button type="button" aria-label={t('paperwork.register.recordLabel', { session: label })} onClick={() => setRecording(session.sourceId)}>
                        {t('paperwork.register.record')}
                      </button>
                    )
                  )}
                </div>
                {!signed && recording === session.sourceId && enrolled && (
                  <SessionAttendance courseId={course.id} session={session} enrolled={enrolled} courseEnd={endDate} onDone={() => setRecording(null)} onCancel={() => setRecording(null)} />
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
