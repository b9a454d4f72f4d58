// The worker file form: react-hook-form driven by the worker's zod schema. Every change is kept
// as a draft, so an invalid submit, a reload or a crash never loses what was typed.
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { workerSchema, type Worker, type WorkerInput } from '../../../shared/domain/worker';
import { useFormDraft } from '../../ui/useFormDraft';
import { PersonalSection } from './PersonalSection';
import { EnrolmentSection } from './EnrolmentSection';
import { TracksSection } from './TracksSection';
import { ProfileSection } from './ProfileSection';
import { PreferencesSection } from './PreferencesSection';
import { useEffect, type ReactNode } from 'react';
import type { CounselorRecord } from '../../db/rows';
import { FileSection } from '../FileSection';

interface WorkerFormProps {
  initial: WorkerInput;
  counselors: readonly CounselorRecord[];
  draftKey: string;
  /** Resolves true when saved; false when refused (the draft is then kept). */
  onSave: (worker: Worker) => Promise<boolean>;
  status: ReactNode;
  /** Told whether the form holds typed, unsaved values (the screen then keeps it when the record changes elsewhere). */
  onDirtyChange?: (dirty: boolean) => void;
}

export function WorkerForm({ initial, counselors, draftKey, onSave, status, onDirtyChange }: WorkerFormProps) {
  const { t } = useTranslation();
  const form = useForm<WorkerInput, unknown, Worker>({
    resolver: zodResolver(workerSchema),
    defaultValues: initial,
    mode: 'onSubmit',
    reValidateMode: 'onChange',
  });
  const draft = useFormDraft(form, draftKey);
  const save = async (worker: Worker) => {
    draft.cancel();
    let saved = false;
    try {
      saved = await onSave(worker);
    } finally {
      if (!saved) draft.flush();
    }
  };
  const { isSubmitting, isSubmitted, isValid, isDirty } = form.formState;
  useEffect(() => onDirtyChange?.(isDirty), [isDirty, onDirtyChange]);

  return (
    <form className="worker-form" noValidate onSubmit={(event) => void form.handleSubmit(save)(event)} aria-describedby="form-status">
      <div id="form-status">
        {isSubmitted && !isValid && (
          <p role="alert" className="error-banner">
            {t('worker.invalid')}
          </p>
        )}
        {status}
      </div>
      <FileSection section="anagrafica">
        <PersonalSection form={form} />
      </FileSection>
      <FileSection section="adesione">
        <EnrolmentSection form={form} />
      </FileSection>
      <FileSection section="percorsi">
        <TracksSection form={form} counselors={counselors} />
      </FileSection>
      <FileSection section="profilo">
        <ProfileSection form={form} />
      </FileSection>
      <FileSection section="preferenze">
        <PreferencesSection form={form} />
      </FileSection>
      <div className="form-actions">
        <button type="submit" className="primary" disabled={isSubmitting}>
          {isSubmitting ? t('worker.saving') : t('worker.save')}
        </button>
      </div>
    </form>
  );
}
