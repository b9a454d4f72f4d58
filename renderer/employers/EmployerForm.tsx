// The employer form: react-hook-form on the employer's zod schema. Every edit is kept as a draft,
// so an invalid submit, a reload or a lock never loses what was typed.
import type { ReactNode } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { atecoSectionOf, atecoSections, employerSchema, type AtecoVersion, type Employer, type EmployerInput } from '../../shared/domain/employer';
import { INCENTIVES } from '../../shared/domain/vocabulary';
import { validatePartitaIva } from '../../shared/validation/partitaIva';
import { Field } from '../ui/Field';
import { PlaceInput } from '../ui/PlaceInput';
import { CheckboxGroup } from '../ui/CheckboxGroup';
import { ownMessage } from './catalogue';
import { useFormDraft } from '../ui/useFormDraft';

interface EmployerFormProps {
  initial: EmployerInput;
  draftKey: string;
  /** Resolves true when saved; false when refused (the draft is then kept). */
  onSave: (employer: Employer) => Promise<boolean>;
  status: ReactNode;
  actions?: ReactNode;
}

export function EmployerForm({ initial, draftKey, onSave, status, actions }: EmployerFormProps) {
  const { t } = useTranslation();
  const form = useForm<EmployerInput, unknown, Employer>({ resolver: zodResolver(employerSchema), defaultValues: initial, mode: 'onSubmit', reValidateMode: 'onChange' });
  const { register, control, formState, getValues, setValue } = form;
  const errors = formState.errors;
  const draft = useFormDraft(form, draftKey);
  const version = useWatch({ control, name: 'ateco.version' });
  const partitaIva = useWatch({ control, name: 'partitaIva' });

  // The section follows the code's division, in the chosen classification.
  const syncSection = (code: string, atecoVersion: AtecoVersion) => {
    const section = atecoSectionOf(code, atecoVersion);
    if (section && section !== getValues('ateco.section')) setValue('ateco.section', section, { shouldValidate: formState.isSubmitted, shouldDirty: true });
  };
  // The generic "invalid partita IVA" becomes the precise reason.
  const pivaCheck = validatePartitaIva(partitaIva ?? '');
  const pivaError = errors.partitaIva && !pivaCheck.ok ? { message: `employers.piva.${pivaCheck.error}` } : errors.partitaIva;

  const save = async (employer: Employer) => {
    draft.cancel();
    let saved = false;
    try {
      saved = await onSave(employer);
    } finally {
      if (!saved) draft.flush();
    }
  };

  return (
    <form className="worker-form employer-form" noValidate onSubmit={(event) => void form.handleSubmit(save)(event)} aria-describedby="employer-form-status">
      <div id="employer-form-status">
        {formState.isSubmitted && !formState.isValid && (
          <p role="alert" className="error-banner">
            {t('worker.invalid')}
          </p>
        )}
        {status}
      </div>
      <fieldset className="form-section">
        <legend>{t('employers.sections.identity')}</legend>
        <div className="grid">
          <Field label={t('employers.fields.legalName')} error={errors.legalName} className="wide">
            {(c) => <input {...c} {...register('legalName')} autoComplete="off" />}
          </Field>
          <Field label={t('employers.fields.partitaIva')} error={pivaError}>
            {(c) => <input {...c} {...register('partitaIva')} className="mono" inputMode="numeric" autoComplete="off" maxLength={16} data-testid="piva-input" />}
          </Field>
          <Field label={t('employers.fields.comune')} error={errors.comuneCode}>
            {(c) => <Controller control={control} name="comuneCode" render={({ field }) => <PlaceInput {...c} {...field} placeholder={t('worker.placeholders.place')} />} />}
          </Field>
          <Field label={t('employers.fields.address')} error={errors.address} className="wide">
            {(c) => <input {...c} {...register('address')} autoComplete="off" />}
          </Field>
        </div>
      </fieldset>
      <fieldset className="form-section">
        <legend>{t('employers.sections.ateco')}</legend>
        <div className="grid">
          <Field label={t('employers.fields.atecoVersion')} error={errors.ateco?.version}>
            {(c) => (
              <select {...c} {...register('ateco.version', { onChange: (event: { target: { value: AtecoVersion } }) => syncSection(getValues('ateco.code'), event.target.value) })}>
                {(['2007', '2025'] as const).map((v) => (
                  <option key={v} value={v}>
                    {t(`employers.ateco.version.${v}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('employers.fields.atecoCode')} error={ownMessage(errors.ateco?.code)} hint={t('employers.fields.atecoCodeHint')}>
            {(c) => <input {...c} {...register('ateco.code', { onChange: (event: { target: { value: string } }) => syncSection(event.target.value, getValues('ateco.version')) })} className="mono" autoComplete="off" />}
          </Field>
          <Field label={t('employers.fields.atecoSection')} error={ownMessage(errors.ateco?.section)} className="wide">
            {(c) => (
              <select {...c} {...register('ateco.section')}>
                <option value="">{t('worker.placeholders.choose')}</option>
                {atecoSections(version ?? '2007').map((section) => (
                  <option key={section} value={section}>
                    {section} — {t(`employers.ateco.sections${version === '2025' ? '2025' : '2007'}.${section}` as 'employers.ateco.sections2025.A')}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('employers.fields.atecoDescription')} error={errors.ateco?.description} className="wide">
            {(c) => <input {...c} {...register('ateco.description')} autoComplete="off" />}
          </Field>
        </div>
      </fieldset>
      <fieldset className="form-section">
        <legend>{t('employers.sections.contact')}</legend>
        <p className="hint">{t('employers.file.sealedHint')}</p>
        <div className="grid">
          <Field label={t('employers.fields.contactName')} error={errors.contactName}>
            {(c) => <input {...c} {...register('contactName')} autoComplete="off" />}
          </Field>
          <Field label={t('employers.fields.phone')} error={errors.phone}>
            {(c) => <input {...c} {...register('phone')} type="tel" autoComplete="off" />}
          </Field>
          <Field label={t('employers.fields.email')} error={errors.email}>
            {(c) => <input {...c} {...register('email')} type="email" autoComplete="off" />}
          </Field>
        </div>
      </fieldset>
      <fieldset className="form-section">
        <legend>{t('employers.sections.incentives')}</legend>
        <CheckboxGroup
          legend={t('employers.fields.incentives')}
          options={INCENTIVES.map((incentive) => ({ value: incentive, label: t(`employers.incentive.${incentive}`) }))}
          registration={register('incentives')}
          error={errors.incentives}
        />
      </fieldset>
      <div className="form-actions">
        <button type="submit" className="primary" disabled={formState.isSubmitting}>
          {formState.isSubmitting ? t('worker.saving') : t('worker.save')}
        </button>
        {actions}
      </div>
    </form>
  );
}
