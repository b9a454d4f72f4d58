// The signed register of one lesson, entered on one screen: every enrolled worker's hours that
// day (0 for an absence) and the scan. The hours are written for the whole session at once, with
// the same checks as one by one (recordSession); the scan goes beside each worker's copy of the
// register. A refused row says why and keeps its value to correct; then nothing is written.
import { useState } from 'react';
import { useFieldArray, useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { useTranslation } from 'react-i18next';
import { MAX_DOCUMENT_BYTES } from '../../shared/documents/types';
import type { OpenedFile } from '../../shared/platform/desktopBridge';
import { formatItalianDate } from '../../shared/time/dates';
import { formatHours } from '../../shared/documents/templates/facts';
import { useServices } from '../app/services';
import type { EnrolmentView } from '../db/repositories/courseRepository';
import { useCourses } from '../retraining/useRetrainingRepositories';
import { refusalText } from '../retraining/refusals';
import { schemaMessageText } from '../ui/messages';
import { ErrorBanner } from '../ui/ErrorBanner';
import { attachSigned, usePaperworkDocuments } from './usePaperwork';
import { unsignedCopies, type RegisterSession } from './sessions';
import { hoursSchema } from './hours';
import { RowsRefusedError } from '../db/repositories/courseRepositoryBulk';
import { NotEligibleError } from '../db/repositories/errors';

interface Enrolled {
  readonly view: EnrolmentView;
  readonly fullName: string;
  readonly codiceFiscale: string;
}

const schema = z.object({
  rows: z.array(
    z.object({
      enrolmentId: z.string(),
      hours: hoursSchema(0),
    }),
  ),
});
type Values = z.output<typeof schema>;
type ValuesInput = z.input<typeof schema>;

interface Props {
  readonly courseId: string;
  readonly session: RegisterSession;
  readonly enrolled: readonly Enrolled[];
  readonly courseEnd: string;
  readonly onDone: () => void;
  readonly onCancel: () => void;
}

export function SessionAttendance({ courseId, session, enrolled, courseEnd, onDone, onCancel }: Props) {
  const { t, i18n } = useTranslation();
  const { bridge } = useServices();
  const courses = useCourses();
  const documents = usePaperworkDocuments();
  const sorted = [...enrolled].sort((a, b) => a.fullName.localeCompare(b.fullName, 'it'));
  const recorded = (view: EnrolmentView) => view.progress.days.find((day) => day.date === session.date)?.hours;
  const form = useForm<ValuesInput, unknown, Values>({ resolver: zodResolver(schema), defaultValues: { rows: sorted.map(({ view }) => ({ enrolmentId: view.enrolment.id, hours: formatHours(recorded(view) ?? session.hours) })) } });
  const { fields } = useFieldArray({ control: form.control, name: 'rows' });
  const [file, setFile] = useState<OpenedFile | null>(null);
  const [fileProblem, setFileProblem] = useState<string | null>(null);
  const [refusals, setRefusals] = useState<Map<string, string>>(new Map());
  const [failure, setFailure] = useState<unknown>(null);
  const errors = form.formState.errors.rows;

  const choose = async () => {
    setFileProblem(null);
    const opened = await bridge.openFile({ filters: [{ name: t('paperwork.signed.fileKinds'), extensions: ['pdf', 'jpg', 'jpeg', 'png'] }], maxBytes: MAX_DOCUMENT_BYTES });
    if (opened.ok) setFile(opened.value);
    else if (opened.error === 'tooLarge') setFileProblem(t('paperwork.signed.tooLarge', { limit: Math.round(MAX_DOCUMENT_BYTES / (1024 * 1024)) }));
    else if (opened.error !== 'cancelled') setFileProblem(t('paperwork.signed.unreadable'));
  };

  const submit = form.handleSubmit(async ({ rows }) => {
    setFailure(null);
    if (!file) {
      setFileProblem(t('paperwork.signed.noFile'));
      return;
    }
    const refused = new Map<string, string>();
    try {
      // Every row in one transaction, or none (renderer/db/repositories/courseRepositoryBulk.ts): 0 is an absence, correcting a day recorded before.
      try {
        await courses.recordSession(courseId, session.date, rows);
      } catch (error) {
        if (!(error instanceof RowsRefusedError)) throw error;
        for (const [enrolmentId, reason] of error.refusals) {
          const person = sorted.find((entry) => entry.view.enrolment.id === enrolmentId);
          refused.set(enrolmentId, refusalText(t, new NotEligibleError(reason), { end: courseEnd, enrolledOn: person?.view.enrolment.data.enrolledOn }));
        }
      }
      setRefusals(refused);
      if (refused.size > 0) return;
      for (const copy of unsignedCopies(session)) await attachSigned(documents, copy, 'attendanceRegister', { name: file.name, bytes: file.bytes, date: session.date });
      onDone();
    } catch (error) {
      setFailure(error);
    }
  });

  return (
    <form className="paperwork-session" noValidate aria-label={t('paperwork.register.sessionForm', { date: formatItalianDate(session.date) })} onSubmit={(event) => void submit(event)}>
      <p className="hint">{t('paperwork.register.sessionHint', { date: formatItalianDate(session.date) })}</p>
      <table className="data-table">
        <caption className="visually-hidden">{t('paperwork.register.sessionTable', { date: formatItalianDate(session.date) })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('paperwork.register.worker')}</th>
            <th scope="col">{t('paperwork.register.codiceFiscale')}</th>
            <th scope="col" className="number">
              {t('paperwork.register.hoursAttended')}
            </th>
          </tr>
        </thead>
        <tbody>
          {fields.map((field, index) => {
            const person = sorted[index];
            const error = errors?.[index]?.hours;
            const refusal = refusals.get(field.enrolmentId);
            return (
              <tr key={field.id} data-testid="session-row">
                <th scope="row">{person?.fullName}</th>
                <td className="mono">{person?.codiceFiscale}</td>
                <td className="number">
                  <input
                    type="text"
                    inputMode="decimal"
                    className="short"
                    aria-label={t('paperwork.register.hoursOf', { name: person?.fullName ?? '' })}
                    aria-invalid={error || refusal ? true : undefined}
                    {...form.register(`rows.${index}.hours`)}
                  />
                  {error && <span className="field-error">{schemaMessageText(t, i18n.language, error.message)}</span>}
                  {refusal && <span className="field-error">{refusal}</span>}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <div className="paperwork-file">
        <button type="button" onClick={() => void choose()}>
          {t('paperwork.signed.choose')}
        </button>
        <span className={file ? 'paperwork-file-name' : 'hint'}>{file ? file.name : t('paperwork.signed.noneChosen')}</span>
        {fileProblem && <span className="field-error">{fileProblem}</span>}
      </div>
      <div className="paperwork-actions">
        <button type="submit" className="primary" disabled={form.formState.isSubmitting}>
          {t('paperwork.register.save')}
        </button>
        <button type="button" className="link" onClick={onCancel}>
          {t('paperwork.cancel')}
        </button>
      </div>
      <ErrorBanner error={failure} />
    </form>
  );
}
