// The review of a CV before it is saved: every text of the CV as an editable field, laid out
// like the Europass page (headings and labels left, content right). Saving stores the version
// and writes the PDF; an anonymised CV is checked first for the worker's own data typed back in.
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { cvContentSchema, type CvContent } from '../../shared/cv/content';
import { identifyingDataIn, type IdentifyingField } from '../../shared/cv/anonymity';
import type { Worker } from '../../shared/domain/worker';
import { Field } from '../ui/Field';
import { ErrorBanner } from '../ui/ErrorBanner';
import { CvSectionLines } from './CvSectionLines';
import { useCvDraft } from './useCvDraft';
import { useServices } from '../app/services';

interface Props {
  worker: Worker;
  initial: CvContent;
  draftKey: string;
  /** Resolves when the version is stored and the PDF written. */
  onSave: (content: CvContent) => Promise<void>;
  onDiscard: () => void;
}

export function CvEditor({ worker, initial, draftKey, onSave, onDiscard }: Props) {
  const { t } = useTranslation();
  const form = useForm<CvContent>({ resolver: zodResolver(cvContentSchema), defaultValues: initial, mode: 'onSubmit' });
  const draft = useCvDraft(form, draftKey);
  const { drafts } = useServices();
  const [identifying, setIdentifying] = useState<IdentifyingField[]>([]);
  const [overridden, setOverridden] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const { errors, isSubmitting } = form.formState;

  const submit = form.handleSubmit(async (content) => {
    const found = content.variant === 'anonymous' ? identifyingDataIn(content, worker) : [];
    setIdentifying(found);
    setFailure(null);
    if (found.length > 0 && !overridden) return;
    draft.cancel();
    try {
      await onSave(content);
    } catch (error) {
      // The edits stay in the form and go back into the draft.
      setFailure(error);
      void drafts.save(draftKey, form.getValues());
    }
  });

  const heading = t('cv.editor.title');
  return (
    <form className="cv-editor card" aria-label={heading} onSubmit={(event) => void submit(event)} noValidate>
      <h2>{heading}</h2>
      <p className="cv-meta">
        {t('cv.editor.meta', {
          variant: t(`cv.screen.variants.${initial.variant}`),
          language: t(`cv.screen.languages.${initial.language}`),
          reference: initial.reference,
        })}
      </p>
      <p className="hint">{t('cv.editor.intro')}</p>
      {Object.keys(errors).length > 0 && (
        <p role="alert" className="error-banner">
          {t('cv.editor.invalid')}
        </p>
      )}
      <div className="cv-top">
        <Field label={t('cv.editor.heading')} error={errors.heading}>
          {(control) => <input {...control} {...form.register('heading')} />}
        </Field>
        <Field label={t('cv.editor.summary')} error={errors.summary}>
          {(control) => <textarea {...control} rows={4} {...form.register('summary')} />}
        </Field>
      </div>
      {initial.sections.map((section, index) => (
        <CvSectionLines key={section.key} form={form} index={index} idPrefix="cv" />
      ))}
      {identifying.length > 0 && (
        <div role="alert" className="error-banner">
          <p>{t('cv.editor.identifying', { fields: identifying.map((field) => t(`worker.fields.${field}`)).join(', ') })}</p>
          <label className="inline">
            <input type="checkbox" checked={overridden} onChange={(event) => setOverridden(event.target.checked)} />
            {t('cv.editor.identifyingOverride')}
          </label>
        </div>
      )}
      <ErrorBanner error={failure} />
      <div className="form-actions">
        <button type="submit" className="primary" disabled={isSubmitting}>
          {isSubmitting ? t('cv.editor.saving') : t('cv.editor.save')}
        </button>
        <button type="button" onClick={onDiscard}>
          {t('cv.editor.discard')}
        </button>
      </div>
    </form>
  );
}
