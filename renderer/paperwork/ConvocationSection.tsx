// Letters of convocation on the worker file: to an interview at the programme's office (the
// counselor sets the day, time, place and what to bring), or to an introductory meeting at an
// employer's that one of the worker's candidacies is part of (stored on that candidacy).
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { isoDateSchema, optionalText, requiredText } from '../../shared/domain/primitives';
import { INTERVIEW_TYPES, interviewTypeSchema } from '../../shared/domain/vocabulary';
import { timeSchema } from '../../shared/domain/appointment';
import { DEFAULT_BRING } from '../../shared/documents/templates/facts';
import { formatItalianDate, todayIso } from '../../shared/time/dates';
import { useServices } from '../app/services';
import type { WorkerRecord } from '../db/rows';
import { useCandidacyRepositories } from '../candidacies/useCandidacies';
import { DateInput } from '../ui/DateInput';
import { TimeInput } from '../ui/TimeInput';
import { Field } from '../ui/Field';
import { GeneratedDocuments } from './GeneratedDocuments';
import { SectionStatus } from './SectionStatus';
import { useSectionAction } from './useAction';
import { interviewLetterPdf, meetingLetterPdf, type Letter } from './build';
import { generatedEntries, storeGenerated, usePaperworkContext, usePaperworkDocuments, useProgrammeTexts } from './usePaperwork';
import { pdfFileName } from '../../shared/documents/fileNames';

const letterSchema = z.object({
  type: interviewTypeSchema,
  date: isoDateSchema,
  time: timeSchema,
  place: requiredText(200),
  bring: optionalText(600),
});
type LetterValues = z.infer<typeof letterSchema>;

const lines = (text: string) => text.split('\n').map((line) => line.trim()).filter((line) => line !== '');

type OnFile = Parameters<typeof generatedEntries>[0];

