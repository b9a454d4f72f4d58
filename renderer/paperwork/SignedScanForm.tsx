// "Carica il firmato": the day it was signed and the scan (PDF, JPEG or PNG, chosen with the
// platform's picker: the native dialog in Electron). What the scan proves is applied by the caller.
import { useState, type ReactNode } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { useTranslation } from 'react-i18next';
import { isoDateSchema } from '../../shared/domain/primitives';
import { MAX_DOCUMENT_BYTES } from '../../shared/documents/types';
import type { OpenedFile } from '../../shared/platform/desktopBridge';
import { todayIso } from '../../shared/time/dates';
import { useServices } from '../app/services';
import { DateInput } from '../ui/DateInput';
import { Field } from '../ui/Field';
import { ErrorBanner } from '../ui/ErrorBanner';

export const signedFormSchema = z.object({
  date: isoDateSchema.refine((date) => date <= todayIso(), { error: 'paperwork.signed.dateInFuture' }),
  /** Only the privacy notice asks it: the separate consent to send the CV to employers. */
  cvConsent: z.boolean().default(false),
});
type SignedValues = z.output<typeof signedFormSchema>;
type SignedInput = z.input<typeof signedFormSchema>;

export interface SignedScan extends SignedValues {
  readonly file: OpenedFile;
}

interface Props {
  /** What is being signed, for the form's name ("Informativa privacy del 15/01/2019"). */
  readonly label: string;
  readonly askCvConsent?: boolean;
  readonly hint?: ReactNode;
  readonly onAttach: (scan: SignedScan) => Promise<void>;
  readonly onCancel: () => void;
}

export function SignedScanForm({ label, askCvConsent = false, hint, onAttach, onCancel }: Props) {
  const { t } = useTranslation();
  const { bridge } = useServices();
  const form = useForm<SignedInput, unknown, SignedValues>({ resolver: zodResolver(signedFormSchema), defaultValues: { date: todayIso(), cvConsent: false } });
  const { control, register, formState } = form;
  const [file, setFile] = useState<OpenedFile | null>(null);
  const [fileProblem, setFileProblem] = useState<string | null>(null);
  const [failure, setFailure] = useState<unknown>(null);

  const choose = async () => {
    setFileProblem(null);
    const opened = await bridge.openFile({ filters: [{ name: t('paperwork.signed.fileKinds'), extensions: ['pdf', 'jpg', 'jpeg', 'png'] }], maxBytes: MAX_DOCUMENT_BYTES });
    if (opened.ok) setFile(opened.value);
    else if (opened.error === 'tooLarge') setFileProblem(t('paperwork.signed.tooLarge', { limit: Math.round(MAX_DOCUMENT_BYTES / (1024 * 1024)) }));
    else if (opened.error !== 'cancelled') setFileProblem(t('paperwork.signed.unreadable'));
  };

  const submit = form.handleSubmit(async (values) => {
    setFailure(null);
    if (!file) {
      setFileProblem(t('paperwork.signed.noFile'));
      return;
    }
    try {
      await onAttach({ ...values, file });
    } catch (error) {
      setFailure(error);
    }
  });

  return (
    <form className="inline-form paperwork-signed" noValidate aria-label={t('paperwork.signed.formLabel', { document: label })} onSubmit={(event) => void submit(event)}>
      <div className="inline-form-row">
        <Field label={t('paperwork.signed.date')} error={formState.errors.date}>
          {(props) => <Controller control={control} name="date" render={({ field }) => <DateInput {...props} {...field} />} />}
        </Field>
        <div className="field grow">
          <span>{t('paperwork.signed.file')}</span>
          <div className="paperwork-file">
            <button type="button" onClick={() => void choose()}>
              {t('paperwork.signed.choose')}
            </button>
            <span className={file ? 'paperwork-file-name' : 'hint'}>{file ? file.name : t('paperwork.signed.noneChosen')}</span>
          </div>
          {fileProblem && <span className="field-error">{fileProblem}</span>}
        </div>
      </div>
      {askCvConsent && (
        <label className="checkbox-line">
          <input type="checkbox" {...register('cvConsent')} /> {t('paperwork.signed.cvConsent')}
        </label>
      )}
      {hint && <p className="hint">{hint}</p>}
      <div className="paperwork-actions">
        <button type="submit" className="primary" disabled={formState.isSubmitting}>
          {t('paperwork.signed.attach')}
        </button>
        <button type="button" className="link" onClick={onCancel}>
          {t('paperwork.cancel')}
        </button>
      </div>
      <ErrorBanner error={failure} />
    </form>
  );
}
