// The venture form: the idea, its ATECO activity, the four milestones and the funding applications.
import type { ReactNode } from 'react';
import { useForm, useWatch, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Venture } from '../../shared/domain/casework';
import { atecoSectionOf, atecoSections, atecoVersionSchema } from '../../shared/domain/employer';
import { todayIso } from '../../shared/time/dates';
import { Field } from '../ui/Field';
import { useFormDraft } from '../ui/useFormDraft';
import { VentureMilestones } from './VentureMilestones';
import { VentureFunding } from './VentureFunding';
import { ventureResolver, type VentureFormValues } from './ventureFormValues';

export type VentureFormApi = UseFormReturn<VentureFormValues, unknown, Venture>;

interface VentureFormProps {
  initial: VentureFormValues;
  draftKey: string;
  /** Resolves true when saved; false when refused or not confirmed (the draft is then kept). */
  onSave: (venture: Venture) => Promise<boolean>;
  status: ReactNode;
  /** More buttons beside the save button (delete). */
  actions?: ReactNode;
}

export function VentureForm({ initial, draftKey, onSave, status, actions }: VentureFormProps) {
  const { t } = useTranslation();
  const form: VentureFormApi = useForm<VentureFormValues, unknown, Venture>({ resolver: ventureResolver(todayIso()), defaultValues: initial, mode: 'onSubmit', reValidateMode: 'onChange' });
  const { register, formState, control, setValue, getValues } = form;
  const errors = formState.errors;
  const draft = useFormDraft(form, draftKey);
  const version = useWatch({ control, name: 'ateco.version' });

  const save = async (venture: Venture) => {
    draft.cancel();
    let saved = false;
    try {
      saved = await onSave(venture);
    } finally {
      if (!saved) draft.flush();
    }
  };
  // The section follows from the code's division: filled in as soon as the code says which.
  const fillSection = () => {
    const section = atecoSectionOf(getValues('ateco.code'), getValues('ateco.version'));
    if (section) setValue('ateco.section', section, { shouldDirty: true });
  };

  return (
    <form className="worker-form" noValidate onSubmit={(event) => void form.handleSubmit(save)(event)} aria-describedby="venture-form-status">
      <div id="venture-form-status">
        {formState.isSubmitted && !formState.isValid && (
          <p role="alert" className="error-banner">
            {t('retraining.venture.invalid')}
          </p>
        )}
        {status}
      </div>
      <fieldset className="form-section">
        <legend>{t('retraining.venture.sections.idea')}</legend>
        <Field label={t('retraining.venture.fields.idea')} error={errors.idea}>
          {(props) => <textarea {...props} {...register('idea')} rows={4} />}
        </Field>
      </fieldset>
      <fieldset className="form-section">
        <legend>{t('retraining.venture.sections.ateco')}</legend>
        <div className="grid">
          <Field label={t('retraining.venture.fields.atecoCode')} error={errors.ateco?.code} hint={t('retraining.venture.fields.atecoCodeHint')}>
            {(props) => <input {...props} {...register('ateco.code', { onChange: fillSection })} className="mono" />}
          </Field>
          <Field label={t('retraining.venture.fields.atecoSection')} error={errors.ateco?.section}>
            {(props) => (
              <select {...props} {...register('ateco.section')}>
                <option value="">{t('retraining.venture.atecoNone')}</option>
                {atecoSections(version).map((section) => (
                  <option key={section} value={section}>
                    {section}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('retraining.venture.fields.atecoVersion')} error={errors.ateco?.version}>
            {(props) => (
              <select {...props} {...register('ateco.version', { onChange: fillSection })}>
                {atecoVersionSchema.options.map((option) => (
                  <option key={option} value={option}>
                    {t(`retraining.venture.atecoVersion.${option}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('retraining.venture.fields.atecoDescription')} error={errors.ateco?.description} className="wide">
            {(props) => <input {...props} {...register('ateco.description')} />}
          </Field>
        </div>
      </fieldset>
      <VentureMilestones form={form} />
      <VentureFunding form={form} />
      <div className="form-actions">
        <button type="submit" className="primary" disabled={formState.isSubmitting}>
          {formState.isSubmitting ? t('retraining.venture.saving') : t('retraining.venture.save')}
        </button>
        {actions}
      </div>
    </form>
  );
}