export function ConvocationSection({ worker, onFile }: { worker: WorkerRecord; onFile: OnFile }) {
  const { t } = useTranslation();
  const { bridge } = useServices();
  const documents = usePaperworkDocuments();
  const texts = useProgrammeTexts();
  const context = usePaperworkContext();
  const { candidacies, meetings } = useCandidacyRepositories();
  const action = useSectionAction();
  const [open, setOpen] = useState(false);
  const fileName = (what: string, date: string) => pdfFileName('Convocazione', what, worker.data.surname, worker.data.name, formatItalianDate(date).replaceAll('/', '-'));

  // The introductory meetings this worker is called to, with the employer and the role offered.
  const invitations = useLiveQuery(async () => {
    const rows = await meetings.listWithCandidacies();
    const employers = new Map((await candidacies.employers()).map((e) => [e.id, e.data.legalName]));
    const offers = new Map((await candidacies.offers()).map((o) => [o.id, o.data.role]));
    return rows.flatMap(({ meeting, views }) =>
      views.filter((view) => view.workerId === worker.id).map((view) => ({ meeting, candidacyId: view.id, employerName: employers.get(meeting.data.employerId) ?? '', role: offers.get(view.offerId) ?? '' })),
    );
  }, [meetings, candidacies, worker.id]);
  const allDocuments = useLiveQuery(() => documents.listForWorker(worker.id).catch(() => []), [documents, worker.id]);

  const letter = (): Letter | null => (context && texts !== undefined ? { programmeName: context.programmeName, texts, counselorName: context.counselorName(worker.data.counselorId ?? ''), date: todayIso() } : null);
  const savedText = (ok: boolean, location: string) => (ok ? t('paperwork.generatedSaved', { location }) : t('paperwork.generatedKept'));

  const writeInterviewLetter = (values: LetterValues) =>
    action.run(async () => {
      const base = letter();
      if (!base) return null;
      const bytes = await interviewLetterPdf(base, worker.data, values.type, { date: values.date, time: values.time, place: values.place, bring: lines(values.bring) });
      const note = t('paperwork.convocation.interviewNote', { type: t(`casework.interviewType.${values.type}`), date: formatItalianDate(values.date), time: values.time });
      const target = { owner: { kind: 'worker', id: worker.id }, workerId: worker.id, template: 'convocation', sourceId: `interview:${values.date}T${values.time}` } as const;
      const { saved } = await storeGenerated(documents, bridge, target, { fileName: fileName('colloquio', values.date), date: base.date, note }, bytes);
      setOpen(false);
      return savedText(saved.ok, saved.ok ? saved.value.location : '');
    });

  const writeMeetingLetter = (invitation: NonNullable<typeof invitations>[number]) =>
    action.run(async () => {
      const base = letter();
      if (!base) return null;
      const { meeting } = invitation;
      const bytes = await meetingLetterPdf(base, worker.data, { employerName: invitation.employerName, role: invitation.role, date: meeting.data.date, time: meeting.data.time, place: meeting.data.place, bring: DEFAULT_BRING.meeting });
      const note = t('paperwork.convocation.meetingNote', { employer: invitation.employerName, date: formatItalianDate(meeting.data.date) });
      const target = { owner: { kind: 'candidacy', id: invitation.candidacyId }, workerId: worker.id, template: 'convocation', sourceId: meeting.id } as const;
      const { saved } = await storeGenerated(documents, bridge, target, { fileName: fileName('incontro', meeting.data.date), date: base.date, note }, bytes);
      return savedText(saved.ok, saved.ok ? saved.value.location : '');
    });

  const meetingLetters = (allDocuments ?? []).filter((doc) => doc.owner.kind === 'candidacy');
  return (
    <section className="paperwork-section" aria-labelledby="paperwork-convocation">
      <div className="paperwork-section-header">
        <h3 id="paperwork-convocation">{t('paperwork.convocation.title')}</h3>
      </div>
      {!open && (
        <div className="paperwork-actions">
          <button type="button" onClick={() => setOpen(true)} disabled={action.busy}>
            {t('paperwork.convocation.interview')}
          </button>
        </div>
      )}
      {open && <InterviewLetterForm defaultPlace={texts?.programmeAddress ?? ''} busy={action.busy} onSubmit={writeInterviewLetter} onCancel={() => setOpen(false)} />}
      {invitations && invitations.length > 0 && (
        <ul className="paperwork-list">
          {invitations.map((invitation) => (
            <li key={`${invitation.meeting.id}:${invitation.candidacyId}`} className="paperwork-row">
              <span className="paperwork-what">
                {t('paperwork.convocation.meeting', { employer: invitation.employerName, date: formatItalianDate(invitation.meeting.data.date), time: invitation.meeting.data.time || '—' })}
              </span>
              <button type="button" onClick={() => void writeMeetingLetter(invitation)} disabled={action.busy}>
                {t('paperwork.convocation.meetingGenerate')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <SectionStatus action={action} />
      <GeneratedDocuments entries={generatedEntries([...onFile, ...meetingLetters], 'convocation')} name={t('paperwork.convocation.name')} describe={(document) => document.note} />
    </section>
  );
}

function InterviewLetterForm({ defaultPlace, busy, onSubmit, onCancel }: { defaultPlace: string; busy: boolean; onSubmit: (values: LetterValues) => Promise<void>; onCancel: () => void }) {
  const { t } = useTranslation();
  const form = useForm<LetterValues>({
    resolver: zodResolver(letterSchema),
    defaultValues: { type: 'guidance', date: todayIso(), time: '09:30', place: defaultPlace, bring: DEFAULT_BRING.interview.join('\n') },
  });
  const { register, control, formState } = form;
  const errors = formState.errors;
  return (
    <form className="inline-form paperwork-form" noValidate aria-label={t('paperwork.convocation.formLabel')} onSubmit={(event) => void form.handleSubmit(onSubmit)(event)}>
      <div className="inline-form-row">
        <Field label={t('paperwork.convocation.type')} error={errors.type} className="paperwork-type">
          {(props) => (
            <select {...props} {...register('type')}>
              {INTERVIEW_TYPES.map((type) => (
                <option key={type} value={type}>
                  {t(`casework.interviewType.${type}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('paperwork.convocation.date')} error={errors.date}>
          {(props) => <Controller control={control} name="date" render={({ field }) => <DateInput {...props} {...field} />} />}
        </Field>
        <Field label={t('paperwork.convocation.time')} error={errors.time} className="compact">
          {(props) => <TimeInput {...props} {...register('time')} />}
        </Field>
        <Field label={t('paperwork.convocation.place')} error={errors.place} className="grow">
          {(props) => <input {...props} {...register('place')} />}
        </Field>
      </div>
      <Field label={t('paperwork.convocation.bring')} error={errors.bring} hint={t('paperwork.convocation.bringHint')}>
        {(props) => <textarea {...props} {...register('bring')} rows={3} />}
      </Field>
      <div className="paperwork-actions">
        <button type="submit" className="primary" disabled={busy}>
          {t('paperwork.convocation.generate')}
        </button>
        <button type="button" className="link" onClick={onCancel}>
          {t('paperwork.cancel')}
        </button>
      </div>
    </form>
  );
}
